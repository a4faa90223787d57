import { computeVendorSummaries, type VendorSummary } from '../../../src/core/vendors/vendorSummary';
import { vendorSummaryView } from '../../../src/core/vendors/vendorSummaryView';
import type { Lang } from '../../../src/core/registers/schema';
import { asset, contract, ledgerEntry, recalcContext, vendor } from '../licensing/recalcContextBuilder';

const AS_OF = '2024-05-31';

const DATA = {
  vendors: [
    vendor(2, { vendor: '삼성SDS', contactName: '정과장', email: ['sales@sds.example'] }),
    vendor(3, { vendor: 'LG CNS' }),
    vendor(4, { vendor: '한국오라클' }),
  ],
  contracts: [
    contract(2, { contractId: 'C-1', vendor: '삼성SDS', startDate: '2024-01-01', endDate: '2024-12-31', renewalType: 'manual', noticeDays: 30, annualCost: { amount: 12000000, currency: null } }),
    contract(3, { contractId: 'C-2', vendor: 'lg cns', startDate: '2024-03-01', endDate: '2025-02-28', annualCost: { amount: 100, currency: 'USD' } }),
    contract(4, { contractId: 'C-3', vendor: '삼성SDS', startDate: '2023-01-01', endDate: '2023-12-31', renewalType: 'manual', annualCost: { amount: 5000000, currency: null } }),
    contract(5, { contractId: 'C-4', vendor: ' 삼성sds ', startDate: '2022-07-01', endDate: '2023-06-30', renewalType: 'automatic', termMonths: 12, noticeDays: 30, annualCost: { amount: 6000000, currency: 'KRW' } }),
    contract(6, { contractId: 'C-5', vendor: '삼성SDS', startDate: '2024-07-01', endDate: '2025-06-30', annualCost: { amount: 9000000, currency: null } }),
  ],
  assets: [
    asset(2, { assetTag: 'IT-001', vendor: '삼성SDS' }),
    asset(3, { assetTag: 'IT-002', vendor: '삼성SDS', status: 'disposed' }),
    asset(4, { assetTag: 'IT-003', vendor: '델 테크놀로지스' }),
  ],
  ledger: [
    ledgerEntry(2, { date: '2024-03-31', contractId: 'C-1', amount: { amount: 1000000, currency: null } }),
    ledgerEntry(3, { date: '2024-04-01', contractId: 'C-1', amount: { amount: 2000000, currency: null } }),
    ledgerEntry(4, { date: AS_OF, assetTag: 'it-001', amount: { amount: 300000, currency: null } }),
    ledgerEntry(5, { date: '2024-06-01', contractId: 'C-1', amount: { amount: 800000, currency: null } }),
    ledgerEntry(6, { date: '2024-05-10', kind: 'benefit', costType: 'other', contractId: 'C-1', amount: { amount: 900000, currency: null } }),
    ledgerEntry(7, { date: '2024-05-10', contractId: 'C-2', assetTag: 'IT-001', amount: { amount: 400000, currency: null } }),
    ledgerEntry(8, { date: '2024-05-11', contractId: 'C-1', amount: { amount: 100, currency: null }, currency: 'USD' }),
    ledgerEntry(9, { date: '2024-05-12', contractId: 'C-1', amount: { amount: -500000, currency: null } }),
    ledgerEntry(10, { date: '2024-04-15', assetTag: 'IT-003', amount: { amount: 700000, currency: null } }),
    ledgerEntry(11, { date: '2023-04-01', assetTag: 'IT-003', amount: { amount: 650000, currency: null } }),
  ],
};

function report(lang: Lang = 'en') {
  return computeVendorSummaries(recalcContext({ asOf: AS_OF, lang, settings: { fiscalYearStartMonth: 4 }, data: DATA, locations: { contracts: { sheetName: 'Contracts', columns: { annualCost: 10 } } } }));
}

function summaryOf(name: string): VendorSummary {
  const found = report().vendors.find((entry) => entry.vendor === name);
  if (!found) {
    throw new Error(`No vendor ${name}`);
  }
  return found;
}

