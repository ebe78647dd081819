/**
 * The text half of the hostile-file corpus (test/fixtures/hostileText.ts): each file
 * read from disk and imported, with its exact outcome. The last test checks that no
 * file of the corpus went untested.
 */
import { describe, expect, it } from 'vitest';
import { useHostileCorpus } from '../fixtures/hostileHarness.js';
import { hostileTextFiles, V1, V2, V3, V4 } from '../fixtures/hostileText.js';
import { parseSpreadsheetBuffer, type ImportResult } from '../../main/core/importer/index.js';

const { bytesOf, run, failure, reasons, untested } = useHostileCorpus('qr-hostile-text-', hostileTextFiles);
const vehicles = (r: ImportResult) => r.vehicles.map((v) => [v.source?.row, v.vin, v.mileage]);
const KM_ASK = 'confirm converting kilometres to miles to import it';

describe('encodings', () => {
  it('a UTF-8 BOM before the VIN header: the header still maps', async () => {
    const r = await run('bom-before-vin-header.csv');
    expect(r.headers).toEqual(['VIN', 'Mileage', 'Stock #']);
    expect(r.mapping).toEqual({ vin: 0, mileage: 1, stockNumber: 2 });
    expect(vehicles(r)).toEqual([[2, V1, 12000], [3, V2, 45000]]);
  });

  it('Windows-1252 with accented dealer names: decoded right (curly quotes too) and the guess is told', async () => {
    const r = await run('windows-1252-dealers.csv');
    expect(r.notices).toEqual(['The file is not UTF-8; its encoding was guessed as Windows-1252 (Excel\'s "CSV" encoding). Check accented names.']);
    expect(r.vehicles.map((v) => v.make)).toEqual(['Citroën', 'Škoda', '\u201cRenault\u201d']);
    const sheet = await parseSpreadsheetBuffer(await bytesOf('windows-1252-dealers.csv'), { fileName: 'x.csv' });
    expect(sheet.encoding).toBe('windows-1252');
    expect(sheet.rows.slice(1).map((row) => row[0])).toEqual(['Société Générale Autos', 'Peñasco Motors', 'Müller & Söhne']);
  });

  it('valid UTF-8 without a BOM is UTF-8, with no notice', async () => {
    const sheet = await parseSpreadsheetBuffer(await bytesOf('utf8-accents-no-bom.csv'));
    expect(sheet).toMatchObject({ encoding: 'utf-8', notices: [] });
    expect(sheet.rows[1]?.[0]).toBe('Société Générale');
  });

  it('UTF-16 LE with BOM (Excel "Unicode text", tab-separated) and UTF-16 BE', async () => {
    const le = await run('utf16le-unicode-text.txt');
    expect(le.vehicles).toEqual([{ vin: V1, mileage: 100, make: 'Škoda', source: { file: 'utf16le-unicode-text.txt', row: 2 } }]);
    const be = await run('utf16be.csv');
    expect(be.vehicles).toEqual([{ vin: V2, mileage: 250, make: 'Citroën', source: { file: 'utf16be.csv', row: 2 } }]);
  });
});

