import { DEMO_SCALE, generateDemoRegisters } from '../../../src/core/demo/demoWorkbook';
import { REGISTERS, registerById } from '../../../src/core/registers/definitions';
import type { Lang, RegisterId } from '../../../src/core/registers/schema';
import { setupWorkbook } from '../../../src/core/setup/setupWorkbook';
import type { OutputValue, WorkbookPort } from '../../../src/core/workbook/port';

/**
 * Workbooks the asset panel tests run against. `seedPanelWorkbook` is small and written by hand, so
 * tests can state the expected figures; `seedDemoWorkbook` is the seeded demo company, scaled down.
 */

/** The day the fixtures are "as of"; the GAS fakes' clock starts at 2025-01-15T00:00Z, 09:00 in Seoul. */
export const FIXTURE_AS_OF = '2025-01-15';
export const FIXTURE_NOW = Date.UTC(2025, 0, 15, 0, 0, 0);

type Cells = Readonly<Record<string, OutputValue>>;

function enumLabel(registerId: RegisterId, field: string, key: string, lang: Lang): string {
  const found = registerById(registerId).fields.find((candidate) => candidate.key === field)?.enumValues?.find((value) => value.key === key);
  if (found === undefined) {
    throw new Error(`No value ${key} for ${registerId}.${field}.`);
  }
  return found.label[lang];
}

function rowOf(registerId: RegisterId, cells: Cells): OutputValue[] {
  return registerById(registerId).fields.map((field) => cells[field.key] ?? '');
}

function sheetOf(port: WorkbookPort, registerId: RegisterId): string {
  const sheet = port.listSheets().find((candidate) => candidate.marker === registerId);
  if (sheet === undefined) {
    throw new Error(`Setup did not create the ${registerId} tab.`);
  }
  return sheet.name;
}

function setSetting(port: WorkbookPort, key: string, value: string): void {
  const sheetName = sheetOf(port, 'settings');
  const values = port.readValues(sheetName);
  const index = values.findIndex((row) => row[0] === key);
  if (index < 1) {
    throw new Error(`The Settings tab has no ${key} row.`);
  }
  port.updateRange(sheetName, index + 1, 2, [[value]]);
}

/**
 * Sets up every tab and adds two assets (one deployed past its end of support with a warranty ending
 * in 26 days, one server in stock), two configuration items on the server, a per-device license, a
 * maintenance contract and a ledger cost.
 */
export function seedPanelWorkbook(port: WorkbookPort, lang: Lang): void {
  setupWorkbook(port, { lang });
  const status = (key: string): string => enumLabel('assets', 'status', key, lang);
  const ko = lang === 'ko';

  setSetting(port, 'departments', ko ? '개발팀, 인프라팀' : 'Development, Infrastructure');
  setSetting(port, 'locations', ko ? '본사 3층, 전산실' : 'HQ 3F, Server room');

  port.appendRows(sheetOf(port, 'assets'), [
    rowOf('assets', {
      assetTag: 'IT-2024-0001',
      name: ko ? '개발용 노트북' : 'Developer laptop',
      category: 'HW-LAPTOP',
      model: 'X1 Carbon',
      manufacturer: 'Lenovo',
      serialNumber: 'SN-0001',
      status: status('deployed'),
      assignedTo: ko ? '김민수' : 'Minsu Kim',
      department: ko ? '개발팀' : 'Development',
      location: ko ? '본사 3층' : 'HQ 3F',
      purchaseDate: { date: '2024-03-15' },
      purchaseCost: 1_800_000,
      vendor: ko ? '한빛상사' : 'Hanbit Trading',
      warrantyEnd: { date: '2025-02-10' },
      endOfSupport: { date: '2024-12-31' },
    }),
    rowOf('assets', {
      assetTag: 'IT-2024-0002',
      name: ko ? '파일 서버' : 'File server',
      category: 'HW-SERVER',
      serialNumber: 'SRV-77',
      status: status('in_stock'),
      department: ko ? '인프라팀' : 'Infrastructure',
      location: ko ? '전산실' : 'Server room',
      purchaseDate: { date: '2023-06-01' },
      purchaseCost: 12_000_000,
      vendor: ko ? '한빛상사' : 'Hanbit Trading',
    }),
  ]);

  const production = enumLabel('configurationItems', 'environment', 'production', lang);
  port.appendRows(sheetOf(port, 'configurationItems'), [
    rowOf('configurationItems', { ciId: 'APP-1', name: ko ? '파일 공유' : 'File share', environment: production, assetTag: 'IT-2024-0002' }),
    rowOf('configurationItems', { ciId: 'APP-2', name: ko ? '그룹웨어' : 'Groupware', environment: production, dependsOn: 'APP-1' }),
  ]);
  port.appendRows(sheetOf(port, 'licenses'), [
    rowOf('licenses', { licenseId: 'LIC-001', software: 'Microsoft 365', metric: enumLabel('licenses', 'metric', 'per_device', lang), quantity: 10 }),
  ]);
  port.appendRows(sheetOf(port, 'licenseAssignments'), [rowOf('licenseAssignments', { licenseId: 'LIC-001', assetTag: 'IT-2024-0001', assignedDate: { date: '2024-03-20' } })]);
  port.appendRows(sheetOf(port, 'contracts'), [
    rowOf('contracts', {
      contractId: 'CT-001',
      title: ko ? '서버 유지보수' : 'Server maintenance',
      vendor: ko ? '한빛상사' : 'Hanbit Trading',
      type: enumLabel('contracts', 'type', 'maintenance', lang),
      startDate: { date: '2024-01-01' },
      endDate: { date: '2025-12-31' },
      annualCost: 1_200_000,
      assetTags: 'IT-2024-0002',
    }),
  ]);
  port.appendRows(sheetOf(port, 'ledger'), [
    rowOf('ledger', {
      date: { date: '2024-10-01' },
      kind: enumLabel('ledger', 'kind', 'cost', lang),
      costType: enumLabel('ledger', 'costType', 'maintenance', lang),
      amount: 300_000,
      assetTag: 'IT-2024-0002',
      description: ko ? '디스크 교체' : 'Disk replacement',
    }),
  ]);
}

/** A demo company of about 60 assets: enough for realistic lists, small enough to load in a test. */
const SMALL_DEMO_SCALE = { ...DEMO_SCALE, assets: 60, licenseAssignments: 80, installations: 150, ledger: 200, configurationItems: 12, contracts: 10, licenses: 10 };

/** Sets up every tab and fills it with the seeded demo registers, one write per register. */
export function seedDemoWorkbook(port: WorkbookPort, lang: Lang, asOf: string = FIXTURE_AS_OF): void {
  setupWorkbook(port, { lang });
  const registers = generateDemoRegisters({ seed: 20250115, asOf, lang, scale: SMALL_DEMO_SCALE, deliberateErrors: false });
  for (const register of REGISTERS) {
    const sheetName = sheetOf(port, register.id);
    const rows: OutputValue[][] = registers[register.id].rows.map((row) => [...row]);
    const existingRows = port.readValues(sheetName).length - 1;
    while (rows.length < existingRows) {
      rows.push(Array<OutputValue>(register.fields.length).fill(''));
    }
    if (rows.length > 0) {
      port.updateRange(sheetName, 2, 1, rows);
    }
  }
}
