/** The partner's own words about a vehicle: message, code, field, and its suggestions, unedited. */
import { Badge, Box, Flex, Text } from '@radix-ui/themes';
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
        <Box key={i} className="partner-error">
          <Text as="p" size="2" className="partner-quote">
            “{e.errorMessage}”
          </Text>
          <Flex gap="1" wrap="wrap" mt="1">
            <Badge size="1" color="gray" variant="surface">
              {e.errorCode} {e.errorNumber}
            </Badge>
            {e.errorField && (
              <Badge size="1" color="gray" variant="surface">
                Field: {e.errorField}
              </Badge>
            )}
          </Flex>
          {e.suggestions.length > 0 && (
            <Box mt="1">
              <Text size="1" weight="medium" color="gray">
                The partner suggests:
              </Text>
              <ul className="plain-list">
                {e.suggestions.map((s, j) => (
                  <li key={j}>
                    <Text size="2">
                      <strong>{s.action}</strong>: {s.message}
                    </Text>
                  </li>
                ))}
              </ul>
            </Box>
          )}
        </Box>
      ))}
    </Box>
  );
}
