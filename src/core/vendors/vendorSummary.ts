import { compareDates, fiscalYearOf, isoFromParts, type IsoDate } from '../calendar/calendarDate';
import { readLedgerEntries } from '../finance/ledgerEntries';
import { roundMoney } from '../finance/moneyRounding';
import { amountInWorkbookCurrency, moneyText } from '../finance/workbookCurrency';
import type { Finding } from '../findings/finding';
import { comparisonKey } from '../licensing/matchPattern';
import { registerFinding } from '../findings/cellFinding';
import type { RecalcContext } from '../recalc/view';
import type { ContractRecord } from '../registers/records';
import { currentContractTerm, isContractActive } from '../renewals/contractTerm';

/** One vendor's business as of the recalculation date; amounts are in the workbook currency. */
export interface VendorSummary {
  /** Name as written in the Vendors tab, else as first seen in the Contracts or Assets tab. */
  readonly vendor: string;
  /** True when the vendor has a row in the Vendors tab. */
  readonly listed: boolean;
  readonly contactName: string | null;
  readonly email: readonly string[];
  /** Contracts that have started (or have no Start Date) and whose current term has not ended. */
  readonly activeContracts: number;
  /** Sum of the Annual Cost of the active contracts. */
  readonly annualCost: number;
  /** Assets whose Vendor is this vendor, whatever their status. */
  readonly assetsSupplied: number;
  /** Cost entries dated from the start of the current fiscal year to the as-of date. */
  readonly spendThisFiscalYear: number;
  /** Earliest notice deadline on or after the as-of date among the vendor's contracts. */
  readonly nextRenewal: { readonly contractId: string; readonly deadline: IsoDate } | null;
}

export interface VendorReport {
  /** Sorted by vendor name with the collation of the user's language, which puts Hangul before Latin in Korean. */
  readonly vendors: readonly VendorSummary[];
  /** Fiscal year of the as-of date, named by the calendar year it starts in. */
  readonly fiscalYear: number;
  readonly fiscalYearStart: IsoDate;
  readonly currency: string;
  readonly findings: readonly Finding[];
}

interface VendorTotals {
  vendor: string;
  listed: boolean;
  contactName: string | null;
  email: readonly string[];
  activeContracts: number;
  annualCost: number;
  assetsSupplied: number;
  spendThisFiscalYear: number;
  nextRenewal: { contractId: string; deadline: IsoDate } | null;
}

/**
 * Adds an active contract's Annual Cost. Without exchange rates an amount in another currency cannot join
 * the total, so it is left out with a finding on its cell.
 */
function addAnnualCost(context: RecalcContext, entry: VendorTotals, contract: ContractRecord, findings: Finding[]): void {
  if (contract.annualCost === null) {
    return;
  }
  const check = amountInWorkbookCurrency(contract.annualCost, context.settings.currency);
  if (check.ok) {
    entry.annualCost += check.amount;
    return;
  }
  findings.push(
    registerFinding(context, {
      register: 'contracts',
      row: contract.row,
      field: 'annualCost',
      value: moneyText(contract.annualCost),
      severity: 'warning',
      code: 'vendors.finding.otherCurrency',
      params: { currency: check.reason === 'otherCurrency' ? check.currency : check.amountCurrency, workbookCurrency: context.settings.currency.trim().toUpperCase() },
    }),
  );
}

function vendorEntry(vendors: Map<string, VendorTotals>, name: string | null): VendorTotals | null {
  if (name === null || name.trim() === '') {
    return null;
  }
  const key = comparisonKey(name);
  let entry = vendors.get(key);
  if (entry === undefined) {
    entry = { vendor: name.trim(), listed: false, contactName: null, email: [], activeContracts: 0, annualCost: 0, assetsSupplied: 0, spendThisFiscalYear: 0, nextRenewal: null };
    vendors.set(key, entry);
  }
  return entry;
}

function addContract(context: RecalcContext, entry: VendorTotals, contract: ContractRecord, findings: Finding[]): void {
  if (isContractActive(contract, context.asOf)) {
    entry.activeContracts++;
    addAnnualCost(context, entry, contract, findings);
  }

  const term = currentContractTerm(contract, context.asOf);
  if (contract.contractId === null || term === null || compareDates(term.deadline, context.asOf) < 0) {
    return;
  }
  const next = entry.nextRenewal;
  const earlier = next === null || compareDates(term.deadline, next.deadline) < 0 || (term.deadline === next.deadline && contract.contractId < next.contractId);
  if (earlier) {
    entry.nextRenewal = { contractId: contract.contractId, deadline: term.deadline };
  }
}

/**
 * Summarizes each vendor of the Vendors tab and each vendor named in the Contracts or Assets tab. Ledger
 * spend follows an entry's Contract ID to the contract's vendor, else its Asset Tag to the asset's vendor,
 * so an entry counts for one vendor at most.
 */
export function computeVendorSummaries(context: RecalcContext): VendorReport {
  const { data, asOf } = context;
  const findings: Finding[] = [];
  const vendors = new Map<string, VendorTotals>();
  const fiscalYear = fiscalYearOf(asOf, context.settings.fiscalYearStartMonth);
  const fiscalYearStart = isoFromParts(fiscalYear, context.settings.fiscalYearStartMonth, 1) as IsoDate;
  const currency = context.settings.currency.trim().toUpperCase();

  for (const record of data.vendors) {
    const entry = vendorEntry(vendors, record.vendor);
    if (entry !== null && !entry.listed) {
      entry.vendor = (record.vendor as string).trim();
      entry.listed = true;
      entry.contactName = record.contactName;
      entry.email = record.email;
    }
  }

  const vendorByContract = new Map<string, VendorTotals>();
  for (const contract of data.contracts) {
    const entry = vendorEntry(vendors, contract.vendor);
    if (entry === null) {
      continue;
    }
    addContract(context, entry, contract, findings);
    if (contract.contractId !== null && !vendorByContract.has(comparisonKey(contract.contractId))) {
      vendorByContract.set(comparisonKey(contract.contractId), entry);
    }
  }

  const vendorByAsset = new Map<string, VendorTotals>();
  for (const asset of data.assets) {
    const entry = vendorEntry(vendors, asset.vendor);
    if (entry === null) {
      continue;
    }
    entry.assetsSupplied++;
    if (asset.assetTag !== null && !vendorByAsset.has(comparisonKey(asset.assetTag))) {
      vendorByAsset.set(comparisonKey(asset.assetTag), entry);
    }
  }

  // readLedgerEntries leaves out future rows and rows in another currency; the TCO view reports the latter once.
  for (const entry of readLedgerEntries(context).entries) {
    if (entry.kind !== 'cost' || fiscalYearOf(entry.date, context.settings.fiscalYearStartMonth) !== fiscalYear) {
      continue;
    }
    const byContract = entry.contractId === null ? undefined : vendorByContract.get(comparisonKey(entry.contractId));
    const byAsset = entry.assetTag === null ? undefined : vendorByAsset.get(comparisonKey(entry.assetTag));
    const vendor = byContract ?? byAsset;
    if (vendor !== undefined) {
      vendor.spendThisFiscalYear += entry.amount;
    }
  }

  const summaries = [...vendors.values()]
    .map((entry) => ({ ...entry, annualCost: roundMoney(entry.annualCost, currency), spendThisFiscalYear: roundMoney(entry.spendThisFiscalYear, currency) }))
    .sort((a, b) => a.vendor.localeCompare(b.vendor, context.lang));
  return { vendors: summaries, fiscalYear, fiscalYearStart, currency, findings };
}
