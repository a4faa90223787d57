import { parseEmails } from '../../../src/core/values/emailValue';
import type { CellValue } from '../../../src/core/workbook/port';

describe('parseEmails accepted forms', () => {
  const cases: ReadonlyArray<readonly [string, readonly string[]]> = [
    ['kim@example.com', ['kim@example.com']],
    [' kim@example.com ', ['kim@example.com']],
    ['kim@example.com, lee@example.co.kr', ['kim@example.com', 'lee@example.co.kr']],
    ['kim@example.com;lee@example.com', ['kim@example.com', 'lee@example.com']],
    ['kim@example.com\nlee@example.com\r\npark@example.com', ['kim@example.com', 'lee@example.com', 'park@example.com']],
    ['Kim Minsu <kim@example.com>', ['kim@example.com']],
    ['"Kim Minsu" <kim@example.com>; <lee@example.com>', ['kim@example.com', 'lee@example.com']],
    ['김민수 <kim@example.com>', ['kim@example.com']],
    ['first.last+itam@mail.example.com', ['first.last+itam@mail.example.com']],
    ['o\'brien@example.ie', ["o'brien@example.ie"]],
    ['user@xn--3e0b707e.xn--3e0b707e', ['user@xn--3e0b707e.xn--3e0b707e']],
    ['담당자@회사.한국', ['담당자@회사.한국']],
    ['kim@example.com, KIM@Example.com', ['kim@example.com']],
    ['kim@example.com,, ;lee@example.com,', ['kim@example.com', 'lee@example.com']],
  ];

  test.each(cases)('%p', (cell, expected) => {
    expect(parseEmails(cell)).toEqual({ ok: true, value: expected });
  });

  test.each(['', '  ', ',', '-', 'N/A'])('%p is empty', (cell) => {
    expect(parseEmails(cell)).toEqual({ ok: true, value: null });
  });
});

describe('parseEmails problems', () => {
  const cases: ReadonlyArray<readonly [CellValue, string]> = [
    ['kim', 'kim'],
    ['kim@', 'kim@'],
    ['@example.com', '@example.com'],
    ['kim@example', 'kim@example'],
    ['kim@example.c', 'kim@example.c'],
    ['kim@@example.com', 'kim@@example.com'],
    ['kim lee@example.com', 'kim lee@example.com'],
    ['kim@exa mple.com', 'kim@exa mple.com'],
    ['kim.@example.com', 'kim.@example.com'],
    ['.kim@example.com', '.kim@example.com'],
    ['kim..lee@example.com', 'kim..lee@example.com'],
    ['kim@example..com', 'kim@example..com'],
    ['kim@-example.com', 'kim@-example.com'],
    ['kim@example.com.', 'kim@example.com.'],
    ['Kim <kim@example>', 'Kim <kim@example>'],
    ['Kim <kim@example.com', 'Kim <kim@example.com'],
    ['ok@example.com, bad, worse', 'bad'],
    [`${'a'.repeat(250)}@example.com`, `${'a'.repeat(250)}@example.com`],
    [42, '42'],
    [true, 'true'],
    [{ date: '2025-02-03' }, '2025-02-03'],
  ];

  test.each(cases)('%p names %p', (cell, address) => {
    expect(parseEmails(cell)).toEqual({ ok: false, problem: 'invalidEmail', detail: { address } });
  });

  test('formula error', () => {
    expect(parseEmails('#REF!')).toEqual({ ok: false, problem: 'formulaError', detail: { detail: '#REF!' } });
  });
});
