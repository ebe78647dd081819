/** Shown when a workbook has several sheets: which one holds the inventory. */
import { Flex, Select, Text } from '@radix-ui/themes';
import type { PreviewView } from '../../preload/contract';

export function SheetPicker({ preview, busy, onPick }: { preview: PreviewView; busy: boolean; onPick(sheet: string): void }) {
  if (preview.sheets.length < 2) return null;
  return (
    <Flex direction="column" gap="1">
      <Text as="label" size="1" weight="medium" htmlFor="sheet-picker">
        Sheet
      </Text>
      <Select.Root size="1" value={preview.sheet ?? undefined} disabled={busy} onValueChange={onPick}>
        <Select.Trigger id="sheet-picker" aria-label="Sheet" />
        <Select.Content position="popper">
          {preview.sheets.map((s) => (
            <Select.Item key={s.name} value={s.name}>
              {s.name}
              {s.hidden ? ' (hidden)' : ''}
            </Select.Item>
          ))}
        </Select.Content>
      </Select.Root>
    </Flex>
  );
}
