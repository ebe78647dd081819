/**
 * THE contract between the renderer and main: every channel with the zod schema of its
 * request and reply, and every event main pushes. Main's IPC registrar, the preload
 * bridge and the browser harness's WebSocket bridge are all built from this object, so
 * the three cannot drift. No imports from main/ here: the renderer compiles this file.
 */
import { z } from 'zod';

// ---------- shared shapes ----------
export const environmentSchema = z.enum(['sandbox', 'uat', 'production']);
export const registrationStateSchema = z.enum(['queued', 'registering', 'registered', 'rejected', 'waiting-retry', 'failed']);
export const vinSchema = z.string().trim().min(1).max(32);

const suggestionSchema = z.object({ action: z.string(), message: z.string(), endpoint: z.string().nullable().optional() });
export const partnerErrorSchema = z.object({
  errorMessage: z.string(),
  errorField: z.string().nullable().optional(),
  errorCode: z.string(),
  errorNumber: z.number(),
  suggestions: z.array(suggestionSchema),
});
export const problemSchema = z.object({
  kind: z.enum(['rejected', 'auth', 'throttled', 'unavailable', 'network', 'timeout']),
  message: z.string(),
  httpStatus: z.number().optional(),
  partnerErrors: z.array(partnerErrorSchema).optional(),
});

export const vehicleSchema = z.object({
  vin: z.string(),
  mileage: z.number(),
  stockNumber: z.string().optional(),
  year: z.string().optional(),
  make: z.string().optional(),
  model: z.string().optional(),
  source: z.object({ file: z.string(), row: z.number() }).optional(),
  state: registrationStateSchema,
  registeredMileage: z.number().nullable(),
  registeredAt: z.number().nullable(),
  expiresAt: z.number().nullable(),
  attempts: z.number(),
  nextAttemptAt: z.number().nullable(),
  lastError: problemSchema.nullable(),
  updatedAt: z.number(),
});
export type VehicleView = z.infer<typeof vehicleSchema>;

const countsSchema = z.object({
  queued: z.number(),
  registering: z.number(),
  registered: z.number(),
  rejected: z.number(),
  'waiting-retry': z.number(),
  failed: z.number(),
});

export const progressSchema = z.object({
  status: z.enum(['idle', 'running', 'paused', 'waiting', 'stopped']),
  concurrency: z.number(),
  counts: countsSchema,
  run: z
    .object({
      startedAt: z.number(),
      elapsedMs: z.number(),
      registered: z.number(),
      rejected: z.number(),
      failed: z.number(),
      requests: z.number(),
      maxInFlight: z.number(),
      perMinute: z.number(),
      etaMs: z.number().nullable(),
    })
    .nullable(),
  waitReason: z
    .discriminatedUnion('kind', [
      z.object({ kind: z.literal('paused') }),
      z.object({ kind: z.literal('no-network'), retryAt: z.number() }),
      z.object({ kind: z.literal('partner-hold'), until: z.number() }),
      z.object({ kind: z.literal('retry-scheduled'), at: z.number() }),
      z.object({ kind: z.literal('token-refused'), message: z.string() }),
      z.object({ kind: z.literal('outside-off-peak'), opensAt: z.number() }),
    ])
    .nullable(),
  /** Settled vehicles per minute over the last minutes of the run, oldest first, for the outcome chart. */
  timeline: z.array(z.object({ at: z.number(), registered: z.number(), rejected: z.number(), failed: z.number() })),
});
export type ProgressView = z.infer<typeof progressSchema>;

export const settingsSchema = z.object({
  environment: environmentSchema,
  concurrency: z.number().int().min(1).max(10),
  dealershipName: z.string().max(120),
  dealershipState: z.union([z.literal(''), z.string().regex(/^[A-Z]{2}$/)]),
  dealershipZip: z.union([z.literal(''), z.string().regex(/^\d{5}$/)]),
  offPeak: z.object({ start: z.string().regex(/^\d{2}:\d{2}$/), end: z.string().regex(/^\d{2}:\d{2}$/) }),
  theme: z.enum(['system', 'light', 'dark']),
  acceptBadCheckDigit: z.boolean(),
});
export type SettingsView = z.infer<typeof settingsSchema>;

