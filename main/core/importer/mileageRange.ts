/**
 * The partner's accepted mileage range (MILEAGE_MIN / MILEAGE_MAX in partner/wire.ts),
 * repeated here on purpose: wire.ts loads zod, which costs the import worker about 100 ms
 * at every start. test/unit/importer.mileage.test.ts keeps the two equal.
 */
export const MILEAGE_MIN = 1;
export const MILEAGE_MAX = 250_000;
