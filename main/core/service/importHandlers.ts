/**
 * The Import screen's requests. A preview reads and validates the file (in the
 * importer's worker), using the mapping remembered for the same headers unless the user
 * chose one, and forecasts what committing would do against the ledger, writing nothing;
 * commit records the vehicles, remembers the mapping and starts registration.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { MappingView, PreviewView } from '../../../preload/contract.js';
import type { Core } from '../createCore.js';
import {
  buildImportResult,
  importSpreadsheetFile,
  rowsToXlsx,
  VEHICLE_FIELDS,
  type ImportOptions,
  type ImportResult,
  type SheetData,
} from '../importer/index.js';
import { InputError } from '../shared/errors.js';
import { toCsv } from './csvExport.js';
import { MappingMemory } from './mappingMemory.js';
import type { Handlers } from './dispatch.js';
import type { SettingsStore } from './hostPorts.js';

type ImportHandlers = Pick<Handlers, 'import:preview' | 'import:fixCell' | 'import:commit' | 'import:exportRejected'>;

const SAMPLE_ROWS = 200;
const PROBLEMS_SHOWN = 2_000;
/** Previews held at once; each keeps its parsed rows until committed or pushed out. */
const MAX_PREVIEWS = 3;

interface Preview {
  id: string;
  sheet: SheetData;
  result: ImportResult;
  /** How it was validated, so a fixed cell is validated the same way. */
  validation: Pick<ImportOptions, 'acceptBadCheckDigit' | 'kilometres'>;
}

/**
 * The user's mapping as importer overrides. null on a required field leaves it to detection;
 * null on an optional field pins it to no column (-1 matches nothing), so "not in this file"
 * sticks instead of being detected again.
 */
function mappingOverrides(mapping: MappingView): Record<string, number> {
  const required = new Set<string>(['vin', 'mileage']);
  return Object.fromEntries(
    Object.entries(mapping)
      .filter(([field, col]) => col !== null || !required.has(field))
      .map(([field, col]) => [field, col ?? -1]),
  );
}

