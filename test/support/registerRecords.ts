import type {
  AssetRecord,
  BudgetRecord,
  CategoryRecord,
  ConfigurationItemRecord,
  ContractRecord,
  InstallationRecord,
  LedgerRecord,
  LicenseAssignmentRecord,
  LicenseRecord,
  VendorRecord,
} from '../../src/core/registers/records';

/** Builders for parsed register rows in tests: every field not given is blank (null or an empty list). */

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

export function assignment(row: number, fields: Partial<LicenseAssignmentRecord>): LicenseAssignmentRecord {
  return { row, licenseId: null, assetTag: null, user: null, assignedDate: null, removedDate: null, ...fields };
}

export function budget(row: number, fields: Partial<BudgetRecord>): BudgetRecord {
  return { row, fiscalYear: null, department: null, costType: null, amount: null, notes: null, ...fields };
}

export function category(row: number, fields: Partial<CategoryRecord>): CategoryRecord {
  return { row, code: null, name: null, parent: null, usefulLifeMonths: null, depreciationMethod: null, ...fields };
}

export function configurationItem(row: number, fields: Partial<ConfigurationItemRecord>): ConfigurationItemRecord {
  return { row, ciId: null, name: null, type: null, environment: null, status: null, owner: null, assetTag: null, dependsOn: [], version: null, notes: null, ...fields };
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

export function installation(row: number, fields: Partial<InstallationRecord>): InstallationRecord {
  return { row, assetTag: null, software: null, version: null, publisher: null, installDate: null, lastSeen: null, ...fields };
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

export function vendor(row: number, fields: Partial<VendorRecord>): VendorRecord {
  return { row, vendor: null, contactName: null, email: [], phone: null, notes: null, ...fields };
}
