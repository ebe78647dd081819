/**
 * The starting ("from") price. A stored one shows at once with its age and "not current";
 * the live one replaces it with the time it was fetched. Never binding: the partner's prices
 * change without notice, and the card says so.
 */
import { Badge, Flex, Skeleton, Text } from '@radix-ui/themes';
import type { QuoteState } from './quoteState';
import { useNow } from './useNow';
import { formatMoney, freshnessWords, locationLabel, notCurrentWords } from './quoteWords';

export function StartPriceCard({ quote }: { quote: QuoteState }) {
  const now = useNow(quote.startPrice && !quote.startPrice.current ? 15_000 : 60_000);
  const p = quote.startPrice;
  const fetching = quote.phase === 'running' && (quote.step === 'start-price' || quote.step === 'registering');
  const otherPlace = p && quote.request && p.location !== quote.request.location ? ` for ${locationLabel(p.location)}` : '';
  return (
    <section className="panel start-price" aria-labelledby="start-price-heading" data-testid="start-price-card">
      <Text as="div" size="1" weight="medium" color="gray" id="start-price-heading">
        Starting price
      </Text>
      {p ? (
        <div data-testid="start-price" data-kind={p.current ? 'live' : 'stored'} data-run={quote.run} className="start-price-figure" data-current={p.current}>
          <Flex align="baseline" gap="2" wrap="wrap">
            <Text size="7" weight="bold" className="price-figure">
              from {formatMoney(p.value.startPrice, p.value.currency)}
            </Text>
            {p.current ? (
              <Text size="2" color="gray" data-testid="start-price-age">
                {freshnessWords(p, now)}
                {otherPlace}
              </Text>
            ) : (
              <Badge color="amber" variant="soft" size="2" data-testid="start-price-age">
                {quote.phase === 'unavailable' ? notCurrentWords(p.fetchedAt, now) : freshnessWords(p, now)}
                {otherPlace}
              </Badge>
            )}
          </Flex>
          {!p.current && fetching && (
            <Text as="div" size="1" color="gray">
              Stored from an earlier quote; the live price is on its way.
            </Text>
          )}
        </div>
      ) : quote.phase === 'running' && quote.step === 'registering' ? (
        <Text as="div" size="3" color="gray" className="price-pending">
          Right after the registration.
        </Text>
      ) : fetching ? (
        <Skeleton className="price-skeleton" aria-label="Fetching the starting price">
          from $0,000
        </Skeleton>
      ) : (
        <Text size="2" color="gray">
          {quote.phase === 'idle' || quote.phase === 'looking-up' || quote.phase === 'needs-input' ? '—' : 'No starting price for this vehicle.'}
        </Text>
      )}
      <Text as="div" size="1" color="gray">
        Prices can change without notice; not a binding quote.
      </Text>
    </section>
  );
}
