// Dev and test only: runs a TypeScript worker entry through tsx. Node 20 does not apply
// `execArgv: ['--import', 'tsx']` to a worker's own entry file (it fails with "Unknown
// file extension .ts"), so this plain-JS entry registers tsx first, then imports the
// real entry. A built app never uses this file; it starts parseWorker.js directly.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.tsEntry);
