/**
 * A file's header row as a short key, so a mapping the user chose is used again for the
 * next file with the same headers (the same DMS export, next week). Case and spacing do
 * not matter; order and every column do, because the mapping is by column position.
 */
import { createHash } from 'node:crypto';

export function headerSignature(headers: readonly string[]): string {
  const cells = headers.map((h) => h.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' '));
  while (cells.length && cells[cells.length - 1] === '') cells.pop();
  return createHash('sha256').update(cells.join('\u001f')).digest('hex').slice(0, 24);
}
