import { readFileSync } from 'fs';
import { join } from 'path';
import { importRows, type ImportOptions } from '../../../src/core/importing/importRows';
import { isFlagged, type ImportResult } from '../../../src/core/importing/importResult';
import { decodeText, type DecodedText } from '../../../src/core/importing/textDecoding';
import { registerById } from '../../../src/core/registers/definitions';
import { DEFAULT_SETTINGS } from '../../../src/core/settings/settings';
import { parseCell } from '../../../src/core/values/parseCell';
import type { CellValue, OutputValue } from '../../../src/core/workbook/port';
import { decodeLegacyWithIconv } from '../../../src/node/legacyDecoder';

/**
 * Real Snipe-IT sample exports (personal details replaced), read where they are kept outside the
 * repository. The expected counts were made by reading the files; the reasons are in the comments.
 */
const SAMPLES = join(__dirname, '../../../../shared/samples/snipe-it');

const assets = registerById('assets');
const licenses = registerById('licenses');
const OPTIONS: ImportOptions = { source: 'snipe-it', dateOrder: 'mdy', asOf: '2025-06-30', settings: DEFAULT_SETTINGS, lang: 'en' };

function readSample(name: string): { bytes: Uint8Array; decoded: DecodedText } {
  const bytes = new Uint8Array(readFileSync(join(SAMPLES, name)));
  return { bytes, decoded: decodeText(bytes, { decodeLegacy: decodeLegacyWithIconv }) };
}

function valueAt(result: ImportResult, row: number, field: string): OutputValue {
  const accepted = result.accepted.find((candidate) => candidate.row === row);
  if (!accepted) {
    throw new Error(`Row ${row} was not accepted.`);
  }
  return accepted.values[registerById(result.register).fields.findIndex((candidate) => candidate.key === field)];
}

function flagCounts(result: ImportResult): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const row of result.accepted) {
    for (const code of new Set(row.flags.map((flag) => flag.code))) {
      counts[code] = (counts[code] ?? 0) + 1;
    }
  }
  return counts;
}

function tabAfter(result: ImportResult): CellValue[][] {
  const register = registerById(result.register);
  return [register.fields.map((field) => field.header.en), ...result.accepted.map((row) => row.values.map((value) => value as CellValue))];
}

describe('Snipe-IT clean asset export', () => {
  const { decoded } = readSample('assets-sample.csv');
  const result = importRows({ kind: 'csv', decoded }, assets, null, OPTIONS);

  test('UTF-8 with a BOM', () => {
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.detection).toBe('bom');
    expect(decoded.text.startsWith('Company,Name,Asset Tag')).toBe(true);
  });

  test('all 22 rows accepted, none flagged', () => {
    // 22 data rows, each with a unique tag, a name, a category and m/d/y dates in the declared order.
    // The export has no Status column, and the report says so once for the whole file.
    expect(result.accepted).toHaveLength(22);
    expect(result.rejected).toHaveLength(0);
    expect(result.accepted.filter(isFlagged)).toHaveLength(0);
  });

  test('status from the checkout columns', () => {
    // Checkout Type is User in 9 rows and Location in 8; the other 5 rows are not checked out.
    expect(result.warnings.map((warning) => warning.text)).toEqual([
      'Column J "Model Notes" matches no field of this register and was not imported.',
      'The file has no Status column, so 5 assets that are not checked out were set to "in stock". Check them.',
      'The file has no Status column, so 17 checked-out assets were set to "deployed".',
    ]);
    expect(valueAt(result, 2, 'status')).toBe('in stock');
    expect(valueAt(result, 3, 'status')).toBe('deployed');
    expect(valueAt(result, 3, 'assignedTo')).toBe('user004@example.com');
  });

  test('first row values', () => {
    expect(result.accepted[0].key).toBe('ICC-2065556');
    expect(valueAt(result, 2, 'name')).toBe('Backhoe');
    expect(valueAt(result, 2, 'vendor')).toBe('Kunde, Doyle and Kozey');
    expect(valueAt(result, 2, 'model')).toBe('Macbook Pro 13"');
    expect(valueAt(result, 2, 'purchaseDate')).toEqual({ date: '2023-01-23' });
    expect(valueAt(result, 2, 'purchaseCost')).toBe(2266.13);
    expect(valueAt(result, 2, 'endOfSupport')).toEqual({ date: '2028-10-27' });
    expect(valueAt(result, 2, 'notes')).toBe(
      'at nulla suspendisse potenti cras in purus eu magna vulputate luctus cum sociis natoque penatibus et magnis dis\nCompany: Abshire and Sons\nOrder Number: 3271901481\nModel Number: 1786VM80X07',
    );
  });

  test('order number keeps its leading zero', () => {
    // JHN-0598394 has Order Number 0709494209.
    expect(valueAt(result, 10, 'notes')).toContain('Order Number: 0709494209');
  });

  test('checked-out location kept beside the location', () => {
    // EJS-7488052 sits at Lindgren-Marquardt and is checked out to the location "Person 010".
    expect(valueAt(result, 8, 'location')).toBe('Lindgren-Marquardt');
    expect(valueAt(result, 8, 'notes')).toContain('Checked Out To: Location: Person 010');
  });

  test('without a date order ambiguous dates reject', () => {
    // 8 purchase dates have day and month both 12 or less (3/1/23, 10/1/22, 12/10/…), so they read
    // either way. The EOL date 10/27/28 is never ambiguous.
    const undeclared = importRows({ kind: 'csv', decoded }, assets, null, { ...OPTIONS, dateOrder: null });
    expect(undeclared.accepted).toHaveLength(14);
    expect(undeclared.rejected).toHaveLength(8);
    expect(new Set(undeclared.rejected.flatMap((row) => row.reasons.map((reason) => reason.code)))).toEqual(new Set(['problem.ambiguousDate']));
  });
});

