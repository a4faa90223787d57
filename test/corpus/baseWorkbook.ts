import { registerById } from '../../src/core/registers/definitions';
import type { Lang, RegisterId } from '../../src/core/registers/schema';
import { setupWorkbook } from '../../src/core/setup/setupWorkbook';
import type { OutputValue, WorkbookPort } from '../../src/core/workbook/port';

/** As-of date of every corpus run: the base workbook's contracts, licenses and ledger are active on it. */
export const CORPUS_AS_OF = '2025-06-30';

/** Asset tags of the base workbook that no hostile case touches; their TCO and book value must not change. */
export const UNTOUCHED_ASSETS = ['IT-0001', 'IT-0002'] as const;

/**
 * The valid rows of the base workbook, by register and field key, in English labels. Every hostile case
 * starts from this workbook, so a finding the base produces would hide the case's own findings: the
 * corpus test checks that the base has no error findings.
 */
export const BASE_ROWS: Readonly<Partial<Record<RegisterId, readonly Readonly<Record<string, OutputValue>>[]>>> = {
  assets: [
    {
      assetTag: 'IT-0001',
      name: 'Laptop 14"',
      category: 'HW-LAPTOP',
      model: 'X1 Carbon',
      manufacturer: 'Lenovo',
      serialNumber: '0003419',
      status: 'deployed',
      assignedTo: 'kim@example.com',
      department: 'IT',
      location: 'Seoul HQ',
      purchaseDate: { date: '2024-01-15' },
      purchaseCost: 1200000,
      vendor: 'Acme',
      warrantyEnd: { date: '2027-01-14' },
      lastAudit: { date: '2025-03-02' },
    },
    {
      assetTag: 'IT-0002',
      name: 'DB server',
      category: 'HW-SERVER',
      status: 'deployed',
      department: 'Ops',
      purchaseDate: { date: '2023-03-01' },
      purchaseCost: 6000000,
      vendor: 'Acme',
      usefulLifeMonths: 60,
      salvageValue: 600000,
      depreciationMethod: 'straight-line',
      lastAudit: { date: '2025-03-02' },
    },
    { assetTag: 'IT-0003', name: 'Monitor', category: 'HW-MONITOR', status: 'in stock', department: 'IT', purchaseDate: { date: '2025-02-10' }, purchaseCost: 300000, lastAudit: { date: '2025-03-02' } },
    { assetTag: 'IT-0004', name: 'Switch', category: 'HW-NETWORK', status: 'deployed', assignedTo: 'lee@example.com', department: 'Ops', purchaseDate: { date: '2024-11-20' }, purchaseCost: 800000, lastAudit: { date: '2025-03-02' } },
  ],
  configurationItems: [
    { ciId: 'APP-1', name: 'ERP', type: 'application', environment: 'production', status: 'active', owner: 'kim@example.com', assetTag: 'IT-0002', dependsOn: 'DB-1' },
    { ciId: 'DB-1', name: 'ERP database', type: 'database', environment: 'production', status: 'active', owner: 'kim@example.com', assetTag: 'IT-0002' },
  ],
  licenses: [
    { licenseId: 'LIC-1', software: 'Office 365', publisher: 'Microsoft', metric: 'per user', quantity: 10, unitCost: 100000, startDate: { date: '2025-01-01' }, expiryDate: { date: '2025-12-31' }, contractId: 'C-1', matchPatterns: 'Microsoft 365*' },
    { licenseId: 'LIC-2', software: 'Photoshop', publisher: 'Adobe', metric: 'per device', quantity: 2, unitCost: 250000, startDate: { date: '2025-01-01' }, contractId: 'C-1', matchPatterns: 'Adobe Photoshop*' },
  ],
  licenseAssignments: [
    { licenseId: 'LIC-1', user: 'kim@example.com', assignedDate: { date: '2025-01-02' } },
    { licenseId: 'LIC-2', assetTag: 'IT-0001', assignedDate: { date: '2025-01-02' } },
  ],
  installations: [{ assetTag: 'IT-0001', software: 'Adobe Photoshop 2024', version: '25.1', publisher: 'Adobe', installDate: { date: '2025-01-03' }, lastSeen: { date: '2025-06-20' } }],
  contracts: [
    {
      contractId: 'C-1',
      title: 'Microsoft EA',
      vendor: 'Acme',
      type: 'license',
      startDate: { date: '2025-01-01' },
      endDate: { date: '2025-12-31' },
      renewalType: 'automatic',
      termMonths: 12,
      noticeDays: 30,
      annualCost: 1200000,
      owner: 'kim@example.com',
      reminderRecipients: 'kim@example.com',
      assetTags: 'IT-0001, IT-0002',
    },
  ],
  vendors: [{ vendor: 'Acme', contactName: 'Park', email: 'sales@acme.example', phone: '02-555-0100' }],
  ledger: [
    { date: { date: '2025-01-10' }, kind: 'cost', costType: 'maintenance', amount: 100000, assetTag: 'IT-0001', department: 'IT', description: 'Keyboard repair' },
    { date: { date: '2025-02-01' }, kind: 'cost', costType: 'support', amount: 50000, contractId: 'C-1', department: 'IT' },
    { date: { date: '2025-03-01' }, kind: 'benefit', costType: 'other', amount: 500000, investment: 'ERP' },
  ],
  budgets: [{ fiscalYear: 2025, department: 'IT', costType: 'maintenance', amount: 1000000 }],
};

/** Returns the name of the tab that carries a register's marker. */
export function registerSheetName(port: WorkbookPort, id: RegisterId): string {
  const sheet = port.listSheets().find((candidate) => candidate.marker === id);
  if (sheet === undefined) {
    throw new Error(`The workbook has no tab marked as the ${id} register.`);
  }
  return sheet.name;
}

/** Orders a record's values like the register's columns as setup creates them. */
export function registerRow(id: RegisterId, values: Readonly<Record<string, OutputValue>>): OutputValue[] {
  return registerById(id).fields.map((field) => values[field.key] ?? null);
}

/**
 * Sets up every register tab in `lang` and writes the base rows below the headers. The Settings tab
 * gets language `lang`, so the workbook's findings render in that language.
 */
export function writeBaseWorkbook(port: WorkbookPort, lang: Lang): void {
  setupWorkbook(port, { lang });
  for (const [id, rows] of Object.entries(BASE_ROWS) as [RegisterId, readonly Record<string, OutputValue>[]][]) {
    port.appendRows(
      registerSheetName(port, id),
      rows.map((row) => registerRow(id, row)),
    );
  }
}
