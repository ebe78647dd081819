/** Light, dark, or follow Windows. */
import { SegmentedControl } from '@radix-ui/themes';
import type { SettingsView } from '../../preload/contract';
import { Section } from './Section';
import { useSettingsSave } from './useSettingsSave';

export function AppearanceSection({ settings }: { settings: SettingsView }) {
  const { save, error, saved } = useSettingsSave();
  return (
    <Section id="appearance" title="Appearance" saved={saved} error={error}>
      <SegmentedControl.Root size="1" value={settings.theme} aria-label="Theme" onValueChange={(v) => void save({ theme: v as SettingsView['theme'] })} className="theme-control">
        <SegmentedControl.Item value="system">Same as Windows</SegmentedControl.Item>
        <SegmentedControl.Item value="light">Light</SegmentedControl.Item>
        <SegmentedControl.Item value="dark">Dark</SegmentedControl.Item>
      </SegmentedControl.Root>
    </Section>
  );
}