describe('delimiters, quoting and locales', () => {
  it('semicolons with a decimal comma: "45.000" is 45,000 and "12.345,6" rounds to 12,346', async () => {
    const r = await run('semicolon-decimal-comma.csv');
    expect(r.decimalSeparator).toBe(',');
    expect(r.notices).toEqual(['Numbers in this file use a decimal comma (45.000 is forty-five thousand; 12,5 is twelve and a half).']);
    expect(vehicles(r)).toEqual([[2, V1, 45000], [3, V2, 12346], [4, V3, 8]]);
    expect(r.warnings.map((w) => [w.row, w.reason])).toEqual([
      [3, 'mileage 12,345.6 rounded to 12,346'],
      [4, 'mileage 7.5 rounded to 8'],
    ]);
  });

  it('tab-separated text keeps a comma inside a cell and the stock number "007"', async () => {
    const r = await run('tab-separated.tsv');
    expect(r.vehicles).toEqual([{ vin: V1, mileage: 1200, stockNumber: '007', source: { file: 'tab-separated.tsv', row: 2 } }]);
  });

  it('pipe-separated text respects a quoted "|" and LF line ends', async () => {
    const r = await run('pipe-separated.txt');
    expect(vehicles(r)).toEqual([[2, V1, 3400], [3, V2, 5600]]);
    const sheet = await parseSpreadsheetBuffer(await bytesOf('pipe-separated.txt'));
    expect(sheet.delimiter).toBe('|');
    expect(sheet.rows[1]?.[2]).toBe('Smith | Sons');
  });

  it('a quoted line break stays in its cell and rows are numbered as Excel shows them', async () => {
    const r = await run('quoted-line-breaks.csv');
    expect(vehicles(r)).toEqual([[2, V1, 100]]);
    expect(reasons(r)).toEqual([[4, 'mileage', 'abc', 'mileage "abc" is not a number of miles']]);
  });

  it('mixed CRLF and LF line ends do not glue rows together', async () => {
    expect(vehicles(await run('mixed-line-ends.csv'))).toEqual([[2, V1, 100], [3, V2, 200], [4, V3, 300]]);
  });

  it('a stray inch mark inside an unquoted cell is text, not a quote', async () => {
    expect(vehicles(await run('stray-inch-quote.csv'))).toEqual([[2, V1, 100], [3, V2, 200]]);
  });
});

describe('cells that naive parsers turn into something else', () => {
  it('"00123" stays "00123"; an all-digit 17-character VIN stays text and fails the VIN rules', async () => {
    const r = await run('leading-zeros-digit-vin.csv');
    expect(r.vehicles).toEqual([{ vin: V1, mileage: 100, stockNumber: '00123', source: { file: 'leading-zeros-digit-vin.csv', row: 2 } }]);
    expect(reasons(r)).toEqual([[3, 'vin', '12345678901234567', 'VIN check digit is 9, expected 7 (position 9); check the VIN for a typo']]);
  });

  it('"49.03-" is rejected as a mileage; "Mayslanding, NJ 08234" stays a location, not a date', async () => {
    const r = await run('mileage-49.03-minus.csv');
    expect(reasons(r)).toEqual([[2, 'mileage', '49.03-', 'mileage "49.03-" is not a number of miles']]);
    expect(vehicles(r)).toEqual([[3, V2, 1500]]);
    const sheet = await parseSpreadsheetBuffer(await bytesOf('mileage-49.03-minus.csv'));
    expect(sheet.rows.slice(1).map((row) => row[2])).toEqual(['Mayslanding, NJ 08234', 'Mayslanding, NJ 08234']);
  });

  it('an unquoted 45,000 that splits the row is rejected with a hint to quote it; a quoted "45,000 mi" reads 45000', async () => {
    const r = await run('unquoted-45,000-split.csv');
    expect(reasons(r)).toEqual([
      [2, 'mileage', '45,000', 'row has 5 fields but the header has 4: "45,000" was split at its comma; put it in quotes ("45,000") or drop the comma, then import again'],
    ]);
    expect(vehicles(r)).toEqual([[3, V2, 45000], [4, V3, 12000], [5, V4, 15000]]);
    // Row 5 splits right of every column we read ("Green, metallic"): kept, with a warning.
    expect(r.warnings.map((w) => [w.row, w.reason])).toEqual([
      [5, 'row has 5 fields but the header has 4; a value containing a comma must be in quotes. Fix the row in the file and import again; check this value is complete'],
    ]);
  });

  it('a header below a report title and a blank line', async () => {
    const r = await run('report-title-above-header.csv');
    expect(r.headerRow).toBe(4);
    expect(vehicles(r)).toEqual([[5, V1, 100], [6, V2, 200]]);
  });

  it('short rows read their missing cells as blank; trailing empty columns are harmless', async () => {
    const short = await run('ragged-short-rows.csv');
    expect(vehicles(short)).toEqual([[2, V1, 100], [4, V3, 300]]);
    expect(reasons(short)).toEqual([[3, 'mileage', '', 'mileage is blank']]);
    const trailing = await run('trailing-commas.csv');
    expect(trailing.summary).toEqual({ rows: 2, vehicles: 2, invalidRows: 0, warningRows: 0, duplicateRowsDropped: 0 });
  });
});

