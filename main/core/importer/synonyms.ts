/**
 * Header names dealers' systems use for each vehicle field. Matching is on a folded
 * form (lower case, no spaces or punctuation, "#" read as "number", units in brackets
 * dropped) and EXACT on that form: substring matching would map "Vintage" to VIN.
 */
import type { MappedColumn } from './types.js';

/** Fold a header cell to its comparable form: "Stock #" -> "stocknumber", "Odometer (mi)" -> "odometer". */
export function foldHeader(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\([^)]*\)|\[[^\]]*\]/g, ' ')
    .replace(/#/g, ' number ')
    .replace(/[^a-z0-9]+/g, '');
}

/**
 * Per field, most specific first: when two columns match the same field, the one
 * matching an earlier synonym wins (e.g. "Odometer" beats "Miles" in a sheet with both).
 */
const SYNONYMS: Record<MappedColumn, readonly string[]> = {
  vin: [
    'vin', 'vinnumber', 'vinno', 'vinnum', 'vin17', 'vehiclevin', 'fullvin',
    'vehicleidentificationnumber', 'vehicleidnumber',
    // German exports (the "Kilometerstand" files): Fahrzeug-Identifizierungsnummer.
    'fin', 'fahrgestellnummer',
  ],
  mileage: [
    'mileage', 'odometer', 'odometerreading', 'currentmileage', 'currentmiles', 'currentodometer',
    'odometermiles', 'odomiles', 'odo', 'odoreading', 'miles', 'mi', 'vehiclemileage', 'actualmileage',
    // Kilometre headers rank last, so a sheet with both a miles and a km column maps miles.
    'km', 'kms', 'kilometers', 'kilometres', 'kilometerstand', 'kmstand', 'kilometrage', 'odometerkm', 'mileagekm',
  ],
  stockNumber: [
    'stocknumber', 'stockno', 'stocknum', 'stock', 'stockid', 'stk', 'stknumber', 'stkno', 'stocknbr',
  ],
  year: ['year', 'modelyear', 'vehicleyear', 'yr', 'myear', 'baujahr'],
  make: ['make', 'brand', 'manufacturer', 'mfr', 'vehiclemake', 'makename', 'marke', 'hersteller'],
  model: ['model', 'modelname', 'vehiclemodel', 'modeldescription', 'modell'],
  // One column with "2018 Toyota Camry" (see combinedVehicle.ts).
  vehicle: ['vehicle', 'vehicledescription', 'yearmakemodel', 'ymm', 'vehicleinfo', 'vehiclename', 'car', 'fahrzeug'],
};

/** Folded synonym -> [field, rank]; built once. */
const INDEX: ReadonlyMap<string, { field: MappedColumn; rank: number }> = (() => {
  const map = new Map<string, { field: MappedColumn; rank: number }>();
  for (const [field, names] of Object.entries(SYNONYMS) as [MappedColumn, readonly string[]][]) {
    names.forEach((name, rank) => map.set(name, { field, rank }));
  }
  return map;
})();

/** The field a header cell names, with the synonym's rank (0 = most specific), if any. */
export function fieldForHeader(text: string): { field: MappedColumn; rank: number } | undefined {
  const folded = foldHeader(text);
  return folded === '' ? undefined : INDEX.get(folded);
}

/** The synonyms of one field, for help text ("we look for: VIN, VIN #, ..."). */
export function synonymsOf(field: MappedColumn): readonly string[] {
  return SYNONYMS[field];
}

/**
 * True when a mileage header names kilometres: "KM", "Kms", "Kilometerstand",
 * "Odometer (km)", "KM-Stand". Read from the raw text because folding drops "(km)".
 */
export function headerSaysKilometres(text: string): boolean {
  const lower = text.normalize('NFKD').toLowerCase();
  return /(^|[^a-z])kms?([^a-z]|$)/.test(lower) || lower.includes('kilomet') || /^km/.test(foldHeader(text));
}
