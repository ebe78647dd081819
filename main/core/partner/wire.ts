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
export const MILEAGE_DRIFT_LIMIT = 5_000;
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
} as const;

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

/** Coverage miles "999" (thousands) means unlimited. */
export const UNLIMITED_MILES = 999;
