/** How registration runs: how many at once, the off-peak window, and the check-digit exception. */
import { Button, Flex, Select, Switch, Text, TextField } from '@radix-ui/themes';
import { useState, type FormEvent } from 'react';
import type { SettingsView } from '../../preload/contract';
import { Section } from './Section';
import { useSettingsSave } from './useSettingsSave';

const TIME = /^\d{2}:\d{2}$/;

export function RegistrationSection({ settings }: { settings: SettingsView }) {
  const { save, busy, error, saved } = useSettingsSave();
  const [start, setStart] = useState(settings.offPeak.start);
  const [end, setEnd] = useState(settings.offPeak.end);
  const [formError, setFormError] = useState<string | null>(null);
  const windowChanged = start !== settings.offPeak.start || end !== settings.offPeak.end;

  const saveWindow = async (e: FormEvent) => {
    e.preventDefault();
    if (!TIME.test(start) || !TIME.test(end)) return setFormError('Enter both times as hours and minutes, for example 22:00.');
    setFormError(null);
    await save({ offPeak: { start, end } });
  };

  return (
    <Section id="registration" title="Registration" saved={saved} error={formError ?? error}>
      <Flex direction="column" gap="3">
        <Flex align="center" gap="3">
          <Text as="label" size="2" htmlFor="concurrency" className="setting-label">
            Vehicles at a time
          </Text>
          <Select.Root size="1" value={String(settings.concurrency)} disabled={busy} onValueChange={(v) => void save({ concurrency: Number(v) })}>
            <Select.Trigger id="concurrency" aria-label="Vehicles at a time" />
            <Select.Content position="popper">
              {Array.from({ length: 10 }, (_, i) => i + 1).map((n) => (
                <Select.Item key={n} value={String(n)}>
                  {n}
                  {n === 5 ? ' (recommended)' : ''}
                </Select.Item>
              ))}
            </Select.Content>
          </Select.Root>
          <Text size="1" color="gray">
            More is faster; the partner may ask us to slow down.
          </Text>
        </Flex>
        <form onSubmit={saveWindow}>
          <Flex align="center" gap="2" wrap="wrap">
            <Text as="label" size="2" htmlFor="offpeak-start" className="setting-label">
              Off-peak window
            </Text>
            <TextField.Root id="offpeak-start" size="1" type="time" value={start} onChange={(e) => setStart(e.target.value)} aria-label="Off-peak starts" />
            <Text size="2">to</Text>
            <TextField.Root id="offpeak-end" size="1" type="time" value={end} onChange={(e) => setEnd(e.target.value)} aria-label="Off-peak ends" />
            <Button size="1" type="submit" variant="soft" disabled={!windowChanged} loading={busy}>
              Save window
            </Button>
            <Text size="1" color="gray">
              &quot;Retry off-peak&quot; waits for this window.
            </Text>
          </Flex>
        </form>
        <Text as="label" size="2">
          <Flex gap="2" align="start">
            <Switch size="2" radius="full" checked={settings.acceptBadCheckDigit} disabled={busy} onCheckedChange={(c) => void save({ acceptBadCheckDigit: c })} data-testid="accept-bad-check-digit" />
            <span>
              Import VINs whose check digit looks wrong
              <Text as="div" size="1" color="gray">
                Some older and imported vehicles have unusual VINs. When on, such rows are imported with a warning and the partner decides.
              </Text>
            </span>
          </Flex>
        </Text>
      </Flex>
    </Section>
  );
}
