/** Every row that will be left out, with where and why, and a Fix button where the cell is known. */
import { Button, Flex, Text } from '@radix-ui/themes';
import type { PreviewView, RowProblemView } from '../../preload/contract';
import { formatCount } from '../shared/format';
import { columnLetter, describeColumn, problemColumn } from './columns';
import type { CellToFix } from './FixCellDialog';

const SHOWN = 300;

export function ProblemRows({ preview, problems, kind, onFix }: { preview: PreviewView; problems: RowProblemView[]; kind: 'invalid' | 'warning'; onFix?(cell: CellToFix): void }) {
  const all = kind === 'invalid' ? Math.max(preview.problemsShown, problems.length) : problems.length;
  if (problems.length === 0) return null;
  const shown = problems.slice(0, SHOWN);
  return (
    <>
      <div className="table-scroll problem-list" tabIndex={0} role="region" aria-label={kind === 'invalid' ? 'Rows left out' : 'Rows with warnings'}>
        <table className="dense-table">
          <thead>
            <tr>
              <th scope="col" className="num">
                Row
              </th>
              <th scope="col">Column</th>
              <th scope="col">Value</th>
              <th scope="col">{kind === 'invalid' ? 'Why it is left out' : 'Warning'}</th>
              {onFix && <th scope="col" aria-label="Fix" />}
            </tr>
          </thead>
          <tbody>
            {shown.map((p, i) => {
              const column = problemColumn(preview, p);
              return (
                <tr key={`${p.row}-${i}`}>
                  <td className="num">{p.row}</td>
                  <td>{describeColumn(preview, p)}</td>
                  <td className="mono">{p.value ?? ''}</td>
                  <td>{p.reason}</td>
                  {onFix && (
                    <td className="action-col">
                      {column !== null && (
                        <Button
                          size="1"
                          variant="ghost"
                          aria-label={`Fix row ${p.row}`}
                          onClick={() =>
                            onFix({ row: p.row, column, columnName: `${preview.headers[column] || 'column'} (${columnLetter(column)})`, value: p.value ?? '', reason: p.reason })
                          }
                        >
                          Fix
                        </Button>
                      )}
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {(problems.length > SHOWN || (kind === 'invalid' && preview.invalidRows > new Set(problems.map((x) => x.row)).size)) && (
        <Flex mt="1">
          <Text size="1" color="gray">
            Showing the first {formatCount(shown.length)} of {formatCount(all)} problems. Export the rejected rows to see every one.
          </Text>
        </Flex>
      )}
    </>
  );
}
