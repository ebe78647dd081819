/** The one button that queues the vehicles, with what will happen to the rest said beside it. */
import { Button, Checkbox, Flex, Text } from '@radix-ui/themes';
import { useState } from 'react';
import type { PreviewView } from '../../preload/contract';
import { ErrorNote } from '../shared/ErrorNote';
import { formatCount, plural } from '../shared/format';

interface Props {
  preview: PreviewView;
  busy: boolean;
  error: string | null;
  onCommit(startRegistration: boolean): void;
}

export function CommitBar({ preview, busy, error, onCommit }: Props) {
  const [start, setStart] = useState(true);
  const willQueue = preview.forecast.added + preview.forecast.requeued;
  const leftOut = preview.invalidRows;
  const nothing = preview.valid === 0;
  return (
    <div className="commit-bar">
      <Flex direction="column" gap="1" className="commit-bar-text">
        <Text size="2" weight="medium">
          {nothing
            ? 'No row can be imported yet: check the VIN and mileage columns above.'
            : willQueue === 0
              ? 'Every valid vehicle is already registered or queued: importing sends nothing new.'
              : `Importing queues ${plural(willQueue, 'vehicle')} for registration with the partner.`}
        </Text>
        {leftOut > 0 && (
          <Text size="1" color="gray">
            {plural(leftOut, 'row')} with problems will be left out. Fix them above, or export them to correct in the spreadsheet.
          </Text>
        )}
        <ErrorNote message={error} />
      </Flex>
      <Flex align="center" gap="3">
        <Text as="label" size="2">
          <Flex gap="2" align="center">
            <Checkbox checked={start} onCheckedChange={(c) => setStart(c === true)} />
            Start registering right away
          </Flex>
        </Text>
        <Button size="2" disabled={nothing} loading={busy} onClick={() => onCommit(start)} data-testid="commit-import">
          Import {formatCount(preview.valid)} {preview.valid === 1 ? 'vehicle' : 'vehicles'}
        </Button>
      </Flex>
    </div>
  );
}
