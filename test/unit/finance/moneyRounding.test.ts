import { currencyDecimals, roundMoney } from '../../../src/core/finance/moneyRounding';

describe('roundMoney', () => {
  test.each([
    // [amount, currency, expected]
    [1234.5, 'KRW', 1235], // half away from zero
    [-1234.5, 'KRW', -1235],
    [1234.4999, 'KRW', 1234],
    [0.4, 'KRW', 0],
    [99.5, 'JPY', 100],
    [1.005, 'USD', 1.01], // Math.round(1.005 * 100) / 100 gives 1.00
    [-1.005, 'USD', -1.01],
    [2.675, 'EUR', 2.68],
    [1.0005, 'KWD', 1.001],
    [1e-7, 'USD', 0],
    [1e21, 'KRW', 1e21],
  ])('%p %s rounds to %p', (amount, currency, expected) => {
    expect(roundMoney(amount, currency)).toBe(expected);
  });

  test('binary noise below 15 digits does not move a half', () => {
    // 0.018 × 3,000 ÷ 12 is 4.5 in decimal arithmetic but 4.499999999999999 in binary.
    const monthlyCharge = (0.018 * 3000) / 12;
    expect(monthlyCharge).toBeLessThan(4.5);
    expect(roundMoney(monthlyCharge, 'KRW')).toBe(5);
    expect(roundMoney(-monthlyCharge, 'KRW')).toBe(-5);
  });

  test('negative zero becomes zero', () => {
    expect(Object.is(roundMoney(-0.4, 'KRW'), 0)).toBe(true);
  });

  test('non-finite amount throws', () => {
    expect(() => roundMoney(Number.NaN, 'KRW')).toThrow('not a finite number');
  });
});

describe('currencyDecimals', () => {
  test('minor units by currency', () => {
    expect(currencyDecimals('KRW')).toBe(0);
    expect(currencyDecimals('jpy')).toBe(0);
    expect(currencyDecimals('USD')).toBe(2);
    expect(currencyDecimals('XYZ')).toBe(2);
    expect(currencyDecimals('BHD')).toBe(3);
  });
});
