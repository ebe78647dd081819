/** Valid VINs for tests, with real check digits computed by the importer's rule. */
import { withCheckDigit } from '../../main/core/sandbox/vinRules.js';

export { withCheckDigit };

/** `n` distinct valid VINs. */
export function makeVins(n: number, prefix = '1HGCM8263'): string[] {
  if (prefix.length !== 9) throw new Error('makeVins needs a 9-character prefix (WMI + VDS + check position)');
  return Array.from({ length: n }, (_, i) => withCheckDigit(`${prefix}A${String(i).padStart(7, '0')}`));
}
