/**
 * Where the app's structured log goes: JSON lines in `<userData>/logs/main.log` (rolled
 * to main.log.1 past 5 MB at start), and the console too in development. The logger
 * itself redacts tokens before a line reaches this sink.
 */
import { createWriteStream, existsSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import type { LogSink } from '../core/shared/logger.js';

export const LOG_ROLL_BYTES = 5 * 1024 * 1024;

export function createFileLogSink(file: string, alsoConsole: boolean): { sink: LogSink; close(): void } {
  mkdirSync(dirname(file), { recursive: true });
  if (existsSync(file) && statSync(file).size > LOG_ROLL_BYTES) renameSync(file, `${file}.1`);
  const stream = createWriteStream(file, { flags: 'a' });
  return {
    sink: (line) => {
      const text = JSON.stringify(line);
      stream.write(`${text}\n`);
      if (alsoConsole) (line.level === 'error' || line.level === 'warn' ? console.error : console.log)(text);
    },
    close: () => stream.end(),
  };
}
