/**
 * `npm run quote -- <VIN> --mileage N (--state XX | --zip NNNNN)`: the quick quote from
 * a terminal: start price first, then the plan list, registering on demand if needed.
 */
import { resolve } from 'node:path';
import { createCore } from '../core/createCore.js';
import { quickQuote, type QuoteEvent } from '../core/quotes/quickQuote.js';
import { QuoteStore } from '../core/quotes/quoteStore.js';
import { checkScannedVin } from '../core/quotes/scannedVin.js';
import { formatPlanRow, PLAN_TABLE_HEADER } from '../core/quotes/planDisplay.js';
import { defaultDataDir } from '../core/shared/dataDir.js';
import { createEnvSecretStore } from '../core/service/envSecretStore.js';
import { createMemorySettingsStore } from '../core/service/memorySettingsStore.js';
import { choiceFlag, intFlag, parseCommandArgs, UsageError } from './cliArgs.js';
import { MILEAGE_MAX, MILEAGE_MIN } from '../core/partner/wire.js';

const USAGE = `Usage: npm run quote -- <VIN> --mileage N (--state XX | --zip NNNNN) [--data-dir DIR]
         [--env sandbox|uat|production] [--base-url URL] [--json]`;

export async function quoteCommand(argv: string[], io = { out: process.stdout, err: process.stderr }): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    argv,
    {
      mileage: { type: 'string' },
      state: { type: 'string' },
      zip: { type: 'string' },
      'data-dir': { type: 'string' },
      env: { type: 'string' },
      'base-url': { type: 'string' },
      json: { type: 'boolean' },
    },
    USAGE,
  );
  if (positionals.length !== 1) throw new UsageError(`Give exactly one VIN.\n\n${USAGE}`);
  const vinCheck = checkScannedVin(positionals[0]!);
  if (!vinCheck.ok) throw new UsageError(`${vinCheck.vin}: ${vinCheck.reason}`);
  const mileage = intFlag(values.mileage?.replace(/[,\s]/g, ''), 'mileage', MILEAGE_MIN, MILEAGE_MAX);
  if (mileage === undefined) throw new UsageError(`--mileage is required.\n\n${USAGE}`);
  const state = values.state?.trim().toUpperCase();
  const zip = values.zip?.trim();
  if (!state && !zip) throw new UsageError(`Give --state XX or --zip NNNNN: plan prices depend on where the customer lives.\n\n${USAGE}`);
  if (state && !/^[A-Z]{2}$/.test(state)) throw new UsageError(`--state must be a two-letter state code (got "${values.state}").`);
  if (zip && !/^\d{5}$/.test(zip)) throw new UsageError(`--zip must be five digits (got "${values.zip}").`);
  const environment = choiceFlag(values.env, 'env', ['sandbox', 'uat', 'production'] as const) ?? 'sandbox';

  const core = await createCore({
    dataDir: resolve(values['data-dir'] ?? defaultDataDir()),
    settings: createMemorySettingsStore({ environment }),
    secrets: createEnvSecretStore(process.env),
    ...(values['base-url'] ? { baseUrl: values['base-url'] } : {}),
  });
  const abort = new AbortController();
  const onSignal = () => abort.abort();
  process.once('SIGINT', onSignal);
  const events: QuoteEvent[] = [];
  const started = Date.now();
  if (!values.json && core.environment().name === 'sandbox') {
    io.out.write('SANDBOX: demo prices from fictional providers, not real offers.\n');
  }
  try {
    const end = await quickQuote(
      core,
      new QuoteStore(core.ledger),
      { vin: vinCheck.vin, mileage, ...(zip ? { zip } : { stateShortName: state! }) },
      (e) => {
        events.push(e);
        if (!values.json) io.out.write(render(e, mileage, Date.now() - started));
      },
      abort.signal,
    );
    if (values.json) io.out.write(`${JSON.stringify({ vin: vinCheck.vin, mileage, environment, end, events })}\n`);
    return end === 'plans' ? 0 : 1;
  } finally {
    process.off('SIGINT', onSignal);
    await core.dispose();
  }
}

function render(e: QuoteEvent, mileage: number, ms: number): string {
  const usd = (n: number) => n.toLocaleString('en-US', { style: 'currency', currency: 'USD' });
  const age = (at: number) => `${Math.round((Date.now() - at) / 60_000)} min ago`;
  switch (e.type) {
    case 'stored':
      return e.startPrice
        ? `Last known start price: from ${usd(e.startPrice.value.startPrice)} (${e.startPrice.location.replace(':', ' ')}, fetched ${age(e.startPrice.fetchedAt)}; not current)\n`
        : '';
    case 'registration':
      return `${e.message}\n`;
    case 'start-price':
      return `Plans from ${usd(e.startPrice.startPrice)} (as of ${new Date(e.fetchedAt).toLocaleTimeString()}, ${ms} ms)\n`;
    case 'plans':
      return [
        `${e.plans.length} plans, cheapest first (${ms} ms). Prices can change without notice.`,
        PLAN_TABLE_HEADER,
        ...[...e.plans].sort((a, b) => (a.totalPrice ?? Infinity) - (b.totalPrice ?? Infinity)).map((p) => formatPlanRow(p, mileage)),
        '',
      ].join('\n');
    case 'rejected':
      return `The partner rejected this vehicle: ${e.message}\n${e.errors.flatMap((x) => x.suggestions.map((s) => `  - ${s.message}`)).join('\n')}\n`;
    case 'unavailable':
      return `${e.offline ? 'No connection to the partner' : 'The partner could not answer'}: ${e.message}\n`;
    case 'cancelled':
      return 'Cancelled.\n';
  }
}
