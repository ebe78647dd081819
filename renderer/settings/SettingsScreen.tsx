/** Settings: environment, tokens, how registration runs, the dealership, and the look. */
import { Spinner, Text } from '@radix-ui/themes';
import { useSettings } from '../app/SettingsContext';
import { ErrorNote } from '../shared/ErrorNote';
import { ScreenHeader } from '../shared/ScreenHeader';
import { AppearanceSection } from './AppearanceSection';
import { DealershipSection } from './DealershipSection';
import { EnvironmentSection } from './EnvironmentSection';
import { RegistrationSection } from './RegistrationSection';
import { TokenSection } from './TokenSection';

export function SettingsScreen() {
  const { settings, info, loadError } = useSettings();
  return (
    <div className="screen settings-screen">
      <ScreenHeader title="Settings" subtitle="Changes take effect at once." />
      {!settings ? (
        loadError ? <ErrorNote message={loadError} /> : <Spinner />
      ) : (
        <>
          <EnvironmentSection settings={settings} />
          <TokenSection />
          <RegistrationSection settings={settings} />
          <DealershipSection settings={settings} />
          <AppearanceSection settings={settings} />
          {info && (
            <Text size="1" color="gray">
              QuoteReady {info.version} — data kept in <span className="mono">{info.dataDir}</span>
            </Text>
          )}
        </>
      )}
    </div>
  );
}
