/**
 * Quote: a customer at the desk, a VIN typed, pasted or scanned, Enter. The stored start
 * price shows at once (marked with its age), the live one replaces it, then the plan list.
 * Registers on demand with progress and Cancel (Escape); the partner's rejection in its own
 * words; the last prices, marked not current, when the partner cannot be reached; a printable
 * one-page quote sheet; clearing the vehicle's partner cache.
 */
import { Button, Callout, Flex, Text } from '@radix-ui/themes';
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useSettings } from '../app/SettingsContext';
import { ErrorNote } from '../shared/ErrorNote';
import { ScreenHeader } from '../shared/ScreenHeader';
import { applyPlanFilters, NO_FILTERS, planKey, type PlanFilters } from './planList';
import { PlanTable } from './PlanTable';
import { useCacheClearing } from './CacheClearing';
import { PrintSheetButton } from './PrintSheetButton';
import { QuoteEntry, type QuoteEntryHandle } from './QuoteEntry';
import { QuoteProgress } from './QuoteProgress';
import { QuoteRejection } from './QuoteRejection';
import { QuoteSheet } from './QuoteSheet';
import { QUOTE_SHORTCUT_LABEL } from './quoteShortcut';
import { isRunning, type QuoteState } from './quoteState';
import { freshnessWords, notCurrentWords } from './quoteWords';
import { StartPriceCard } from './StartPriceCard';
import type { QuickQuote } from './useQuickQuote';
import { useNow } from './useNow';
import { VehicleLine } from './VehicleLine';

/** Escape belongs to an open dialog, menu or list before it cancels the quote. */
const escapeTakenElsewhere = () => document.activeElement?.closest('[role="dialog"],[role="alertdialog"],[role="listbox"],[role="menu"]') != null;

function Outcome({ quote, onRetry }: { quote: QuoteState; onRetry(): void }) {
  if (quote.phase === 'unavailable' && quote.unavailable) {
    const stored = quote.startPrice ?? quote.plans;
    return (
      <Callout.Root color="amber" size="2" role="alert" data-testid="quote-unavailable">
        <Callout.Text>
          <strong>{quote.unavailable.offline ? 'No network: the partner cannot be reached.' : 'The partner is unavailable right now.'}</strong>{' '}
          {stored
            ? 'Shown below: the last prices fetched for this vehicle. They are not current and not a quote; prices can change without notice.'
            : 'No price has been fetched for this vehicle before, so there is nothing to show until the partner answers.'}
          <Button size="1" variant="soft" color="amber" ml="2" onClick={onRetry}>
            Try again
          </Button>
        </Callout.Text>
        <Callout.Text size="1" color="gray">
          Details: {quote.unavailable.message}
        </Callout.Text>
      </Callout.Root>
    );
  }
  if (quote.phase === 'cancelled') {
    const duringRegistration = quote.endedAt === 'registering';
    return (
      <Callout.Root color="gray" size="1" role="status" data-testid="quote-cancelled">
        <Callout.Text>
          Cancelled.{' '}
          {duringRegistration
            ? 'The registration was stopped; the vehicle waits in line and registers with the next run. '
            : 'Nothing more is asked of the partner for this quote. '}
          Press Enter to quote again.
        </Callout.Text>
      </Callout.Root>
    );
  }
  if (quote.phase === 'error') return <ErrorNote message={quote.error} />;
  return null;
}

const HEADER = <ScreenHeader title="Quote" subtitle={`A vehicle service contract quote while the customer is at the desk · ${QUOTE_SHORTCUT_LABEL} from any screen`} />;

function Welcome() {
  return (
    <section className="panel quote-welcome">
      <Text size="2">
        Scan the VIN barcode (door jamb or windshield) or type the VIN, then press <strong>Enter</strong>. QuoteReady fills in the mileage from the ledger, shows the
        starting price, then every plan the partner offers.
      </Text>
      <Text size="1" color="gray">
        {QUOTE_SHORTCUT_LABEL} opens this screen from anywhere · Escape cancels a quote · a vehicle the partner does not know yet is registered on the spot.
      </Text>
    </section>
  );
}

