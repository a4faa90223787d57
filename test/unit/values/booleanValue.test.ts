import { parseBoolean } from '../../../src/core/values/booleanValue';
import type { CellValue } from '../../../src/core/workbook/port';

describe('parseBoolean', () => {
  const truthy: readonly CellValue[] = [true, 1, 'true', 'TRUE', 'True', 'yes', 'YES', 'Yes', 'y', 'Y', '예', '네', 'O', 'o', '○', 'Ｏ', '1', ' yes '];
  const falsy: readonly CellValue[] = [false, 0, 'false', 'FALSE', 'False', 'no', 'NO', 'No', 'n', 'N', '아니오', '아니요', 'X', 'x', '×', '0', ' No '];

  test.each(truthy)('%p is true', (cell) => {
    expect(parseBoolean(cell)).toEqual({ ok: true, value: true });
  });

  test.each(falsy)('%p is false', (cell) => {
    expect(parseBoolean(cell)).toEqual({ ok: true, value: false });
  });

  test.each(['', '  ', '-', 'N/A'])('%p is empty', (cell) => {
    expect(parseBoolean(cell)).toEqual({ ok: true, value: null });
  });

  test.each([2, -1, 0.5, Number.NaN, 'maybe', 'yess', 'ok', '2', 'T', 'on', { date: '2025-02-03' }] as CellValue[])('%p is invalidBoolean', (cell) => {
    expect(parseBoolean(cell)).toEqual({ ok: false, problem: 'invalidBoolean' });
  });

  test('formula error', () => {
    expect(parseBoolean('#NAME?')).toEqual({ ok: false, problem: 'formulaError', detail: { detail: '#NAME?' } });
  });
});
