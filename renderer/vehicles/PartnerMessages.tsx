/** The partner's own words about a vehicle: message, code, field, and its suggestions, unedited. */
import { Box, Text } from '@radix-ui/themes';
import { PartnerErrorItem } from '../shared/PartnerErrorItem';
import type { VehicleView } from '../../preload/contract';

const KIND: Record<NonNullable<VehicleView['lastError']>['kind'], string> = {
  rejected: 'The partner rejected this vehicle',
  auth: 'The partner refused our token',
  throttled: 'The partner asked us to slow down',
  unavailable: 'The partner was unavailable',
  network: 'The network was down',
  timeout: 'The partner did not finish in time',
};

export function PartnerMessages({ problem }: { problem: VehicleView['lastError'] }) {
  if (!problem) return null;
  const items = problem.partnerErrors ?? [];
  return (
    <Box className="partner-messages" data-testid="partner-messages">
      <Text as="div" size="2" weight="bold" color={problem.kind === 'rejected' ? 'red' : 'orange'}>
        {KIND[problem.kind]}
        {problem.httpStatus ? ` (HTTP ${problem.httpStatus})` : ''}
      </Text>
      {items.length === 0 && (
        <Text as="p" size="2">
          {problem.message}
        </Text>
      )}
      {items.map((e, i) => (
        <PartnerErrorItem key={i} error={e} size="2" showAction listClassName="plain-list" />
      ))}
    </Box>
  );
}
