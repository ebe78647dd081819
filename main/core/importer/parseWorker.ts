/**
 * Worker-thread entry: streams one file through parseSpreadsheet, validates the rows
 * when asked (so the main thread only receives results), and posts what it reads as it
 * goes: 'start' (layout), 'rows' batches, then 'done'. At most ROWS_IN_FLIGHT batches
 * wait for the main thread's ack, so a fast parse can never queue up the whole file for
 * one turn of the main thread. Errors travel as plain data because a thrown error loses
 * its class and fields across postMessage.
 */
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { QuoteReadyError } from '../shared/errors.js';
import { fileSource } from './byteSource.js';
import { ImportCollector } from './importCollector.js';
import { pack } from './packedRows.js';
import { parseSpreadsheet } from './parseSpreadsheet.js';
import { ROWS_IN_FLIGHT, type WorkerJob, type WorkerMessage } from './workerProtocol.js';

async function run(job: WorkerJob, port: MessagePort): Promise<void> {
  const post = (message: WorkerMessage) => port.postMessage(message);
  let inFlight = 0;
  let wake: (() => void) | undefined;
  const onAck = () => {
    inFlight--;
    wake?.();
  };
  port.on('message', onAck);
  let collector: ImportCollector | undefined;
  let next = 0;
  try {
    await parseSpreadsheet(await fileSource(job.path), job.options, {
      start: (meta) => {
        if (job.validate) collector = new ImportCollector(meta, job.validate);
        post({ type: 'start', meta });
      },
      rows: async (rows) => {
        collector?.add(rows, next);
        next += rows.length;
        post({ type: 'rows', rows: pack(rows), count: rows.length });
        inFlight++;
        while (inFlight >= ROWS_IN_FLIGHT) await new Promise<void>((resolve) => (wake = resolve));
      },
    });
    const result = collector?.finish();
    post({ type: 'done', ...(result ? { result: { ...result, vehicles: pack(result.vehicles) } } : {}) });
  } catch (err) {
    const error =
      err instanceof QuoteReadyError
        ? { kind: err.kind, message: err.message, details: err.details }
        : { message: err instanceof Error ? err.message : String(err), stack: err instanceof Error ? err.stack : undefined };
    post({ type: 'error', error });
  } finally {
    // A listening port keeps the thread alive; let it end now.
    port.off('message', onAck);
  }
}

if (parentPort) await run((workerData as { job: WorkerJob }).job, parentPort);
