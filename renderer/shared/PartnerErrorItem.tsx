/**
 * One error as the partner wrote it: its message, code, field and suggestions, unedited.
 * The Vehicles detail panel and the Quote screen both show partner errors through this;
 * the Quote screen adds an action under a suggestion (edit the VIN, another search).
 */
import { Badge, Box, Flex, Text } from '@radix-ui/themes';
import type { ReactNode } from 'react';
import type { VehicleView } from '../../preload/contract';

export type PartnerErrorView = NonNullable<NonNullable<VehicleView['lastError']>['partnerErrors']>[number];
export type PartnerSuggestionView = PartnerErrorView['suggestions'][number];

interface Props {
  error: PartnerErrorView;
  size: '2' | '3';
  /** Show the suggestion's action name (CheckInput...) before its message. */
  showAction?: boolean;
  listClassName: string;
  renderAction?: (s: PartnerSuggestionView) => ReactNode;
}

export function PartnerErrorItem({ error: e, size, showAction, listClassName, renderAction }: Props) {
  return (
    <Box className="partner-error">
      <Text as="p" size={size} className="partner-quote">
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
        <Box mt={size === '3' ? '2' : '1'}>
          <Text size="1" weight="medium" color="gray">
            The partner suggests:
          </Text>
          <ul className={listClassName}>
            {e.suggestions.map((s, j) => (
              <li key={j} data-action={s.action}>
                <Text size="2">
                  {showAction && <strong>{s.action}: </strong>}
                  {s.message}
                </Text>
                {renderAction?.(s)}
              </li>
            ))}
          </ul>
        </Box>
      )}
    </Box>
  );
}
