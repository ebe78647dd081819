/** Print the one-page quote sheet: the ticked plans, or every plan shown when none is ticked. */
import { FileTextIcon } from '@radix-ui/react-icons';
import { Button, Flex, Text } from '@radix-ui/themes';

export function PrintSheetButton({ count, ticked, onPrint }: { count: number; ticked: boolean; onPrint(): void }) {
  return (
    <Flex direction="column" gap="1" align="end">
      <Button size="2" onClick={onPrint} disabled={count === 0} data-testid="print-sheet">
        <FileTextIcon /> Print quote sheet
      </Button>
      <Text size="1" color="gray" data-testid="print-sheet-hint">
        {count === 0 ? 'No plan to print' : ticked ? `${count} ticked plan${count === 1 ? '' : 's'}` : `No plan ticked: all ${count} shown`}
      </Text>
    </Flex>
  );
}
