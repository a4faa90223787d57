import type { IsoDate } from '../../../src/core/calendar/calendarDate';
import type { RecalcContext, RegisterLocation } from '../../../src/core/recalc/view';
import { REGISTERS } from '../../../src/core/registers/definitions';
import type {
  AssetRecord,
  BudgetRecord,
  CategoryRecord,
  ContractRecord,
  LedgerRecord,
  LicenseAssignmentRecord,
  LicenseRecord,
  RegisterData,
} from '../../../src/core/registers/records';
import type { Lang, RegisterId } from '../../../src/core/registers/schema';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/core/settings/settings';
import type { Money } from '../../../src/core/values/parseResult';

/** Builders for parsed register rows: every field not given is blank (null or an empty list). */

export function won(amount: number): Money {
  return { amount, currency: null };
}

export function asset(row: number, fields: Partial<AssetRecord>): AssetRecord {
  return {
    row,
    assetTag: null,
    name: null,
    category: null,
    model: null,
    manufacturer: null,
    serialNumber: null,
    status: 'deployed',
    assignedTo: null,
    department: null,
    location: null,
    purchaseDate: null,
    purchaseCost: null,
    vendor: null,
    warrantyEnd: null,
    endOfSupport: null,
    usefulLifeMonths: null,
    salvageValue: null,
    depreciationMethod: null,
    investment: null,
    lastAudit: null,
    notes: null,
    ...fields,
  };
}

export function category(row: number, fields: Partial<CategoryRecord>): CategoryRecord {
  return { row, code: null, name: null, parent: null, usefulLifeMonths: null, depreciationMethod: null, ...fields };
}

export function contract(row: number, fields: Partial<ContractRecord>): ContractRecord {
  return {
    row,
    contractId: null,
    title: null,
    vendor: null,
    type: null,
    startDate: null,
    endDate: null,
    renewalType: null,
    termMonths: null,
    noticeDays: null,
    annualCost: null,
    owner: null,
    reminderRecipients: [],
    assetTags: [],
    notes: null,
    ...fields,
  };
}

export function license(row: number, fields: Partial<LicenseRecord>): LicenseRecord {
  return {
    row,
    licenseId: null,
    software: null,
    publisher: null,
    metric: null,
    quantity: null,
    unitCost: null,
    startDate: null,
    expiryDate: null,
    contractId: null,
    matchPatterns: null,
    owner: null,
    notes: null,
    ...fields,
  };
}

export function assignment(row: number, fields: Partial<LicenseAssignmentRecord>): LicenseAssignmentRecord {
  return { row, licenseId: null, assetTag: null, user: null, assignedDate: null, removedDate: null, ...fields };
}

export function ledgerEntry(row: number, fields: Partial<LedgerRecord>): LedgerRecord {
  return {
    row,
    date: null,
    kind: 'cost',
    costType: 'maintenance',
    amount: null,
    currency: null,
    assetTag: null,
    licenseId: null,
    contractId: null,
    investment: null,
    department: null,
    description: null,
    ...fields,
  };
}

export function budget(row: number, fields: Partial<BudgetRecord>): BudgetRecord {
  return { row, fiscalYear: null, department: null, costType: null, amount: null, notes: null, ...fields };
}

const EMPTY_DATA: RegisterData = {
  assets: [],
  configurationItems: [],
  licenses: [],
  licenseAssignments: [],
  installations: [],
  contracts: [],
  vendors: [],
  ledger: [],
  budgets: [],
  categories: [],
  settings: [],
};

/** Locations of every register as setup lays them out: the standard tab name and the fields in definition order. */
export function standardLocations(lang: Lang): Partial<Record<RegisterId, RegisterLocation>> {
  const locations: Partial<Record<RegisterId, RegisterLocation>> = {};
  for (const register of REGISTERS) {
    const columns: Record<string, number> = {};
    register.fields.forEach((field, index) => {
      columns[field.key] = index + 1;
    });
    locations[register.id] = { sheetName: register.tab[lang], columns };
  }
  return locations;
}

export interface ContextOptions {
  readonly asOf: IsoDate;
  readonly lang?: Lang;
  readonly settings?: Partial<Settings>;
  readonly data?: Partial<RegisterData>;
  readonly locations?: Partial<Record<RegisterId, RegisterLocation>>;
}

export function financeContext(options: ContextOptions): RecalcContext {
  const lang = options.lang ?? 'en';
  return {
    asOf: options.asOf,
    lang,
    settings: { ...DEFAULT_SETTINGS, ...options.settings },
    data: { ...EMPTY_DATA, ...options.data },
    locations: options.locations ?? standardLocations(lang),
    findings: [],
  };
}
