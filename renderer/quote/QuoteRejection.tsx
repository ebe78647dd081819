/**
 * The partner refused the vehicle: its message and suggestions exactly as it wrote them.
 * A CheckInput suggestion offers to edit the VIN. A RetryWithAlternative suggestion (another
 * kind of search) is offered as an action too, but QuoteReady has no make/model/year search
 * yet: the action says so plainly and repeats the partner's words instead of faking a search.
 */
import { Box, Button, Callout, Text } from '@radix-ui/themes';
import { PartnerErrorItem } from '../shared/PartnerErrorItem';
import { useState } from 'react';
import type { PartnerErrorView } from './quoteState';

type Suggestion = PartnerErrorView['suggestions'][number];

function AlternativeSearch({ s, onEditVin }: { s: Suggestion; onEditVin(): void }) {
  const [open, setOpen] = useState(false);
  return (
    <Box mt="1">
      <Button size="1" variant="soft" onClick={() => setOpen((o) => !o)} aria-expanded={open} data-testid="alternative-search">
        Search another way…
      </Button>
      {open && (
        <Callout.Root size="1" color="gray" mt="2" role="note" data-testid="alternative-search-note">
          <Callout.Text>
            QuoteReady cannot run this search: it has no make, model and year search yet. The partner’s suggestion, as written: “{s.message}”
            {s.endpoint ? (
              <>
                {' '}
                (partner endpoint <span className="mono">{s.endpoint}</span>)
              </>
            ) : null}
            . Until then, check the VIN on the vehicle or its title and scan it again.{' '}
            <button type="button" className="link-button" onClick={onEditVin}>
              Edit the VIN
            </button>
          </Callout.Text>
        </Callout.Root>
      )}
    </Box>
  );
}

export function QuoteRejection({ message, errors, onEditVin }: { message: string; errors: PartnerErrorView[]; onEditVin(): void }) {
  return (
    <section className="panel partner-messages quote-rejection" aria-labelledby="rejection-heading" data-testid="quote-rejection" role="alert">
      <Text as="div" size="3" weight="bold" color="red" id="rejection-heading">
        The partner rejected this vehicle
      </Text>
      {errors.length === 0 && (
        <Text as="p" size="2">
          {message}
        </Text>
      )}
      {errors.map((e, i) => (
        <PartnerErrorItem
          key={i}
          error={e}
          size="3"
          listClassName="suggestion-list"
          renderAction={(s) => (
            <>
              {s.action === 'CheckInput' && (
                <Box mt="1">
                  <Button size="1" variant="soft" onClick={onEditVin}>
                    Edit the VIN
                  </Button>
                </Box>
              )}
              {s.action === 'RetryWithAlternative' && <AlternativeSearch s={s} onEditVin={onEditVin} />}
              {s.action !== 'CheckInput' && s.action !== 'RetryWithAlternative' && s.endpoint && (
                <Text as="div" size="1" color="gray">
                  Partner endpoint: <span className="mono">{s.endpoint}</span>
                </Text>
              )}
            </>
          )}
        />
      ))}
    </section>
  );
}
