/**
 * Worker-thread entry: reads one file, parses it with parseSpreadsheetBuffer and posts
 * the rows back in slices, then a final message with everything else. The next slice
 * goes only after the main thread acknowledges the last one: Node delivers every queued
 * message in one turn, so without this pacing the main thread would deserialise the
 * whole file in one block anyway. Errors travel as plain data because a thrown error
 * loses its class and fields across postMessage.
 */
import { readFile } from 'node:fs/promises';
import { parentPort, workerData } from 'node:worker_threads';
import { QuoteReadyError } from '../shared/errors.js';
import { parseSpreadsheetBuffer } from './parseSpreadsheet.js';
import type { WorkerJob, WorkerMessage } from './workerProtocol.js';

async function run(job: WorkerJob, post: (message: WorkerMessage) => void, acked: () => Promise<void>): Promise<void> {
  try {
    const bytes = await readFile(job.path);
    const data = await parseSpreadsheetBuffer(bytes, job.options);
    for (let at = 0; at < data.rows.length; at += job.chunkRows) {
      post({ type: 'rows', rows: data.rows.slice(at, at + job.chunkRows) });
      await acked();
    }
    post({ type: 'done', data: { ...data, rows: [] } });
  } catch (err) {
    const error =
      err instanceof QuoteReadyError
        ? { kind: err.kind, message: err.message, details: err.details }
        : { message: err instanceof Error ? err.message : String(err), stack: err instanceof Error ? err.stack : undefined };
    post({ type: 'error', error });
  }
}

if (parentPort) {
  const port = parentPort;
  let release: (() => void) | undefined;
  const onAck = () => release?.();
  port.on('message', onAck);
  const acked = () => new Promise<void>((resolve) => (release = resolve));
  await run((workerData as { job: WorkerJob }).job, (message) => port.postMessage(message), acked);
  // A listening parentPort keeps the thread alive; let it end now.
  port.off('message', onAck);
}
