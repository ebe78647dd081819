/**
 * Where the quote is: the registration (answers at once, a cached registration within 5,000
 * miles, or registering on demand with its elapsed time), then the start price and the plan
 * list, with a Cancel button (Escape too) while anything runs.
 */
import { CheckCircledIcon, CrossCircledIcon } from '@radix-ui/react-icons';
import { Button, Flex, Kbd, Progress, Spinner, Text } from '@radix-ui/themes';
import type { QuoteState, Step } from './quoteState';
import { isRunning } from './quoteState';
import { formatMiles } from './quoteWords';
import { useNow } from './useNow';

type StepLook = 'done' | 'active' | 'waiting' | 'failed' | 'skipped';

/** How the quote ended, when it ended without plans: the headline above the registration words. */
const ENDING: Partial<Record<QuoteState['phase'], string>> = {
  rejected: 'Rejected by the partner',
  unavailable: 'The partner could not be reached',
  cancelled: 'Cancelled',
  error: 'The quote stopped',
};

const seconds = (ms: number) => `${Math.max(0, Math.floor(ms / 1000))} s`;

/** The headline for the registration, in the words the desk needs. */
export function registrationWords(q: QuoteState): string | null {
  if (q.cacheCleared) return 'Partner cache cleared: the next quote registers the vehicle again';
  const r = q.registration;
  if (!r) return null;
  switch (r.status) {
    case 'fresh':
      return 'Registered; answers at once';
    case 'mileage-close': {
      const at = q.lookup?.registration?.registeredMileage;
      return at != null ? `Using the registration at ${formatMiles(at)} miles (within 5,000)` : r.message;
    }
    case 'registering':
      return 'Registering this vehicle with the partner…';
    case 'registered':
      return 'Registered with the partner just now';
  }
}

const ORDER: Step[] = ['lookup', 'registering', 'start-price', 'plans'];

/** Steps before the current one are done, the current one is active (or failed, if the quote ended there), later ones wait (or were never reached). */
function lookOf(q: QuoteState, step: Exclude<Step, 'lookup'>): StepLook {
  const passed: StepLook = step === 'start-price' && !q.startPrice?.current ? 'skipped' : 'done';
  if (q.phase === 'done') return passed;
  const at = q.phase === 'running' || q.phase === 'looking-up' ? q.step : q.endedAt;
  if (at === null) return 'waiting';
  const diff = ORDER.indexOf(step) - ORDER.indexOf(at);
  if (diff < 0) return passed;
  if (diff > 0) return q.phase === 'running' || q.phase === 'looking-up' ? 'waiting' : 'skipped';
  return q.phase === 'running' || q.phase === 'looking-up' ? 'active' : 'failed';
}

function StepRow({ look, label, detail, testId }: { look: StepLook; label: string; detail?: string | null; testId: string }) {
  return (
    <li className="quote-step" data-look={look} data-testid={testId}>
      <span className="quote-step-icon" aria-hidden>
        {look === 'done' ? <CheckCircledIcon /> : look === 'active' ? <Spinner size="1" /> : look === 'failed' ? <CrossCircledIcon /> : <span className="step-dot" />}
      </span>
      <Text size="2" weight={look === 'active' ? 'bold' : 'regular'}>
        {label}
      </Text>
      {detail && (
        <Text size="1" color="gray">
          {detail}
        </Text>
      )}
    </li>
  );
}

export function QuoteProgress({ quote, onCancel }: { quote: QuoteState; onCancel(): void }) {
  const running = isRunning(quote);
  // Elapsed seconds while a step runs.
  const now = useNow(running ? 500 : 60_000);
  const registering = quote.step === 'registering';
  const words = registrationWords(quote);
  const elapsed = running && quote.stepSince ? seconds(now - quote.stepSince) : null;
  const coreDetail = quote.registration?.status === 'registering' && quote.registration.message !== 'Registering this vehicle with the partner…' ? quote.registration.message : null;

  return (
    <section className="panel quote-progress" aria-labelledby="quote-progress-heading" data-testid="quote-progress" data-step={quote.step ?? ''} data-phase={quote.phase}>
      <Flex justify="between" align="center" gap="2">
        <Text as="div" size="1" weight="medium" color="gray" id="quote-progress-heading">
          Partner
        </Text>
        {running && (
          <Button size="1" variant="soft" color="gray" onClick={onCancel} data-testid="quote-cancel">
            Cancel <Kbd size="1">Esc</Kbd>
          </Button>
        )}
      </Flex>
      {ENDING[quote.phase] && (
        <Text as="div" size="3" weight="bold" color={quote.phase === 'cancelled' ? 'gray' : 'red'} data-testid="quote-ending">
          {ENDING[quote.phase]}
        </Text>
      )}
      {words ? (
        <Text
          as="div"
          size={ENDING[quote.phase] ? '2' : '3'}
          weight={ENDING[quote.phase] ? 'regular' : 'bold'}
          color={ENDING[quote.phase] ? 'gray' : undefined}
          role="status"
          data-testid="registration-status"
          data-status={quote.registration?.status}
        >
          {ENDING[quote.phase] && quote.registration?.status === 'registering' ? 'The registration did not finish.' : words}
        </Text>
      ) : ENDING[quote.phase] ? null : (
        <Text as="div" size="3" color="gray">
          {quote.phase === 'looking-up' ? 'Looking the vehicle up…' : quote.phase === 'running' ? 'Asking the partner…' : '—'}
        </Text>
      )}
      {coreDetail && (
        <Text as="div" size="1" color="gray">
          {coreDetail}
        </Text>
      )}
      {registering && (
        <div className="registration-progress">
          <Progress size="1" duration="8s" aria-label="Registering with the partner" />
          <Text as="div" size="1" color="gray">
            Sent to the partner, which caches the vehicle for 30 days; QuoteReady checks back every 1–2 seconds until it is done.
          </Text>
        </div>
      )}
      {quote.phase !== 'idle' && quote.phase !== 'needs-input' && (
        <ol className="quote-steps">
          <StepRow look={lookOf(quote, 'registering')} label="Registration" detail={registering ? elapsed : null} testId="step-registration" />
          <StepRow look={lookOf(quote, 'start-price')} label="Starting price" detail={quote.step === 'start-price' ? elapsed : null} testId="step-start-price" />
          <StepRow look={lookOf(quote, 'plans')} label="Plan list" detail={quote.step === 'plans' ? elapsed : null} testId="step-plans" />
        </ol>
      )}
    </section>
  );
}
