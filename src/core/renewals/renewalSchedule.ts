import { compareDates, daysBetween, type IsoDate } from '../calendar/calendarDate';
import type { Finding } from '../findings/finding';
import { comparisonKey } from '../licensing/matchPattern';
import { registerFinding } from '../findings/cellFinding';
import { roundMoney } from '../finance/moneyRounding';
import type { RecalcContext } from '../recalc/view';
import type { AssetRecord, ContractRecord, LicenseRecord } from '../registers/records';
import type { RegisterId } from '../registers/schema';
import type { Money } from '../values/parseResult';
import { currentContractTerm, lacksRenewalTerm } from './contractTerm';

export type RenewalKind = 'contract' | 'license' | 'warranty' | 'endOfSupport';

/**
 * upcoming: the deadline is further away than the longest reminder lead. due: within that lead.
 * overdue: the deadline has passed but the term has not ended. expired: the term has ended.
 */
export type RenewalStatus = 'upcoming' | 'due' | 'overdue' | 'expired';

/** One date someone must act on: a contract's notice deadline, a license expiry, a warranty end or an end of support. */
export interface RenewalItem {
  readonly kind: RenewalKind;
  /** Contract ID, License ID or Asset Tag. */
  readonly id: string;
  readonly title: string;
  /** Last day to act. It changes when a contract renews or a license is extended, which starts a new reminder cycle. */
  readonly deadline: IsoDate;
  /** Last day of the current term, entitlement, warranty or support. */
  readonly endDate: IsoDate;
  /** Calendar days from the as-of date to the deadline; negative once it has passed. */
  readonly daysLeft: number;
  readonly status: RenewalStatus;
  readonly owner: string | null;
  /** The owner when it is an email address, then a contract's Reminder Recipients, without duplicates. */
  readonly recipients: readonly string[];
  /** A contract's Annual Cost, or a license's seats × unit cost (the unit cost alone for a site license). */
  readonly annualCost: Money | null;
  readonly sourceRegister: RegisterId;
  readonly sourceRow: number;
  /** First day of the current term, when known. */
  readonly cycleStart?: IsoDate;
}

const EMAIL_PATTERN = /^[^\s@,;<>]+@[^\s@,;<>]+\.[^\s@,;<>]+$/;

function recipientsOf(owner: string | null, extra: readonly string[]): string[] {
  const candidates = owner !== null && EMAIL_PATTERN.test(owner.trim()) ? [owner.trim(), ...extra] : [...extra];
  const seen = new Set<string>();
  const recipients: string[] = [];
  for (const address of candidates) {
    const key = comparisonKey(address);
    if (!seen.has(key)) {
      seen.add(key);
      recipients.push(address.trim());
    }
  }
  return recipients;
}

/** Classifies an item; an item ending on the as-of date is still in force that day. */
export function renewalStatus(deadline: IsoDate, endDate: IsoDate, asOf: IsoDate, dueWithinDays: number): RenewalStatus {
  if (compareDates(endDate, asOf) < 0) {
    return 'expired';
  }
  if (compareDates(deadline, asOf) < 0) {
    return 'overdue';
  }
  return daysBetween(asOf, deadline) <= dueWithinDays ? 'due' : 'upcoming';
}

type ItemDates = Pick<RenewalItem, 'deadline' | 'endDate' | 'daysLeft' | 'status'>;

function datesOf(deadline: IsoDate, endDate: IsoDate, context: RecalcContext): ItemDates {
  const dueWithinDays = Math.max(0, ...context.settings.reminderLeadDays);
  return { deadline, endDate, daysLeft: daysBetween(context.asOf, deadline), status: renewalStatus(deadline, endDate, context.asOf, dueWithinDays) };
}

function contractItem(context: RecalcContext, contract: ContractRecord): RenewalItem | null {
  const term = currentContractTerm(contract, context.asOf);
  if (contract.contractId === null || term === null) {
    return null;
  }
  return {
    kind: 'contract',
    id: contract.contractId,
    title: contract.title ?? contract.contractId,
    ...datesOf(term.deadline, term.endDate, context),
    owner: contract.owner,
    recipients: recipientsOf(contract.owner, contract.reminderRecipients),
    annualCost: contract.annualCost,
    sourceRegister: 'contracts',
    sourceRow: contract.row,
    ...(term.cycleStart === null ? {} : { cycleStart: term.cycleStart }),
  };
}

function licenseRenewalCost(license: LicenseRecord, workbookCurrency: string): Money | null {
  if (license.unitCost === null) {
    return null;
  }
  if (license.metric === 'site') {
    return license.unitCost;
  }
  if (license.quantity === null) {
    return null;
  }
  return { amount: roundMoney(license.quantity * license.unitCost.amount, license.unitCost.currency ?? workbookCurrency), currency: license.unitCost.currency };
}

