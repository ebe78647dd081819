/**
 * One import worker kept warm between imports. A fresh thread loads and compiles
 * csv-parse or SheetJS from nothing every time: measured on our 2-core machines, a
 * 50,000-row XLSX parses about a second faster, and a 100,000-row CSV a few hundred ms
 * faster, in a worker that has parsed a file before. The Import screen re-reads the file
 * on every sheet or mapping change, so that is most previews.
 *
 * The idle worker is unref'd (it never keeps the process alive) and ends after IDLE_MS.
 * A worker that failed, timed out, was cancelled or ran out of memory is never reused;
 * neither is one started with other limits.
 */
import { Worker, type WorkerOptions } from 'node:worker_threads';

export const IDLE_MS = 30_000;

export interface WorkerSpec {
  entry: URL;
  workerData: Record<string, unknown>;
  maxOldGenerationSizeMb: number;
}

interface Idle {
  worker: Worker;
  key: string;
  timer: NodeJS.Timeout;
}

const keyOf = (spec: WorkerSpec) => JSON.stringify([spec.entry.href, spec.workerData, spec.maxOldGenerationSizeMb]);

class ParseWorkerPool {
  private idle: Idle | undefined;

  /** A worker for one job: the idle one when it was started the same way, else a new one. */
  take(spec: WorkerSpec): { worker: Worker; reused: boolean } {
    const key = keyOf(spec);
    const idle = this.idle;
    this.idle = undefined;
    if (idle) {
      clearTimeout(idle.timer);
      if (idle.key === key) {
        idle.worker.ref();
        return { worker: idle.worker, reused: true };
      }
      void idle.worker.terminate();
    }
    const options: WorkerOptions = {
      workerData: spec.workerData,
      resourceLimits: { maxOldGenerationSizeMb: spec.maxOldGenerationSizeMb },
      stdout: false,
      stderr: false,
    };
    return { worker: new Worker(spec.entry, options), reused: false };
  }

  /** After a job that ended cleanly: keep it for the next import (one idle worker at most). */
  giveBack(worker: Worker, spec: WorkerSpec): void {
    if (this.idle) return void worker.terminate();
    worker.unref();
    const timer = setTimeout(() => {
      if (this.idle?.worker === worker) this.idle = undefined;
      void worker.terminate();
    }, IDLE_MS);
    timer.unref();
    this.idle = { worker, key: keyOf(spec), timer };
    // A worker that dies while idle (it should not) is simply forgotten.
    worker.once('exit', () => {
      if (this.idle?.worker === worker) {
        clearTimeout(this.idle.timer);
        this.idle = undefined;
      }
    });
  }

  /** End the idle worker now (app shutdown, tests). */
  async dispose(): Promise<void> {
    const idle = this.idle;
    this.idle = undefined;
    if (!idle) return;
    clearTimeout(idle.timer);
    await idle.worker.terminate();
  }
}

export const parseWorkers = new ParseWorkerPool();

/** End the warm import worker, if any; part of the core's dispose(). */
export const disposeParseWorkers = () => parseWorkers.dispose();
