/** Choose a spreadsheet with the button (keyboard) or drop it on the area (mouse). */
import { UploadIcon } from '@radix-ui/react-icons';
import { Button, Flex, Spinner, Text } from '@radix-ui/themes';
import { useRef, useState, type DragEvent } from 'react';

const ACCEPT = '.csv,.tsv,.txt,.xlsx,.xlsm,.xls,.ods';

export function FileDrop({ busy, onFile, compact }: { busy: boolean; onFile(file: File): void; compact?: boolean }) {
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    const file = e.dataTransfer.files[0];
    if (file && !busy) onFile(file);
  };
  const picker = (
    <>
      <input
        ref={input}
        type="file"
        accept={ACCEPT}
        className="visually-hidden"
        tabIndex={-1}
        aria-hidden
        data-testid="import-file-input"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) onFile(file);
        }}
      />
      <Button size={compact ? '1' : '2'} variant={compact ? 'soft' : 'solid'} disabled={busy} onClick={() => input.current?.click()}>
        {busy ? <Spinner size="1" /> : <UploadIcon />}
        {compact ? 'Choose another file…' : 'Choose a file…'}
      </Button>
    </>
  );
  if (compact) return picker;

  return (
    <div
      className="drop-zone"
      data-over={over}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <Flex direction="column" align="center" gap="2">
        <Text size="3" weight="medium">
          {busy ? 'Reading the spreadsheet…' : 'Drop your inventory spreadsheet here'}
        </Text>
        <Text size="2" color="gray">
          CSV, Excel (XLSX, XLS) or OpenDocument. Nothing is sent to the partner until you press Import.
        </Text>
        {picker}
      </Flex>
    </div>
  );
}