export function importHandlers(core: Core, settings: SettingsStore, changed: () => void): ImportHandlers {
  const previews = new Map<string, Preview>();
  const uploads = join(core.dataDir, 'uploads');
  const memory = new MappingMemory(core.dataDir);

  const keep = (p: Preview) => {
    previews.set(p.id, p);
    while (previews.size > MAX_PREVIEWS) previews.delete(previews.keys().next().value!);
  };
  const find = (id: string) => {
    const p = previews.get(id);
    if (!p) throw new InputError('This preview has expired; choose the file again.', { field: 'previewId' });
    return p;
  };

  const view = (p: Preview): PreviewView => {
    const { sheet, result } = p;
    const problemsByRow = new Map<number, string[]>();
    const warningsByRow = new Map<number, string[]>();
    for (const x of result.invalid) problemsByRow.set(x.row, [...(problemsByRow.get(x.row) ?? []), `${x.column}: ${x.reason}`]);
    for (const x of result.warnings) warningsByRow.set(x.row, [...(warningsByRow.get(x.row) ?? []), `${x.column}: ${x.reason}`]);
    const first = sheet.layout.headerIndex + 1;
    const sample = sheet.rows.slice(first, first + SAMPLE_ROWS).map((cells, i) => {
      const row = first + i + 1;
      return { row, cells, problems: problemsByRow.get(row) ?? [], warnings: warningsByRow.get(row) ?? [] };
    });
    const mapping = Object.fromEntries(VEHICLE_FIELDS.map((f) => [f, result.mapping[f] ?? null])) as MappingView;
    return {
      previewId: p.id,
      fileName: result.file,
      sheets: (result.sheets ?? []).map((s) => ({ name: s.name, hidden: s.hidden })),
      sheet: result.sheet ?? null,
      encodingNote: sheet.notices.find((n) => /encod/i.test(n)) ?? null,
      headerRow: result.headerRow,
      headers: result.headers,
      mapping,
      mappingRemembered: result.mappingRemembered,
      rows: result.rows,
      valid: result.vehicles.length,
      invalidRows: result.summary.invalidRows,
      duplicateRowsDropped: result.summary.duplicateRowsDropped,
      notices: result.notices,
      problemsShown: Math.min(PROBLEMS_SHOWN, result.invalid.length),
      sample,
      invalid: result.invalid.slice(0, PROBLEMS_SHOWN).map(({ row, column, field, value, reason }) => ({ row, column, field, value, reason })),
      warnings: result.warnings.slice(0, PROBLEMS_SHOWN).map(({ row, column, field, value, reason }) => ({ row, column, field, value, reason })),
      duplicates: result.duplicates.map(({ vin, keptRow, droppedRows }) => ({ vin, keptRow, droppedRows })),
      forecast: core.ledger.forecastIntake(result.vehicles, core.clock.now()),
      kilometres: result.kilometres ?? null,
      vehicleColumn: result.mapping.vehicle ?? null,
    };
  };

  return {
    'import:preview': async ({ fileName, data, sheet, mapping, headerRow, kilometres }) => {
      await mkdir(uploads, { recursive: true });
      // The worker reads from disk; the copy is removed as soon as it is parsed.
      const path = join(uploads, `${randomUUID()}-${fileName.replace(/[^\w.-]+/g, '_')}`);
      await writeFile(path, data);
      try {
        const columns = mapping ? mappingOverrides(mapping) : undefined;
        const validation = { acceptBadCheckDigit: settings.get().acceptBadCheckDigit, kilometres: kilometres ?? 'ask' } as const;
        const { sheet: parsed, result } = await importSpreadsheetFile(path, {
          fileName,
          ...validation,
          ...(sheet ? { sheet } : {}),
          // The user's choice wins; without one, the mapping chosen last time for these headers.
          ...(columns ? { columns } : { rememberedMappings: memory.all() }),
          ...(headerRow !== undefined ? { headerRow } : {}),
        });
        const p: Preview = { id: randomUUID(), sheet: parsed, result, validation };
        keep(p);
        return view(p);
      } finally {
        await rm(path, { force: true });
      }
    },

    'import:fixCell': async ({ previewId, row, column, value }) => {
      const p = find(previewId);
      const cells = p.sheet.rows[row - 1];
      if (!cells || row - 1 <= p.sheet.layout.headerIndex) throw new InputError(`Row ${row} is not a data row of this file.`, { field: 'row' });
      if (column < 0 || column >= p.sheet.layout.headers.length) throw new InputError(`Column ${column + 1} is not in this file.`, { field: 'column' });
      cells[column] = value;
      // The typed text replaces whatever Excel had there (a number, a formula with no value).
      p.sheet.vinNumberRows = p.sheet.vinNumberRows.filter((r) => r !== row - 1);
      p.sheet.uncachedFormulas = p.sheet.uncachedFormulas.filter((f) => f.row !== row - 1 || f.column !== column);
      p.result = await buildImportResult(p.sheet, p.validation);
      return view(p);
    },

    'import:commit': ({ previewId, startRegistration }) => {
      const p = find(previewId);
      const now = core.clock.now();
      const intake = core.ledger.intake(p.result.vehicles, now);
      core.ledger.recordImport(p.result.file, now, { ...p.result.summary, intake });
      memory.remember(p.result.headerSignature, p.result.headers, p.result.mapping, now);
      previews.delete(previewId);
      if (startRegistration) void core.engine.start();
      changed();
      return { ...intake, invalidSkipped: p.result.summary.invalidRows };
    },

    'import:exportRejected': ({ previewId, format }) => {
      const p = find(previewId);
      const reasons = new Map<number, string[]>();
      for (const x of p.result.invalid) reasons.set(x.row, [...(reasons.get(x.row) ?? []), `${x.column}: ${x.reason}`]);
      const rows = [...reasons].sort(([a], [b]) => a - b).map(([row, why]) => [row, ...(p.sheet.rows[row - 1] ?? []), why.join('; ')]);
      const header = ['Row', ...p.result.headers, 'Reason'];
      const base = `${p.result.file.replace(/\.[^.]+$/, '')}-rejected-rows`;
      const csv = toCsv(header, rows);
      if (format !== 'xlsx') return { fileName: `${base}.csv`, csv, format: 'csv' };
      return { fileName: `${base}.xlsx`, csv, format: 'xlsx', bytes: rowsToXlsx(header, rows) };
    },
  };
}
