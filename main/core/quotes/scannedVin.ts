/**
 * A VIN as typed, pasted or read by a keyboard-wedge barcode scanner. Scanners reading
 * the Code 39 label on a door jamb often send an 18-character code with a leading "I"
 * (the import marker); it is never part of the VIN (VINs have no I) and is dropped.
 */
import { checkVin, normaliseVin, type VinCheck, type VinRuleOptions } from '../importer/vin.js';

export function normaliseScannedVin(raw: string): string {
  const vin = normaliseVin(raw);
  return vin.length === 18 && vin.startsWith('I') ? vin.slice(1) : vin;
}

/** `options.acceptBadCheckDigit` follows the same setting as the importer (non-North-American VINs). */
export function checkScannedVin(raw: string, options: VinRuleOptions = {}): VinCheck {
  return checkVin(normaliseScannedVin(raw), options);
}
