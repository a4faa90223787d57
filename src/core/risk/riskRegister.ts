import { checkCiRegister } from '../configuration/ciRegisterCheck';
import { productionCiRisks } from '../configuration/productionCiRisks';
import { computeBudgetControl } from '../finance/budgetControl';
import type { HistoryRecord } from '../history/assetHistory';
import { statusTransitionRisks } from '../history/statusTransition';
import { translate } from '../i18n';
import { licenseComplianceOf, renewalsOf } from '../recalc/sharedCalculations';
import type { RecalcContext } from '../recalc/view';
import type { Lang } from '../registers/schema';
import { auditRisks } from './auditRisks';
import { memoizedByContext } from './contextMemo';
import { budgetRisks } from './budgetRisks';
import { contractRisks } from './contractRisks';
import { dataQualityRisks } from './dataQualityRisks';
import { deployedAssetRisks } from './deployedAssetRisks';
import { licenseRisks } from './licenseRisks';
import { RISK_SEVERITIES, type RiskItem } from './riskItem';

// The License Compliance and Renewals views share these results with the Risks and Dashboard views.
export { licenseComplianceOf, renewalsOf };

/**
 * Collects every risk of the registers as of the recalculation date, sorted by severity and then by
 * reference. Status transitions are checked only when Change History lines are given (null skips that
 * rule), because the Change History tab is not a register and loading the workbook does not read it.
 *
 * Data-quality risks come from the findings of reading the registers and from the Configuration Items
 * check (unknown dependencies, cycles), which the Configuration Map view reports.
 * NOTE: findings that other summary views raise are not in the context. The finance, licensing,
 * renewals and vendor views raise only warnings and notes, but a view that starts raising errors must
 * be added here too.
 */
export function computeRiskRegister(context: RecalcContext, history: readonly HistoryRecord[] | null = null): RiskItem[] {
  const ciCheck = checkCiRegister(context);
  const risks: RiskItem[] = [
    ...licenseRisks(context, licenseComplianceOf(context)),
    ...contractRisks(context, renewalsOf(context)),
    ...deployedAssetRisks(context),
    ...auditRisks(context),
    ...budgetRisks(context, computeBudgetControl(context)),
    ...productionCiRisks(context, ciCheck.graph),
    ...(history === null ? [] : statusTransitionRisks(context, history)),
    ...dataQualityRisks([...context.findings, ...ciCheck.findings]),
  ];
  return risks.sort(compareRisks);
}

/** The risk register without the Change History check, computed once per recalculation. */
export const riskRegisterOf = memoizedByContext((context) => computeRiskRegister(context, context.changeHistory ?? null));

/**
 * Orders risks by severity (high first), then reference, code and row. References and codes compare by
 * code unit, so the order is the same in Apps Script and Node whatever their collation data.
 */
export function compareRisks(a: RiskItem, b: RiskItem): number {
  const bySeverity = RISK_SEVERITIES.indexOf(a.severity) - RISK_SEVERITIES.indexOf(b.severity);
  if (bySeverity !== 0) {
    return bySeverity;
  }
  const byReference = compareCodeUnits(a.ref, b.ref);
  if (byReference !== 0) {
    return byReference;
  }
  const byCode = compareCodeUnits(a.code, b.code);
  if (byCode !== 0) {
    return byCode;
  }
  return (a.row ?? 0) - (b.row ?? 0);
}

function compareCodeUnits(a: string, b: string): number {
  if (a === b) {
    return 0;
  }
  return a < b ? -1 : 1;
}

/** Renders a risk's message in the user's language. */
export function riskMessage(lang: Lang, risk: RiskItem): string {
  return translate(lang, risk.messageKey ?? risk.code, risk.params);
}
