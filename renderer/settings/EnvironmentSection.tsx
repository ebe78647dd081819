/** Where registrations and prices come from: the built-in sandbox, the partner's UAT, or production. */
import { RadioCards, Text } from '@radix-ui/themes';
import type { SettingsView } from '../../preload/contract';
import { Section } from './Section';
import { useSettingsSave } from './useSettingsSave';

const CHOICES: Array<{ value: SettingsView['environment']; title: string; text: string }> = [
  { value: 'sandbox', title: 'Sandbox', text: 'Built in, no account needed. Demo prices only.' },
  { value: 'uat', title: 'UAT', text: "The partner's test system. Needs a UAT token." },
  { value: 'production', title: 'Production', text: 'Real prices for real customers. Needs a production token.' },
];

export function EnvironmentSection({ settings }: { settings: SettingsView }) {
  const { save, busy, error, saved } = useSettingsSave();
  return (
    <Section id="environment" title="Environment" hint="Vehicles registered in one environment are registered again when you switch to another." saved={saved} error={error}>
      <RadioCards.Root
        size="1"
        columns={{ initial: '1', sm: '3' }}
        value={settings.environment}
        disabled={busy}
        aria-label="Environment"
        onValueChange={(v) => void save({ environment: v as SettingsView['environment'] })}
      >
        {CHOICES.map((c) => (
          <RadioCards.Item key={c.value} value={c.value} data-testid={`env-${c.value}`}>
            <div>
              <Text as="div" size="2" weight="bold" color={c.value === 'sandbox' ? 'amber' : undefined}>
                {c.title}
              </Text>
              <Text as="div" size="1" color="gray">
                {c.text}
              </Text>
            </div>
          </RadioCards.Item>
        ))}
      </RadioCards.Root>
    </Section>
  );
}