export function QuoteScreen({ q, focusToken }: { q: QuickQuote; focusToken: number }) {
  const { settings, info } = useSettings();
  const environment = settings?.environment ?? info?.environment ?? 'sandbox';
  const entry = useRef<QuoteEntryHandle>(null);
  const quote = q.quote;
  const running = isRunning(quote);
  // Ages of the plan list change by the minute; the cards above keep their own faster clocks.
  const now = useNow(30_000);
  const [filters, setFilters] = useState<PlanFilters>(NO_FILTERS);
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  const [dialogOpen, setDialogOpen] = useState(false);
  const [printedAt, setPrintedAt] = useState(() => Date.now());

  // Ctrl+K: the VIN field, selected, so the next scan replaces it.
  useEffect(() => entry.current?.focus('vin'), [focusToken]);
  // The field the quote is waiting for.
  const needs = quote.needs;
  useEffect(() => {
    if (needs) entry.current?.focus(needs.field);
  }, [needs]);
  // Another vehicle: its own ticks and filters.
  const vin = quote.request?.vin ?? quote.lookup?.vin ?? null;
  const [ticksFor, setTicksFor] = useState(vin);
  if (ticksFor !== vin) {
    setTicksFor(vin);
    setTicked(new Set());
    setFilters(NO_FILTERS);
  }

  const cancel = q.cancel;
  useEffect(() => {
    if (!running) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented || dialogOpen || escapeTakenElsewhere()) return;
      e.preventDefault();
      void cancel();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [running, dialogOpen, cancel]);

  // The plan table (and the hidden quote sheet) render after what is above them: the start price
  // never waits for a table to be drawn. The request travels with the list (its odometer and place).
  const fallback = quote.phase === 'unavailable';
  const planView = useMemo(() => ({ plans: quote.plans, request: quote.request, fallback }), [quote.plans, quote.request, fallback]);
  const shown = useDeferredValue(planView);
  const plans = shown.plans;
  const chosen = useMemo(() => {
    if (!plans) return [];
    const filtered = applyPlanFilters(plans.value, filters);
    const keyOf = new Map(plans.value.map((p, i) => [p, planKey(p, i)]));
    const picked = filtered.filter((p) => ticked.has(keyOf.get(p)!));
    return picked.length > 0 ? picked : filtered;
  }, [plans, filters, ticked]);
  const anyTicked = plans ? plans.value.some((p, i) => ticked.has(planKey(p, i))) : false;
  const ageWords = plans ? (!plans.current && shown.fallback ? notCurrentWords(plans.fetchedAt, now) : freshnessWords(plans, now)) : '';

  const print = useCallback(() => {
    flushSync(() => setPrintedAt(Date.now()));
    window.print();
  }, []);
  const tick = useCallback(
    (key: string, on: boolean) =>
      setTicked((t) => {
        const next = new Set(t);
        if (on) next.add(key);
        else next.delete(key);
        return next;
      }),
    [],
  );
  const printButton = useMemo(() => <PrintSheetButton count={chosen.length} ticked={anyTicked} onPrint={print} />, [chosen.length, anyTicked, print]);

  const lookup = quote.lookup;
  const started = quote.request !== null;
  const cache = useCacheClearing({ vin: quote.request?.vin ?? lookup?.vin ?? '', busy: running, onRegisterAgain: () => void q.submitVin(), onCleared: () => void q.cacheCleared(), onConfirmOpen: setDialogOpen });
  return (
    <div className="screen quote-screen" data-run={quote.run} data-phase={quote.phase}>
      {HEADER}
      <QuoteEntry
        ref={entry}
        form={q.form}
        setField={q.setField}
        submitVin={q.submitVin}
        submitAgain={q.submitAgain}
        needs={quote.needs}
        vinValid={lookup?.valid ?? false}
        vinProblem={lookup?.problem ?? null}
        shortcut={QUOTE_SHORTCUT_LABEL}
      />
      {lookup?.valid && <VehicleLine lookup={lookup} action={started ? cache.button : null} />}
      {lookup?.valid && cache.result}
      {quote.phase === 'idle' && <Welcome />}
      {(started || quote.phase === 'looking-up' || (quote.phase === 'error' && quote.lookup)) && (
        <div className="quote-status-row">
          <StartPriceCard quote={quote} />
          <QuoteProgress quote={quote} onCancel={cancel} />
        </div>
      )}
      {quote.phase === 'rejected' && quote.rejection && <QuoteRejection message={quote.rejection.message} errors={quote.rejection.errors} onEditVin={() => entry.current?.focus('vin')} />}
      <Outcome quote={quote} onRetry={() => void q.submitAgain()} />
      {plans && shown.request ? (
        <PlanTable
          plans={plans}
          odometer={shown.request.mileage}
          run={plans.run}
          ageWords={ageWords}
          location={shown.request.location}
          filters={filters}
          onFilters={setFilters}
          ticked={ticked}
          onTick={tick}
          actions={printButton}
        />
      ) : (
        running &&
        started && (
          <Flex className="panel plan-placeholder" align="center" gap="2">
            <Text size="2" color="gray">
              The plan list follows the starting price.
            </Text>
          </Flex>
        )
      )}
      {lookup && shown.request && plans && (
        <QuoteSheet
          environment={environment}
          dealershipName={settings?.dealershipName ?? ''}
          lookup={lookup}
          request={shown.request}
          plans={plans}
          chosen={chosen}
          printedAt={printedAt}
        />
      )}
    </div>
  );
}
