import { addMonths, compareDates } from '../calendar/calendarDate';
import { registerSheetName } from '../findings/cellFinding';
import type { RecalcContext } from '../recalc/view';
import type { AssetStatus } from '../registers/records';
import { assetDisplayName, assetReference } from './assetReference';
import type { RiskItem } from './riskItem';

/**
 * Statuses of assets the company has on hand and can find in a physical audit. Requested and ordered assets
 * have not arrived, and disposed and lost assets are gone.
 */
export const AUDITED_STATUSES: readonly AssetStatus[] = ['in_stock', 'deployed', 'in_repair', 'retired'];

/**
 * Raises a medium risk for each held asset whose audit is overdue. The next audit is due
 * settings.auditIntervalMonths calendar months after Last Audit and is overdue from the day after.
 * An asset never audited counts from its Purchase Date the same way. An asset with neither date is
 * overdue too, because nothing shows that it was ever seen.
 */
export function auditRisks(context: RecalcContext): RiskItem[] {
  const { asOf, lang } = context;
  const months = context.settings.auditIntervalMonths;
  const sheet = registerSheetName(context, 'assets');
  const risks: RiskItem[] = [];

  for (const asset of context.data.assets) {
    if (asset.status === null || !AUDITED_STATUSES.includes(asset.status)) {
      continue;
    }
    const base = { code: 'risk.audit.overdue', severity: 'medium' as const, ref: assetReference(lang, asset), sheet, row: asset.row };
    const name = assetDisplayName(lang, asset);

    if (asset.lastAudit !== null) {
      const due = addMonths(asset.lastAudit, months);
      if (compareDates(due, asOf) < 0) {
        risks.push({ ...base, params: { asset: name, lastAudit: asset.lastAudit, due, months } });
      }
    } else if (asset.purchaseDate !== null) {
      const due = addMonths(asset.purchaseDate, months);
      if (compareDates(due, asOf) < 0) {
        risks.push({ ...base, messageKey: 'risk.audit.neverAudited', params: { asset: name, purchaseDate: asset.purchaseDate, due, months } });
      }
    } else {
      risks.push({ ...base, messageKey: 'risk.audit.noDates', params: { asset: name } });
    }
  }
  return risks;
}
