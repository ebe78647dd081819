import { describe, expect, it } from 'vitest';
import { importInventoryBuffer } from '../../main/core/importer/index.js';
import { InputError } from '../../main/core/shared/errors.js';

const csv = (lines: string[], eol = '\r\n') => Buffer.from(lines.join(eol) + eol, 'utf8');
// Real check-digit-valid VINs.
const V1 = '1M8GDM9AXKP042788';
const V2 = '1HGCM82633A004352';
const V3 = 'JTEZU11F88K007763';

describe('rows to vehicles', () => {
  it('builds vehicles with optional fields, source rows and a text-only view of cells', async () => {
    const result = await importInventoryBuffer(
      csv(['Stock #,Year,Make,Model,VIN,Miles', `A1,2019,Ford,F-150,${V1},"45,000"`, `007,2003,Honda,Accord,  ${V2.toLowerCase()} ,12 345 mi`]),
      { fileName: 'lot.csv' },
    );
    expect(result).toMatchObject({ file: 'lot.csv', format: 'csv', headerRow: 1, rows: 2, invalid: [], warnings: [], duplicates: [] });
    expect(result.vehicles).toEqual([
      { vin: V1, mileage: 45000, stockNumber: 'A1', year: '2019', make: 'Ford', model: 'F-150', source: { file: 'lot.csv', row: 2 } },
      { vin: V2, mileage: 12345, stockNumber: '007', year: '2003', make: 'Honda', model: 'Accord', source: { file: 'lot.csv', row: 3 } },
    ]);
  });

  it('reports each problem with row, column header, field, value and reason', async () => {
    const result = await importInventoryBuffer(
      csv(['VIN,Odometer', `${V1},0`, '1HGCM82643A004352,100', 'ABC,', `${V3},49.03-`]),
      { fileName: 'bad.csv' },
    );
    expect(result.vehicles).toEqual([]);
    expect(result.invalid).toEqual([
      { row: 2, column: 'Odometer', field: 'mileage', value: '0', reason: "mileage 0 is outside the partner's range 1-250,000" },
      { row: 3, column: 'VIN', field: 'vin', value: '1HGCM82643A004352', reason: 'VIN check digit is 4, expected 3 (position 9); check the VIN for a typo' },
      { row: 4, column: 'VIN', field: 'vin', value: 'ABC', reason: 'VIN has 3 characters, expected 17' },
      { row: 4, column: 'Odometer', field: 'mileage', value: '', reason: 'mileage is blank' },
      { row: 5, column: 'Odometer', field: 'mileage', value: '49.03-', reason: 'mileage "49.03-" is not a number of miles' },
    ]);
    expect(result.summary).toEqual({ rows: 4, vehicles: 0, invalidRows: 4, warningRows: 0, duplicateRowsDropped: 0 });
  });

  it('turns a bad check digit into a warning with acceptBadCheckDigit', async () => {
    const result = await importInventoryBuffer(csv(['VIN,Miles', '1HGCM82643A004352,100']), { acceptBadCheckDigit: true });
    expect(result.vehicles.map((v) => v.vin)).toEqual(['1HGCM82643A004352']);
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toMatchObject({ row: 2, field: 'vin', reason: expect.stringContaining('check digit is 4, expected 3') });
  });

  it('counts rows as Excel does: title rows, blank lines and quoted line breaks', async () => {
    const result = await importInventoryBuffer(
      csv(['Inventory May 2024', '', 'VIN,Miles,Notes', `${V1},100,"two`, `lines"`, '', `${V2},abc,x`]),
    );
    expect(result.headerRow).toBe(3);
    expect(result.rows).toBe(2);
    expect(result.vehicles[0]?.source?.row).toBe(4);
    // Excel shows the quoted two-line cell as ONE row (4), the blank line as row 5, the bad record as row 6.
    expect(result.invalid[0]?.row).toBe(6);
  });
});

describe('duplicates', () => {
  it('keeps the last valid row of a VIN and reports the others', async () => {
    const result = await importInventoryBuffer(
      csv(['VIN,Miles', `${V1},100`, `${V2},5`, `${V1.toLowerCase()},200`, ` ${V1} ,`]),
    );
    expect(result.vehicles).toEqual([
      expect.objectContaining({ vin: V2, source: { file: 'file', row: 3 } }),
      expect.objectContaining({ vin: V1, mileage: 200, source: { file: 'file', row: 4 } }),
    ]);
    expect(result.duplicates).toEqual([
      {
        vin: V1,
        keptRow: 4,
        droppedRows: [2, 5],
        message: `VIN ${V1} is on rows 2, 4 and 5; row 4 kept (last valid), rows 2 and 5 dropped; mileage differs (row 2: 100; kept 200)`,
      },
    ]);
    // The invalid row 5 points at the row that supplied the vehicle.
    expect(result.invalid).toEqual([expect.objectContaining({ row: 5, reason: 'mileage is blank', supersededBy: 4 })]);
    // rows = vehicles + invalid rows + valid rows dropped as duplicates
    expect(result.summary).toEqual({ rows: 4, vehicles: 2, invalidRows: 1, warningRows: 0, duplicateRowsDropped: 1 });
  });

  it('does not collapse a VIN whose rows are all invalid', async () => {
    const result = await importInventoryBuffer(csv(['VIN,Miles', `${V1},0`, `${V1},`]));
    expect(result.duplicates).toEqual([]);
    expect(result.invalid.map((p) => p.row)).toEqual([2, 3]);
    expect(result.invalid.every((p) => p.supersededBy === undefined)).toBe(true);
  });
});

