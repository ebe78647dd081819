import { describe, expect, it } from 'vitest';
import { columnLetter, mapColumns, requireMapping } from '../../main/core/importer/columnMapping.js';
import { sniffDelimiter } from '../../main/core/importer/delimiterSniffer.js';
import { detectHeaderRow, scoreHeaderRow } from '../../main/core/importer/headerDetection.js';
import { fieldForHeader, foldHeader } from '../../main/core/importer/synonyms.js';
import { InputError } from '../../main/core/shared/errors.js';

describe('header synonyms', () => {
  it('folds case, spaces, punctuation, "#" and bracketed units', () => {
    expect(foldHeader('Stock #')).toBe('stocknumber');
    expect(foldHeader(' VIN_Number ')).toBe('vinnumber');
    expect(foldHeader('Odometer (mi)')).toBe('odometer');
    expect(foldHeader('\ufeffYear')).toBe('year');
  });

  it.each([
    ['VIN', 'vin'], ['Vehicle Identification Number', 'vin'], ['VIN #', 'vin'], ['vin_number', 'vin'], ['V.I.N.', 'vin'],
    ['Mileage', 'mileage'], ['miles', 'mileage'], ['ODOMETER', 'mileage'], ['Odo', 'mileage'], ['Current Miles', 'mileage'],
    ['Odometer (mi)', 'mileage'],
    ['Stock', 'stockNumber'], ['Stock #', 'stockNumber'], ['Stock No', 'stockNumber'], ['stock_number', 'stockNumber'],
    ['Stock No.', 'stockNumber'],
    ['Year', 'year'], ['Model Year', 'year'], ['Make', 'make'], ['brand', 'make'], ['Model', 'model'],
  ])('%j names %s', (header, field) => {
    expect(fieldForHeader(header)?.field).toBe(field);
  });

  it.each(['Vintage', 'Price', 'Lot', 'condition', ''])('%j names nothing', (header) => {
    expect(fieldForHeader(header)).toBeUndefined();
  });

  it('maps kilometre headers to mileage, ranked below every miles header (the rows are held back until confirmed)', () => {
    for (const header of ['Kilometres', 'KM', 'Kilometerstand']) expect(fieldForHeader(header)?.field).toBe('mileage');
    expect(fieldForHeader('KM')!.rank).toBeGreaterThan(fieldForHeader('Miles')!.rank);
  });
});

describe('column mapping', () => {
  const headers = ['Stock #', 'Year', 'Make', 'Model', 'VIN #', 'Miles', 'Odometer', 'Price'];

  it('maps every field and prefers the more specific synonym when two columns match', () => {
    expect(mapColumns(headers)).toEqual({ stockNumber: 0, year: 1, make: 2, model: 3, vin: 4, mileage: 6 });
  });

  it('lets the caller override by header text or by column index', () => {
    expect(mapColumns(headers, { mileage: 'miles' })).toMatchObject({ mileage: 5 });
    expect(mapColumns(headers, { mileage: 5, stockNumber: 'price' })).toMatchObject({ mileage: 5, stockNumber: 7 });
  });

  it('drops a synonym match when the caller gave that column to another field', () => {
    const mapping = mapColumns(['VIN', 'Miles', 'Stock'], { stockNumber: 'Miles', mileage: 2 });
    expect(mapping).toEqual({ vin: 0, stockNumber: 1, mileage: 2 });
  });

  it('reports missing required columns listing the headers seen', () => {
    const seen = ['id', 'price', 'brand', 'model', 'year', 'color'];
    let error: unknown;
    try {
      requireMapping(mapColumns(seen), seen, { fileName: 'cars.csv', headerRow: 1 });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toBe(
      'Could not find the VIN and mileage column in "cars.csv". Headers seen on row 1: id, price, brand, model, year, color. ' +
        'Rename the column or choose it by hand.',
    );
    expect((error as InputError).details).toMatchObject({ missing: ['vin', 'mileage'], headerRow: 1 });
  });

  it('says when an override names a column that is not there', () => {
    expect(() => requireMapping(mapColumns(['VIN', 'Km'], { mileage: 'Miles' }), ['VIN', 'Km'], {
      fileName: 'f.xlsx', sheet: 'Stock', headerRow: 3, overrides: { mileage: 'Miles' },
    })).toThrow('Could not find the mileage column in "f.xlsx" (sheet "Stock"). The chosen column for mileage ("Miles") is not there.');
  });

  it('names columns by letter', () => {
    expect([0, 1, 25, 26, 27, 701, 702].map(columnLetter)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
  });
});

describe('header row detection', () => {
  const rows = [
    ['Smith Motors - Used Inventory', '', ''],
    ['Printed 05/01/2024 by jdoe'],
    [],
    ['Stock #', 'Year', 'Make', 'Model', 'VIN', 'Current Miles'],
    ['A100', '2019', 'Ford', 'F-150', '1FTEW1E53KFA00001', '45,000'],
  ];

  it('finds the header below title rows', () => {
    const found = detectHeaderRow((i) => rows[i], rows.length);
    expect(found.index).toBe(3);
    expect(found.mapping).toEqual({ stockNumber: 0, year: 1, make: 2, model: 3, vin: 4, mileage: 5 });
  });

  it('weights VIN and mileage above the optional fields', () => {
    expect(scoreHeaderRow(['VIN', 'Mileage']).score).toBeGreaterThan(scoreHeaderRow(['Stock', 'Year', 'Make', 'Model']).score);
  });

  it('only looks at the first 30 rows', () => {
    const late = [...Array.from({ length: 30 }, () => ['title']), ['VIN', 'Mileage']];
    expect(detectHeaderRow((i) => late[i], late.length).score).toBe(0);
  });

  it('falls back to the first non-blank row when nothing matches, and honours a forced row', () => {
    const plain = [[], ['a', 'b'], ['VIN', 'Miles']];
    expect(detectHeaderRow((i) => plain[i], plain.length).index).toBe(2);
    expect(detectHeaderRow((i) => plain[i], plain.length, { forcedIndex: 1 }).index).toBe(1);
    const none = [[], ['a', 'b']];
    expect(detectHeaderRow((i) => none[i], none.length)).toEqual({ index: 1, score: 0, mapping: {} });
  });

  it('does not let column-number overrides make a title row look like a header', () => {
    const found = detectHeaderRow((i) => rows[i], rows.length, { overrides: { vin: 4, mileage: 5 } });
    expect(found.index).toBe(3);
  });
});

describe('delimiter sniffing', () => {
  it.each([
    ['VIN,Miles\n1,2\n3,4\n', ','],
    ['VIN\tMiles\tMake\n1\t2\tFord, Inc\n', '\t'],
    ['VIN;Miles;Make\n1;45,000;Ford\n2;12,000;Kia\n', ';'],
    ['VIN|Miles\n1|2\n', '|'],
    ['Inventory report, May\n\nVIN;Miles;Make\n1;2;3\n4;5;6\n', ';'],
    ['"Smith, Jones";VIN;Miles\n"a;b";1;2\n', ';'],
    ['VIN\n1\n', ','],
  ])('sniffs %j', (text, delimiter) => {
    expect(sniffDelimiter(text).delimiter).toBe(delimiter);
  });

  it('keeps quoted line breaks inside their field', () => {
    expect(sniffDelimiter('VIN|Notes|Miles\n1|"two\nlines, here"|3\n2|x|4\n').delimiter).toBe('|');
  });
});
