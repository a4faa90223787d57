import { monthIndex } from '../calendar/calendarDate';
import type { RecalcContext } from '../recalc/view';
import { indexAssetsByTag } from './assetIndex';
import { monthlyDiscountRate, netPresentValue, paybackMonths, type MonthlyCashFlow } from './cashFlow';
import { findDoubleAcquisitions } from './doubleAcquisition';
import { compareLabels } from './labelOrder';
import { readLedgerEntries } from './ledgerEntries';
import { countedPurchaseCost, readPurchaseCost } from './purchaseCost';
import { referenceKey, trimmedOrNull } from './referenceKey';

/** Return on one investment on the as-of date, in unrounded amounts. */
export interface InvestmentRoi {
  /** The Investment cell as first written in Assets, else in the ledger. */
  readonly investment: string;
  readonly cost: number;
  readonly benefit: number;
  /** (benefit − cost) ÷ cost as a ratio, null when cost is 0. */
  readonly roi: number | null;
  readonly paybackMonths: number | null;
  readonly npv: number;
  /** Every month from the first to the last cash-flow month, months without flows included. */
  readonly flows: readonly MonthlyCashFlow[];
}

export interface RoiResult {
  readonly investments: readonly InvestmentRoi[];
  readonly annualDiscountRate: number;
  readonly monthlyDiscountRate: number;
}

/**
 * Computes ROI per investment. Cost is the purchase costs of the investment's assets, each in its
 * purchase month, plus its cost entries. Benefit is its benefit entries. Entries after the as-of date and
 * acquisition entries that double a purchase cost are left out. An entry counts for the investment
 * named in its own Investment cell, not that of its asset.
 */
export function computeRoi(context: RecalcContext): RoiResult {
  const { asOf, settings } = context;
  const ledger = readLedgerEntries(context);
  const doubles = findDoubleAcquisitions(ledger.entries, indexAssetsByTag(context.data.assets));

  const byInvestment = new Map<string, { investment: string; months: Map<number, { cost: number; benefit: number }> }>();
  const add = (investmentText: string | null, month: number, cost: number, benefit: number): void => {
    const investment = trimmedOrNull(investmentText);
    if (investment === null) {
      return;
    }
    const key = referenceKey(investment);
    const group = byInvestment.get(key) ?? { investment, months: new Map() };
    byInvestment.set(key, group);
    const flow = group.months.get(month) ?? { cost: 0, benefit: 0 };
    flow.cost += cost;
    flow.benefit += benefit;
    group.months.set(month, flow);
  };

  for (const asset of context.data.assets) {
    const purchase = countedPurchaseCost(readPurchaseCost(asset, settings.currency), asOf);
    if (purchase !== null) {
      add(asset.investment, monthIndex(purchase.purchaseDate), purchase.amount, 0);
    } else if (trimmedOrNull(asset.investment) !== null) {
      // The investment is listed even before any of its costs count.
      add(asset.investment, monthIndex(asOf), 0, 0);
    }
  }
  for (const entry of ledger.entries) {
    if (doubles.has(entry.row)) {
      continue;
    }
    const isCost = entry.kind === 'cost';
    add(entry.investment, monthIndex(entry.date), isCost ? entry.amount : 0, isCost ? 0 : entry.amount);
  }

  const monthlyRate = monthlyDiscountRate(settings.npvDiscountRate);
  const investments = [...byInvestment.values()].map(({ investment, months }): InvestmentRoi => {
    const flows = consecutiveFlows(months);
    const cost = flows.reduce((sum, flow) => sum + flow.cost, 0);
    const benefit = flows.reduce((sum, flow) => sum + flow.benefit, 0);
    return {
      investment,
      cost,
      benefit,
      roi: cost === 0 ? null : (benefit - cost) / cost,
      paybackMonths: paybackMonths(flows, settings.currency),
      npv: netPresentValue(flows.map((flow) => flow.benefit - flow.cost), monthlyRate),
      flows,
    };
  });
  investments.sort((a, b) => compareLabels(a.investment, b.investment));

  return { investments, annualDiscountRate: settings.npvDiscountRate, monthlyDiscountRate: monthlyRate };
}

/** Lays the months with flows on a consecutive calendar, filling months without flows with zeros. */
function consecutiveFlows(months: ReadonlyMap<number, { cost: number; benefit: number }>): MonthlyCashFlow[] {
  const withFlows = [...months.entries()].filter(([, flow]) => flow.cost !== 0 || flow.benefit !== 0);
  if (withFlows.length === 0) {
    return [];
  }

  const first = Math.min(...withFlows.map(([month]) => month));
  const last = Math.max(...withFlows.map(([month]) => month));
  const flows: MonthlyCashFlow[] = [];
  for (let month = first; month <= last; month += 1) {
    const flow = months.get(month) ?? { cost: 0, benefit: 0 };
    flows.push({ month, cost: flow.cost, benefit: flow.benefit });
  }
  return flows;
}