describe('text formats', () => {
  it('strips a UTF-8 BOM so the first header maps', async () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), csv(['year,vin,odometer', `2015,${V1},10`])]);
    const result = await importInventoryBuffer(bytes);
    expect(result.headers[0]).toBe('year');
    expect(result.mapping).toEqual({ year: 0, vin: 1, mileage: 2 });
    expect(result.vehicles).toHaveLength(1);
  });

  it.each([
    ['tab', '\t'],
    ['semicolon', ';'],
    ['pipe', '|'],
  ])('reads %s-separated text with LF line ends', async (_name, d) => {
    const result = await importInventoryBuffer(csv([`VIN${d}Mileage${d}Make`, `${V1}${d}45,000${d}Ford; Lincoln`], '\n'));
    expect(result.vehicles).toEqual([expect.objectContaining({ vin: V1, mileage: 45000 })]);
  });

  it('reads UTF-16LE with BOM (Excel "Unicode text")', async () => {
    const text = `VIN\tMiles\tMake\r\n${V1}\t100\tCitroën\r\n`;
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const result = await importInventoryBuffer(bytes);
    expect(result.vehicles).toEqual([expect.objectContaining({ vin: V1, make: 'Citroën' })]);
  });

  it('falls back to Windows-1252 for non-UTF-8 bytes and says so', async () => {
    const bytes = Buffer.from(`VIN,Miles,Make\r\n${V1},100,Citro\xebn \x93SE\x94\r\n`, 'latin1');
    const result = await importInventoryBuffer(bytes);
    expect(result.vehicles[0]?.make).toBe('Citroën \u201cSE\u201d');
    expect(result.notices.join(' ')).toContain('Windows-1252');
  });

  it('keeps leading zeros and never coerces cells', async () => {
    const result = await importInventoryBuffer(csv(['VIN,Miles,Stock,Year', `${V1},100,000123,07`]));
    expect(result.vehicles[0]).toMatchObject({ stockNumber: '000123', year: '07' });
  });

  it('lists the headers seen when VIN or mileage is missing', async () => {
    await expect(importInventoryBuffer(csv(['id,price,brand', '1,2,3']), { fileName: 'x.csv' })).rejects.toThrow(
      'Could not find the VIN and mileage column in "x.csv". Headers seen on row 1: id, price, brand.',
    );
  });

  it('honours column overrides and a forced header row', async () => {
    const result = await importInventoryBuffer(csv(['Serial,Reading', 'VIN,Miles', `${V1},100`]), {
      headerRow: 1,
      columns: { vin: 'serial', mileage: 1 },
    });
    expect(result.headerRow).toBe(1);
    expect(result.vehicles).toHaveLength(1);
    expect(result.invalid).toEqual([expect.objectContaining({ row: 2, field: 'vin' }), expect.objectContaining({ row: 2, field: 'mileage' })]);
  });

  it('rejects empty files, binary junk and files over the row limit with InputErrors', async () => {
    await expect(importInventoryBuffer(Buffer.alloc(0), { fileName: 'e.csv' })).rejects.toThrow('"e.csv" is empty.');
    await expect(importInventoryBuffer(Buffer.from('\r\n\r\n'), { fileName: 'b.csv' })).rejects.toThrow('"b.csv" has no rows to import.');
    await expect(importInventoryBuffer(Buffer.from([1, 0, 2, 0, 3]), { fileName: 'x.bin' })).rejects.toBeInstanceOf(InputError);
    const many = csv(['VIN,Miles', ...Array.from({ length: 10 }, () => `${V1},1`)]);
    await expect(importInventoryBuffer(many, { fileName: 'm.csv', limits: { maxRows: 5 } })).rejects.toThrow(
      '"m.csv" has more than 5 rows; split it into smaller files.',
    );
    await expect(importInventoryBuffer(many, { fileName: 'm.csv', limits: { maxBytes: 10 } })).rejects.toThrow(/over the 10 bytes import limit/);
  });
});
