/** The side panel for one vehicle: facts, the partner's messages, and everything that happened to it. */
import { Cross2Icon } from '@radix-ui/react-icons';
import { Flex, Heading, IconButton, ScrollArea, Spinner, Text } from '@radix-ui/themes';
import { ErrorNote } from '../shared/ErrorNote';
import { formatCount, formatDateTime, formatMoment } from '../shared/format';
import { STATE_HINT } from '../shared/states';
import { PartnerMessages } from './PartnerMessages';
import { StateBadge } from './StateBadge';
import { useVehicleDetail } from './useVehicleDetail';
import { vehicleTitle } from './vehicleQuery';

const humanEvent = (e: string) => {
  const words = e.replace(/[-_:.]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

export function VehicleDetail({ vin, onClose }: { vin: string; onClose(): void }) {
  const { detail, error } = useVehicleDetail(vin);
  const v = detail?.vehicle;
  const facts: Array<[string, string]> = v
    ? [
        ['Stock number', v.stockNumber ?? '—'],
        ['Mileage', formatCount(v.mileage)],
        ['Registered at mileage', v.registeredMileage !== null ? formatCount(v.registeredMileage) : '—'],
        ['Registered', v.registeredAt ? formatDateTime(v.registeredAt) : '—'],
        ['Expires', v.expiresAt ? formatDateTime(v.expiresAt) : '—'],
        ['Attempts this round', formatCount(v.attempts)],
        ['Next attempt', v.nextAttemptAt ? formatDateTime(v.nextAttemptAt) : '—'],
        ['From', v.source ? `${v.source.file}, row ${v.source.row}` : '—'],
      ]
    : [];
  return (
    <aside
      className="detail-panel"
      aria-label={`Details for ${vin}`}
      data-testid="vehicle-detail"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <Flex justify="between" align="start" gap="2" className="detail-head">
        <div>
          <Heading as="h2" size="3" className="mono">
            {vin}
          </Heading>
          {v && (
            <Text size="2" color="gray">
              {vehicleTitle(v) || 'Year, make and model not given'}
            </Text>
          )}
        </div>
        <IconButton size="1" variant="ghost" color="gray" aria-label="Close details" onClick={onClose}>
          <Cross2Icon />
        </IconButton>
      </Flex>
      <ErrorNote message={error} />
      {!detail && !error && <Spinner />}
      {v && detail && (
        <ScrollArea type="auto" scrollbars="vertical" className="detail-scroll">
          <Flex direction="column" gap="3" pr="3">
            <div>
              <StateBadge state={v.state} />
              <Text as="p" size="1" color="gray" mt="1">
                {STATE_HINT[v.state]}
              </Text>
            </div>
            <PartnerMessages problem={v.lastError} />
            <dl className="facts">
              {facts.map(([k, val]) => (
                <div key={k}>
                  <dt>{k}</dt>
                  <dd>{val}</dd>
                </div>
              ))}
            </dl>
            <section aria-labelledby="history-heading">
              <Heading as="h3" size="2" id="history-heading">
                History
              </Heading>
              {detail.history.length === 0 ? (
                <Text size="1" color="gray">
                  Nothing has happened to this vehicle yet.
                </Text>
              ) : (
                <ol className="history">
                  {[...detail.history].sort((a, b) => b.at - a.at).map((h, i) => (
                    <li key={i}>
                      <Text size="1" color="gray" className="history-time">
                        {formatMoment(h.at)}
                      </Text>
                      <Text size="2" weight="medium">
                        {humanEvent(h.event)}
                        {h.httpStatus ? ` (HTTP ${h.httpStatus})` : ''}
                      </Text>
                      {h.message && (
                        <Text as="div" size="1">
                          {h.message}
                        </Text>
                      )}
                    </li>
                  ))}
                </ol>
              )}
            </section>
          </Flex>
        </ScrollArea>
      )}
    </aside>
  );
}