describe('computeVendorSummaries', () => {
  it('names the fiscal year of the as-of date', () => {
    expect(report().fiscalYear).toBe(2024);
    expect(report().fiscalYearStart).toBe('2024-04-01');
  });

  it('merges vendor names across registers', () => {
    expect(report().vendors.map((entry) => [entry.vendor, entry.listed])).toEqual([
      ['LG CNS', true],
      ['델 테크놀로지스', false],
      ['삼성SDS', true],
      ['한국오라클', true],
    ]);
  });

  it('sums active contracts and their annual cost', () => {
    // C-1 is in force and C-4 renewed automatically to 2024-06-30; C-3 ended and C-5 starts in July.
    const samsung = summaryOf('삼성SDS');
    expect(samsung.activeContracts).toBe(2);
    expect(samsung.annualCost).toBe(18000000);
    expect(samsung.assetsSupplied).toBe(2);
    expect(samsung.contactName).toBe('정과장');
    expect(samsung.email).toEqual(['sales@sds.example']);
  });

  it('takes spend from the current fiscal year only', () => {
    // 2024-04-01 C-1 2,000,000 + 2024-05-31 IT-001 300,000 − 2024-05-12 refund 500,000.
    // Left out: 2024-03-31 (previous fiscal year), 2024-06-01 (after the as-of date), the benefit,
    // the USD row and the C-2 row, which belongs to LG CNS through its contract.
    expect(summaryOf('삼성SDS').spendThisFiscalYear).toBe(1800000);
    expect(summaryOf('LG CNS').spendThisFiscalYear).toBe(400000);
    expect(summaryOf('델 테크놀로지스').spendThisFiscalYear).toBe(700000);
  });

  it('finds the earliest upcoming notice deadline', () => {
    // C-4's renewed term ends 2024-06-30 with 30 days notice: the deadline is the as-of date itself.
    expect(summaryOf('삼성SDS').nextRenewal).toEqual({ contractId: 'C-4', deadline: AS_OF });
    expect(summaryOf('LG CNS').nextRenewal).toEqual({ contractId: 'C-2', deadline: '2025-02-28' });
    expect(summaryOf('한국오라클').nextRenewal).toBeNull();
  });

  it('leaves another currency out with a finding', () => {
    const lg = summaryOf('LG CNS');
    expect(lg.activeContracts).toBe(1);
    expect(lg.annualCost).toBe(0);
    expect(report().findings).toEqual([
      {
        sheet: 'Contracts',
        row: 3,
        column: 'Annual Cost',
        cell: 'J3',
        value: '100 USD',
        severity: 'warning',
        code: 'vendors.finding.otherCurrency',
        params: { currency: 'USD', workbookCurrency: 'KRW' },
      },
    ]);
  });

  it('counts a vendor with no activity as zero', () => {
    expect(summaryOf('한국오라클')).toEqual({
      vendor: '한국오라클',
      listed: true,
      contactName: null,
      email: [],
      activeContracts: 0,
      annualCost: 0,
      assetsSupplied: 0,
      spendThisFiscalYear: 0,
      nextRenewal: null,
    });
  });

  it('uses the calendar year with a January start', () => {
    const january = computeVendorSummaries(recalcContext({ asOf: AS_OF, data: DATA }));
    // 2024-03-31 now counts for 삼성SDS: 1,000,000 + 2,000,000 + 300,000 − 500,000.
    expect(january.fiscalYearStart).toBe('2024-01-01');
    expect(january.vendors.find((entry) => entry.vendor === '삼성SDS')?.spendThisFiscalYear).toBe(2800000);
    expect(january.vendors.find((entry) => entry.vendor === '델 테크놀로지스')?.spendThisFiscalYear).toBe(700000);
  });

  it('starts a new fiscal year in the start month', () => {
    const march = computeVendorSummaries(recalcContext({ asOf: '2024-03-31', settings: { fiscalYearStartMonth: 4 }, data: DATA }));
    // Fiscal year 2023 runs 2023-04-01 to 2024-03-31: IT-003's 2023-04-01 entry is in it.
    expect(march.fiscalYear).toBe(2023);
    expect(march.vendors.find((entry) => entry.vendor === '델 테크놀로지스')?.spendThisFiscalYear).toBe(650000);
    expect(march.vendors.find((entry) => entry.vendor === '삼성SDS')?.spendThisFiscalYear).toBe(1000000);
  });
});

describe('vendorSummaryView', () => {
  it('returns the JSON of each vendor', () => {
    const json = vendorSummaryView(recalcContext({ asOf: AS_OF, settings: { fiscalYearStartMonth: 4 }, data: DATA })).json;
    expect((json.vendors as unknown[])[2]).toEqual({
      vendor: '삼성SDS',
      listed: true,
      activeContracts: 2,
      annualCost: 18000000,
      assetsSupplied: 2,
      fiscalYear: 2024,
      spendThisFiscalYear: 1800000,
      nextRenewalDeadline: AS_OF,
      nextRenewalContractId: 'C-4',
    });
  });

  it('writes Korean labels', () => {
    const sheet = vendorSummaryView(recalcContext({ asOf: AS_OF, lang: 'ko', settings: { fiscalYearStartMonth: 4 }, data: DATA })).sheets[0];
    expect(sheet.id).toBe('vendorSummary');
    expect(sheet.name).toBe('공급업체 현황');
    expect(sheet.blocks[0].columns.map((column) => column.header)).toEqual([
      '공급업체',
      '공급업체 탭 등록',
      '담당자명',
      '이메일',
      '유효 계약 수',
      '유효 계약 연간금액',
      '공급 자산 수',
      '당기 지출액',
      '다음 갱신 조치기한',
      '다음 갱신 계약',
    ]);
    // Korean collation puts Hangul names before Latin ones.
    expect(sheet.blocks[0].rows.map((row) => row[0])).toEqual(['델 테크놀로지스', '삼성SDS', '한국오라클', 'LG CNS']);
    expect(sheet.blocks[0].rows[0]).toEqual(['델 테크놀로지스', '아니오', '', '', 0, 0, 1, 700000, null, '']);
    expect(sheet.blocks[0].rows[1]).toEqual(['삼성SDS', '예', '정과장', 'sales@sds.example', 2, 18000000, 2, 1800000, { date: AS_OF }, 'C-4']);
    expect(sheet.preamble?.[1]).toContain('2024 회계연도 시작일(2024-04-01)');
  });

  it('writes English labels', () => {
    const sheet = vendorSummaryView(recalcContext({ asOf: AS_OF, lang: 'en', data: DATA })).sheets[0];
    expect(sheet.name).toBe('Vendor Summary');
    expect(sheet.blocks[0].rows[0].slice(0, 2)).toEqual(['LG CNS', 'yes']);
  });
});
