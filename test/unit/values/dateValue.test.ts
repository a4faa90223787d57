import { parseDate } from '../../../src/core/values/dateValue';
import type { DateOrder, ParseResult } from '../../../src/core/values/parseResult';
import type { CellValue } from '../../../src/core/workbook/port';

function dateOf(result: ParseResult<string>): string | null | undefined {
  return result.ok ? result.value : undefined;
}

function problemOf(result: ParseResult<string>): string | undefined {
  return result.ok ? undefined : result.problem;
}

describe('parseDate accepted forms', () => {
  const cases: ReadonlyArray<readonly [CellValue, string]> = [
    [{ date: '2025-02-03' }, '2025-02-03'],
    [{ date: '2024-02-29' }, '2024-02-29'],
    ['2025-02-03', '2025-02-03'],
    ['  2025-02-03  ', '2025-02-03'],
    ['2025-2-3', '2025-02-03'],
    ['2025.02.03', '2025-02-03'],
    ['2025. 2. 3.', '2025-02-03'],
    ['2025. 2. 3', '2025-02-03'],
    ['2025.2.3', '2025-02-03'],
    ['2025.2.3.', '2025-02-03'],
    ['2025/2/3', '2025-02-03'],
    ['2025/02/03', '2025-02-03'],
    ['2025 / 2 / 3', '2025-02-03'],
    ['2022.06.20.', '2022-06-20'],
    ['2025년 2월 3일', '2025-02-03'],
    ['2025년2월3일', '2025-02-03'],
    ['25년 2월 3일', '2025-02-03'],
    ['99년 12월 31일', '1999-12-31'],
    ['20250203', '2025-02-03'],
    ['２０２５－０２－０３', '2025-02-03'],
    ['2025-02-03T09:00:00', '2025-02-03'],
    ['2025-02-03T23:59:59Z', '2025-02-03'],
    ['2025-02-03T00:30:00+09:00', '2025-02-03'],
    ['2025-02-03T23:30:00.123-05:00', '2025-02-03'],
    ['2025-02-03 09:00', '2025-02-03'],
    ['2025. 2. 3 오후 3:15:00', '2025-02-03'],
    ['2025. 2. 3. 오전 9:00', '2025-02-03'],
    ['1/23/23 10:00 AM', '2023-01-23'],
    [45678, '2025-01-21'],
    [45678.75, '2025-01-21'],
    [45678.999999, '2025-01-21'],
    [61, '1900-03-01'],
    [73415, '2100-12-31'],
    [45292, '2024-01-01'],
    ['45678', '2025-01-21'],
    ['45678.5', '2025-01-21'],
    ['1/23/23', '2023-01-23'],
    ['11/14/22', '2022-11-14'],
    ['10/27/28', '2028-10-27'],
    ['11/24/2008', '2008-11-24'],
    ['02/26/2016', '2016-02-26'],
    ['12/27/1981', '1981-12-27'],
    ['13/01/2025', '2025-01-13'],
    ['13.01.2025', '2025-01-13'],
    ['31-12-2024', '2024-12-31'],
    ['1/1/23', '2023-01-01'],
    ['05/05/05', '2005-05-05'],
    ['3-Feb-25', '2025-02-03'],
    ['03-Feb-2025', '2025-02-03'],
    ['3 February 2025', '2025-02-03'],
    ['Feb 3, 2025', '2025-02-03'],
    ['September 30 2024', '2024-09-30'],
    ['sept. 30, 2024', '2024-09-30'],
    ['29 Feb 2024', '2024-02-29'],
  ];

  test.each(cases)('%p is %p', (cell, expected) => {
    expect(parseDate(cell)).toEqual({ ok: true, value: expected });
  });
});

describe('parseDate two-digit years', () => {
  test('00 to 69 are 2000s', () => {
    expect(dateOf(parseDate('69년 1월 1일'))).toBe('2069-01-01');
    expect(dateOf(parseDate('00년 1월 1일'))).toBe('2000-01-01');
  });

  test('70 to 99 are 1900s', () => {
    expect(dateOf(parseDate('70년 1월 1일'))).toBe('1970-01-01');
    expect(dateOf(parseDate('1/31/70'))).toBe('1970-01-31');
  });
});

describe('parseDate empty cells', () => {
  const empties: readonly CellValue[] = ['', '   ', '\t\n', '\u3000', 0, -0, '0', '0.0', 'N/A', 'n/a', 'N/a', '-', '–', '—', '--', '0000-00-00', '0000-00-00 00:00:00', '해당 없음'];

  test.each(empties)('%p is empty', (cell) => {
    expect(parseDate(cell)).toEqual({ ok: true, value: null });
  });
});

