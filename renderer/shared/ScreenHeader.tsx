/** Each screen's title (focused when the screen opens, so keyboard users start at the top) and its actions. */
import { Flex, Heading, Text } from '@radix-ui/themes';
import type { ReactNode } from 'react';

export function ScreenHeader({ title, subtitle, children }: { title: string; subtitle?: ReactNode; children?: ReactNode }) {
  return (
    <Flex className="screen-header" align="center" justify="between" gap="3" wrap="wrap">
      <Flex direction="column" gap="0">
        <Heading as="h1" size="5" id="screen-heading" tabIndex={-1}>
          {title}
        </Heading>
        {subtitle && (
          <Text size="2" color="gray">
            {subtitle}
          </Text>
        )}
      </Flex>
      {children && (
        <Flex gap="2" align="center" wrap="wrap">
          {children}
        </Flex>
      )}
    </Flex>
  );
}
