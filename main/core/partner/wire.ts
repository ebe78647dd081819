/**
 * EVERY wire detail of the partner API that its public documentation does not pin
 * down lives in this module (see ../shared/PARTNER_API.md, marked "assumed").
 * When a partner token and the full reference are at hand, correct them here: the
 * client, the engine and the embedded sandbox all read them from this one place.
 */
import { z } from 'zod';

// ---- Paths (doc) ----
export const PATHS = {
  register: '/api/v2/Partners/VehicleRegistration',
  searchByVin: '/api/v2/Partners/PlansSearchAsync/VIN',
  startPrice: '/api/v2/Partners/PlansSearchAsync/GetStartPrice',
  cleanCache: '/api/v2/Partners/VehicleRegistration/CleanVehicleCache',
} as const;
export type PartnerPath = (typeof PATHS)[keyof typeof PATHS];
/**
 * Assumed: the docs say CantParseVIN carries a RetryWithAlternative suggestion "pointing at the
 * make/model/year search" but do not print its path. Not a path this client calls.
 */
export const MAKE_MODEL_YEAR_SEARCH_PATH = '/api/v2/Partners/PlansSearchAsync/MakeModelYear';

export const ENVIRONMENT_URLS = {
  uat: 'https://chaiz-api-uat.azurewebsites.net',
  production: 'https://chaiz-api.azurewebsites.net',
} as const;

// ---- Limits and rules ----
/** Assumed by analogy with the search model. */
export const MILEAGE_MIN = 1;
export const MILEAGE_MAX = 250_000;
/** Doc: a registration is cached 30 days; a 5,000-mile move needs a new one. */
export const REGISTRATION_TTL_MS = 30 * 24 * 60 * 60 * 1000;
/**
 * Assumed (an open question in the docs): a cached vehicle serves a search at once when the
 * searched mileage differs from the registered one by LESS than this; a move of this much or
 * more needs a new registration. The sandbox answers by the same rule.
 */
export const MILEAGE_DRIFT_LIMIT = 5_000;
/** Doc: 17 characters, letters and digits, never I, O or Q (the CantParseVIN suggestion). */
export const VIN_PATTERN = /^[A-HJ-NPR-Z0-9]{17}$/;
/** Doc: re-send every 1-2 s while the partner answers 200/202. */
export const POLL_MIN_MS = 1_000;
export const POLL_MAX_MS = 2_000;
/** Assumed: no maximum duration is documented; we give up on one vehicle after this. */
export const POLL_CEILING_MS = 120_000;

// ---- Request bodies (assumed field names where the docs are silent) ----
export interface VehicleKey {
  vin: string;
  mileage: number;
}
export const registrationBody = (v: VehicleKey) => ({ vin: v.vin, mileage: v.mileage });
export const cleanCacheBody = (vin: string) => ({ vin });

export interface SearchCriteria extends VehicleKey {
  stateShortName?: string;
  zip?: string;
}
export const searchCriteriaSchema = z.object({
  vin: z.string(),
  mileage: z.number().int(),
  stateShortName: z.string().regex(/^[A-Z]{2}$/).optional(),
  zip: z.string().regex(/^\d{5}$/).optional(),
});
export const searchBody = (c: SearchCriteria, filters?: Record<string, unknown>) => ({
  searchCriteria: {
    vin: c.vin,
    mileage: c.mileage,
    ...(c.zip ? { zip: c.zip } : c.stateShortName ? { stateShortName: c.stateShortName } : {}),
  },
  ...(filters ? { filters } : {}),
});

// ---- Response envelope (doc) ----
export const suggestionSchema = z
  .object({
    action: z.string(),
    message: z.string(),
    endpoint: z.string().optional().nullable(),
  })
  .passthrough();
export const partnerErrorSchema = z
  .object({
    errorMessage: z.string(),
    errorField: z.string().nullable().optional(),
    errorCode: z.string(),
    errorNumber: z.number().int(),
    suggestions: z.array(suggestionSchema).optional().default([]),
  })
  .passthrough();
