import { fiscalYearOf, type IsoDate } from '../calendar/calendarDate';
import type { Finding } from '../findings/finding';
import type { RecalcContext } from '../recalc/view';
import type { AssetRecord } from '../registers/records';
import { indexAssetsByTag } from './assetIndex';
import { indexCategories, type CategoryIndex } from './categoryDefaults';
import { compareLabels } from './labelOrder';
import { allocateSharedCosts, type CostShare } from './costAllocation';
import { findDoubleAcquisitions } from './doubleAcquisition';
import { registerFinding, type CellProblem } from '../findings/cellFinding';
import { readLedgerEntries, type LedgerEntry } from './ledgerEntries';
import { roundMoney } from './moneyRounding';
import { monthsInService } from './monthsInService';
import { countedPurchaseCost, readPurchaseCost } from './purchaseCost';
import { referenceKey, trimmedOrNull } from './referenceKey';

/** Total cost of ownership of one asset on the as-of date, in unrounded amounts. */
export interface AssetTco {
  readonly assetTag: string;
  readonly row: number;
  readonly name: string | null;
  /** Category name from the Categories tab, else the Category cell as typed, or null when blank. */
  readonly category: string | null;
  readonly department: string | null;
  readonly purchaseDate: IsoDate | null;
  /** Purchase cost when it is dated on or before the as-of date, else 0. */
  readonly acquisition: number;
  /** Cost entries linked to the asset by Asset Tag, without acquisition entries that double a purchase cost. */
  readonly ledgerCosts: number;
  /** Benefit entries of cost type disposal linked to the asset, subtracted from the total. */
  readonly disposalProceeds: number;
  readonly contractShare: number;
  readonly licenseShare: number;
  /** acquisition + ledgerCosts + contractShare + licenseShare − disposalProceeds. */
  readonly total: number;
  /** Months from the purchase month to the as-of month, both whole, not capped at the useful life. */
  readonly monthsInService: number | null;
  readonly totalPerMonth: number | null;
}

export interface TcoGroupTotal {
  /** Category or department, or null for the assets where it is blank. */
  readonly label: string | null;
  readonly assets: number;
  readonly total: number;
}

export interface TcoFiscalYearTotal {
  readonly fiscalYear: number;
  readonly total: number;
}

export interface TcoResult {
  readonly assets: readonly AssetTco[];
  readonly byCategory: readonly TcoGroupTotal[];
  readonly byDepartment: readonly TcoGroupTotal[];
  /** Each part of TCO falls in the fiscal year of its own date: purchase date or ledger date. */
  readonly byFiscalYear: readonly TcoFiscalYearTotal[];
  readonly shares: readonly CostShare[];
  /** Ledger rows left out for their currency, double-counted acquisitions and costs no asset carries. */
  readonly findings: readonly Finding[];
}

interface TcoAccumulator {
  readonly asset: AssetRecord;
  readonly assetTag: string;
  readonly purchaseDate: IsoDate | null;
  acquisition: number;
  ledgerCosts: number;
  disposalProceeds: number;
  contractShare: number;
  licenseShare: number;
}

/**
 * Computes TCO per asset: purchase cost + linked ledger costs + share of contract costs + share of
 * per-device license costs − disposal proceeds, with roll-ups by category, department and fiscal year.
 */
