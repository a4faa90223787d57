import { DB, NPV, SLN } from '@formulajs/formulajs';
import fc from 'fast-check';
import { netPresentValue, monthlyDiscountRate } from '../../../src/core/finance/cashFlow';
import { decliningBalance, decliningBalanceRate, straightLine } from '../../../src/core/finance/depreciation';

/**
 * Cross-checks the calculators against @formulajs/formulajs, an independent implementation of the
 * spreadsheet functions SLN, DB and NPV, on generated cases. The seed keeps failures reproducible.
 */
const RUNS = { seed: 20250630, numRuns: 300 };

function numberOf(result: number | Error): number {
  if (result instanceof Error) {
    throw result;
  }
  return result;
}

function closeTo(actual: number, expected: number, scale: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, scale));
}

describe('straight-line against SLN', () => {
  test('monthly charge and accumulated', () => {
    const terms = fc
      .record({ cost: fc.integer({ min: 0, max: 5_000_000_000 }), salvageShare: fc.double({ min: 0, max: 1, noNaN: true }), usefulLifeMonths: fc.integer({ min: 1, max: 240 }) })
      .chain((base) => fc.record({ base: fc.constant(base), months: fc.integer({ min: 0, max: base.usefulLifeMonths }) }));

    fc.assert(
      fc.property(terms, ({ base, months }) => {
        const salvage = Math.floor(base.cost * base.salvageShare);
        const state = straightLine(base.cost, salvage, base.usefulLifeMonths, months);
        const monthly = numberOf(SLN(base.cost, salvage, base.usefulLifeMonths));

        closeTo(state.charge, monthly, base.cost);
        closeTo(state.accumulated, monthly * months, base.cost);
        closeTo(state.bookValue, base.cost - monthly * months, base.cost);
      }),
      RUNS,
    );
  });
});

describe('declining-balance against DB', () => {
  // DB rounds its rate to 3 decimals and ours rounds up, so the cases use salvage values whose exact rate
  // already has 3 decimals: salvage = cost × (1 − rate)^years, kept at or above 5% of cost.
  const cases = fc
    .record({
      cost: fc.integer({ min: 1_000, max: 5_000_000_000 }),
      thousandths: fc.integer({ min: 1, max: 999 }),
      years: fc.integer({ min: 1, max: 20 }),
    })
    .filter(({ thousandths, years }) => Math.pow(1 - thousandths / 1000, years) >= 0.05);

  test('rate matches DB rate', () => {
    fc.assert(
      fc.property(cases, ({ cost, thousandths, years }) => {
        const salvage = cost * Math.pow(1 - thousandths / 1000, years);
        expect(decliningBalanceRate(cost, salvage, years * 12)).toBe(thousandths / 1000);
      }),
      RUNS,
    );
  });

  test('period charges and months within periods', () => {
    const withMonth = cases.chain((base) => fc.record({ base: fc.constant(base), months: fc.integer({ min: 0, max: base.years * 12 }) }));

    fc.assert(
      fc.property(withMonth, ({ base, months }) => {
        const { cost, thousandths, years } = base;
        const salvage = cost * Math.pow(1 - thousandths / 1000, years);
        const state = decliningBalance(cost, salvage, years * 12, months);

        // Accumulated depreciation by the spreadsheet: whole periods from DB, then the current period pro rata.
        const wholePeriods = Math.floor(months / 12);
        const monthsIntoPeriod = months - wholePeriods * 12;
        let expected = 0;
        for (let period = 1; period <= wholePeriods; period += 1) {
          expected += numberOf(DB(cost, salvage, years, period));
        }
        if (monthsIntoPeriod > 0) {
          expected += (numberOf(DB(cost, salvage, years, wholePeriods + 1)) * monthsIntoPeriod) / 12;
        }

        closeTo(state.accumulated, expected, cost);
      }),
      RUNS,
    );
  });
});

describe('NPV against the spreadsheet NPV', () => {
  test('first month undiscounted', () => {
    const flows = fc.array(fc.integer({ min: -10_000_000, max: 10_000_000 }), { minLength: 1, maxLength: 72 });
    const annualRate = fc.double({ min: 0, max: 0.3, noNaN: true });

    fc.assert(
      fc.property(flows, annualRate, (nets, rate) => {
        const monthly = monthlyDiscountRate(rate);
        const spreadsheet = nets[0] + (nets.length > 1 ? numberOf(NPV(monthly, ...nets.slice(1))) : 0);
        const scale = nets.reduce((sum, net) => sum + Math.abs(net), 0);

        closeTo(netPresentValue(nets, monthly), spreadsheet, scale);
      }),
      RUNS,
    );
  });

  test('monthly rate compounds to the annual rate', () => {
    // (1 + 0.05)^(1/12) − 1 = 0.0040741237836483…. Twelve months compound back to 5%.
    expect(monthlyDiscountRate(0.05)).toBeCloseTo(0.0040741237836483, 15);
    expect(Math.pow(1 + monthlyDiscountRate(0.05), 12)).toBeCloseTo(1.05, 14);
  });
});
