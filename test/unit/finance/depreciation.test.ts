import {
  decliningBalance,
  decliningBalanceRate,
  decliningBalanceResidual,
  depreciate,
  straightLine,
} from '../../../src/core/finance/depreciation';

describe('straightLine', () => {
  test('monthly charge times months', () => {
    const state = straightLine(1_200_000, 0, 60, 10);
    // (1,200,000 − 0) ÷ 60 = 20,000 a month. 20,000 × 10 = 200,000.
    expect(state.charge).toBe(20_000);
    expect(state.chargeBasis).toBe('monthly');
    expect(state.accumulated).toBe(200_000);
    expect(state.bookValue).toBe(1_000_000);
    expect(state.fullyDepreciated).toBe(false);
    expect(state.rate).toBeNull();
  });

  test('final month reaches salvage exactly', () => {
    const state = straightLine(1_200_000, 100_000, 36, 36);
    // (1,200,000 − 100,000) ÷ 36 = 30,555.55… a month, which does not sum back exactly in binary.
    expect(state.charge).toBeCloseTo(30_555.5556, 4);
    expect(state.accumulated).toBe(1_100_000);
    expect(state.bookValue).toBe(100_000);
    expect(state.fullyDepreciated).toBe(true);
  });

  test('zero months leaves cost', () => {
    const state = straightLine(500_000, 0, 60, 0);
    expect(state.accumulated).toBe(0);
    expect(state.bookValue).toBe(500_000);
  });
});

describe('decliningBalanceRate', () => {
  test.each([
    // 1 − 0.05^(1/years), rounded up to 3 decimals.
    [24, 0.777], // 1 − 0.05^(1/2) = 0.77639
    [36, 0.632], // 0.63160
    [48, 0.528], // 0.52713
    [60, 0.451], // 0.45072
    [72, 0.394], // 0.39304
    [120, 0.259], // 0.25887
  ])('%i months gives %p', (months, rate) => {
    expect(decliningBalanceRate(1_000_000, 0, months)).toBe(rate);
  });

  test('salvage above 5% sets the residual', () => {
    // 1 − (400,000 ÷ 2,000,000)^(1/3) = 1 − 0.2^(1/3) = 0.415196 → 0.416.
    expect(decliningBalanceRate(2_000_000, 400_000, 36)).toBe(0.416);
    expect(decliningBalanceResidual(2_000_000, 400_000)).toBe(400_000);
  });

  test('salvage below 5% uses 5% of cost', () => {
    expect(decliningBalanceResidual(1_000_000, 10_000)).toBe(50_000);
    expect(decliningBalanceRate(1_000_000, 10_000, 60)).toBe(0.451);
  });

  test('zero cost or salvage equal to cost gives rate 0', () => {
    expect(decliningBalanceRate(0, 0, 60)).toBe(0);
    expect(decliningBalanceRate(300_000, 300_000, 60)).toBe(0);
  });
});