const rowProblemSchema = z.object({
  row: z.number(),
  column: z.string().optional(),
  field: z.string().optional(),
  value: z.string().optional(),
  reason: z.string(),
});
export type RowProblemView = z.infer<typeof rowProblemSchema>;

export const mappingSchema = z.object({
  vin: z.number().int().nullable(),
  mileage: z.number().int().nullable(),
  stockNumber: z.number().int().nullable(),
  year: z.number().int().nullable(),
  make: z.number().int().nullable(),
  model: z.number().int().nullable(),
});
export type MappingView = z.infer<typeof mappingSchema>;

export const previewSchema = z.object({
  previewId: z.string(),
  fileName: z.string(),
  sheets: z.array(z.object({ name: z.string(), hidden: z.boolean() })),
  sheet: z.string().nullable(),
  encodingNote: z.string().nullable(),
  headerRow: z.number(),
  headers: z.array(z.string()),
  mapping: mappingSchema,
  mappingRemembered: z.boolean(),
  rows: z.number(),
  valid: z.number(),
  /** Rows with at least one problem (a row with two problems counts once). */
  invalidRows: z.number(),
  /** Valid rows left out because a later row had the same VIN. */
  duplicateRowsDropped: z.number(),
  /** File-level remarks: encoding guessed, hidden sheets skipped, limits. */
  notices: z.array(z.string()),
  /** `invalid` lists at most this many problems; the counts above are complete. */
  problemsShown: z.number(),
  /** The first rows of the file as text, each with its problems, for the preview grid. */
  sample: z.array(z.object({ row: z.number(), cells: z.array(z.string()), problems: z.array(z.string()), warnings: z.array(z.string()) })),
  invalid: z.array(rowProblemSchema),
  warnings: z.array(rowProblemSchema),
  duplicates: z.array(z.object({ vin: z.string(), keptRow: z.number(), droppedRows: z.array(z.number()) })),
  /** What committing would do against the ledger. */
  forecast: z.object({
    added: z.number(),
    requeued: z.number(),
    skippedFresh: z.number(),
    alreadyQueued: z.number(),
    keptRejected: z.number(),
    /** Of `requeued`: registered before, but the mileage moved 5,000 or more since. */
    mileageMoved: z.number().optional(),
  }),
  /**
   * Set when the mileage looks like kilometres (a "KM"/"Kilometerstand" column, or "km" in
   * cells): which column, how many rows, and whether they were converted (only after the
   * user confirmed, by previewing again with `kilometres: 'convert'`) or held back.
   */
  kilometres: z.object({ column: z.string(), index: z.number(), rows: z.number(), converted: z.boolean() }).nullable().optional(),
  /** A combined "Vehicle" column ("2018 Toyota Camry") that fills year, make and model where those have no column. */
  vehicleColumn: z.number().int().nullable().optional(),
});
export type PreviewView = z.infer<typeof previewSchema>;


// ---------- quick quote ----------
/** A plan as the partner sends it; fields beyond these are kept (passthrough) but not relied on. */
export const planViewSchema = z
  .object({
    searchResultPlanId: z.number().optional(),
    planName: z.string(),
    displayProviderName: z.string().optional(),
    coverageType: z.string().optional(),
    duration: z.number().optional(),
    miles: z.number().optional(),
    deductible: z.number().optional(),
    downpayment: z.number().optional(),
    monthlyPrice: z.number().optional(),
    numberOfPayments: z.number().optional(),
    totalPrice: z.number().optional(),
    rating: z.number().optional(),
    sandbox: z.boolean().optional(),
  })
  .passthrough();
export type PlanView = z.infer<typeof planViewSchema>;

const storedSchema = <T extends z.ZodType>(value: T) =>
  z.object({ value, location: z.string(), mileage: z.number(), fetchedAt: z.number() }).nullable();
const startPriceSchema = z.object({ startPrice: z.number(), currency: z.string() });

