/**
 * The first rows of the file as the user sees them in Excel, with the mapped columns
 * marked and each row's problems beside it. A cell with a problem opens the fix dialog.
 */
import { Badge, Text } from '@radix-ui/themes';
import type { PreviewView } from '../../preload/contract';
import { columnLetter, FIELD_LABEL, fieldOfColumn, problemColumn } from './columns';
import type { CellToFix } from './FixCellDialog';

export function PreviewGrid({ preview, onFix }: { preview: PreviewView; onFix(cell: CellToFix): void }) {
  const badCells = new Map<string, string>();
  for (const p of preview.invalid) {
    const c = problemColumn(preview, p);
    if (c !== null) badCells.set(`${p.row}:${c}`, p.reason);
  }
  return (
    <div className="table-scroll preview-grid" tabIndex={0} role="region" aria-label={`Preview of the first ${preview.sample.length} rows`}>
      <table className="dense-table">
        <thead>
          <tr>
            <th scope="col" className="num">
              Row
            </th>
            <th scope="col" className="status-col">
              Check
            </th>
            {preview.headers.map((h, i) => {
              const field = fieldOfColumn(preview.mapping, i);
              return (
                <th key={i} scope="col" data-mapped={field !== null} title={h}>
                  <span className="col-letter">{columnLetter(i)}</span> {h || '(no header)'}
                  {field && (
                    <Badge size="1" color="indigo" ml="1">
                      {FIELD_LABEL[field]}
                    </Badge>
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {preview.sample.map((r) => (
            <tr key={r.row} data-state={r.problems.length ? 'invalid' : r.warnings.length ? 'warning' : 'ok'}>
              <td className="num">{r.row}</td>
              <td className="status-col">
                {r.problems.length === 0 && r.warnings.length === 0 && (
                  <Text size="1" color="green">
                    OK
                  </Text>
                )}
                {r.problems.map((p, i) => (
                  <Text key={`p${i}`} as="div" size="1" color="red">
                    {p}
                  </Text>
                ))}
                {r.warnings.map((w, i) => (
                  <Text key={`w${i}`} as="div" size="1" color="amber">
                    {w}
                  </Text>
                ))}
              </td>
              {preview.headers.map((h, c) => {
                const value = r.cells[c] ?? '';
                const reason = badCells.get(`${r.row}:${c}`);
                return (
                  <td key={c} data-mapped={fieldOfColumn(preview.mapping, c) !== null} data-bad={reason !== undefined}>
                    {reason !== undefined ? (
                      <button
                        type="button"
                        className="cell-fix"
                        title={`${reason} — click to fix`}
                        onClick={() => onFix({ row: r.row, column: c, columnName: `${h || 'column'} (${columnLetter(c)})`, value, reason })}
                      >
                        {value || '(empty)'}
                      </button>
                    ) : (
                      value
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