describe('Snipe-IT damaged asset export', () => {
  const { bytes, decoded } = readSample('assets-sample-BLANKS.csv');
  const result = importRows({ kind: 'csv', decoded }, assets, null, OPTIONS);

  test('Mac Roman with CR line ends', () => {
    // Bytes 0x81, 0x8D and 0x90 have no character in Windows-1252, and every line ends with CR alone.
    expect(bytes.includes(0x0a)).toBe(false);
    expect(decoded.encoding).toBe('macintosh');
    expect(decoded.detection).toBe('legacy');
    expect(decoded.replacementCount).toBe(0);
    expect(result.encoding).toBe('macintosh');
  });

  test('200 rows accepted, all flagged', () => {
    // Every row's Model Number is in scientific notation (6.37702E+15), so every row is flagged.
    expect(result.accepted).toHaveLength(200);
    expect(result.rejected).toHaveLength(0);
    expect(result.accepted.filter(isFlagged)).toHaveLength(200);
    expect(result.accepted[199].line).toBe(201);
  });

  test('flags by reason', () => {
    // 22 Location cells hold UTF-8 read as Windows-1252 before the file was saved (Lutsâ€™k,
    // Saint-Ã‰tienne); 28 rows have no status and no user.
    expect(flagCounts(result)).toEqual({
      'problem.damagedId': 200,
      'import.flag.garbledText': 22,
      'import.flag.statusBlankNotCheckedOut': 28,
    });
    expect(result.accepted[0].flags.map((flag) => flag.text)).toEqual(['Model Number "6.37702E+15": This ID looks damaged by scientific notation (6.37702E+15). Retype it as text from the source.']);
  });

  test('blank headers and status labels reported', () => {
    expect(result.warnings.map((warning) => warning.text)).toEqual([
      'Column E has no header and was skipped.',
      'Column I has no header and was skipped.',
      'Column N has no header and was skipped.',
      'Snipe-IT status "Undeployable" was read as "in repair" (32 rows).',
      'Snipe-IT status "Lost" was read as "lost" (37 rows).',
      'Snipe-IT status "Pending Diagnostics" was read as "in repair" (36 rows).',
      // All 28 "Ready to Deploy" rows name a user, so they are checked out.
      'Snipe-IT status "Ready to Deploy" was read as "deployed" (28 rows).',
      'Snipe-IT status "Archived" was read as "retired" (39 rows).',
    ]);
  });

  test('warranty months become Warranty End', () => {
    // Row 2: purchased 4/5/16 with a 14-month warranty.
    expect(valueAt(result, 2, 'purchaseDate')).toEqual({ date: '2016-04-05' });
    expect(valueAt(result, 2, 'warrantyEnd')).toEqual({ date: '2017-06-05' });
    expect(valueAt(result, 2, 'assignedTo')).toBe('user002@example.com');
    expect(valueAt(result, 2, 'notes')).toContain('Model Number: 6.37702E+15');
    // Row 4 has no warranty months.
    expect(valueAt(result, 4, 'warrantyEnd')).toBe('');
  });

  test('garbled location kept as written', () => {
    const row = result.accepted.find((candidate) => candidate.line === 12);
    expect(row?.flags.map((flag) => flag.code)).toContain('import.flag.garbledText');
    expect(valueAt(result, 12, 'location')).toMatch(/^Luts.*k$/);
  });

  test('without a date order ambiguous dates reject', () => {
    // 89 purchase dates have day and month both 12 or less and different from each other.
    const undeclared = importRows({ kind: 'csv', decoded }, assets, null, { ...OPTIONS, dateOrder: null });
    expect(undeclared.accepted).toHaveLength(111);
    expect(undeclared.rejected).toHaveLength(89);
  });
});

