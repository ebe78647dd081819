/** The window: providers, theme, and the shell with its four screens. */
import { Theme } from '@radix-ui/themes';
import { ProgressProvider } from './app/ProgressContext';
import { SettingsProvider, useSettings } from './app/SettingsContext';
import { useAppearance } from './app/useAppearance';
import { MissingBridge } from './chrome/MissingBridge';
import { Shell } from './chrome/Shell';
import { hasApi } from './shared/api';

export function App() {
  if (!hasApi()) return <MissingBridge />;
  return (
    <SettingsProvider>
      <ProgressProvider>
        <ThemedShell />
      </ProgressProvider>
    </SettingsProvider>
  );
}

function ThemedShell() {
  const { settings } = useSettings();
  const appearance = useAppearance(settings?.theme);
  return (
    <Theme appearance={appearance} accentColor="indigo" grayColor="slate" radius="small" scaling="90%" panelBackground="solid">
      <Shell />
    </Theme>
  );
}