export const envelopeSchema = z
  .object({
    response: z.unknown().nullable().optional(),
    errorResponse: z.object({ errors: z.array(partnerErrorSchema) }).nullable().optional(),
  })
  .passthrough();
export type PartnerSuggestion = z.infer<typeof suggestionSchema>;
export type PartnerErrorItem = z.infer<typeof partnerErrorSchema>;
export type Envelope = z.infer<typeof envelopeSchema>;

export const ERROR_CODES = {
  CantParseVIN: { code: 'CantParseVIN', number: 4005 },
  /** Assumed: the docs name no code for a mileage outside the allowed range. */
  InvalidMileage: { code: 'InvalidMileage', number: 4010 },
  /** Assumed: a required field missing from the body. */
  MissingField: { code: 'MissingField', number: 4001 },
  /** Assumed: a state or ZIP the partner cannot read or does not serve. */
  InvalidLocation: { code: 'InvalidLocation', number: 4012 },
  // Assumed, non-input failures: the docs name no codes for them. The client branches on the
  // HTTP status; these only give the embedded sandbox's envelopes a stable shape.
  Unauthorized: { code: 'Unauthorized', number: 1401 },
  NotFound: { code: 'NotFound', number: 1404 },
  MethodNotAllowed: { code: 'MethodNotAllowed', number: 1405 },
  BodyTooLarge: { code: 'BodyTooLarge', number: 1413 },
  TooManyRequests: { code: 'TooManyRequests', number: 1429 },
  InternalError: { code: 'InternalError', number: 5000 },
  ServiceUnavailable: { code: 'ServiceUnavailable', number: 5003 },
} as const;
export type ErrorCodeName = keyof typeof ERROR_CODES;
/** Doc: the suggestion actions the partner documents. */
export const SUGGESTION_ACTIONS = ['RetryWithAlternative', 'CheckInput', 'ContactSupport', 'UseDifferentEndpoint'] as const;
export type SuggestionAction = (typeof SUGGESTION_ACTIONS)[number];

// ---- Payloads (assumed shapes; parsed tolerantly, unknown fields kept) ----
export const registrationPayloadSchema = z
  .object({ vin: z.string().optional(), mileage: z.number().optional(), expiresAt: z.string().optional() })
  .passthrough();

export const startPricePayloadSchema = z
  .object({ vin: z.string().optional(), startPrice: z.number(), currency: z.string().optional().default('USD') })
  .passthrough();
export type StartPricePayload = z.infer<typeof startPricePayloadSchema>;

const money = z.number().nonnegative();
export const planSchema = z
  .object({
    searchResultPlanId: z.number().int().optional(),
    planName: z.string(),
    displayProviderName: z.string().optional(),
    coverageType: z.string().optional(),
    duration: z.number().int().optional(),
    /** Coverage miles in thousands; 999 means unlimited (doc, for filters). */
    miles: z.number().optional(),
    deductible: money.optional(),
    downpayment: money.optional(),
    monthlyPrice: money.optional(),
    numberOfPayments: z.number().int().optional(),
    totalPrice: money.optional(),
    rating: z.number().optional(),
    accreditedBy: z.array(z.string()).optional(),
    addons: z.array(z.object({}).passthrough()).optional(),
    categories: z.record(z.string(), z.string()).optional(),
    coverageScores: z.array(z.object({}).passthrough()).optional(),
    planCheckoutUrl: z.string().optional(),
    planSummaryUrl: z.string().optional(),
    planContractUrl: z.string().optional(),
  })
  .passthrough();
export type Plan = z.infer<typeof planSchema>;

/** Assumed: the search payload carries the plans under `plans`; a bare array is accepted too. */
export const searchPayloadSchema = z.union([
  z.object({ plans: z.array(planSchema) }).passthrough(),
  z.array(planSchema).transform((plans) => ({ plans })),
]);
export type SearchPayload = z.infer<typeof searchPayloadSchema>;

/** Coverage miles "999" (thousands) means unlimited (doc); defined beside the display rule that reads it. */
export { UNLIMITED_MILES } from '../../../preload/planTerms.js';
