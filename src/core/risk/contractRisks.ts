import { registerSheetName } from '../findings/cellFinding';
import type { RecalcContext } from '../recalc/view';
import type { RenewalItem } from '../renewals/renewalSchedule';
import type { RiskItem } from './riskItem';

/**
 * Raises a high risk for each contract whose notice deadline has passed while its current term runs
 * (renewal status overdue). The amount is the contract's Annual Cost in its own currency, else the
 * workbook's.
 */
export function contractRisks(context: RecalcContext, renewals: readonly RenewalItem[]): RiskItem[] {
  const sheet = registerSheetName(context, 'contracts');
  const risks: RiskItem[] = [];

  for (const item of renewals) {
    if (item.kind !== 'contract' || item.status !== 'overdue') {
      continue;
    }
    const name = item.title === item.id ? item.id : `${item.id} (${item.title})`;
    risks.push({
      code: 'risk.contract.noticePassed',
      severity: 'high',
      ref: item.id,
      sheet,
      row: item.sourceRow,
      params: { contract: name, deadline: item.deadline, days: -item.daysLeft, endDate: item.endDate },
      amount: item.annualCost === null ? null : { amount: item.annualCost.amount, currency: item.annualCost.currency ?? context.settings.currency },
    });
  }
  return risks;
}