describe('Snipe-IT license export', () => {
  const { decoded } = readSample('licenses-sample.csv');
  const result = importRows({ kind: 'csv', decoded }, licenses, null, OPTIONS);

  test('UTF-8 without BOM', () => {
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.detection).toBe('utf8');
  });

  test('50 rows accepted, all flagged for generated IDs', () => {
    // Snipe-IT licenses have no ID, so each row gets LIC-0001 … LIC-0050.
    expect(result.accepted).toHaveLength(50);
    expect(result.rejected).toHaveLength(0);
    expect(result.accepted.filter(isFlagged)).toHaveLength(50);
    expect(result.accepted.map((row) => row.key)).toEqual(Array.from({ length: 50 }, (_, index) => `LIC-${String(index + 1).padStart(4, '0')}`));
    // Rows 12, 28 and 32 contain "sometimes" for reassignable, which is not yes or no.
    // Every cost is written in dollars while the workbook currency is KRW, so each row also says so.
    expect(flagCounts(result)).toEqual({ 'import.flag.generatedKey': 50, 'import.flag.keptInNotes': 3, 'import.flag.otherCurrency': 50 });
    expect(result.accepted.filter((row) => row.flags.some((flag) => flag.code === 'import.flag.keptInNotes')).map((row) => row.row)).toEqual([12, 28, 32]);
  });

  test('metric default reported', () => {
    expect(result.warnings.map((warning) => warning.text)).toEqual(['The file has no Metric column, so 50 rows were set to "per user". Change it where that is wrong.']);
  });

  test('dollar amounts keep their currency', () => {
    const unitCostField = licenses.fields.find((field) => field.key === 'unitCost');
    const costs = result.accepted.map((row) => valueAt(result, row.row, 'unitCost'));
    expect(costs.every((cost) => typeof cost === 'string' && cost.startsWith('$'))).toBe(true);
    expect(parseCell(costs[0] as string, unitCostField!)).toEqual({ ok: true, value: { amount: 12.58, currency: 'USD' } });
    expect(valueAt(result, 31, 'unitCost')).toBe('$0.41');
  });

  test('mixed booleans read as yes or no', () => {
    const notes = result.accepted.map((row) => String(valueAt(result, row.row, 'notes')));
    const lineCount = (line: string): number => notes.filter((text) => text.split('\n').includes(line)).length;
    // reassignable: TRUE 8, true 7, yes 6, YES 3 → yes; no 7, false 5, NO 4, FALSE 2 → no; 5 blank.
    expect(lineCount('reassignable: yes')).toBe(24);
    expect(lineCount('reassignable: no')).toBe(18);
    expect(lineCount('reassignable: sometimes')).toBe(3);
    expect(lineCount('maintained: yes')).toBe(22);
    expect(lineCount('maintained: no')).toBe(28);
  });

  test('first license values', () => {
    expect(result.accepted[0].line).toBe(2);
    expect(result.accepted[1].line).toBe(5);
    expect(valueAt(result, 2, 'software')).toBe('Acetaminophen, Chlorpheniramine maleate, Phenylephrine HCl');
    expect(valueAt(result, 2, 'publisher')).toBe('Mayer-Bergnaum');
    expect(valueAt(result, 2, 'metric')).toBe('per user');
    expect(valueAt(result, 2, 'quantity')).toBe(56);
    expect(valueAt(result, 2, 'startDate')).toEqual({ date: '2008-11-24' });
    expect(valueAt(result, 2, 'expiryDate')).toEqual({ date: '2016-02-26' });
    expect(valueAt(result, 2, 'owner')).toBe('user005@example.com');
    expect(String(valueAt(result, 2, 'notes')).split('\n').slice(-9)).toEqual([
      'serial number: 4c2713a1-5b73-4ecb-b2e9-62bf0ff57165',
      'Category: Reverse-engineered incremental migration',
      'purchase order: 34197',
      'order number: 749317252-8',
      'Licensed To Name: Person 004',
      'maintained: no',
      'reassignable: yes',
      'company: Gislason-Hagenes',
      'supplier: Treutel Inc',
    ]);
  });

  test('without a date order ambiguous dates reject', () => {
    // 32 rows have a purchase or expiration date such as 04/12/2016 that reads both ways.
    const undeclared = importRows({ kind: 'csv', decoded }, licenses, null, { ...OPTIONS, dateOrder: null });
    expect(undeclared.accepted).toHaveLength(18);
    expect(undeclared.rejected).toHaveLength(32);
  });
});

describe('Snipe-IT re-import', () => {
  test.each([
    ['assets-sample.csv', 'assets', 22],
    ['assets-sample-BLANKS.csv', 'assets', 200],
    ['licenses-sample.csv', 'licenses', 50],
  ] as const)('%s a second time adds nothing', (name, registerId, rows) => {
    const register = registerById(registerId);
    const { decoded } = readSample(name);
    const first = importRows({ kind: 'csv', decoded }, register, null, OPTIONS);
    const second = importRows({ kind: 'csv', decoded }, register, { sheetName: register.tab.en, values: tabAfter(first) }, OPTIONS);
    expect(second.accepted).toHaveLength(0);
    expect(second.rejected).toHaveLength(rows);
  });
});
