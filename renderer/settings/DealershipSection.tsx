/** The dealership's name and location: prices vary by state, and the name shows in the title bar. */
import { Button, Flex, Text, TextField } from '@radix-ui/themes';
import { useState, type FormEvent } from 'react';
import type { SettingsView } from '../../preload/contract';
import { Section } from './Section';
import { useSettingsSave } from './useSettingsSave';

export function DealershipSection({ settings }: { settings: SettingsView }) {
  const { save, busy, error, saved } = useSettingsSave();
  const [name, setName] = useState(settings.dealershipName);
  const [state, setState] = useState(settings.dealershipState);
  const [zip, setZip] = useState(settings.dealershipZip);
  const [formError, setFormError] = useState<string | null>(null);
  const changed = name !== settings.dealershipName || state !== settings.dealershipState || zip !== settings.dealershipZip;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const st = state.trim().toUpperCase();
    const z = zip.trim();
    if (st && !/^[A-Z]{2}$/.test(st)) return setFormError('State: use the two-letter abbreviation, for example TX.');
    if (z && !/^\d{5}$/.test(z)) return setFormError('ZIP: use the five-digit ZIP code, for example 75201.');
    setFormError(null);
    setState(st);
    await save({ dealershipName: name.trim(), dealershipState: st, dealershipZip: z });
  };

  return (
    <Section id="dealership" title="Dealership" hint="Plan prices depend on the state the vehicle is sold in." saved={saved} error={formError ?? error}>
      <form onSubmit={submit}>
        <Flex gap="3" align="end" wrap="wrap">
          <Flex direction="column" gap="1" className="field-wide">
            <Text as="label" size="1" weight="medium" htmlFor="dealer-name">
              Name
            </Text>
            <TextField.Root id="dealer-name" size="1" value={name} maxLength={120} onChange={(e) => setName(e.target.value)} />
          </Flex>
          <Flex direction="column" gap="1">
            <Text as="label" size="1" weight="medium" htmlFor="dealer-state">
              State
            </Text>
            <TextField.Root id="dealer-state" size="1" value={state} maxLength={2} className="field-state" placeholder="TX" onChange={(e) => setState(e.target.value.toUpperCase())} />
          </Flex>
          <Flex direction="column" gap="1">
            <Text as="label" size="1" weight="medium" htmlFor="dealer-zip">
              ZIP
            </Text>
            <TextField.Root id="dealer-zip" size="1" value={zip} maxLength={5} inputMode="numeric" className="field-zip" placeholder="75201" onChange={(e) => setZip(e.target.value)} />
          </Flex>
          <Button size="1" type="submit" disabled={!changed} loading={busy}>
            Save dealership
          </Button>
        </Flex>
      </form>
    </Section>
  );
}