export const quoteEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('stored'), startPrice: storedSchema(startPriceSchema), plans: storedSchema(z.array(planViewSchema)) }),
  z.object({ type: z.literal('registration'), status: z.enum(['fresh', 'mileage-close', 'registering', 'registered']), message: z.string() }),
  z.object({ type: z.literal('start-price'), startPrice: startPriceSchema, fetchedAt: z.number() }),
  z.object({ type: z.literal('plans'), plans: z.array(planViewSchema), fetchedAt: z.number() }),
  z.object({ type: z.literal('rejected'), message: z.string(), errors: z.array(partnerErrorSchema) }),
  z.object({ type: z.literal('unavailable'), message: z.string(), offline: z.boolean() }),
  z.object({ type: z.literal('cancelled') }),
  z.object({ type: z.literal('error'), message: z.string() }),
]);
export type QuoteEventView = z.infer<typeof quoteEventSchema>;

const vinsRequest = z.object({ vins: z.array(vinSchema).min(1).max(100_000) });

// ---------- channels ----------
const channel = <Req extends z.ZodType, Res extends z.ZodType>(request: Req, reply: Res) => ({ request, reply });

export const channels = {
  'app:info': channel(
    z.void(),
    z.object({ version: z.string(), environment: environmentSchema, dataDir: z.string(), host: z.enum(['electron', 'browser-harness']) }),
  ),
  'settings:get': channel(z.void(), settingsSchema),
  'settings:update': channel(settingsSchema.partial(), settingsSchema),
  'secrets:status': channel(
    z.void(),
    z.object({
      uat: z.boolean(),
      production: z.boolean(),
      /** 'os' when the OS key store protects the token; otherwise the UI warns. */
      protection: z.enum(['os', 'weak', 'environment-variable']),
    }),
  ),
  'secrets:setToken': channel(z.object({ environment: z.enum(['uat', 'production']), token: z.string().trim().min(1).max(8_192) }), z.object({ ok: z.literal(true) })),
  'secrets:clearToken': channel(z.object({ environment: z.enum(['uat', 'production']) }), z.object({ ok: z.literal(true) })),

  'import:preview': channel(
    z.object({
      fileName: z.string().min(1).max(260),
      data: z.instanceof(Uint8Array),
      sheet: z.string().optional(),
      /**
       * The columns the user chose. null on VIN or mileage means "detect it"; null on any
       * other field means "this file has no such column".
       */
      mapping: mappingSchema.optional(),
      /** Keep the header row found before (1-based, as Excel shows it) when only the mapping changes. */
      headerRow: z.number().int().min(1).optional(),
      /** 'convert' once the user confirmed the kilometres column; by default such rows are held back ('ask'). */
      kilometres: z.enum(['ask', 'convert']).optional(),
    }),
    previewSchema,
  ),
  'import:fixCell': channel(z.object({ previewId: z.string(), row: z.number().int(), column: z.number().int(), value: z.string().max(200) }), previewSchema),
  'import:commit': channel(
    z.object({ previewId: z.string(), startRegistration: z.boolean().default(true) }),
    z.object({
      added: z.number(),
      requeued: z.number(),
      skippedFresh: z.number(),
      alreadyQueued: z.number(),
      keptRejected: z.number(),
      invalidSkipped: z.number(),
      mileageMoved: z.number().optional(),
    }),
  ),
  /**
   * The rejected rows with a Reason column, to fix and import again. `csv` is always there;
   * with format 'xlsx' the workbook comes as `bytes` too (every cell text, so VINs stay VINs).
   */
  'import:exportRejected': channel(
    z.object({ previewId: z.string(), format: z.enum(['csv', 'xlsx']).optional() }),
    z.object({ fileName: z.string(), csv: z.string(), format: z.enum(['csv', 'xlsx']).optional(), bytes: z.instanceof(Uint8Array).optional() }),
  ),

  'registration:progress': channel(z.void(), progressSchema),
  'registration:start': channel(z.void(), progressSchema),
  'registration:pause': channel(z.void(), progressSchema),
  'registration:resume': channel(z.void(), progressSchema),
  'registration:stop': channel(z.void(), progressSchema),

  'vehicles:list': channel(
    z.object({
      search: z.string().max(64).optional(),
      filter: z.enum(['all', 'registered', 'registering', 'queued', 'waiting-retry', 'failed', 'rejected', 'expiring']).default('all'),
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(1_000).default(200),
      sort: z.enum(['updated', 'vin', 'stock', 'state', 'expires']).default('updated'),
    }),
    z.object({ total: z.number(), rows: z.array(vehicleSchema) }),
  ),
  'vehicles:detail': channel(
    z.object({ vin: vinSchema }),
    z.object({
      vehicle: vehicleSchema,
      history: z.array(z.object({ at: z.number(), event: z.string(), httpStatus: z.number().nullable(), message: z.string(), detail: z.unknown() })),
    }),
  ),
  'vehicles:retry': channel(vinsRequest.extend({ when: z.enum(['now', 'off-peak']) }), z.object({ scheduled: z.number(), at: z.number() })),
  'vehicles:reregister': channel(vinsRequest, z.object({ queued: z.number() })),
  'vehicles:clearCache': channel(
    vinsRequest.extend({ reregister: z.boolean().default(true) }),
    z.object({ cleared: z.number(), failures: z.array(z.object({ vin: z.string(), message: z.string() })) }),
  ),
  'vehicles:exportCsv': channel(
    z.object({ filter: z.enum(['all', 'registered', 'registering', 'queued', 'waiting-retry', 'failed', 'rejected', 'expiring']).default('all') }),
    z.object({ fileName: z.string(), csv: z.string() }),
  ),
  'quotes:lookup': channel(
    z.object({ vin: z.string().max(40) }),
    z.object({
      /** The VIN after scanner clean-up, and whether it passes the VIN rules. */
      vin: z.string(),
      valid: z.boolean(),
      problem: z.string().nullable(),
      known: z.boolean(),
      mileage: z.number().nullable(),
      registration: z.object({ state: registrationStateSchema, registeredMileage: z.number().nullable(), expiresAt: z.number().nullable() }).nullable(),
      vehicle: z.object({ year: z.string().optional(), make: z.string().optional(), model: z.string().optional(), stockNumber: z.string().optional() }).nullable(),
    }),
  ),
  'quotes:start': channel(
    z.object({
      vin: z.string().max(40),
      /**
       * The odometer now; omitted: the ledger's mileage for the vehicle (so the window can start
       * the quote at once, beside quotes:lookup, instead of waiting for it).
       */
      mileage: z.number().int().min(1).max(250_000).optional(),
      stateShortName: z.string().regex(/^[A-Z]{2}$/).optional(),
      zip: z.string().regex(/^\d{5}$/).optional(),
      filters: z.record(z.string(), z.unknown()).optional(),
    }),
    z.object({ quoteId: z.string(), vin: z.string(), mileage: z.number(), location: z.string() }),
  ),
  'quotes:cancel': channel(z.object({ quoteId: z.string() }), z.object({ cancelled: z.boolean() })),
} as const;

export type Channels = typeof channels;
export type ChannelName = keyof Channels;
export type RequestOf<C extends ChannelName> = z.input<Channels[C]['request']>;
export type ReplyOf<C extends ChannelName> = z.infer<Channels[C]['reply']>;

/** Replies never throw across the bridge: business errors travel as data. */
export type Result<T> = { ok: true; data: T } | { ok: false; code: string; message: string; details?: unknown };

// ---------- events main pushes (coalesced to a few per second) ----------
export const events = {
  progress: progressSchema,
  vehiclesChanged: z.object({ count: z.number() }),
  network: z.object({ online: z.boolean() }),
  /** Each step of a running quick quote, in order, tagged with its quoteId. */
  quote: z.object({ quoteId: z.string(), event: quoteEventSchema }),
} as const;
export type EventName = keyof typeof events;
export type EventOf<E extends EventName> = z.infer<(typeof events)[E]>;

export { ipcChannel, ipcEvent } from './ipcNames.js';
