import type { LicenseCompliance, LicensePosition } from '../licensing/licensePosition';
import { registerSheetName } from '../findings/cellFinding';
import type { RecalcContext } from '../recalc/view';
import type { RiskItem } from './riskItem';

/**
 * Raises a high risk for each over-deployed license and each expired license still in use, and a medium
 * risk for each installed title that no license covers. The amount is the exposure (seats over × unit
 * cost) whenever seats are over, also for an expired license.
 */
export function licenseRisks(context: RecalcContext, compliance: LicenseCompliance): RiskItem[] {
  const licenseSheet = registerSheetName(context, 'licenses');
  const installationSheet = registerSheetName(context, 'installations');
  const risks: RiskItem[] = [];

  for (const position of compliance.positions) {
    if (position.status === 'over_deployed') {
      risks.push(overDeployedRisk(position, licenseSheet));
    } else if (position.status === 'expired_in_use') {
      risks.push(expiredInUseRisk(position, licenseSheet));
    }
  }

  for (const title of compliance.unlicensed) {
    risks.push({
      code: 'risk.software.unlicensed',
      severity: 'medium',
      ref: title.software,
      sheet: installationSheet,
      row: null,
      params: { software: title.software, installs: title.installs },
    });
  }
  return risks;
}

function overDeployedRisk(position: LicensePosition, sheet: string): RiskItem {
  const seats = -(position.position ?? 0);
  const params = {
    license: licenseName(position),
    seats,
    used: position.used,
    entitled: position.entitled ?? 0,
    currency: position.currency,
  };
  if (position.exposure === null) {
    return { ...riskBase(position, sheet, 'risk.license.overDeployed'), messageKey: 'risk.license.overDeployedNoCost', params, amount: null };
  }
  return {
    ...riskBase(position, sheet, 'risk.license.overDeployed'),
    params: { ...params, exposure: position.exposure },
    amount: { amount: position.exposure, currency: position.currency },
  };
}

function expiredInUseRisk(position: LicensePosition, sheet: string): RiskItem {
  return {
    ...riskBase(position, sheet, 'risk.license.expiredInUse'),
    params: { license: licenseName(position), expiryDate: position.expiryDate ?? '', used: position.used },
    amount: position.exposure !== null && position.exposure > 0 ? { amount: position.exposure, currency: position.currency } : null,
  };
}

function riskBase(position: LicensePosition, sheet: string, code: string): Pick<RiskItem, 'code' | 'severity' | 'ref' | 'sheet' | 'row'> {
  return { code, severity: 'high', ref: position.licenseId, sheet, row: position.sourceRow };
}

function licenseName(position: LicensePosition): string {
  const software = position.software?.trim() ?? '';
  return software === '' ? position.licenseId : `${position.licenseId} (${software})`;
}
