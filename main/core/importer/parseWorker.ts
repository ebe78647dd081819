/**
 * Worker-thread entry: waits for jobs ({ type: 'job' }), one at a time, and for each
 * streams the file through parseSpreadsheet, validates the rows when asked (so the main
 * thread only receives results), and posts what it reads as it goes: 'start' (layout),
 * 'rows' batches, then 'done'. At most ROWS_IN_FLIGHT batches wait for the main thread's
 * 'ack', so a fast parse can never queue up the whole file for one turn of the main
 * thread. The thread stays up between jobs (parseWorkerPool.ts) so its compiled code stays
 * warm. Errors travel as plain data: a thrown error loses its class and fields across
 * postMessage.
 */
import { parentPort, type MessagePort } from 'node:worker_threads';
import { QuoteReadyError } from '../shared/errors.js';
import { fileSource } from './byteSource.js';
import { ImportCollector } from './importCollector.js';
import { pack, packVehicles } from './packedRows.js';
import { parseSpreadsheet } from './parseSpreadsheet.js';
import { ROWS_IN_FLIGHT, type MainMessage, type WorkerJob, type WorkerMessage } from './workerProtocol.js';

function serveJobs(port: MessagePort): void {
  const post = (message: WorkerMessage) => port.postMessage(message);
  let inFlight = 0;
  let wake: (() => void) | undefined;

  async function run(job: WorkerJob): Promise<void> {
    inFlight = 0;
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
      post({ type: 'done', ...(result ? { result: { ...result, vehicles: packVehicles(result.vehicles) } } : {}) });
    } catch (err) {
      const error =
        err instanceof QuoteReadyError
          ? { kind: err.kind, message: err.message, details: err.details }
          : { message: err instanceof Error ? err.message : String(err), stack: err instanceof Error ? err.stack : undefined };
      post({ type: 'error', error });
    }
  }

  port.on('message', (message: MainMessage) => {
    if (message.type === 'job') void run(message.job);
    else {
      inFlight--;
      wake?.();
    }
  });
}

if (parentPort) serveJobs(parentPort);