describe('decliningBalance', () => {
  const cost = 1_000_000;

  test('first full period', () => {
    const state = decliningBalance(cost, 0, 60, 12);
    // 0.451 × 1,000,000 = 451,000.
    expect(state.rate).toBe(0.451);
    expect(state.period).toBe(1);
    expect(state.monthsIntoPeriod).toBe(12);
    expect(state.charge).toBeCloseTo(451_000, 6);
    expect(state.accumulated).toBeCloseTo(451_000, 6);
    expect(state.bookValue).toBeCloseTo(549_000, 6);
  });

  test('part of the second period', () => {
    const state = decliningBalance(cost, 0, 60, 18);
    // Period 2 opens at 549,000 and charges 0.451 × 549,000 = 247,599 a year. 6 months are 123,799.5.
    expect(state.period).toBe(2);
    expect(state.periodOpeningBookValue).toBeCloseTo(549_000, 6);
    expect(state.charge).toBeCloseTo(247_599, 6);
    expect(state.monthsIntoPeriod).toBe(6);
    expect(state.bookValue).toBeCloseTo(425_200.5, 6);
    expect(state.accumulated).toBeCloseTo(574_799.5, 6);
  });

  test('month 59 follows the schedule', () => {
    const state = decliningBalance(cost, 0, 60, 59);
    // Period openings: 1,000,000 → 549,000 → 301,401 → 165,469.149 → 90,842.562801.
    // Period 5 charges 0.451 × 90,842.562801 = 40,969.995823251 a year. 11 months are 37,555.82950464675.
    expect(state.period).toBe(5);
    expect(state.periodOpeningBookValue).toBeCloseTo(90_842.562801, 6);
    expect(state.bookValue).toBeCloseTo(53_286.73329635325, 6);
    expect(state.fullyDepreciated).toBe(false);
  });

  test('final month brings book value to 5% of cost', () => {
    const state = decliningBalance(cost, 0, 60, 60);
    expect(state.bookValue).toBe(50_000);
    expect(state.accumulated).toBe(950_000);
    expect(state.fullyDepreciated).toBe(true);
  });

  test('salvage above 5% is the end value', () => {
    // Rate 0.416: 2,000,000 → 1,168,000 → 682,112. Period 3 charges 0.416 × 682,112 = 283,758.592 a year.
    expect(decliningBalance(2_000_000, 400_000, 36, 12).bookValue).toBeCloseTo(1_168_000, 6);
    expect(decliningBalance(2_000_000, 400_000, 36, 24).bookValue).toBeCloseTo(682_112, 6);
    // 11 months of period 3: 682,112 − 283,758.592 × 11 ÷ 12 = 421,999.957333…
    expect(decliningBalance(2_000_000, 400_000, 36, 35).bookValue).toBeCloseTo(421_999.957333, 5);
    expect(decliningBalance(2_000_000, 400_000, 36, 36).bookValue).toBe(400_000);
  });

  test('partial last period is pro rata', () => {
    // 30 months is 2.5 years: 1 − 0.05^(12/30) = 0.69829 → 0.699.
    // 1,000,000 → 301,000 → 90,601. Period 3 has 6 months and charges 0.699 × 90,601 = 63,330.099 a year.
    const three = decliningBalance(cost, 0, 30, 27);
    expect(three.rate).toBe(0.699);
    expect(three.period).toBe(3);
    expect(three.monthsIntoPeriod).toBe(3);
    // 90,601 − 63,330.099 × 3 ÷ 12 = 74,768.47525.
    expect(three.bookValue).toBeCloseTo(74_768.47525, 6);
    // 90,601 − 63,330.099 × 5 ÷ 12 = 64,213.45875.
    expect(decliningBalance(cost, 0, 30, 29).bookValue).toBeCloseTo(64_213.45875, 6);
    expect(decliningBalance(cost, 0, 30, 30).bookValue).toBe(50_000);
  });

  test('book value never goes below the residual', () => {
    // A 240-month life rounds 0.13911 up to 0.140, which reaches 5% of cost one month early.
    const state = decliningBalance(cost, 0, 240, 239);
    expect(state.rate).toBe(0.14);
    expect(state.bookValue).toBe(50_000);
    expect(decliningBalance(cost, 0, 240, 238).bookValue).toBeGreaterThan(50_000);
  });

  test('useful life shorter than a year', () => {
    // 6 months: 1 − 0.05^(12/6) = 0.9975 → 0.998. 3 months charge 0.998 × 1,000,000 × 3 ÷ 12 = 249,500.
    const state = decliningBalance(cost, 0, 6, 3);
    expect(state.rate).toBe(0.998);
    expect(state.bookValue).toBeCloseTo(750_500, 6);
    expect(decliningBalance(cost, 0, 6, 6).bookValue).toBe(50_000);
  });
});

describe('depreciate', () => {
  test('dispatches by method', () => {
    expect(depreciate({ method: 'straight_line', cost: 600, salvage: 0, usefulLifeMonths: 6 }, 3).bookValue).toBe(300);
    expect(depreciate({ method: 'declining_balance', cost: 1_000_000, salvage: 0, usefulLifeMonths: 60 }, 60).bookValue).toBe(50_000);
  });

  test.each([
    [{ method: 'straight_line' as const, cost: -1, salvage: 0, usefulLifeMonths: 60 }, 1, 'Cost'],
    [{ method: 'straight_line' as const, cost: 100, salvage: 200, usefulLifeMonths: 60 }, 1, 'Salvage'],
    [{ method: 'straight_line' as const, cost: 100, salvage: 0, usefulLifeMonths: 0 }, 0, 'Useful life'],
    [{ method: 'straight_line' as const, cost: 100, salvage: 0, usefulLifeMonths: 12.5 }, 1, 'Useful life'],
    [{ method: 'declining_balance' as const, cost: 100, salvage: 0, usefulLifeMonths: 12 }, 13, 'Months in service'],
  ])('rejects invalid terms %#', (terms, months, message) => {
    expect(() => depreciate(terms, months)).toThrow(message);
  });
});
