import { parse } from 'csv-parse/sync';
import { registerToCsv } from '../../src/core/exporting/csvExport';
import { exportRegisterCsv } from '../../src/core/exporting/exportDialogServer';
import { registerById } from '../../src/core/registers/definitions';
import type { CellValue } from '../../src/core/workbook/port';
import { memoryWorkbook } from '../properties/registerArbitraries';
import { FORMULA_LIKE_TEXT } from './hostileText';

/**
 * Exported CSV never hands a spreadsheet program a formula: text cells that start with =, +, -, @, a tab
 * or a carriage return get a leading single quote, while number cells, negative ones included, stay
 * plain numbers. The file is read back with csv-parse, as another program would read it.
 */

const FORMULA_START = /^[=+\-@\t\r]/;

function exportedRows(values: CellValue[][]): string[][] {
  const csv = registerToCsv(registerById('assets'), values, { headers: 'localized', lang: 'en' });
  expect(csv.startsWith('\ufeff')).toBe(true);
  return parse(csv.slice(1), { relax_column_count: false, record_delimiter: '\r\n' }) as string[][];
}

const HEADER = ['Asset Tag', 'Name', 'Purchase Cost', '=HYPERLINK("http://attacker.example")'];

describe('registerToCsv', () => {
  test('formula-like text is quoted, text otherwise kept', () => {
    const rows = exportedRows([HEADER, ...FORMULA_LIKE_TEXT.map((text, index): CellValue[] => [`T-${index}`, text, 1000, text])]);

    expect(rows[0]).toEqual(['Asset Tag', 'Name', 'Purchase Cost', `'=HYPERLINK("http://attacker.example")`]);
    rows.slice(1).forEach((row, index) => {
      const text = FORMULA_LIKE_TEXT[index];
      const expected = FORMULA_START.test(text) ? `'${text}` : text;
      expect([text, row[1], row[3]]).toEqual([text, expected, expected]);
      expect(FORMULA_START.test(row[1])).toBe(false);
    });
  });

  test('numbers stay numbers, negatives included', () => {
    const rows = exportedRows([HEADER, ['N-1', 'refund', -50000, -0.5], ['N-2', 'big', 1e21, 1e-7], ['N-3', 'dated', { date: '2025-02-03' }, true]]);

    expect(rows.slice(1)).toEqual([
      ['N-1', 'refund', '-50000', '-0.5'],
      ['N-2', 'big', '1000000000000000000000', '0.0000001'],
      ['N-3', 'dated', '2025-02-03', 'TRUE'],
    ]);
  });

  test('quotes, commas and line breaks stay inside their field', () => {
    const rows = exportedRows([HEADER, ['Q-1', 'say "hi", then\r\n=leave', '=1,2', '-"x"']]);

    expect(rows[1]).toEqual(['Q-1', 'say "hi", then\r\n=leave', "'=1,2", `'-"x"`]);
  });
});

describe('export dialog server', () => {
  test('hostile register exports neutralised', () => {
    const port = memoryWorkbook({ assets: FORMULA_LIKE_TEXT.map((text, index) => ({ assetTag: `A-${index}`, name: text, category: 'HW', status: 'deployed', purchaseCost: -index })) });

    const response = exportRegisterCsv({ port, now: () => new Date(Date.UTC(2025, 5, 30)) }, 'assets', 'keys');

    expect(response.status).toBe('ok');
    const csv = response.status === 'ok' ? response.csv : '';
    const rows = parse(csv.slice(1)) as string[][];
    const nameColumn = rows[0].indexOf('name');
    const costColumn = rows[0].indexOf('purchaseCost');
    expect(rows.slice(1).map((row) => row[nameColumn])).toEqual(FORMULA_LIKE_TEXT.map((text) => (FORMULA_START.test(text) ? `'${text}` : text)));
    expect(rows.slice(1).map((row) => row[costColumn])).toEqual(FORMULA_LIKE_TEXT.map((_, index) => String(-index)));
  });

  test.each([
    ['unknown register', '__proto__', 'keys'],
    ['object register', { toString: () => 'assets' }, 'keys'],
    ['header mode injection', 'assets', 'keys<script>'],
    ['array header mode', 'assets', ['keys']],
  ])('rejects %s', (_label, registerId, headerMode) => {
    const port = memoryWorkbook({});
    const writes = port.writes;

    const response = exportRegisterCsv({ port, now: () => new Date() }, registerId, headerMode);

    expect(response.status).toBe('invalid');
    expect(port.writes).toBe(writes);
  });
});
