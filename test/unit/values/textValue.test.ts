import { parseId, parseIdList, parseText, TEXT_LIMIT } from '../../../src/core/values/textValue';
import type { CellValue } from '../../../src/core/workbook/port';

describe('parseText', () => {
  test('trims surrounding whitespace only', () => {
    expect(parseText('  Dell  Latitude\t5420 \n')).toEqual({ ok: true, value: 'Dell  Latitude\t5420' });
    expect(parseText('\u3000노트북\u00a0')).toEqual({ ok: true, value: '노트북' });
  });

  test('keeps inner line breaks', () => {
    expect(parseText('line one\nline two')).toEqual({ ok: true, value: 'line one\nline two' });
  });

  test('keeps placeholders as typed', () => {
    expect(parseText('-')).toEqual({ ok: true, value: '-' });
    expect(parseText('N/A')).toEqual({ ok: true, value: 'N/A' });
  });

  test('keeps right-to-left and emoji text', () => {
    expect(parseText('שלום 👋🏽')).toEqual({ ok: true, value: 'שלום 👋🏽' });
  });

  test.each(['', '   ', '\n\t'])('%p is empty', (cell) => {
    expect(parseText(cell)).toEqual({ ok: true, value: null });
  });

  test('other cell types as displayed', () => {
    expect(parseText(12.5)).toEqual({ ok: true, value: '12.5' });
    expect(parseText(true)).toEqual({ ok: true, value: 'TRUE' });
    expect(parseText({ date: '2025-02-03' })).toEqual({ ok: true, value: '2025-02-03' });
  });

  test('limit is inclusive', () => {
    const atLimit = 'a'.repeat(TEXT_LIMIT);
    expect(parseText(atLimit)).toEqual({ ok: true, value: atLimit });
  });

  test('over the limit is tooLong', () => {
    expect(parseText('가'.repeat(TEXT_LIMIT + 1))).toEqual({ ok: false, problem: 'tooLong', detail: { length: 50001, limit: 50000 } });
  });

  test('surrounding spaces do not count', () => {
    const text = 'a'.repeat(TEXT_LIMIT);
    expect(parseText(`  ${text}  `)).toEqual({ ok: true, value: text });
  });

  test('replacement character is a problem', () => {
    expect(parseText('Ã¼ber caf\ufffd')).toEqual({ ok: false, problem: 'replacementCharacter' });
  });

  test.each(['#REF!', '#N/A', '#VALUE!', '#DIV/0!', '#NAME?', '#NUM!', '#NULL!', '#ERROR!'])('formula error %s', (error) => {
    expect(parseText(error)).toEqual({ ok: false, problem: 'formulaError', detail: { detail: error } });
  });

  test('text starting with # is kept', () => {
    expect(parseText('#1 priority')).toEqual({ ok: true, value: '#1 priority' });
    expect(parseText('#REF')).toEqual({ ok: true, value: '#REF' });
  });
});

describe('parseId', () => {
  const cases: ReadonlyArray<readonly [CellValue, string]> = [
    ['0003', '0003'],
    [' 0003 ', '0003'],
    ['ICC-2065556', 'ICC-2065556'],
    ['970882174-8', '970882174-8'],
    [3, '3'],
    [3.0, '3'],
    [12.5, '12.5'],
    [-7, '-7'],
    [356938035643809, '356938035643809'],
    ['1E5', '1E5'],
    ['6.37702E15', '6.37702E15'],
    ['27aa8378-b0f4-4289-84a4-405da95c6147', '27aa8378-b0f4-4289-84a4-405da95c6147'],
    [true, 'TRUE'],
  ];

  test.each(cases)('%p is %p', (cell, expected) => {
    expect(parseId(cell)).toEqual({ ok: true, value: expected });
  });

  test.each(['', '  ', '-', 'N/A', '—'])('%p is empty', (cell) => {
    expect(parseId(cell)).toEqual({ ok: true, value: null });
  });

  test.each(['6.37702E+15', '5.02E+18', '3.74623E+14', '1E+15', '6.37702e+15', '1.23E-05'])('scientific text %p is damaged', (cell) => {
    expect(parseId(cell)).toEqual({ ok: false, problem: 'damagedId', detail: { detail: cell } });
  });

  test('16-digit number is damaged', () => {
    expect(parseId(6377020000000000)).toEqual({ ok: false, problem: 'damagedId', detail: { detail: '6.37702E+15' } });
    expect(parseId(5.02e18)).toEqual({ ok: false, problem: 'damagedId', detail: { detail: '5.02E+18' } });
  });

  test('non-finite number is damaged', () => {
    expect(parseId(Number.NaN)).toEqual({ ok: false, problem: 'damagedId', detail: { detail: 'NaN' } });
  });

  test('formula error', () => {
    expect(parseId('#REF!')).toEqual({ ok: false, problem: 'formulaError', detail: { detail: '#REF!' } });
  });
});

describe('parseIdList', () => {
  test('splits on comma, semicolon and line breaks', () => {
    expect(parseIdList('A-1, A-2;A-3\nA-4\r\nA-5\rA-6')).toEqual({ ok: true, value: ['A-1', 'A-2', 'A-3', 'A-4', 'A-5', 'A-6'] });
  });

  test('drops empty items and repeats', () => {
    expect(parseIdList(' CI-2 ,, CI-1 ; CI-2 ;\n;CI-1, ')).toEqual({ ok: true, value: ['CI-2', 'CI-1'] });
  });

  test('keeps leading zeros', () => {
    expect(parseIdList('0001, 0002')).toEqual({ ok: true, value: ['0001', '0002'] });
  });

  test('number cell is one id', () => {
    expect(parseIdList(42)).toEqual({ ok: true, value: ['42'] });
  });

  test.each(['', ' ', ',;', '\n', '-', ' , - , '])('%p is empty', (cell) => {
    expect(parseIdList(cell)).toEqual({ ok: true, value: null });
  });

  test('damaged item fails the list', () => {
    expect(parseIdList('A-1, 6.37702E+15')).toEqual({ ok: false, problem: 'damagedId', detail: { detail: '6.37702E+15' } });
  });

  test('formula error', () => {
    expect(parseIdList('#N/A')).toEqual({ ok: false, problem: 'formulaError', detail: { detail: '#N/A' } });
  });
});
