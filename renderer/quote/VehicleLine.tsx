/** The vehicle being quoted, in one line: year/make/model and stock when the ledger knows them, the cleaned VIN, the registration. */
import { Badge, Flex, Text } from '@radix-ui/themes';
import { memo, type ReactNode } from 'react';
import { STATE_COLOR, STATE_LABEL } from '../shared/states';
import type { LookupReply } from './quoteState';
import { formatMiles, vehicleName } from './quoteWords';

/** Memoised: it changes when the ledger's answer does, not with every step of the quote. */
export const VehicleLine = memo(function VehicleLine({ lookup, action }: { lookup: LookupReply; action?: ReactNode }) {
  const name = vehicleName(lookup.vehicle);
  const reg = lookup.registration;
  return (
    <Flex className="vehicle-line" align="center" gap="3" wrap="wrap" data-testid="quote-vehicle">
      <Text size="4" weight="bold">
        {name ?? (lookup.known ? 'Vehicle in the ledger' : 'New vehicle')}
      </Text>
      {lookup.vehicle?.stockNumber && (
        <Text size="2" color="gray">
          Stock <strong>{lookup.vehicle.stockNumber}</strong>
        </Text>
      )}
      <Text size="2" color="gray">
        VIN <span className="mono vehicle-vin">{lookup.vin}</span>
      </Text>
      {lookup.mileage !== null && (
        <Text size="2" color="gray">
          Ledger mileage {formatMiles(lookup.mileage)}
        </Text>
      )}
      {reg ? (
        <Badge color={STATE_COLOR[reg.state]} variant="soft" size="2">
          {STATE_LABEL[reg.state]}
          {reg.state === 'registered' && reg.registeredMileage !== null ? ` at ${formatMiles(reg.registeredMileage)} mi` : ''}
          {reg.state === 'queued' || reg.state === 'waiting-retry' || reg.state === 'failed' ? ' · a quote registers it on demand' : ''}
        </Badge>
      ) : (
        lookup.valid && (
          <Badge color="gray" variant="soft" size="2">
            Not in the ledger: registers on demand
          </Badge>
        )
      )}
      {action && <span className="vehicle-action">{action}</span>}
    </Flex>
  );
});
