import { computeDepreciation } from '../../../src/core/finance/assetDepreciation';
import { asset, category, financeContext, won } from './financeContext';

const categories = [
  category(2, { code: 'HW', name: 'Hardware', usefulLifeMonths: 60, depreciationMethod: 'straight_line' }),
  category(3, { code: 'HW-LAPTOP', name: '노트북', parent: 'HW', depreciationMethod: 'declining_balance' }),
  category(4, { code: 'SW', name: 'Software' }),
  category(5, { code: 'LOOP-A', name: 'Loop A', parent: 'LOOP-B' }),
  category(6, { code: 'LOOP-B', name: 'Loop B', parent: 'LOOP-A' }),
];

function depreciationOf(assets: ReturnType<typeof asset>[], lang: 'en' | 'ko' = 'en') {
  return computeDepreciation(financeContext({ asOf: '2025-06-30', lang, data: { assets, categories } }));
}

describe('computeDepreciation', () => {
  test('terms inherited from the category chain', () => {
    const result = depreciationOf([asset(2, { assetTag: 'IT-1', category: '노트북', purchaseDate: '2024-01-31', purchaseCost: won(1_000_000) })]);
    const [line] = result.lines;

    expect(line.method).toBe('declining_balance');
    expect(line.usefulLifeMonths).toBe(60);
    expect(line.usefulLifeSource).toEqual({ kind: 'category', category: categories[0] });
    expect(line.methodSource).toEqual({ kind: 'category', category: categories[1] });
    expect(line.category).toBe('노트북');
    // 2024-01 … 2025-06 is 18 months. 1,000,000 → 549,000 → 549,000 − 247,599 × 6 ÷ 12 = 425,200.5.
    expect(line.monthsInService).toBe(18);
    expect(line.bookValue).toBeCloseTo(425_200.5, 6);
    expect(result.findings).toEqual([]);
  });

  test('asset row overrides the category', () => {
    const result = depreciationOf([
      asset(2, { assetTag: 'IT-1', category: 'HW-LAPTOP', purchaseDate: '2024-07-01', purchaseCost: won(2_000_000), salvageValue: won(400_000), usefulLifeMonths: 36, depreciationMethod: 'straight_line' }),
    ]);
    const [line] = result.lines;

    expect(line.method).toBe('straight_line');
    expect(line.usefulLifeSource).toEqual({ kind: 'asset' });
    // (2,000,000 − 400,000) ÷ 36 = 44,444.44… a month. 12 months are 533,333.33….
    expect(line.accumulated).toBeCloseTo(533_333.3333, 4);
  });

  test('useful life end and past useful life', () => {
    const result = depreciationOf([asset(2, { assetTag: 'IT-1', category: 'hw', purchaseDate: '2019-03-15', purchaseCost: won(6_000_000), salvageValue: won(600_000) })]);
    const [line] = result.lines;

    // 60 months from March 2019 end on the last day of February 2024, a leap year.
    expect(line.usefulLifeEnd).toBe('2024-02-29');
    expect(line.pastUsefulLife).toBe(true);
    expect(line.monthsInService).toBe(60);
    expect(line.bookValue).toBe(600_000);
  });

  test('full depreciation in the final month is not past', () => {
    const result = depreciationOf([asset(2, { assetTag: 'IT-1', category: 'HW', purchaseDate: '2020-07-01', purchaseCost: won(600_000) })]);
    // July 2020 … June 2025 is exactly 60 months.
    expect(result.lines[0].usefulLifeEnd).toBe('2025-06-30');
    expect(result.lines[0].fullyDepreciated).toBe(true);
    expect(result.lines[0].pastUsefulLife).toBe(false);
  });

  test('purchase after the as-of date', () => {
    const result = depreciationOf([asset(2, { assetTag: 'IT-1', category: 'HW', purchaseDate: '2025-07-15', purchaseCost: won(500_000) })]);
    expect(result.lines[0].monthsInService).toBe(0);
    expect(result.lines[0].bookValue).toBe(500_000);
  });

  test('findings point at the cell to fix', () => {
    const result = depreciationOf([
      asset(2, { assetTag: 'A-2', category: 'HW', purchaseCost: won(100) }),
      asset(3, { assetTag: 'A-3', category: 'HW', purchaseDate: '2025-01-01' }),
      asset(4, { assetTag: 'A-4', category: 'HW', purchaseDate: '2025-01-01', purchaseCost: { amount: 1200, currency: 'USD' } }),
      asset(5, { assetTag: 'A-5', category: 'HW', purchaseDate: '2025-01-01', purchaseCost: won(100), salvageValue: { amount: 5, currency: 'USD' } }),
      asset(6, { assetTag: 'A-6', category: 'HW', purchaseDate: '2025-01-01', purchaseCost: won(100), salvageValue: won(200) }),
      asset(7, { assetTag: 'A-7', category: 'Printers', purchaseDate: '2025-01-01', purchaseCost: won(100) }),
      asset(8, { assetTag: 'A-8', category: 'SW', purchaseDate: '2025-01-01', purchaseCost: won(100) }),
      asset(9, { assetTag: 'A-9', category: 'SW', purchaseDate: '2025-01-01', purchaseCost: won(100), usefulLifeMonths: 36 }),
      asset(10, { assetTag: 'A-10', purchaseDate: '2025-01-01', purchaseCost: won(100) }),
      asset(11, { assetTag: 'A-11', category: 'Loop A', purchaseDate: '2025-01-01', purchaseCost: won(100) }),
      asset(12, { assetTag: 'A-12', category: 'Loop A', purchaseDate: '2025-01-01', purchaseCost: won(100) }),
      asset(13, { assetTag: 'A-13' }),
      asset(14, { name: 'no tag', purchaseDate: '2025-01-01', purchaseCost: won(100) }),
    ]);

    const summary = result.findings.map((finding) => [finding.sheet, finding.cell, finding.column, finding.value, finding.code]);
    expect(summary).toEqual([
      ['Assets', 'K2', 'Purchase Date', '', 'finance.finding.missingPurchaseDate'],
      ['Assets', 'L3', 'Purchase Cost', '', 'finance.finding.missingPurchaseCost'],
      ['Assets', 'L4', 'Purchase Cost', '1200 USD', 'finance.finding.purchaseOtherCurrency'],
      ['Assets', 'Q5', 'Salvage Value', '5 USD', 'finance.finding.salvageOtherCurrency'],
      ['Assets', 'Q6', 'Salvage Value', '200', 'finance.finding.salvageAboveCost'],
      ['Assets', 'C7', 'Category', 'Printers', 'finance.finding.unknownCategory'],
      ['Assets', 'P8', 'Useful Life (Months)', '', 'finance.finding.noUsefulLife'],
      ['Assets', 'R9', 'Depreciation Method', '', 'finance.finding.noDepreciationMethod'],
      ['Assets', 'P10', 'Useful Life (Months)', '', 'finance.finding.noUsefulLifeNoCategory'],
      // The cycle is reported once, when the first asset meets it.
      ['Categories', 'C5', 'Parent', 'LOOP-B', 'finance.finding.categoryCycle'],
      ['Assets', 'P11', 'Useful Life (Months)', '', 'finance.finding.noUsefulLife'],
      ['Assets', 'P12', 'Useful Life (Months)', '', 'finance.finding.noUsefulLife'],
    ]);
    expect(result.findings[2].params).toEqual({ currency: 'USD', expected: 'KRW' });
    expect(result.findings.every((finding) => finding.severity === 'warning')).toBe(true);
    expect(result.lines).toEqual([]);
    // Every tagged asset without a line is listed with its reason. A-13 has neither date nor cost and raises no finding.
    expect(result.notDepreciated.map((entry) => entry.assetTag)).toEqual(['A-2', 'A-3', 'A-4', 'A-5', 'A-6', 'A-7', 'A-8', 'A-9', 'A-10', 'A-11', 'A-12', 'A-13']);
    expect(result.notDepreciated[11].reason).toBe('finance.depreciation.reason.noPurchase');
  });

  test('findings name the Korean tab and header', () => {
    const result = depreciationOf([asset(2, { assetTag: 'A-2', category: 'HW', purchaseCost: won(100) })], 'ko');
    expect(result.findings[0].sheet).toBe('자산');
    expect(result.findings[0].column).toBe('취득일');
  });

  test('missing tab gives no cell', () => {
    const context = financeContext({ asOf: '2025-06-30', data: { assets: [asset(2, { assetTag: 'A-2', purchaseCost: won(100) })] }, locations: {} });
    const [finding] = computeDepreciation(context).findings;
    expect(finding.sheet).toBe('Assets');
    expect(finding.row).toBe(2);
    expect(finding.cell).toBeNull();
  });
});