describe('parseDate problems', () => {
  const cases: ReadonlyArray<readonly [CellValue, string]> = [
    [true, 'invalidDate'],
    [false, 'invalidDate'],
    [-1, 'invalidDate'],
    [0.5, 'invalidDate'],
    [60, 'invalidDate'],
    [2025, 'invalidDate'],
    ['2025', 'invalidDate'],
    [2958466, 'invalidDate'],
    [Number.NaN, 'invalidDate'],
    [Number.POSITIVE_INFINITY, 'invalidDate'],
    [{ date: '2025-02-30' }, 'invalidDate'],
    [{ date: 'yesterday' }, 'invalidDate'],
    ['hello', 'invalidDate'],
    ['2025-02', 'invalidDate'],
    ['2025/02/03/04', 'invalidDate'],
    ['2025.02/03', 'invalidDate'],
    ['2025/2/3.', 'invalidDate'],
    ['123/4/5', 'invalidDate'],
    ['2025-02-03T25:00', 'invalidDate'],
    ['2025-02-03 13:00 PM', 'invalidDate'],
    ['2025-02-03 오전 9:00 AM', 'invalidDate'],
    ['Foo 3, 2025', 'invalidDate'],
    ['next Monday', 'invalidDate'],
    ['2025-02-30', 'impossibleDate'],
    ['2023-02-29', 'impossibleDate'],
    ['2025-13-01', 'impossibleDate'],
    ['2025-00-10', 'impossibleDate'],
    ['0000-01-01', 'impossibleDate'],
    ['2025.2.30.', 'impossibleDate'],
    ['2025년 2월 30일', 'impossibleDate'],
    ['20251301', 'impossibleDate'],
    ['13/13/2025', 'impossibleDate'],
    ['99/99/99', 'impossibleDate'],
    ['31 Feb 2025', 'impossibleDate'],
    ['04/05/16', 'ambiguousDate'],
    ['4/5/16', 'ambiguousDate'],
    ['03-04-2025', 'ambiguousDate'],
    ['3/1/23', 'ambiguousDate'],
    ['04/12/2016', 'ambiguousDate'],
    ['25.02.03', 'ambiguousDate'],
  ];

  test.each(cases)('%p is %p', (cell, problem) => {
    expect(problemOf(parseDate(cell))).toBe(problem);
  });

  test('impossible date names the text', () => {
    expect(parseDate(' 2025-02-30 ')).toEqual({ ok: false, problem: 'impossibleDate', detail: { detail: '2025-02-30' } });
    expect(parseDate('13/13/2025')).toEqual({ ok: false, problem: 'impossibleDate', detail: { detail: '13/13/2025' } });
  });

  test.each(['#REF!', '#N/A', '#VALUE!', '#DIV/0!', '#NAME?', '#NUM!', '#NULL!', '#ERROR!'])('formula error %s', (error) => {
    expect(parseDate(error)).toEqual({ ok: false, problem: 'formulaError', detail: { detail: error } });
  });

  test('formula error with spaces and lower case', () => {
    expect(parseDate(' #n/a ')).toEqual({ ok: false, problem: 'formulaError', detail: { detail: '#N/A' } });
  });
});

describe('parseDate declared order', () => {
  const cases: ReadonlyArray<readonly [string, DateOrder, string]> = [
    ['04/05/16', 'mdy', '2016-04-05'],
    ['04/05/16', 'dmy', '2016-05-04'],
    ['04/05/16', 'ymd', '2004-05-16'],
    ['03-04-2025', 'mdy', '2025-03-04'],
    ['03-04-2025', 'dmy', '2025-04-03'],
    ['25.02.03', 'ymd', '2025-02-03'],
    ['2025/2/3', 'dmy', '2025-02-03'],
    ['2025/2/3', 'mdy', '2025-02-03'],
    ['13/01/2025', 'ymd', '2025-01-13'],
  ];

  test.each(cases)('%p as %p is %p', (cell, dateOrder, expected) => {
    expect(parseDate(cell, { dateOrder })).toEqual({ ok: true, value: expected });
  });

  test('declared order rejects days outside it', () => {
    expect(problemOf(parseDate('13/01/2025', { dateOrder: 'mdy' }))).toBe('impossibleDate');
    expect(problemOf(parseDate('1/23/23', { dateOrder: 'dmy' }))).toBe('impossibleDate');
  });

  test('ymd cannot order a year at the end', () => {
    expect(problemOf(parseDate('04/05/2016', { dateOrder: 'ymd' }))).toBe('ambiguousDate');
    expect(problemOf(parseDate('2/3/25', { dateOrder: 'ymd' }))).toBe('ambiguousDate');
  });

  test('null order behaves as undeclared', () => {
    expect(problemOf(parseDate('04/05/16', { dateOrder: null }))).toBe('ambiguousDate');
  });
});

describe('parseDate far future', () => {
  test('9999-12-31 placeholder is a finding', () => {
    for (const cell of ['9999-12-31', '9999. 12. 31.', { date: '9999-12-31' }, { date: '2200-01-01' }]) {
      const result = parseDate(cell);
      expect(result.ok).toBe(false);
      expect(result.ok ? null : result.problem).toBe('dateOutOfRange');
    }
  });

  test('last accepted day is 2199-12-31', () => {
    expect(parseDate('2199-12-31')).toEqual({ ok: true, value: '2199-12-31' });
  });
});