describe('VINs', () => {
  it('lower case with spaces, an X check digit, the letter O for zero, all ones, a European VIN, the same VIN twice', async () => {
    const r = await run('vin-variants.csv');
    expect(vehicles(r)).toEqual([[2, V2, 100], [3, V1, 200], [8, V3, 5000]]);
    expect(reasons(r)).toEqual([
      [4, 'vin', '1HGCM82633AOO4352', 'VIN has the letter O at position 12; VINs never use I, O or Q (probably 0)'],
      // All ones passes the check digit (weights sum to 89, 89 mod 11 = 1), so it is refused as a placeholder.
      [5, 'vin', '11111111111111111', 'VIN is "1" repeated 17 times, a placeholder rather than a real VIN'],
      [6, 'vin', 'WVWZZZ1JZXW000001', 'VIN check digit is Z, expected 0 (position 9); check the VIN for a typo'],
    ]);
    expect(r.duplicates).toEqual([
      { vin: V3, keptRow: 8, droppedRows: [7], message: `VIN ${V3} is on rows 7 and 8; row 8 kept (last valid), row 7 dropped; mileage differs (row 7: 600; kept 5,000)` },
    ]);
    expect(r.summary).toEqual({ rows: 7, vehicles: 3, invalidRows: 3, warningRows: 0, duplicateRowsDropped: 1 });
  });

  it('with acceptBadCheckDigit the European VIN is a warning and imports', async () => {
    const r = await run('vin-variants.csv', { acceptBadCheckDigit: true });
    expect(vehicles(r)).toContainEqual([6, 'WVWZZZ1JZXW000001', 500]);
    expect(r.warnings.map((w) => [w.row, w.reason])).toEqual([
      [6, 'VIN check digit is Z, expected 0 (position 9); accepted as a non-North-American VIN'],
    ]);
    expect(r.invalid.map((p) => p.row)).toEqual([4, 5]);
  });
});

describe('kilometres: converted only after the user confirms', () => {
  it('a "KM" column holds every row back and says which column', async () => {
    const r = await run('km-column.csv');
    expect(r.kilometres).toEqual({ column: 'KM', index: 1, rows: 3, converted: false });
    expect(r.vehicles).toEqual([]);
    expect(reasons(r)).toEqual([
      [2, 'mileage', '45,000', `mileage "45,000" is in kilometres (column "KM"); ${KM_ASK}`],
      [3, 'mileage', '45,000 km', `mileage "45,000 km" is in kilometres; ${KM_ASK}`],
      [4, 'mileage', '500,000', `mileage "500,000" is in kilometres (column "KM"); ${KM_ASK}`],
    ]);
    expect(r.notices).toEqual(['Column "KM" looks like kilometres: 3 rows held back until you confirm converting kilometres to miles.']);
  });

  it('confirmed, the same file converts (45,000 km = 27,962 mi; 500,000 km is out of range in miles too)', async () => {
    const r = await run('km-column.csv', { kilometres: 'convert' });
    expect(r.kilometres).toEqual({ column: 'KM', index: 1, rows: 3, converted: true });
    expect(vehicles(r)).toEqual([[2, V1, 27962], [3, V2, 27962]]);
    expect(reasons(r)).toEqual([[4, 'mileage', '500,000', "mileage 500,000 km (310,686 miles) is outside the partner's range 1-250,000"]]);
    expect(r.notices).toEqual(['Mileage in kilometres converted to miles (÷ 1.609344, rounded) in 3 rows of column "KM", as confirmed.']);
  });

  it('"Kilometerstand" in a German semicolon export, and "Odometer (km)"', async () => {
    const de = await run('kilometerstand-de.csv');
    expect(de.mapping).toEqual({ vin: 0, mileage: 1, make: 2, model: 3, year: 4 });
    expect(de.kilometres).toEqual({ column: 'Kilometerstand', index: 1, rows: 2, converted: false });
    const converted = await run('kilometerstand-de.csv', { kilometres: 'convert' });
    expect(converted.vehicles).toEqual([
      { vin: V1, mileage: 27962, make: 'Ford', model: 'Focus', year: '2019', source: { file: 'kilometerstand-de.csv', row: 2 } },
      { vin: V2, mileage: 74875, make: 'Honda', model: 'Civic', year: '2016', source: { file: 'kilometerstand-de.csv', row: 3 } },
    ]);
    const odo = await run('odometer-km-header.csv');
    expect(reasons(odo)).toEqual([[2, 'mileage', '16093', `mileage "16093" is in kilometres (column "Odometer (km)"); ${KM_ASK}`]]);
    expect(vehicles(await run('odometer-km-header.csv', { kilometres: 'convert' }))).toEqual([[2, V1, 10000]]);
  });

  it('a miles column with one "45,000 km" cell: only that row waits', async () => {
    const r = await run('km-suffix-cells.csv');
    expect(r.kilometres).toEqual({ column: 'Mileage', index: 1, rows: 1, converted: false });
    expect(vehicles(r)).toEqual([[3, V2, 30000]]);
    expect(reasons(r)).toEqual([[2, 'mileage', '45,000 km', `mileage "45,000 km" is in kilometres; ${KM_ASK}`]]);
  });
});

