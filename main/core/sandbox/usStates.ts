/**
 * Where a search is priced: the state from `stateShortName`, or from a ZIP's first three
 * digits (ZIP wins, as the docs say). Each state gets a fixed price factor so the same plan
 * costs visibly different amounts in different states, as real contract prices do.
 */
import { hashUnit } from './random.js';

export const US_STATES = [
  'AL', 'AK', 'AZ', 'AR', 'CA', 'CO', 'CT', 'DE', 'DC', 'FL', 'GA', 'HI', 'ID', 'IL', 'IN', 'IA',
  'KS', 'KY', 'LA', 'ME', 'MD', 'MA', 'MI', 'MN', 'MS', 'MO', 'MT', 'NE', 'NV', 'NH', 'NJ', 'NM',
  'NY', 'NC', 'ND', 'OH', 'OK', 'OR', 'PA', 'RI', 'SC', 'SD', 'TN', 'TX', 'UT', 'VT', 'VA', 'WA',
  'WV', 'WI', 'WY',
] as const;
export type UsState = (typeof US_STATES)[number];

export function isUsState(code: string): code is UsState {
  return (US_STATES as readonly string[]).includes(code);
}

/**
 * USPS ZIP prefixes (first three digits) by state, as [last prefix of the range, state],
 * sorted. Coarse on purpose: a few shared or military prefixes land in a neighbour, which is
 * fine for pricing a demo. Prefixes nobody uses (e.g. 000-004) read as "unknown ZIP".
 */
const ZIP_RANGES: ReadonlyArray<readonly [number, UsState | null]> = [
  [4, null], [5, 'NY'], [9, null], [27, 'MA'], [29, 'RI'], [38, 'NH'], [49, 'ME'], [59, 'VT'], [69, 'CT'],
  [89, 'NJ'], [99, null], [149, 'NY'], [196, 'PA'], [199, 'DE'], [205, 'DC'], [219, 'MD'],
  [246, 'VA'], [268, 'WV'], [289, 'NC'], [299, 'SC'], [319, 'GA'], [349, 'FL'], [369, 'AL'],
  [385, 'TN'], [397, 'MS'], [399, 'GA'], [427, 'KY'], [429, null], [458, 'OH'], [459, null],
  [479, 'IN'], [499, 'MI'], [528, 'IA'], [529, null], [549, 'WI'], [567, 'MN'], [569, null],
  [577, 'SD'], [579, null], [588, 'ND'], [589, null], [599, 'MT'], [629, 'IL'], [658, 'MO'],
  [659, null], [679, 'KS'], [693, 'NE'], [699, null], [714, 'LA'], [715, null], [729, 'AR'],
  [732, 'OK'], [733, 'TX'], [749, 'OK'], [799, 'TX'], [816, 'CO'], [819, null], [831, 'WY'], [838, 'ID'], [839, null],
  [847, 'UT'], [849, null], [865, 'AZ'], [869, null], [884, 'NM'], [885, 'TX'], [888, null],
  [898, 'NV'], [899, null], [961, 'CA'], [966, null], [968, 'HI'], [969, null], [979, 'OR'],
  [994, 'WA'], [999, 'AK'],
];

/** The state a 5-digit ZIP belongs to, or undefined when the prefix is not in use. */
export function stateForZip(zip: string): UsState | undefined {
  const prefix = Number(zip.slice(0, 3));
  for (const [last, state] of ZIP_RANGES) {
    if (prefix <= last) return state ?? undefined;
  }
  return undefined;
}

/**
 * A price factor in [0.90, 1.12] per state. Derived from the code with a fixed seed (not the
 * sandbox seed) so a state is dearer or cheaper the same way in every run and every demo.
 */
export function statePriceFactor(state: UsState): number {
  return 0.9 + hashUnit(0x5747e, 'state', state) * 0.22;
}
