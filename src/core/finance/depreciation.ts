import type { DepreciationMethod } from '../registers/records';

/**
 * Depreciation of one asset by month (월할), from its cost, salvage value, useful life and months in
 * service. Amounts are unrounded. Callers round only the figures they show.
 */

export interface DepreciationTerms {
  readonly method: DepreciationMethod;
  readonly cost: number;
  /** Salvage value as entered, 0 when blank. */
  readonly salvage: number;
  readonly usefulLifeMonths: number;
}

export interface DepreciationState {
  readonly method: DepreciationMethod;
  /** Declining-balance annual rate, or null for straight-line. */
  readonly rate: number | null;
  /** Book value at the end of the useful life: the salvage value, or 5% of cost for declining-balance when salvage is below that. */
  readonly residualValue: number;
  readonly monthsInService: number;
  /** Straight-line: the monthly charge. Declining-balance: the annual charge of the current 12-month period. */
  readonly charge: number;
  readonly chargeBasis: 'monthly' | 'annual';
  /** Declining-balance only: the 12-month period (1-based) that contains the last month in service. */
  readonly period: number | null;
  /** Declining-balance only: book value at the start of that period. */
  readonly periodOpeningBookValue: number | null;
  /** Declining-balance only: months of that period already in service. */
  readonly monthsIntoPeriod: number | null;
  readonly accumulated: number;
  readonly bookValue: number;
  /** True once the final month of the useful life is in service. */
  readonly fullyDepreciated: boolean;
}

/** Share of cost that declining-balance leaves at the end of the useful life when the salvage value is smaller. */
export const DECLINING_BALANCE_MINIMUM_RESIDUAL = 0.05;

/** Depreciates by the asset's method. Throws on terms that callers must have rejected as findings. */
export function depreciate(terms: DepreciationTerms, monthsInService: number): DepreciationState {
  validateTerms(terms, monthsInService);
  return terms.method === 'straight_line'
    ? straightLine(terms.cost, terms.salvage, terms.usefulLifeMonths, monthsInService)
    : decliningBalance(terms.cost, terms.salvage, terms.usefulLifeMonths, monthsInService);
}

/**
 * Straight-line (정액법): monthly charge = (cost − salvage) ÷ useful-life months, accumulated = charge ×
 * months in service, book value = cost − accumulated. The final month sets accumulated to cost − salvage
 * exactly, so that floating-point sums cannot leave a fraction of a won.
 */
export function straightLine(cost: number, salvage: number, usefulLifeMonths: number, monthsInService: number): DepreciationState {
  const charge = (cost - salvage) / usefulLifeMonths;
  const fullyDepreciated = monthsInService === usefulLifeMonths;
  const accumulated = fullyDepreciated ? cost - salvage : charge * monthsInService;

  return {
    method: 'straight_line',
    rate: null,
    residualValue: salvage,
    monthsInService,
    charge,
    chargeBasis: 'monthly',
    period: null,
    periodOpeningBookValue: null,
    monthsIntoPeriod: null,
    accumulated,
    bookValue: cost - accumulated,
    fullyDepreciated,
  };
}

/** Returns the book value declining-balance ends at: salvage, or 5% of cost when salvage is below that. */
export function decliningBalanceResidual(cost: number, salvage: number): number {
  return Math.max(salvage, cost * DECLINING_BALANCE_MINIMUM_RESIDUAL);
}

/**
 * Returns the declining-balance annual rate r = 1 − (residual ÷ cost)^(1 ÷ years), rounded up to three
 * decimals: 0.45072 becomes 0.451 for 5 years, the rate of the Korean corporate tax table. Years are
 * useful-life months ÷ 12, so a 30-month life uses 2.5 years.
 */
export function decliningBalanceRate(cost: number, salvage: number, usefulLifeMonths: number): number {
  if (cost === 0) {
    return 0;
  }

  const residual = decliningBalanceResidual(cost, salvage);
  const exact = 1 - Math.pow(residual / cost, 12 / usefulLifeMonths);

  // The tolerance keeps a rate that is exactly 0.451 in decimal, but 0.45100000000000001 in binary, at 0.451.
  return Math.max(0, Math.ceil(exact * 1000 - 1e-9) / 1000);
}

/**
 * Declining-balance (정률법): 12-month periods run from the acquisition month. Each period charges
 * rate × the book value at its start, spread evenly over its months, and a shorter last period charges
 * only its months. The book value never goes below the residual value, and the final month of the useful
 * life brings it to the residual value exactly.
 */
export function decliningBalance(cost: number, salvage: number, usefulLifeMonths: number, monthsInService: number): DepreciationState {
  const rate = decliningBalanceRate(cost, salvage, usefulLifeMonths);
  const residual = decliningBalanceResidual(cost, salvage);

  let bookValue = cost;
  let period = 1;
  let periodOpeningBookValue = cost;
  let monthsIntoPeriod = 0;
  for (let start = 0; start < monthsInService; start += 12) {
    period = start / 12 + 1;
    periodOpeningBookValue = bookValue;
    monthsIntoPeriod = Math.min(12, monthsInService - start);

    const scheduled = periodOpeningBookValue - (rate * periodOpeningBookValue * monthsIntoPeriod) / 12;
    const reachesEndOfLife = start + monthsIntoPeriod === usefulLifeMonths;
    bookValue = reachesEndOfLife ? residual : Math.max(residual, scheduled);
  }

  return {
    method: 'declining_balance',
    rate,
    residualValue: residual,
    monthsInService,
    charge: rate * periodOpeningBookValue,
    chargeBasis: 'annual',
    period,
    periodOpeningBookValue,
    monthsIntoPeriod,
    accumulated: cost - bookValue,
    bookValue,
    fullyDepreciated: monthsInService === usefulLifeMonths,
  };
}

function validateTerms(terms: DepreciationTerms, monthsInService: number): void {
  const { cost, salvage, usefulLifeMonths } = terms;
  if (!Number.isFinite(cost) || cost < 0) {
    throw new RangeError(`Cost must be a finite amount of at least 0, not ${cost}.`);
  }
  if (!Number.isFinite(salvage) || salvage < 0 || salvage > cost) {
    throw new RangeError(`Salvage value must be between 0 and the cost ${cost}, not ${salvage}.`);
  }
  if (!Number.isInteger(usefulLifeMonths) || usefulLifeMonths < 1) {
    throw new RangeError(`Useful life must be a whole number of months of at least 1, not ${usefulLifeMonths}.`);
  }
  if (!Number.isInteger(monthsInService) || monthsInService < 0 || monthsInService > usefulLifeMonths) {
    throw new RangeError(`Months in service must be a whole number from 0 to ${usefulLifeMonths}, not ${monthsInService}.`);
  }
}