export function computeTco(context: RecalcContext): TcoResult {
  const { asOf, settings } = context;
  const ledger = readLedgerEntries(context);
  const assetsByTag = indexAssetsByTag(context.data.assets);
  const doubles = findDoubleAcquisitions(ledger.entries, assetsByTag);
  const allocation = allocateSharedCosts(context, ledger.entries, assetsByTag);
  const categories = indexCategories(context.data.categories);

  const accumulators = new Map<string, TcoAccumulator>();
  const fiscalYears = new Map<number, number>();
  const addToFiscalYear = (date: IsoDate, amount: number): void => {
    const year = fiscalYearOf(date, settings.fiscalYearStartMonth);
    fiscalYears.set(year, (fiscalYears.get(year) ?? 0) + amount);
  };

  for (const asset of context.data.assets) {
    if (asset.assetTag === null || accumulators.has(referenceKey(asset.assetTag))) {
      continue;
    }
    const purchase = countedPurchaseCost(readPurchaseCost(asset, settings.currency), asOf);
    accumulators.set(referenceKey(asset.assetTag), {
      asset,
      assetTag: asset.assetTag,
      purchaseDate: asset.purchaseDate,
      acquisition: purchase?.amount ?? 0,
      ledgerCosts: 0,
      disposalProceeds: 0,
      contractShare: 0,
      licenseShare: 0,
    });
    if (purchase !== null) {
      addToFiscalYear(purchase.purchaseDate, purchase.amount);
    }
  }

  for (const entry of ledger.entries) {
    const target = entry.assetTag === null ? undefined : accumulators.get(referenceKey(entry.assetTag));
    if (target === undefined || doubles.has(entry.row)) {
      continue;
    }
    if (entry.kind === 'cost') {
      target.ledgerCosts += entry.amount;
      addToFiscalYear(entry.date, entry.amount);
    } else if (entry.costType === 'disposal') {
      target.disposalProceeds += entry.amount;
      addToFiscalYear(entry.date, -entry.amount);
    }
  }

  for (const share of allocation.shares) {
    for (const tag of share.assetTags) {
      const target = accumulators.get(referenceKey(tag));
      if (target === undefined) {
        continue;
      }
      if (share.source === 'contract') {
        target.contractShare += share.share;
      } else {
        target.licenseShare += share.share;
      }
      addToFiscalYear(share.entry.date, share.share);
    }
  }

  const assets = [...accumulators.values()].map((accumulator) => assetTcoOf(accumulator, categories, asOf));
  const doubleProblems = [...doubles.values()].map(({ entry, asset }) => doubleAcquisitionProblem(entry, asset, settings.currency));
  const problems: CellProblem[] = [...doubleProblems, ...allocation.problems];

  return {
    assets,
    byCategory: groupTotals(assets, (asset) => asset.category),
    byDepartment: groupTotals(assets, (asset) => asset.department),
    byFiscalYear: [...fiscalYears.entries()].sort(([a], [b]) => a - b).map(([fiscalYear, total]) => ({ fiscalYear, total })),
    shares: allocation.shares,
    findings: [...ledger.findings, ...problems.map((problem) => registerFinding(context, problem))],
  };
}

function assetTcoOf(accumulator: TcoAccumulator, categories: CategoryIndex, asOf: IsoDate): AssetTco {
  const { asset, acquisition, ledgerCosts, disposalProceeds, contractShare, licenseShare } = accumulator;
  const total = acquisition + ledgerCosts + contractShare + licenseShare - disposalProceeds;
  const months = accumulator.purchaseDate === null ? null : monthsInService(accumulator.purchaseDate, asOf);
  const categoryText = trimmedOrNull(asset.category);

  return {
    assetTag: accumulator.assetTag,
    row: asset.row,
    name: asset.name,
    category: categoryText === null ? null : (categories.find(categoryText)?.name ?? categoryText),
    department: trimmedOrNull(asset.department),
    purchaseDate: accumulator.purchaseDate,
    acquisition,
    ledgerCosts,
    disposalProceeds,
    contractShare,
    licenseShare,
    total,
    monthsInService: months,
    totalPerMonth: months === null || months === 0 ? null : total / months,
  };
}

/** Sums TCO by a label compared with referenceKey. Groups are sorted by label with the blank group last. */
function groupTotals(assets: readonly AssetTco[], labelOf: (asset: AssetTco) => string | null): TcoGroupTotal[] {
  const groups = new Map<string, { label: string | null; assets: number; total: number }>();
  for (const asset of assets) {
    const label = labelOf(asset);
    const key = label === null ? '' : referenceKey(label);
    const group = groups.get(key) ?? { label, assets: 0, total: 0 };
    group.assets += 1;
    group.total += asset.total;
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => compareLabels(a.label, b.label));
}

function doubleAcquisitionProblem(entry: LedgerEntry, asset: AssetRecord, currency: string): CellProblem {
  return {
    register: 'ledger',
    row: entry.row,
    field: 'amount',
    value: String(entry.amount),
    severity: 'warning',
    code: 'finance.finding.doubleAcquisition',
    params: {
      assetTag: asset.assetTag ?? '',
      assetRow: asset.row,
      purchaseCost: asset.purchaseCost === null ? 0 : roundMoney(asset.purchaseCost.amount, currency),
    },
  };
}
