/** Correct one cell of the file in place; the preview comes back re-checked. */
import { Button, Dialog, Flex, Text, TextField } from '@radix-ui/themes';
import { useState, type FormEvent } from 'react';
import { ErrorNote } from '../shared/ErrorNote';

export interface CellToFix {
  row: number;
  column: number;
  columnName: string;
  value: string;
  reason: string;
}

interface Props {
  cell: CellToFix | null;
  busy: boolean;
  error: string | null;
  onSave(cell: CellToFix, value: string): Promise<boolean>;
  onClose(): void;
}

export function FixCellDialog({ cell, busy, error, onSave, onClose }: Props) {
  return (
    <Dialog.Root open={cell !== null} onOpenChange={(o) => !o && onClose()}>
      <Dialog.Content maxWidth="420px" size="2">
        {cell && <FixForm key={`${cell.row}:${cell.column}`} cell={cell} busy={busy} error={error} onSave={onSave} onClose={onClose} />}
      </Dialog.Content>
    </Dialog.Root>
  );
}

function FixForm({ cell, busy, error, onSave, onClose }: Omit<Props, 'cell'> & { cell: CellToFix }) {
  const [value, setValue] = useState(cell.value);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (await onSave(cell, value)) onClose();
  };
  return (
    <form onSubmit={submit}>
      <Dialog.Title size="4">
        Fix row {cell.row}, {cell.columnName}
      </Dialog.Title>
      <Dialog.Description size="2" color="gray">
        {cell.reason}
      </Dialog.Description>
      <Flex direction="column" gap="1" mt="3">
        <Text as="label" size="1" weight="medium" htmlFor="fix-cell-value">
          New value
        </Text>
        <TextField.Root id="fix-cell-value" value={value} maxLength={200} autoFocus onChange={(e) => setValue(e.target.value)} />
        <Text size="1" color="gray">
          This changes the import only; your spreadsheet file stays as it is.
        </Text>
      </Flex>
      <Flex mt="2">
        <ErrorNote message={error} />
      </Flex>
      <Flex gap="2" mt="3" justify="end">
        <Dialog.Close>
          <Button type="button" variant="soft" color="gray">
            Cancel
          </Button>
        </Dialog.Close>
        <Button type="submit" loading={busy}>
          Save fix
        </Button>
      </Flex>
    </form>
  );
}
