/** Valid VINs for tests: real check digits computed, not hard-coded. */
const VALUES: Record<string, number> = {
  A: 1, B: 2, C: 3, D: 4, E: 5, F: 6, G: 7, H: 8, J: 1, K: 2, L: 3, M: 4, N: 5, P: 7, R: 9,
  S: 2, T: 3, U: 4, V: 5, W: 6, X: 7, Y: 8, Z: 9,
};
const WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];

export function withCheckDigit(vin17: string): string {
  const sum = [...vin17].reduce((s, ch, i) => s + (/\d/.test(ch) ? Number(ch) : VALUES[ch]!) * WEIGHTS[i]!, 0);
  const r = sum % 11;
  return vin17.slice(0, 8) + (r === 10 ? 'X' : String(r)) + vin17.slice(9);
}

/** `n` distinct valid VINs. */
export function makeVins(n: number, prefix = '1HGCM8263'): string[] {
  if (prefix.length !== 9) throw new Error('makeVins needs a 9-character prefix (WMI + VDS + check position)');
  return Array.from({ length: n }, (_, i) => withCheckDigit(`${prefix}A${String(i).padStart(7, '0')}`.slice(0, 17)));
}