function licenseItem(context: RecalcContext, license: LicenseRecord): RenewalItem | null {
  if (license.licenseId === null || license.expiryDate === null) {
    return null;
  }
  return {
    kind: 'license',
    id: license.licenseId,
    title: license.software ?? license.licenseId,
    ...datesOf(license.expiryDate, license.expiryDate, context),
    owner: license.owner,
    recipients: recipientsOf(license.owner, []),
    annualCost: licenseRenewalCost(license, context.settings.currency),
    sourceRegister: 'licenses',
    sourceRow: license.row,
    ...(license.startDate === null ? {} : { cycleStart: license.startDate }),
  };
}

/**
 * Builds a warranty or end-of-support item. The Assets tab has no owner column, so asset items have no
 * owner and reach only the default recipients from the settings.
 */
function assetItem(context: RecalcContext, asset: AssetRecord, kind: 'warranty' | 'endOfSupport', date: IsoDate): RenewalItem | null {
  if (asset.assetTag === null) {
    return null;
  }
  return {
    kind,
    id: asset.assetTag,
    title: asset.name ?? asset.assetTag,
    ...datesOf(date, date, context),
    owner: null,
    recipients: [],
    annualCost: null,
    sourceRegister: 'assets',
    sourceRow: asset.row,
  };
}

const KIND_ORDER: readonly RenewalKind[] = ['contract', 'license', 'warranty', 'endOfSupport'];

/** Orders items by deadline, then kind, then ID in code-unit order, so the order never depends on the locale. */
function compareItems(a: RenewalItem, b: RenewalItem): number {
  if (a.deadline !== b.deadline) {
    return compareDates(a.deadline, b.deadline);
  }
  if (a.kind !== b.kind) {
    return KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind);
  }
  if (a.id === b.id) {
    return 0;
  }
  return a.id < b.id ? -1 : 1;
}

/**
 * Lists every dated obligation sorted by deadline: contracts (by notice deadline of the current term),
 * license expiries, warranty ends of assets neither disposed nor lost, and end-of-support dates of
 * deployed assets. Rows without their ID or date are left out; the reader reports the missing value.
 */
export function computeRenewals(context: RecalcContext): RenewalItem[] {
  const items: RenewalItem[] = [];

  for (const contract of context.data.contracts) {
    const item = contractItem(context, contract);
    if (item !== null) {
      items.push(item);
    }
  }
  for (const license of context.data.licenses) {
    const item = licenseItem(context, license);
    if (item !== null) {
      items.push(item);
    }
  }
  for (const asset of context.data.assets) {
    const warranty = asset.warrantyEnd !== null && asset.status !== 'disposed' && asset.status !== 'lost' ? assetItem(context, asset, 'warranty', asset.warrantyEnd) : null;
    const support = asset.endOfSupport !== null && asset.status === 'deployed' ? assetItem(context, asset, 'endOfSupport', asset.endOfSupport) : null;
    for (const item of [warranty, support]) {
      if (item !== null) {
        items.push(item);
      }
    }
  }

  return items.sort(compareItems);
}

/**
 * Reports dates that cannot be applied as typed: automatic renewal without a term, and a contract End
 * Date or license Expiry Date before its Start Date. Those items are still scheduled by their end date.
 */
export function findRenewalProblems(context: RecalcContext): Finding[] {
  const findings: Finding[] = [];

  for (const contract of context.data.contracts) {
    if (contract.endDate === null) {
      continue;
    }
    if (lacksRenewalTerm(contract)) {
      findings.push(
        registerFinding(context, {
          register: 'contracts',
          row: contract.row,
          field: 'termMonths',
          value: '',
          severity: 'warning',
          code: 'renewals.finding.automaticWithoutTerm',
          params: { endDate: contract.endDate },
        }),
      );
    }
    if (contract.startDate !== null && compareDates(contract.endDate, contract.startDate) < 0) {
      findings.push(
        registerFinding(context, {
          register: 'contracts',
          row: contract.row,
          field: 'endDate',
          value: contract.endDate,
          severity: 'warning',
          code: 'renewals.finding.endBeforeStart',
          params: { endDate: contract.endDate, startDate: contract.startDate },
        }),
      );
    }
  }

  for (const license of context.data.licenses) {
    if (license.expiryDate !== null && license.startDate !== null && compareDates(license.expiryDate, license.startDate) < 0) {
      findings.push(
        registerFinding(context, {
          register: 'licenses',
          row: license.row,
          field: 'expiryDate',
          value: license.expiryDate,
          severity: 'warning',
          code: 'renewals.finding.endBeforeStart',
          params: { endDate: license.expiryDate, startDate: license.startDate },
        }),
      );
    }
  }
  return findings;
}
