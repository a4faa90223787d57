import { distinctValues } from '../../../src/core/sidebar/assetForm';
import { formatMoney, rowLink } from '../../../src/core/sidebar/panelText';

describe('formatMoney', () => {
  test.each([
    ['ko', 1234000, 'KRW', '1,234,000원'],
    ['en', 1234000, 'KRW', '1,234,000 KRW'],
    ['ko', 1234.5, 'KRW', '1,235원'],
    ['en', 12.345, 'USD', '12.35 USD'],
    ['en', -1200, 'USD', '-1,200 USD'],
  ] as const)('%s %p %s', (lang, amount, currency, text) => {
    expect(formatMoney(lang, amount, currency)).toBe(text);
  });
});

test('row link text in both languages', () => {
  expect(rowLink('ko', '자산', 1234)).toEqual({ sheetName: '자산', row: 1234, text: '자산 1234행' });
  expect(rowLink('en', 'Assets', 7)).toEqual({ sheetName: 'Assets', row: 7, text: 'Assets row 7' });
});

test('suggestions drop repeats and sort by language', () => {
  expect(distinctValues('ko', ['인프라팀', ' 개발팀 '], [null, '개발팀', 'IT', '', '가나팀'])).toEqual(['가나팀', '개발팀', '인프라팀', 'IT']);
  expect(distinctValues('en', ['beta', 'Alpha'], ['BETA', 'gamma'])).toEqual(['Alpha', 'beta', 'gamma']);
});
