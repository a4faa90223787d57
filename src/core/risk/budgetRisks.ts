import type { BudgetControlResult, BudgetLine } from '../finance/budgetControl';
import { costTypeLabel } from '../finance/financeLabels';
import { roundMoney } from '../finance/moneyRounding';
import { translate } from '../i18n';
import { registerSheetName } from '../findings/cellFinding';
import type { RecalcContext } from '../recalc/view';
import type { RiskItem } from './riskItem';

/**
 * Raises a medium risk for each budget line of the current fiscal year whose actual spending is above
 * its budget (more than 100% used, compared as the amounts are shown), and for spending of that year
 * with no budget line. Earlier fiscal years are closed, so their overspending is history, not an open
 * risk; the Budget vs Actual sheet still shows it.
 */
export function budgetRisks(context: RecalcContext, control: BudgetControlResult): RiskItem[] {
  const risks: RiskItem[] = [];

  for (const line of control.lines) {
    if (line.fiscalYear !== control.currentFiscalYear || line.status !== 'over') {
      continue;
    }
    risks.push(budgetRisk(context, line));
  }
  return risks;
}

function budgetRisk(context: RecalcContext, line: BudgetLine): RiskItem {
  const { lang, settings } = context;
  const currency = settings.currency;
  const department = line.department ?? translate(lang, 'finance.blank.department');
  const costType = costTypeLabel(lang, line.costType);
  // A string, so that the year is not printed with a thousands separator.
  const fiscalYear = String(line.fiscalYear);
  const params = { department, costType, fiscalYear, actual: roundMoney(line.actual, currency), currency };
  const unbudgeted = line.budgetRows.length === 0 || line.percentUsed === null;

  return {
    code: 'risk.budget.over',
    severity: 'medium',
    ref: translate(lang, 'risk.ref.budget', { fiscalYear, department, costType }),
    sheet: registerSheetName(context, unbudgeted ? 'ledger' : 'budgets'),
    row: line.budgetRows[0] ?? null,
    params: unbudgeted ? params : { ...params, budget: roundMoney(line.budget, currency), percent: percentWithOneDecimal(line.percentUsed ?? 0) },
    ...(unbudgeted ? { messageKey: 'risk.budget.unbudgeted' } : {}),
    amount: { amount: roundMoney(line.actual - line.budget, currency), currency },
  };
}

/** Formats a ratio as a percentage with at most one decimal: 1.2 is 120%, 1.099678 is 110%, 1.0963 is 109.6%. */
function percentWithOneDecimal(ratio: number): string {
  return `${Number((ratio * 100).toFixed(1))}%`;
}
