import { parseNumber } from '../../../src/core/values/numberValue';
import type { ParseResult } from '../../../src/core/values/parseResult';
import type { CellValue } from '../../../src/core/workbook/port';

function problemOf(result: ParseResult<number>): string | undefined {
  return result.ok ? undefined : result.problem;
}

describe('parseNumber accepted forms', () => {
  const cases: ReadonlyArray<readonly [CellValue, number]> = [
    [12, 12],
    [12.5, 12.5],
    [-3, -3],
    [0, 0],
    ['0', 0],
    ['12', 12],
    [' 12 ', 12],
    ['1,234', 1234],
    ['1,234,567.25', 1234567.25],
    ['12.5', 12.5],
    ['.5', 0.5],
    ['-3', -3],
    ['+3', 3],
    ['−3', -3],
    ['70%', 0.7],
    ['12.5%', 0.125],
    ['100 %', 1],
    ['-5%', -0.05],
    ['0.07%', 0.0007],
    ['１２３', 123],
    ['１２．５', 12.5],
    ['９０％', 0.9],
  ];

  test.each(cases)('%p is %p', (cell, expected) => {
    expect(parseNumber(cell)).toEqual({ ok: true, value: expected });
  });

  test('negative zero becomes zero', () => {
    // toEqual tells 0 and -0 apart.
    expect(parseNumber('-0')).toEqual({ ok: true, value: 0 });
    expect(parseNumber(-0)).toEqual({ ok: true, value: 0 });
  });
});

describe('parseNumber empty cells', () => {
  test.each(['', '  ', '-', 'N/A'])('%p is empty', (cell) => {
    expect(parseNumber(cell)).toEqual({ ok: true, value: null });
  });
});

describe('parseNumber problems', () => {
  const invalid: readonly CellValue[] = [
    true,
    { date: '2025-02-03' },
    Number.NaN,
    Number.POSITIVE_INFINITY,
    2 ** 60,
    '12개',
    '3 months',
    'abc',
    '1,23',
    '12,5',
    '1.2.3',
    '1e3',
    '$5',
    '5원',
    '%',
    '5%%',
    '--5',
    '1' + '0'.repeat(400),
    '99,999,999,999,999,999',
  ];

  test.each(invalid)('%p is invalidNumber', (cell) => {
    expect(problemOf(parseNumber(cell))).toBe('invalidNumber');
  });

  test('integer option rejects fractions', () => {
    expect(parseNumber('12.5', { integer: true })).toEqual({ ok: false, problem: 'notInteger' });
    expect(parseNumber(12.5, { integer: true })).toEqual({ ok: false, problem: 'notInteger' });
    expect(parseNumber('50%', { integer: true })).toEqual({ ok: false, problem: 'notInteger' });
  });

  test('integer option accepts whole numbers', () => {
    expect(parseNumber('1,200', { integer: true })).toEqual({ ok: true, value: 1200 });
    expect(parseNumber(12.0, { integer: true })).toEqual({ ok: true, value: 12 });
  });

  test('minimum is inclusive', () => {
    expect(parseNumber(0, { min: 0 })).toEqual({ ok: true, value: 0 });
    expect(parseNumber(-1, { min: 0 })).toEqual({ ok: false, problem: 'belowMinimum', detail: { min: 0 } });
    expect(parseNumber('1899', { integer: true, min: 1900 })).toEqual({ ok: false, problem: 'belowMinimum', detail: { min: 1900 } });
  });

  test('empty cell skips the minimum', () => {
    expect(parseNumber('', { integer: true, min: 1 })).toEqual({ ok: true, value: null });
  });

  test('formula error', () => {
    expect(parseNumber('#DIV/0!')).toEqual({ ok: false, problem: 'formulaError', detail: { detail: '#DIV/0!' } });
  });
});
