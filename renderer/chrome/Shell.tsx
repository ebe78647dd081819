/** The frame around every screen: title bar with environment and network, left nav, content. */
import { Callout, Flex, Text } from '@radix-ui/themes';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { NavigationContext, type NavigationParams, type ScreenId } from '../app/navigation';
import { useProgress } from '../app/ProgressContext';
import { useSettings } from '../app/SettingsContext';
import { ImportScreen } from '../import/ImportScreen';
import { useImportSession } from '../import/useImportSession';
import { ProgressScreen } from '../progress/ProgressScreen';
import { QuoteScreen } from '../quote/QuoteScreen';
import { isQuoteShortcut } from '../quote/quoteShortcut';
import { useQuickQuote } from '../quote/useQuickQuote';
import { SettingsScreen } from '../settings/SettingsScreen';
import { VehiclesScreen } from '../vehicles/VehiclesScreen';
import { EnvironmentBadge } from './EnvironmentBadge';
import { NavBar, SCREEN_SHORTCUTS } from './NavBar';
import { NetworkIndicator } from './NetworkIndicator';

export function Shell() {
  const { settings, info, loadError } = useSettings();
  const { progress } = useProgress();
  const [screen, setScreen] = useState<ScreenId>('import');
  const [params, setParams] = useState<NavigationParams>({});
  const importSession = useImportSession();
  // Kept here, like the import session, so a quote survives a look at another screen.
  const dealerState = settings?.dealershipState;
  const dealerZip = settings?.dealershipZip;
  const dealer = useMemo(() => (dealerState === undefined || dealerZip === undefined ? null : { state: dealerState, zip: dealerZip }), [dealerState, dealerZip]);
  const quickQuote = useQuickQuote(dealer);
  /** Bumped by Ctrl+K / Cmd+K: the Quote screen focuses (and selects) the VIN field. */
  const [quoteFocus, setQuoteFocus] = useState(0);

  const go = useCallback((next: ScreenId, nextParams: NavigationParams = {}) => {
    setScreen(next);
    setParams(nextParams);
  }, []);
  const navigation = useMemo(() => ({ screen, params, go }), [screen, params, go]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (isQuoteShortcut(e)) {
        e.preventDefault();
        go('quote');
        setQuoteFocus((n) => n + 1);
        return;
      }
      const target = e.altKey && !e.ctrlKey && !e.metaKey ? SCREEN_SHORTCUTS[e.key] : undefined;
      if (target) {
        e.preventDefault();
        go(target);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [go]);

  useEffect(() => {
    // The Quote screen puts the cursor in its VIN field instead: scanners type straight into it.
    if (screen !== 'quote') document.getElementById('screen-heading')?.focus({ preventScroll: true });
  }, [screen]);

  const c = progress?.counts;
  const remaining = c ? c.queued + c.registering + c['waiting-retry'] : 0;
  const environment = settings?.environment ?? info?.environment ?? 'sandbox';

  return (
    <NavigationContext.Provider value={navigation}>
      <div className="shell" data-environment={environment}>
        <header className="titlebar">
          <Flex align="center" gap="3">
            <Text size="3" weight="bold" className="brand">
              QuoteReady
            </Text>
            {settings?.dealershipName && (
              <Text size="2" color="gray">
                {settings.dealershipName}
              </Text>
            )}
          </Flex>
          <Flex align="center" gap="4">
            <NetworkIndicator />
            <EnvironmentBadge environment={environment} />
          </Flex>
        </header>
        <NavBar current={screen} onGo={go} remaining={remaining} />
        <main className="content">
          {loadError && (
            <Callout.Root color="red" size="1" mb="2" role="alert">
              <Callout.Text>QuoteReady could not load its settings: {loadError}</Callout.Text>
            </Callout.Root>
          )}
          {screen === 'quote' && <QuoteScreen q={quickQuote} focusToken={quoteFocus} />}
          {screen === 'import' && <ImportScreen session={importSession} />}
          {screen === 'progress' && <ProgressScreen />}
          {screen === 'vehicles' && <VehiclesScreen initialFilter={params.vehicleFilter} />}
          {screen === 'settings' && <SettingsScreen />}
        </main>
      </div>
    </NavigationContext.Provider>
  );
}
