import { parseMoney } from '../../../src/core/values/moneyValue';
import type { Money, ParseResult } from '../../../src/core/values/parseResult';
import type { CellValue } from '../../../src/core/workbook/port';

function problemOf(result: ParseResult<Money>): string | undefined {
  return result.ok ? undefined : result.problem;
}

describe('parseMoney accepted forms', () => {
  const cases: ReadonlyArray<readonly [CellValue, number, string | null]> = [
    [1234000, 1234000, null],
    [-50000, -50000, null],
    [79.66, 79.66, null],
    [0, 0, null],
    [-0, 0, null],
    ['0', 0, null],
    ['1,234,000', 1234000, null],
    ['1234000', 1234000, null],
    ['₩1,234,000', 1234000, 'KRW'],
    ['￦1,234,000', 1234000, 'KRW'],
    ['₩ 1,234,000', 1234000, 'KRW'],
    ['1,234,000원', 1234000, 'KRW'],
    ['1,234,000 원', 1234000, 'KRW'],
    ['₩1,234,000원', 1234000, 'KRW'],
    ['KRW 1,000', 1000, 'KRW'],
    ['krw 1,000', 1000, 'KRW'],
    ['1,000 KRW', 1000, 'KRW'],
    ['120만원', 1200000, 'KRW'],
    ['120만', 1200000, null],
    ['120 만원', 1200000, 'KRW'],
    ['1,200만원', 12000000, 'KRW'],
    ['1억 2천만원', 120000000, 'KRW'],
    ['1억2천만원', 120000000, 'KRW'],
    ['1억2000만원', 120000000, 'KRW'],
    ['1억 2,000만원', 120000000, 'KRW'],
    ['2천5백만원', 25000000, 'KRW'],
    ['2천500만원', 25000000, 'KRW'],
    ['3천원', 3000, 'KRW'],
    ['5백원', 500, 'KRW'],
    ['만원', 10000, 'KRW'],
    ['천만원', 10000000, 'KRW'],
    ['1만 5천원', 15000, 'KRW'],
    ['1만5000원', 15000, 'KRW'],
    ['1억 2천만 5천원', 120005000, 'KRW'],
    ['2억원', 200000000, 'KRW'],
    ['1조 5천억원', 1500000000000, 'KRW'],
    ['1조 3000만원', 1000030000000, 'KRW'],
    ['1.5억', 150000000, null],
    ['1.15만원', 11500, 'KRW'],
    ['-120만원', -1200000, 'KRW'],
    ['$79.66', 79.66, 'USD'],
    ['US$79.66', 79.66, 'USD'],
    ['USD 79.66', 79.66, 'USD'],
    ['USD79.66', 79.66, 'USD'],
    ['79.66 USD', 79.66, 'USD'],
    ['79.66달러', 79.66, 'USD'],
    ['$12.58', 12.58, 'USD'],
    ['-$5.00', -5, 'USD'],
    ['$-5.00', -5, 'USD'],
    ['€12', 12, 'EUR'],
    ['€1,200.50', 1200.5, 'EUR'],
    ['£3.50', 3.5, 'GBP'],
    ['¥1,000', 1000, 'JPY'],
    ['1,000엔', 1000, 'JPY'],
    ['CN¥88', 88, 'CNY'],
    ['-50,000', -50000, null],
    ['−50,000', -50000, null],
    ['－50,000', -50000, null],
    ['+50,000', 50000, null],
    ['(50,000)', -50000, null],
    ['(₩50,000)', -50000, 'KRW'],
    ['($79.66)', -79.66, 'USD'],
    ['1,234.5', 1234.5, null],
    ['0.5', 0.5, null],
    ['.5', 0.5, null],
    ['-0', 0, null],
    ['１２３', 123, null],
    ['１，２３４원', 1234, 'KRW'],
    ['9,007,199,254,740,991', Number.MAX_SAFE_INTEGER, null],
  ];

  test.each(cases)('%p is %p %p', (cell, amount, currency) => {
    expect(parseMoney(cell)).toEqual({ ok: true, value: { amount, currency } });
  });

  test('negative zero becomes zero', () => {
    // toEqual tells 0 and -0 apart.
    expect(parseMoney('-0')).toEqual({ ok: true, value: { amount: 0, currency: null } });
    expect(parseMoney(-0)).toEqual({ ok: true, value: { amount: 0, currency: null } });
  });
});

describe('parseMoney empty cells', () => {
  test.each(['', '   ', '-', '—', 'N/A', 'n/a'])('%p is empty', (cell) => {
    expect(parseMoney(cell)).toEqual({ ok: true, value: null });
  });
});

describe('parseMoney problems', () => {
  const invalid: readonly CellValue[] = [
    true,
    false,
    { date: '2025-02-03' },
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    Number.MAX_SAFE_INTEGER + 2,
    -1e300,
    '9,007,199,254,740,993',
    '1' + '0'.repeat(400),
    '약 100만원',
    '100 USD approx',
    '12abc',
    'abc',
    'ABC 12',
    '1,23,4',
    '1,00,000',
    '12,50',
    '€12,50',
    '1.234.567',
    '1 234 000',
    '1,234,',
    ',100',
    '1..5',
    '5.',
    '1e6',
    '1.5E+6',
    '50%',
    '--5',
    '+-5',
    '(-50,000)',
    '-(50,000)',
    '(50,000',
    '₩100 USD',
    '$100원',
    '원',
    '$',
    '1억 5천',
    '1억 5000',
    '1억 5천원',
    '1억 12000만원',
    '1만 50000원',
    '만억',
    '1천2천원',
    '5백2천만원',
    '2천 5000만',
    '1억\n2천만원',
    '500 2천만원',
  ];

  test.each(invalid)('%p is invalidMoney', (cell) => {
    expect(problemOf(parseMoney(cell))).toBe('invalidMoney');
  });

  test.each(['#REF!', '#N/A', '#VALUE!'])('formula error %s', (error) => {
    expect(parseMoney(error)).toEqual({ ok: false, problem: 'formulaError', detail: { detail: error } });
  });
});
