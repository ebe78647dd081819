/** What this file holds and what importing it would do, in counts a manager reads at a glance. */
import { Flex, Text, Tooltip } from '@radix-ui/themes';
import type { PreviewView } from '../../preload/contract';
import { formatCount } from '../shared/format';

interface Figure {
  id: string;
  label: string;
  value: number;
  hint: string;
  tone?: 'good' | 'bad' | 'warn';
}

export function importFigures(p: PreviewView): Figure[] {
  const duplicateRows = p.duplicateRowsDropped;
  const invalidRows = p.invalidRows;
  const willQueue = p.forecast.added + p.forecast.requeued;
  return [
    { id: 'rows', label: 'Rows in file', value: p.rows, hint: 'Data rows below the header row.' },
    { id: 'valid', label: 'Valid', value: p.valid, hint: 'Rows with a usable VIN and mileage.', tone: 'good' },
    { id: 'invalid', label: 'With problems', value: invalidRows, hint: 'Rows that will be left out unless you fix them.', tone: invalidRows ? 'bad' : undefined },
    { id: 'duplicates', label: 'Duplicates left out', value: duplicateRows, hint: 'Valid rows left out because the same VIN appears again in the file; one row per VIN is imported.', tone: duplicateRows ? 'warn' : undefined },
    { id: 'fresh', label: 'Already registered', value: p.forecast.skippedFresh, hint: 'Registered in the last 30 days with about the same mileage: nothing to send.' },
    { id: 'queued', label: 'Will be queued', value: willQueue, hint: `${formatCount(p.forecast.added)} new, ${formatCount(p.forecast.mileageMoved ?? 0)} whose mileage moved 5,000 or more since registration, ${formatCount(p.forecast.requeued - (p.forecast.mileageMoved ?? 0))} expired or failed before.`, tone: 'good' },
  ];
}

export function ImportCounts({ preview }: { preview: PreviewView }) {
  const extra = preview.forecast.alreadyQueued + preview.forecast.keptRejected;
  return (
    <div>
      <dl className="figures" aria-label="Import counts">
        {importFigures(preview).map((f) => (
          <Tooltip key={f.id} content={f.hint}>
            <div className="figure" data-tone={f.tone} data-testid={`count-${f.id}`} tabIndex={0}>
              <dt>{f.label}</dt>
              <dd>{formatCount(f.value)}</dd>
            </div>
          </Tooltip>
        ))}
      </dl>
      {extra > 0 && (
        <Flex mt="1">
          <Text size="1" color="gray">
            {preview.forecast.alreadyQueued > 0 && `${formatCount(preview.forecast.alreadyQueued)} already waiting in the queue. `}
            {preview.forecast.keptRejected > 0 &&
              `${formatCount(preview.forecast.keptRejected)} were rejected by the partner before with the same data; they stay rejected until you fix them or register them again.`}
          </Text>
        </Flex>
      )}
    </div>
  );
}
