/**
 * `npm run register -- <file>`: import a spreadsheet and pre-register every valid
 * vehicle, on the embedded sandbox unless told otherwise. Exit 0 when every valid
 * vehicle of the file ended registered or rejected by the partner.
 */
import { basename, resolve } from 'node:path';
import { createCore } from '../core/createCore.js';
import { importInventoryFile } from '../core/importer/index.js';
import { defaultDataDir } from '../core/shared/dataDir.js';
import { createEnvSecretStore } from '../core/service/envSecretStore.js';
import { createMemorySettingsStore } from '../core/service/memorySettingsStore.js';
import { choiceFlag, intFlag, parseCommandArgs, UsageError } from './cliArgs.js';
import { createProgressBar } from './progressBar.js';

const USAGE = `Usage: npm run register -- <file.csv|xlsx|xls> [--data-dir DIR] [--env sandbox|uat|production]
         [--base-url URL] [--concurrency 1-10] [--accept-bad-check-digit] [--json]
         [--sandbox-registration-ms MS]   (embedded sandbox only: its registration time, default 2000-4000)`;

/** A CLI run waits this long at most for a retry the engine scheduled; the app waits as long as needed. */
const CLI_MAX_RETRY_WAIT_MS = 10 * 60_000;

export async function registerCommand(argv: string[], io = { out: process.stdout, err: process.stderr }): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    argv,
    {
      'data-dir': { type: 'string' },
      env: { type: 'string' },
      'base-url': { type: 'string' },
      concurrency: { type: 'string' },
      'accept-bad-check-digit': { type: 'boolean' },
      json: { type: 'boolean' },
      'sandbox-registration-ms': { type: 'string' },
    },
    USAGE,
  );
  if (positionals.length !== 1) throw new UsageError(`Give exactly one inventory file.\n\n${USAGE}`);
  const file = resolve(positionals[0]!);
  const environment = choiceFlag(values.env, 'env', ['sandbox', 'uat', 'production'] as const) ?? 'sandbox';
  const concurrency = intFlag(values.concurrency, 'concurrency', 1, 10) ?? 5;
  const sandboxRegistrationMs = intFlag(values['sandbox-registration-ms'], 'sandbox-registration-ms', 0, 600_000);
  const dataDir = resolve(values['data-dir'] ?? defaultDataDir());
  const started = Date.now();

  const imported = await importInventoryFile(file, { acceptBadCheckDigit: values['accept-bad-check-digit'] === true });
  for (const p of imported.invalid) {
    io.err.write(`${basename(file)} row ${p.row}${p.column ? `, column "${p.column}"` : ''}: ${p.reason}\n`);
  }

  const core = await createCore({
    dataDir,
    settings: createMemorySettingsStore({ environment, concurrency }),
    secrets: createEnvSecretStore(process.env),
    ...(values['base-url'] ? { baseUrl: values['base-url'] } : {}),
    ...(sandboxRegistrationMs !== undefined ? { sandbox: { registrationMs: sandboxRegistrationMs } } : {}),
    maxIdleWaitMs: CLI_MAX_RETRY_WAIT_MS,
  });
  const stopOnSignal = () => void core.engine.stop();
  process.once('SIGINT', stopOnSignal);
  process.once('SIGTERM', stopOnSignal);
  try {
    const intake = core.ledger.intake(imported.vehicles, core.clock.now());
    core.ledger.recordImport(file, core.clock.now(), { rows: imported.rows, valid: imported.vehicles.length, invalid: imported.invalid.length, intake });
    const bar = createProgressBar(io.err, imported.vehicles.length - intake.skippedFresh - intake.keptRejected);
    const unsubscribe = core.engine.onProgress((p) => bar.update(p));
    const figures = await core.engine.start();
    unsubscribe();
    bar.done();

    const states = imported.vehicles.map((v) => core.ledger.get(v.vin)?.state);
    const count = (s: string) => states.filter((x) => x === s).length;
    const summary = {
      file,
      environment: core.environment().name,
      dataDir,
      rows: imported.rows,
      valid: imported.vehicles.length,
      invalid: imported.invalid.length,
      duplicates: imported.duplicates.reduce((n, d) => n + d.droppedRows.length, 0),
      skippedFresh: intake.skippedFresh,
      registered: figures.registered,
      rejected: figures.rejected,
      failed: figures.failed,
      stillQueued: count('queued') + count('waiting-retry') + count('registering'),
      requests: figures.requests,
      maxInFlight: figures.maxInFlight,
      elapsedMs: Date.now() - started,
      fileState: { registered: count('registered'), rejected: count('rejected'), failed: count('failed') },
    };
    if (values.json) io.out.write(`${JSON.stringify(summary)}\n`);
    else io.out.write(humanSummary(summary, core.engine.progress().waitReason?.kind));
    if (summary.valid === 0) {
      // Nothing to register is not success for a script: the file needs fixing.
      io.err.write(`No vehicle in ${basename(file)} could be imported (${summary.rows} data rows, ${summary.invalid} with problems).\n`);
      return 1;
    }
    return summary.fileState.registered + summary.fileState.rejected === summary.valid ? 0 : 1;
  } finally {
    process.off('SIGINT', stopOnSignal);
    process.off('SIGTERM', stopOnSignal);
    await core.dispose();
  }
}

function humanSummary(s: Record<string, unknown> & { fileState: Record<string, number> }, wait?: string): string {
  const n = (v: unknown) => Number(v).toLocaleString('en-US');
  return [
    `${s.file} (${s.environment})`,
    `  rows ${n(s.rows)}: ${n(s.valid)} valid, ${n(s.invalid)} invalid (listed above), ${n(s.duplicates)} duplicate rows collapsed`,
    `  skipped as already registered and fresh: ${n(s.skippedFresh)}`,
    `  this run: ${n(s.registered)} registered, ${n(s.rejected)} rejected by the partner, ${n(s.failed)} failed, ${n(s.stillQueued)} still waiting`,
    `  the file now: ${n(s.fileState.registered)} registered, ${n(s.fileState.rejected)} rejected, ${n(s.fileState.failed)} failed`,
    `  ${n(s.requests)} partner requests, at most ${n(s.maxInFlight)} at once, ${(Number(s.elapsedMs) / 1000).toFixed(1)} s`,
    ...(wait === 'token-refused' ? ['  Stopped: the partner refused the token. Check QUOTEREADY_TOKEN.'] : []),
    `  data: ${s.dataDir}`,
    '',
  ].join('\n');
}
