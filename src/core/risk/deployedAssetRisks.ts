import { compareDates } from '../calendar/calendarDate';
import { registerSheetName } from '../findings/cellFinding';
import type { RecalcContext } from '../recalc/view';
import type { AssetRecord } from '../registers/records';
import { assetDisplayName, assetReference } from './assetReference';
import type { RiskItem } from './riskItem';

/**
 * Raises the risks of each deployed asset: support ended (high, no more security updates), warranty
 * ended (medium) and a blank Assigned To (low). A support or warranty end date is still covered on
 * that day, so it counts from the day after.
 */
export function deployedAssetRisks(context: RecalcContext): RiskItem[] {
  const { asOf, lang } = context;
  const sheet = registerSheetName(context, 'assets');
  const risks: RiskItem[] = [];

  for (const asset of context.data.assets) {
    if (asset.status !== 'deployed') {
      continue;
    }
    const base = { ref: assetReference(lang, asset), sheet, row: asset.row };
    const name = assetDisplayName(lang, asset);

    if (asset.endOfSupport !== null && compareDates(asset.endOfSupport, asOf) < 0) {
      risks.push({ ...base, code: 'risk.asset.pastSupport', severity: 'high', params: { asset: name, endOfSupport: asset.endOfSupport } });
    }
    if (asset.warrantyEnd !== null && compareDates(asset.warrantyEnd, asOf) < 0) {
      risks.push({ ...base, code: 'risk.asset.warrantyExpired', severity: 'medium', params: { asset: name, warrantyEnd: asset.warrantyEnd } });
    }
    if (isUnassigned(asset)) {
      risks.push({ ...base, code: 'risk.asset.unassigned', severity: 'low', params: { asset: name } });
    }
  }
  return risks;
}

function isUnassigned(asset: AssetRecord): boolean {
  return (asset.assignedTo?.trim() ?? '') === '';
}
