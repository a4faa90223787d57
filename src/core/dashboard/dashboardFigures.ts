import { roundMoney } from '../finance/moneyRounding';
import type { TcoGroupTotal } from '../finance/tco';
import { STATUS_KEYS } from '../lifecycle/lifecycleSummary';
import { depreciationOf, tcoOf } from '../recalc/sharedCalculations';
import type { RecalcContext } from '../recalc/view';
import type { AssetStatus } from '../registers/records';
import type { RenewalItem } from '../renewals/renewalSchedule';
import { licenseComplianceOf, renewalsOf, riskRegisterOf } from '../risk/riskRegister';
import type { RiskAmount } from '../risk/riskItem';

/** Renewal windows of the dashboard in calendar days, each counted from the as-of date. */
export const RENEWAL_WINDOWS = [30, 90] as const;

export interface DashboardFigures {
  readonly statusCounts: readonly { readonly status: AssetStatus; readonly count: number }[];
  /** Rows of the Assets tab with an Asset Tag. */
  readonly assetCount: number;
  /** Sum of every asset's TCO, rounded once as the TCO sheet's total row is. */
  readonly totalTco: number;
  /** Sum of every depreciation line's book value, rounded once as the Depreciation sheet's total row is. */
  readonly totalBookValue: number;
  readonly overDeployedLicenses: number;
  /** Exposure of the over-deployed licenses summed per currency, the workbook currency first. */
  readonly exposure: readonly RiskAmount[];
  /** Over-deployed licenses whose Unit Cost is blank, so their exposure is unknown. */
  readonly exposureUnknown: number;
  /** Renewal items with a deadline from the as-of date through each window's last day, in RENEWAL_WINDOWS order. */
  readonly renewalsWithin: readonly { readonly days: number; readonly count: number }[];
  /** High risks, as on the Risks sheet. */
  readonly highRisks: number;
  /** TCO per category as on the TCO sheet, each total rounded to the workbook currency. */
  readonly tcoByCategory: readonly TcoGroupTotal[];
}

/**
 * Computes the dashboard's headline figures with the same calculators as the summary sheets, so each
 * figure equals the total on its own sheet.
 */
export function computeDashboard(context: RecalcContext): DashboardFigures {
  const { settings } = context;
  const tco = tcoOf(context);
  const depreciation = depreciationOf(context);
  const positions = licenseComplianceOf(context).positions.filter((position) => position.status === 'over_deployed');
  const renewals = renewalsOf(context);
  // High risks never depend on the Change History, so the register without it gives the same count.
  const risks = riskRegisterOf(context);

  return {
    statusCounts: STATUS_KEYS.map((status) => ({ status, count: context.data.assets.filter((asset) => asset.status === status).length })),
    assetCount: context.data.assets.filter((asset) => asset.assetTag !== null).length,
    totalTco: roundMoney(tco.assets.reduce((total, asset) => total + asset.total, 0), settings.currency),
    totalBookValue: roundMoney(depreciation.lines.reduce((total, line) => total + line.bookValue, 0), settings.currency),
    overDeployedLicenses: positions.length,
    exposure: sumByCurrency(
      positions.flatMap((position) => (position.exposure === null ? [] : [{ amount: position.exposure, currency: position.currency }])),
      settings.currency,
    ),
    exposureUnknown: positions.filter((position) => position.exposure === null).length,
    renewalsWithin: RENEWAL_WINDOWS.map((days) => ({ days, count: renewals.filter((item) => isWithin(item, days)).length })),
    highRisks: risks.filter((risk) => risk.severity === 'high').length,
    tcoByCategory: tco.byCategory.map((group) => ({ ...group, total: roundMoney(group.total, settings.currency) })),
  };
}

function isWithin(item: RenewalItem, days: number): boolean {
  return item.daysLeft >= 0 && item.daysLeft <= days;
}

/** Sums amounts per currency (codes compared in upper case), the workbook currency first, then by code. */
function sumByCurrency(amounts: readonly RiskAmount[], workbookCurrency: string): RiskAmount[] {
  const home = workbookCurrency.trim().toUpperCase();
  const totals = new Map<string, number>([[home, 0]]);
  for (const { amount, currency } of amounts) {
    const code = currency.trim().toUpperCase();
    totals.set(code, (totals.get(code) ?? 0) + amount);
  }
  return [...totals.entries()]
    .sort(([a], [b]) => compareCurrencies(a, b, home))
    .map(([currency, amount]) => ({ currency, amount: roundMoney(amount, currency) }));
}

function compareCurrencies(a: string, b: string, home: string): number {
  if (a === b) {
    return 0;
  }
  if (a === home || b === home) {
    return a === home ? -1 : 1;
  }
  return a < b ? -1 : 1;
}
