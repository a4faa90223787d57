import { roundMoney } from './moneyRounding';

/** Cash flows of one calendar month. `month` is a calendarDate monthIndex (year × 12 + month − 1). */
export interface MonthlyCashFlow {
  readonly month: number;
  readonly cost: number;
  readonly benefit: number;
}

/** Returns the month as YYYY-MM. */
export function monthLabel(month: number): string {
  const year = Math.floor(month / 12);
  return `${String(year).padStart(4, '0')}-${String((month % 12) + 1).padStart(2, '0')}`;
}

/** Returns the monthly rate equivalent to an annual rate: (1 + r)^(1/12) − 1, so 12 months compound to r. */
export function monthlyDiscountRate(annualRate: number): number {
  return Math.pow(1 + annualRate, 1 / 12) - 1;
}

/**
 * Returns the net present value of monthly net cash flows at a monthly rate. The first month is not
 * discounted and month k (counted from 0) is divided by (1 + rate)^k. A spreadsheet's NPV discounts the
 * first value too, so this equals first + NPV(rate, rest).
 */
export function netPresentValue(nets: readonly number[], monthlyRate: number): number {
  let value = 0;
  for (let k = 0; k < nets.length; k += 1) {
    value += nets[k] / Math.pow(1 + monthlyRate, k);
  }
  return value;
}

/**
 * Returns the payback period in months, counting the first cash-flow month as 1. The payback month is the
 * first month, from the first month with a cost onward, in which the cumulative net (benefit − cost) is
 * zero or more. Returns null when there is no cost or the cumulative net never gets back to zero.
 * `flows` are consecutive months starting at the first cash-flow month. The cumulative net is compared
 * after rounding to the currency's minor unit, so floating-point dust cannot delay the payback month.
 */
export function paybackMonths(flows: readonly MonthlyCashFlow[], currency: string): number | null {
  const firstCostIndex = flows.findIndex((flow) => flow.cost !== 0);
  if (firstCostIndex < 0) {
    return null;
  }

  let cumulative = 0;
  for (let index = 0; index < flows.length; index += 1) {
    cumulative += flows[index].benefit - flows[index].cost;
    if (index >= firstCostIndex && roundMoney(cumulative, currency) >= 0) {
      return index + 1;
    }
  }
  return null;
}