it('a combined "Vehicle" column fills year, make and model; text without a year fills nothing', async () => {
  const r = await run('combined-vehicle.csv');
  expect(r.mapping).toEqual({ stockNumber: 0, vehicle: 1, vin: 2, mileage: 3 });
  expect(r.vehicles.map(({ year, make, model }) => ({ year, make, model }))).toEqual([
    { year: '2018', make: 'Toyota', model: 'Camry' },
    { year: '2021', make: 'Land Rover', model: 'Defender 110' },
    { year: '2019', make: 'Ford', model: 'F-150' },
    { year: undefined, make: undefined, model: undefined },
  ]);
});

describe('files that cannot be imported say why', () => {
  it.each([
    ['empty.csv', '"empty.csv" is empty.'],
    ['blank-lines-only.csv', '"blank-lines-only.csv" has no rows to import.'],
    ['binary-junk.csv', '"binary-junk.csv" is not a file we can read; save it as CSV, XLSX, XLS or ODS.'],
    ['no-vin-column.csv', 'Could not find the VIN column in "no-vin-column.csv". Headers seen on row 1: Stock, Odometer, Make. Rename the column or choose it by hand.'],
    ['too-many-columns.csv', '"too-many-columns.csv" has 2,001 columns on row 1, over the 2,000 column limit; export only the inventory columns.'],
    [
      'unclosed-quote.csv',
      '"unclosed-quote.csv" could not be read as CSV near line 5: a quote (") opens a cell that never closes, so the rest of the file would be one cell; find the stray quote and remove it.',
    ],
    [
      'huge-cell.csv',
      '"huge-cell.csv" could not be read as CSV near line 2: one row is over 1 MB (an unclosed quote, or not a spreadsheet at all); fix that row or save the sheet again.',
    ],
  ])('%s', async (name, message) => {
    const error = await failure(name);
    expect(error).toMatchObject({ kind: 'InputError', message });
  });

  it('too-many-rows.csv: over a lowered row limit', async () => {
    expect(await failure('too-many-rows.csv', { limits: { maxRows: 100 } })).toMatchObject({
      kind: 'InputError',
      message: '"too-many-rows.csv" has more than 100 rows; split it into smaller files.',
    });
  });

  it('only-header.csv: a header and no rows is an empty import, not an error', async () => {
    expect((await run('only-header.csv')).summary).toEqual({ rows: 0, vehicles: 0, invalidRows: 0, warningRows: 0, duplicateRowsDropped: 0 });
  });
});

it('tests every text file of the corpus', () => {
  expect(untested()).toEqual([]);
});
