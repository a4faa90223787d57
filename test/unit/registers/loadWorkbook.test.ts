import { translate } from '../../../src/core/i18n';
import { loadWorkbook } from '../../../src/core/registers/loadWorkbook';
import { setupWorkbook } from '../../../src/core/setup/setupWorkbook';
import { MemoryWorkbookPort } from '../../support/memoryWorkbookPort';

const ASSET_HEADER = ['Asset Tag', 'Name', 'Category', 'Status', 'Purchase Date', 'Purchase Cost', 'Serial Number'];

function codes(port: MemoryWorkbookPort): string[] {
  return loadWorkbook(port).findings.map((finding) => `${finding.cell ?? '-'} ${finding.code}`);
}

describe('loadWorkbook', () => {
  test('headers match after BOM, case, NFC and spacing', () => {
    const port = new MemoryWorkbookPort().addSheet('Assets', [
      ['\uFEFF asset tag ', 'NAME', '  Category', 'status', 'purchase  date', 'Purchase Cost', 'S/N'],
      ['IT-1', 'Laptop', 'HW-LAPTOP', 'deployed', '2025. 2. 3.', '1,234,000원', '0003'],
    ]);
    const loaded = loadWorkbook(port);
    const asset = loaded.data.assets[0];
    expect(asset.assetTag).toBe('IT-1');
    expect(asset.status).toBe('deployed');
    expect(asset.purchaseDate).toBe('2025-02-03');
    expect(asset.purchaseCost).toEqual({ amount: 1234000, currency: 'KRW' });
    expect(asset.serialNumber).toBe('0003');
    expect(asset.row).toBe(2);
  });

  test('Korean headers in any column order', () => {
    const port = new MemoryWorkbookPort().addSheet('자산', [
      ['상태', '자산명', '자산번호'.normalize('NFD'), '분류', '사용자정의 열'],
      ['사용중', '노트북', 'IT-2', 'HW', '메모'],
    ]);
    const loaded = loadWorkbook(port);
    expect(loaded.data.assets).toHaveLength(1);
    expect(loaded.data.assets[0].assetTag).toBe('IT-2');
    expect(loaded.data.assets[0].status).toBe('deployed');
    expect(loaded.lang).toBe('ko');
  });

  test('renamed tab found by marker', () => {
    const port = new MemoryWorkbookPort().addSheet('우리 회사 장비', [ASSET_HEADER, ['IT-3', 'PC', 'HW', 'in stock', '', '', '']], 'assets');
    const loaded = loadWorkbook(port);
    expect(loaded.locations.assets?.sheetName).toBe('우리 회사 장비');
    expect(loaded.data.assets[0].status).toBe('in_stock');
  });

  test('missing required column is one finding', () => {
    const port = new MemoryWorkbookPort().addSheet('Assets', [['Asset Tag', 'Name', 'Category'], ['IT-4', 'PC', 'HW']]);
    const findings = loadWorkbook(port).findings.filter((finding) => finding.code === 'finding.missingRequiredColumn');
    expect(findings).toHaveLength(1);
    expect(findings[0].params.column).toBe('Status');
    expect(translate('en', findings[0].code, findings[0].params)).toContain('Assets');
  });

  test('duplicate header names both columns', () => {
    const port = new MemoryWorkbookPort().addSheet('Assets', [[...ASSET_HEADER, 'Name'], ['IT-5', 'A', 'HW', 'deployed', '', '', '', 'B']]);
    const duplicate = loadWorkbook(port).findings.find((finding) => finding.code === 'finding.duplicateHeader');
    expect(duplicate?.params.first).toBe('B');
    expect(duplicate?.params.second).toBe('H');
  });

  test('invalid cells become findings with A1 cells', () => {
    const port = new MemoryWorkbookPort().addSheet('Assets', [
      ASSET_HEADER,
      ['IT-6', 'PC', 'HW', 'broken', '2025-02-30', '약 120만원', ''],
      ['', '', '', '', '', '', ''],
      ['IT-6', '', 'HW', 'deployed', 'N/A', '-', ''],
    ]);
    const found = codes(port);
    expect(found).toContain('D2 problem.invalidEnum');
    expect(found).toContain('E2 problem.impossibleDate');
    expect(found).toContain('F2 problem.invalidMoney');
    expect(found).toContain('A4 finding.duplicateKey');
    expect(found).toContain('B4 finding.requiredMissing');
    expect(found.filter((line) => line.startsWith('E4') || line.startsWith('F4'))).toEqual([]);
    const loaded = loadWorkbook(port);
    expect(loaded.data.assets).toHaveLength(2);
    expect(loaded.data.assets[1].purchaseDate).toBeNull();
  });

  test('unknown references are warnings', () => {
    const port = new MemoryWorkbookPort()
      .addSheet('Assets', [ASSET_HEADER, ['IT-7', 'PC', 'HW', 'deployed', '', '', '']])
      .addSheet('Costs & Benefits', [['Date', 'Kind', 'Cost Type', 'Amount', 'Asset Tag'], ['2025-01-01', 'cost', 'maintenance', 1000, 'IT-404']]);
    expect(codes(port)).toContain('E2 finding.unknownReference');
  });

  test('settings parse with fallbacks', () => {
    const port = new MemoryWorkbookPort('Asia/Seoul', 'en_US').addSheet('Settings', [
      ['Key', 'Value', 'Description'],
      ['language', 'ko', ''],
      ['reminderLeadDays', '30, 7, 90', ''],
      ['fiscalYearStartMonth', 13, ''],
      ['npvDiscountRate', '8%', ''],
      ['transition.in_stock', '사용중, lost', ''],
      ['colour', 'blue', ''],
    ]);
    const loaded = loadWorkbook(port);
    expect(loaded.lang).toBe('ko');
    expect(loaded.settings.reminderLeadDays).toEqual([90, 30, 7]);
    expect(loaded.settings.fiscalYearStartMonth).toBe(1);
    expect(loaded.settings.npvDiscountRate).toBeCloseTo(0.08);
    expect(loaded.settings.transitions.in_stock).toEqual(['deployed', 'lost']);
    const settingCodes = loaded.findings.map((finding) => `${finding.cell} ${finding.code}`);
    expect(settingCodes).toContain('B4 setting.invalid.month');
    expect(settingCodes).toContain('A7 finding.unknownSetting');
  });

  test('every finding renders in both languages', () => {
    const port = new MemoryWorkbookPort().addSheet('Assets', [ASSET_HEADER, ['IT-8', '', 'X', 'nope', '13/13/2025', 'abc', 6.37702e15]]);
    for (const finding of loadWorkbook(port).findings) {
      expect(translate('en', finding.code, finding.params)).not.toMatch(/\{[a-z]/);
      expect(translate('ko', finding.code, finding.params)).not.toMatch(/\{[a-z]/);
    }
  });
});

describe('setupWorkbook', () => {
  test('creates every register then changes nothing', () => {
    const port = new MemoryWorkbookPort();
    const first = setupWorkbook(port, { lang: 'ko' });
    expect(first.created).toContain('자산');
    expect(first.created).toContain('설정');
    expect(first.created).toHaveLength(12);
    expect(first.created).toContain('변경 이력');
    const snapshot = JSON.stringify(port.sheets);
    const second = setupWorkbook(port);
    expect(second.created).toEqual([]);
    expect(second.addedColumns).toBe(0);
    expect(second.lang).toBe('ko');
    expect(JSON.stringify(port.sheets)).toBe(snapshot);
    expect(loadWorkbook(port).findings.filter((finding) => finding.severity === 'error')).toEqual([]);
  });

  test('appends only missing columns and keeps user data', () => {
    const port = new MemoryWorkbookPort('Asia/Seoul', 'en_US').addSheet('Assets', [
      ['Tag', 'Name', 'My column', 'Serial'],
      ['IT-9', 'PC', 'keep me', '0001'],
    ]);
    const report = setupWorkbook(port, { lang: 'en' });
    const values = port.sheet('Assets')?.values ?? [];
    expect(values[1]).toEqual(['IT-9', 'PC', 'keep me', '0001']);
    expect(values[0].slice(0, 4)).toEqual(['Tag', 'Name', 'My column', 'Serial']);
    expect(values[0]).not.toContain('Asset Tag');
    expect(values[0]).not.toContain('Serial Number');
    expect(values[0]).toContain('Status');
    expect(report.addedColumns).toBe(values[0].length - 4);
    expect(port.sheet('Assets')?.marker).toBe('assets');
  });
});
