import { compareDates, type IsoDate } from '../calendar/calendarDate';
import type { Finding } from '../findings/finding';
import type { RecalcContext } from '../recalc/view';
import type { LicenseMetric, LicenseRecord } from '../registers/records';
import type { Money } from '../values/parseResult';
import { registerFinding } from '../findings/cellFinding';
import { roundMoney } from '../finance/moneyRounding';
import { countSeatUsage, type UnlicensedSoftware } from './seatUsage';

export type LicenseStatus = 'compliant' | 'over_deployed' | 'under_used' | 'expired_in_use' | 'unlimited';

/** Seats entitled against seats used for one license as of the recalculation date. */
export interface LicensePosition {
  readonly licenseId: string;
  readonly software: string | null;
  readonly metric: LicenseMetric;
  /** Quantity from the Licenses tab; null for a site license, which has no seat limit. */
  readonly entitled: number | null;
  readonly used: number;
  /** Entitled − used, negative when over-deployed; null for a site license. */
  readonly position: number | null;
  readonly status: LicenseStatus;
  readonly unitCost: Money | null;
  /** ISO code of the unit cost, exposure and savings: the unit cost's own currency, else the workbook's. */
  readonly currency: string;
  /** Seats over × unit cost; 0 with no seat over, null when seats are over but the unit cost is blank. */
  readonly exposure: number | null;
  /** Unused seats × unit cost for an under-used license, else 0; null when the unit cost is blank. */
  readonly savings: number | null;
  readonly expiryDate: IsoDate | null;
  readonly owner: string | null;
  readonly sourceRow: number;
}

export interface LicenseCompliance {
  /** One position per license with an ID and a metric, in the order of the Licenses tab. */
  readonly positions: readonly LicensePosition[];
  readonly unlicensed: readonly UnlicensedSoftware[];
  readonly findings: readonly Finding[];
}

function seatCost(seats: number, unitCost: Money | null, currency: string): number | null {
  if (seats === 0) {
    return 0;
  }
  return unitCost === null ? null : roundMoney(seats * unitCost.amount, currency);
}

/**
 * Classifies a license. Expired-in-use comes first because using seats after the expiry date is a breach
 * whatever the seat count. The expiry date itself is still inside the entitlement.
 */
export function licenseStatus(metric: LicenseMetric, entitled: number, used: number, expiryDate: IsoDate | null, asOf: IsoDate, underUseThreshold: number): LicenseStatus {
  if (expiryDate !== null && compareDates(expiryDate, asOf) < 0 && used > 0) {
    return 'expired_in_use';
  }
  if (metric === 'site') {
    return 'unlimited';
  }
  if (used > entitled) {
    return 'over_deployed';
  }
  // Dividing keeps the boundary exact: 7 / 100 is the same double as 0.07, but 0.07 × 100 is 7.000000000000001.
  if (entitled > 0 && used / entitled < underUseThreshold) {
    return 'under_used';
  }
  return 'compliant';
}

function positionOf(context: RecalcContext, license: LicenseRecord, metric: LicenseMetric, used: number): LicensePosition {
  const entitled = metric === 'site' ? null : (license.quantity ?? 0);
  const position = entitled === null ? null : entitled - used;
  const status = licenseStatus(metric, entitled ?? 0, used, license.expiryDate, context.asOf, context.settings.underUseThreshold);
  const seatsOver = position !== null && position < 0 ? -position : 0;
  const seatsUnused = status === 'under_used' && position !== null ? position : 0;

  const currency = license.unitCost?.currency ?? context.settings.currency;

  return {
    licenseId: license.licenseId as string,
    software: license.software,
    metric,
    entitled,
    used,
    position,
    status,
    unitCost: license.unitCost,
    currency,
    exposure: seatCost(seatsOver, license.unitCost, currency),
    savings: seatCost(seatsUnused, license.unitCost, currency),
    expiryDate: license.expiryDate,
    owner: license.owner,
    sourceRow: license.row,
  };
}

/**
 * Computes each license's position (entitled − used, never clamped), its status, exposure and savings,
 * and the installed titles that no license covers.
 */
export function computeLicenseCompliance(context: RecalcContext): LicenseCompliance {
  const usage = countSeatUsage(context);
  const findings: Finding[] = [...usage.findings];

  const positions: LicensePosition[] = [];
  for (const license of context.data.licenses) {
    if (license.licenseId === null) {
      continue;
    }
    if (license.metric === null) {
      findings.push(
        registerFinding(context, {
          register: 'licenses',
          row: license.row,
          field: 'metric',
          value: '',
          severity: 'warning',
          code: 'licensing.finding.metricMissing',
          params: { licenseId: license.licenseId },
        }),
      );
      continue;
    }
    const used = usage.usedByRow.get(license.row);
    if (used === undefined) {
      // A later row repeating a License ID: the reader reports the duplicate and the first row counts.
      continue;
    }
    if (license.metric !== 'site' && license.quantity === null) {
      findings.push(
        registerFinding(context, {
          register: 'licenses',
          row: license.row,
          field: 'quantity',
          value: '',
          severity: 'warning',
          code: 'licensing.finding.quantityMissing',
          params: { licenseId: license.licenseId },
        }),
      );
    }
    const costCurrency = license.unitCost?.currency ?? null;
    if (costCurrency !== null && costCurrency !== context.settings.currency) {
      findings.push(
        registerFinding(context, {
          register: 'licenses',
          row: license.row,
          field: 'unitCost',
          value: `${license.unitCost?.amount ?? ''} ${costCurrency}`,
          severity: 'warning',
          code: 'licensing.finding.unitCostOtherCurrency',
          params: { licenseId: license.licenseId, currency: costCurrency, expected: context.settings.currency },
        }),
      );
    }
    positions.push(positionOf(context, license, license.metric, used));
  }

  return { positions, unlicensed: usage.unlicensed, findings };
}
