/** A titled block of settings with its own save status. */
import { CheckIcon } from '@radix-ui/react-icons';
import { Flex, Heading, Text } from '@radix-ui/themes';
import type { ReactNode } from 'react';
import { ErrorNote } from '../shared/ErrorNote';

export function Section({ id, title, hint, saved, error, children }: { id: string; title: string; hint?: string; saved?: boolean; error?: string | null; children: ReactNode }) {
  return (
    <section className="panel settings-section" aria-labelledby={`${id}-heading`}>
      <Flex justify="between" align="baseline">
        <Heading as="h2" size="3" id={`${id}-heading`}>
          {title}
        </Heading>
        <Text size="1" color="green" role="status" className="saved-note">
          {saved && (
            <>
              <CheckIcon /> Saved
            </>
          )}
        </Text>
      </Flex>
      {hint && (
        <Text as="p" size="1" color="gray">
          {hint}
        </Text>
      )}
      {children}
      <ErrorNote message={error} />
    </section>
  );
}
