/**
 * The VIN (typed, pasted or scanned: a keyboard-wedge scanner types fast, then Enter),
 * the odometer reading and where the customer buys. Enter on the VIN looks the vehicle up
 * and quotes; Enter on any other field quotes again with what the form says.
 */
import { MagnifyingGlassIcon } from '@radix-ui/react-icons';
import { Button, Flex, Text, TextField } from '@radix-ui/themes';
import { forwardRef, memo, useImperativeHandle, useRef, type KeyboardEvent, type ReactNode } from 'react';
import type { QuoteState } from './quoteState';
import type { QuickQuote } from './useQuickQuote';

export interface QuoteEntryHandle {
  focus(field: 'vin' | 'mileage' | 'location'): void;
}

interface Props extends Pick<QuickQuote, 'form' | 'setField' | 'submitVin' | 'submitAgain'> {
  needs: QuoteState['needs'];
  /** The VIN passed the rules (a problem is then only a warning, e.g. a check digit let through). */
  vinValid: boolean;
  vinProblem: string | null;
  shortcut: string;
}

/** Memoised: the quote's own events (start price, plans, the clock) leave the form alone. */
export const QuoteEntry = memo(
  forwardRef<QuoteEntryHandle, Props>(function QuoteEntry({ form, setField, submitVin, submitAgain, needs, vinValid, vinProblem, shortcut }, ref) {
    const vinRef = useRef<HTMLInputElement>(null);
    const mileageRef = useRef<HTMLInputElement>(null);
    const stateRef = useRef<HTMLInputElement>(null);
    const zipRef = useRef<HTMLInputElement>(null);
    useImperativeHandle(ref, () => ({
      focus(field) {
        const el = field === 'vin' ? vinRef.current : field === 'mileage' ? mileageRef.current : stateRef.current?.value ? zipRef.current : stateRef.current;
        el?.focus();
        el?.select();
      },
    }));

    const onEnter = (submit: () => Promise<void>) => (e: KeyboardEvent<HTMLInputElement>) => {
      if (e.key !== 'Enter' || e.nativeEvent.isComposing) return;
      e.preventDefault();
      void submit();
    };
    const note = (field: 'vin' | 'mileage' | 'location'): ReactNode =>
      needs?.field === field ? (
        <Text size="1" color={field === 'vin' && vinValid ? 'amber' : 'red'} role="alert" className="field-note" data-testid={`needs-${field}`}>
          {needs.message}
        </Text>
      ) : null;
    const warning = vinValid && vinProblem && needs?.field !== 'vin' ? vinProblem : null;

    return (
      <form
        className="quote-entry panel"
        aria-label="Vehicle to quote"
        onSubmit={(e) => {
          e.preventDefault();
          void submitVin();
        }}
      >
        <Flex gap="3" align="start" wrap="wrap">
          <Flex direction="column" gap="1" className="field-vin">
            <Text as="label" size="2" weight="medium" htmlFor="quote-vin">
              VIN <span className="field-hint">type, paste or scan, then Enter</span>
            </Text>
            <TextField.Root
              id="quote-vin"
              ref={vinRef}
              size="3"
              className="mono vin-input"
              value={form.vin}
              autoFocus
              autoComplete="off"
              spellCheck={false}
              maxLength={40}
              placeholder="17 characters"
              aria-describedby="quote-vin-help"
              aria-invalid={needs?.field === 'vin' && !vinValid ? true : undefined}
              onChange={(e) => setField('vin', e.target.value)}
              onKeyDown={onEnter(submitVin)}
            >
              <TextField.Slot>
                <MagnifyingGlassIcon height="16" width="16" />
              </TextField.Slot>
            </TextField.Root>
            <Text id="quote-vin-help" size="1" color="gray" className="visually-hidden">
              {shortcut} brings you back to this field from any screen.
            </Text>
            {note('vin')}
            {warning && (
              <Text size="1" color="amber" role="status">
                {warning}
              </Text>
            )}
          </Flex>
          <Flex direction="column" gap="1">
            <Text as="label" size="2" weight="medium" htmlFor="quote-mileage">
              Mileage <span className="field-hint">odometer now</span>
            </Text>
            <TextField.Root
              id="quote-mileage"
              ref={mileageRef}
              size="3"
              className="field-mileage num"
              value={form.mileage}
              inputMode="numeric"
              autoComplete="off"
              placeholder="miles"
              aria-invalid={needs?.field === 'mileage' ? true : undefined}
              onChange={(e) => setField('mileage', e.target.value)}
              onKeyDown={onEnter(submitAgain)}
            />
            {note('mileage')}
          </Flex>
          <Flex direction="column" gap="1">
            <Text as="label" size="2" weight="medium" htmlFor="quote-state">
              State
            </Text>
            <TextField.Root
              id="quote-state"
              ref={stateRef}
              size="3"
              className="field-state-quote"
              value={form.state}
              maxLength={2}
              autoComplete="off"
              placeholder="TX"
              aria-invalid={needs?.field === 'location' ? true : undefined}
              onChange={(e) => setField('state', e.target.value)}
              onKeyDown={onEnter(submitAgain)}
            />
          </Flex>
          <Flex direction="column" gap="1">
            <Text as="label" size="2" weight="medium" htmlFor="quote-zip">
              ZIP <span className="field-hint">wins over state</span>
            </Text>
            <TextField.Root
              id="quote-zip"
              ref={zipRef}
              size="3"
              className="field-zip-quote"
              value={form.zip}
              maxLength={5}
              inputMode="numeric"
              autoComplete="off"
              placeholder="75201"
              aria-invalid={needs?.field === 'location' ? true : undefined}
              onChange={(e) => setField('zip', e.target.value)}
              onKeyDown={onEnter(submitAgain)}
            />
          </Flex>
          <Flex direction="column" gap="1" className="quote-button-col">
            <span className="field-spacer" aria-hidden>
              &nbsp;
            </span>
            <Button size="3" type="submit">
              Quote
            </Button>
          </Flex>
        </Flex>
        {note('location')}
      </form>
    );
  }),
);
