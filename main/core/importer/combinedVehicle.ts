/**
 * A combined "Vehicle" column ("2018 Toyota Camry", "Land Rover Defender 110 2021") split
 * into year, make and model. Only the shape is read, never guessed at: a four-digit
 * model year at either end, the make (one word, or one of the two-word makes), and the
 * rest as the model. Text without a model year fills nothing.
 */

export interface VehicleParts {
  year?: string;
  make?: string;
  model?: string;
}

/** Makes written as two words; "Mercedes-Benz" is one word already. */
const TWO_WORD_MAKES = ['alfa romeo', 'aston martin', 'land rover', 'rolls royce', 'mercedes benz', 'mini cooper'];

const YEAR_FIRST = /^((?:19|20)\d{2})\s+(.+)$/;
const YEAR_LAST = /^(.+?)\s+((?:19|20)\d{2})$/;

export function splitVehicleText(raw: string): VehicleParts {
  const text = raw.replace(/\s+/g, ' ').trim();
  const first = YEAR_FIRST.exec(text);
  const last = first ? null : YEAR_LAST.exec(text);
  // Without a model year it may be anything ("see notes"): fill nothing rather than guess.
  if (!first && !last) return {};
  const year = (first?.[1] ?? last?.[2])!;
  const rest = (first?.[2] ?? last?.[1])!;
  if (!/^\p{L}/u.test(rest)) return { year };
  const lower = rest.toLowerCase();
  const twoWords = TWO_WORD_MAKES.find((m) => lower === m || lower.startsWith(`${m} `));
  const makeLength = twoWords ? twoWords.length : rest.indexOf(' ') < 0 ? rest.length : rest.indexOf(' ');
  const model = rest.slice(makeLength).trim();
  return { year, make: rest.slice(0, makeLength), ...(model ? { model } : {}) };
}
