import { monthLabel, netPresentValue, paybackMonths, type MonthlyCashFlow } from '../../../src/core/finance/cashFlow';

function flows(...pairs: Array<[cost: number, benefit: number]>): MonthlyCashFlow[] {
  return pairs.map(([cost, benefit], index) => ({ month: 24288 + index, cost, benefit }));
}

describe('paybackMonths', () => {
  test('cost first then benefits', () => {
    // Cumulative net: −1,000 | −600 | −200 | +200, so month 4.
    expect(paybackMonths(flows([1000, 0], [0, 400], [0, 400], [0, 400]), 'KRW')).toBe(4);
  });

  test('reaching exactly zero counts', () => {
    // −1,000 | −500 | 0.
    expect(paybackMonths(flows([1000, 0], [0, 500], [0, 500]), 'KRW')).toBe(3);
  });

  test('benefit and cost in the same month', () => {
    expect(paybackMonths(flows([100, 150]), 'KRW')).toBe(1);
  });

  test('benefits before costs', () => {
    // Month 1 is the first benefit. The cost in month 2 sends the cumulative net to −200. Month 4 brings it to +50.
    expect(paybackMonths(flows([0, 100_000], [300_000, 0], [0, 0], [0, 250_000]), 'KRW')).toBe(4);
  });

  test('earlier benefits can cover the first cost at once', () => {
    // +500, then −300 leaves +200 in the cost month itself.
    expect(paybackMonths(flows([0, 500], [300, 0]), 'KRW')).toBe(2);
  });

  test('never paid back is null', () => {
    expect(paybackMonths(flows([120_000, 0]), 'KRW')).toBeNull();
    expect(paybackMonths(flows([1000, 0], [0, 999]), 'KRW')).toBeNull();
  });

  test('no cost is null', () => {
    expect(paybackMonths(flows([0, 100]), 'KRW')).toBeNull();
    expect(paybackMonths([], 'KRW')).toBeNull();
  });

  test('fractions below the minor unit do not delay payback', () => {
    // 0.1 + 0.2 − 0.3 is 5.6e-17 in binary. In cents the cumulative net is 0.
    expect(paybackMonths(flows([0.3, 0], [0, 0.1], [0, 0.2]), 'USD')).toBe(3);
  });
});

describe('netPresentValue', () => {
  test('first month undiscounted', () => {
    expect(netPresentValue([-1000], 0.01)).toBe(-1000);
    // −1,000 + 1,010 ÷ 1.01 = 0.
    expect(netPresentValue([-1000, 1010], 0.01)).toBeCloseTo(0, 9);
    // −1,000 + 0 + 1,020.1 ÷ 1.01² = 0.
    expect(netPresentValue([-1000, 0, 1020.1], 0.01)).toBeCloseTo(0, 9);
  });

  test('zero rate sums the flows', () => {
    expect(netPresentValue([-300, 100, 250], 0)).toBe(50);
  });
});

describe('monthLabel', () => {
  test('month index to YYYY-MM', () => {
    // 2024 × 12 + 0 is January 2024.
    expect(monthLabel(24288)).toBe('2024-01');
    expect(monthLabel(24288 + 11)).toBe('2024-12');
  });
});
