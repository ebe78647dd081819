import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Ledger } from '../../main/core/ledger/ledger.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('opening the ledger', () => {
  it('names a damaged file and says what to do, leaving it untouched', () => {
    const dir = mkdtempSync(join(tmpdir(), 'qr-ledger-'));
    dirs.push(dir);
    const file = join(dir, 'ledger.sqlite');
    const garbage = Buffer.from('this is not a database, it is a spreadsheet someone saved over it'.repeat(10));
    writeFileSync(file, garbage);
    expect(() => Ledger.open(file)).toThrow(/ledger\.sqlite is not a readable QuoteReady ledger .*move the file aside/);
    expect(readFileSync(file).equals(garbage)).toBe(true);
  });

  it('lets a second connection write while the first holds it (the app and the CLI)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'qr-ledger-'));
    dirs.push(dir);
    const file = join(dir, 'ledger.sqlite');
    const a = Ledger.open(file);
    const b = Ledger.open(file);
    a.intake([{ vin: '1HGCM82633A004352', mileage: 10 }], Date.now());
    expect(b.claimNextDue(Date.now())?.vin).toBe('1HGCM82633A004352');
    expect(a.claimNextDue(Date.now())).toBeNull();
    a.close();
    b.close();
  });
});
