/** Import: pick a spreadsheet, check the mapping and the rows, then queue the vehicles. */
import { DownloadIcon } from '@radix-ui/react-icons';
import { Button, Callout, Flex, Heading, Text } from '@radix-ui/themes';
import { useState } from 'react';
import { useNavigation } from '../app/navigation';
import { ErrorNote } from '../shared/ErrorNote';
import { formatCount, plural } from '../shared/format';
import { ScreenHeader } from '../shared/ScreenHeader';
import { CommitBar } from './CommitBar';
import { FileDrop } from './FileDrop';
import { FixCellDialog, type CellToFix } from './FixCellDialog';
import { ImportCounts } from './ImportCounts';
import { KilometresNote } from './KilometresNote';
import { MappingEditor } from './MappingEditor';
import { PreviewGrid } from './PreviewGrid';
import { ProblemRows } from './ProblemRows';
import { SheetPicker } from './SheetPicker';
import { summariseCommit } from './summariseCommit';
import type { ImportSession } from './useImportSession';

export function ImportScreen({ session }: { session: ImportSession }) {
  const { go } = useNavigation();
  const [fixing, setFixing] = useState<CellToFix | null>(null);
  const p = session.preview;

  if (!p) {
    return (
      <div className="screen">
        <ScreenHeader title="Import" subtitle="Bring in your inventory so every vehicle is pre-registered before a customer asks." />
        <FileDrop busy={session.reading} onFile={(f) => void session.chooseFile(f)} />
        <ErrorNote message={session.fileError} />
      </div>
    );
  }

  const commit = async (start: boolean) => {
    const result = await session.commit(start);
    if (result) go('progress', { importSummary: summariseCommit(result) });
  };
  const openFix = (cell: CellToFix) => {
    session.fix.clearError();
    setFixing(cell);
  };

  return (
    <div className="screen">
      <ScreenHeader
        title="Import"
        subtitle={
          <>
            <span className="mono">{p.fileName}</span>
            {p.sheet ? ` — sheet "${p.sheet}"` : ''} — headers found on row {p.headerRow}
            {p.mappingRemembered ? ' — mapping remembered from a file with the same headers' : ''}
          </>
        }
      >
        <FileDrop compact busy={session.reading} onFile={(f) => void session.chooseFile(f)} />
        <Button size="1" variant="ghost" color="gray" onClick={session.reset}>
          Cancel import
        </Button>
      </ScreenHeader>
      <ErrorNote message={session.fileError} />
      {p.encodingNote && (
        <Callout.Root size="1" color="amber" role="note">
          <Callout.Text>{p.encodingNote}</Callout.Text>
        </Callout.Root>
      )}
      {p.notices
        // The kilometres notice has its own callout with the button that confirms it.
        .filter((n) => n !== p.encodingNote && !(p.kilometres && /kilomet/i.test(n)))
        .map((note) => (
          <Callout.Root key={note} size="1" color="gray" role="note">
            <Callout.Text>{note}</Callout.Text>
          </Callout.Root>
        ))}

      <KilometresNote preview={p} busy={session.reading} onConvert={() => void session.convertKilometres()} />

      <ImportCounts preview={p} />

      <section className="panel" aria-labelledby="mapping-heading">
        <Flex justify="between" align="end" gap="3" wrap="wrap">
          <Heading as="h2" size="3" id="mapping-heading">
            Columns
          </Heading>
          <SheetPicker preview={p} busy={session.reading} onPick={(s) => void session.chooseSheet(s)} />
        </Flex>
        <MappingEditor preview={p} busy={session.reading} onChange={(f, c) => void session.changeMapping(f, c)} />
        {session.fixes > 0 && (
          <Text size="1" color="gray">
            Changing a column or the sheet reads the file again and drops the {plural(session.fixes, 'fix', 'fixes')} made here.
          </Text>
        )}
        <ErrorNote message={session.mappingError} />
      </section>

      <section className="panel" aria-labelledby="preview-heading">
        <Heading as="h2" size="3" id="preview-heading">
          First {formatCount(p.sample.length)} rows
        </Heading>
        <PreviewGrid preview={p} onFix={openFix} />
      </section>

      {p.invalid.length > 0 && (
        <section className="panel" aria-labelledby="invalid-heading">
          <Flex justify="between" align="center">
            <Heading as="h2" size="3" id="invalid-heading" color="red">
              Left out: {plural(p.invalidRows, 'row')} with problems
            </Heading>
            <Flex gap="2">
              <Button size="1" variant="soft" loading={session.exporting.busy} onClick={() => void session.exportRejected('csv')}>
                <DownloadIcon /> Export rejected rows (CSV)
              </Button>
              <Button size="1" variant="soft" loading={session.exporting.busy} onClick={() => void session.exportRejected('xlsx')}>
                <DownloadIcon /> Excel (XLSX)
              </Button>
            </Flex>
          </Flex>
          <ErrorNote message={session.exporting.error} />
          <ProblemRows preview={p} problems={p.invalid} kind="invalid" onFix={openFix} />
        </section>
      )}

      {p.duplicates.length > 0 && (
        <details className="panel">
          <summary>
            <Text size="2" weight="medium">
              Repeated VINs: {plural(p.duplicates.length, 'VIN')} appear on more than one row (one row each is imported)
            </Text>
          </summary>
          <ul className="plain-list">
            {p.duplicates.slice(0, 200).map((d) => (
              <li key={d.vin}>
                <span className="mono">{d.vin}</span>: row {d.keptRow} is imported; {d.droppedRows.length === 1 ? 'row' : 'rows'} {d.droppedRows.join(', ')} left out
              </li>
            ))}
          </ul>
        </details>
      )}

      {p.warnings.length > 0 && (
        <details className="panel">
          <summary>
            <Text size="2" weight="medium" color="amber">
              Warnings on {plural(new Set(p.warnings.map((w) => w.row)).size, 'row')} (imported anyway)
            </Text>
          </summary>
          <ProblemRows preview={p} problems={p.warnings} kind="warning" />
        </details>
      )}

      <CommitBar preview={p} busy={session.committing.busy} error={session.committing.error} onCommit={(s) => void commit(s)} />

      <FixCellDialog cell={fixing} busy={session.fix.busy} error={session.fix.error} onSave={(c, v) => session.fixCell(c.row, c.column, v)} onClose={() => setFixing(null)} />
    </div>
  );
}
