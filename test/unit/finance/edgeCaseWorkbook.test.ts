import { financeViews } from '../../../src/core/finance/financeViews';
import type { ViewResult } from '../../../src/core/recalc/view';
import { edgeCaseWorkbook } from './edgeCaseWorkbook';

function mergedJson(results: readonly ViewResult[]): Record<string, unknown> {
  return Object.assign({}, ...results.map((result) => result.json));
}

describe('edge-case workbook JSON', () => {
  const results = financeViews.map((view) => view(edgeCaseWorkbook()));
  const json = mergedJson(results);

  test('depreciation', () => {
    expect(json.depreciation).toEqual([
      // Bought 2024-01-31: 18 months. 0.451 × 1,000,000 = 451,000, then 0.451 × 549,000 × 6 ÷ 12 = 123,799.5.
      // Accumulated 574,799.5 and book value 425,200.5 both round half away from zero.
      { assetTag: 'IT-0001', method: 'declining_balance', monthsInService: 18, accumulated: 574_800, bookValue: 425_201 },
      // Life over: 76 months capped at 60, and (6,000,000 − 600,000) ÷ 60 × 60 = 5,400,000.
      { assetTag: 'IT-0002', method: 'straight_line', monthsInService: 60, accumulated: 5_400_000, bookValue: 600_000 },
      // Salvage 20%: rate 1 − 0.2^(1/3) = 0.4152 → 0.416. 12 months charge 0.416 × 2,000,000 = 832,000.
      { assetTag: 'IT-0003', method: 'declining_balance', monthsInService: 12, accumulated: 832_000, bookValue: 1_168_000 },
      // 1,500,000 ÷ 60 = 25,000 × 6 months.
      { assetTag: 'IT-0004', method: 'straight_line', monthsInService: 6, accumulated: 150_000, bookValue: 1_350_000 },
      // 800,000 ÷ 60 = 13,333.33 × 5 months = 66,666.67. Book value 733,333.33.
      { assetTag: 'IT-0005', method: 'straight_line', monthsInService: 5, accumulated: 66_667, bookValue: 733_333 },
      // Bought after the as-of date.
      { assetTag: 'IT-0007', method: 'straight_line', monthsInService: 0, accumulated: 0, bookValue: 500_000 },
    ]);
  });

  test('TCO per asset', () => {
    const tco = json.tco as { assets: unknown[] };
    expect(tco.assets).toEqual([
      // 1,000,000 + 50,000 support. The 99,999 entry of 2025-08-01 is after the as-of date.
      { assetTag: 'IT-0001', acquisition: 1_000_000, ledger: 50_000, allocated: 0, total: 1_050_000 },
      // 6,000,000 − 200,000 disposal proceeds.
      { assetTag: 'IT-0002', acquisition: 6_000_000, ledger: -200_000, allocated: 0, total: 5_800_000 },
      { assetTag: 'IT-0003', acquisition: 2_000_000, ledger: 0, allocated: 0, total: 2_000_000 },
      // C-1 lists IT-0004 twice and IT-0005 once: 240,000 ÷ 2 = 120,000 each.
      { assetTag: 'IT-0004', acquisition: 1_500_000, ledger: 0, allocated: 120_000, total: 1_620_000 },
      // The 800,000 acquisition entry doubles the purchase cost and is left out.
      { assetTag: 'IT-0005', acquisition: 800_000, ledger: 0, allocated: 120_000, total: 920_000 },
      { assetTag: 'IT-0006', acquisition: 300_000, ledger: 0, allocated: 0, total: 300_000 },
      { assetTag: 'IT-0007', acquisition: 0, ledger: 0, allocated: 0, total: 0 },
    ]);
  });

  test('TCO roll-ups', () => {
    const tco = json.tco as Record<string, unknown>;
    // Hardware 1,620,000 + 920,000 + 0. Server 5,800,000. 노트북 1,050,000 + 2,000,000. No category 300,000.
    expect(tco.byCategory).toEqual([
      { category: 'Hardware', total: 2_540_000 },
      { category: 'Server', total: 5_800_000 },
      { category: '노트북', total: 3_050_000 },
      { category: null, total: 300_000 },
    ]);
    // IT 1,050,000 + 2,000,000 + 920,000. Ops 5,800,000 + 1,620,000 + 0.
    expect(tco.byDepartment).toEqual([
      { department: 'IT', total: 3_970_000 },
      { department: 'Ops', total: 7_420_000 },
      { department: null, total: 300_000 },
    ]);
    // 2019: IT-0002 purchase. 2024: 1,000,000 + 2,000,000.
    // 2025: 1,500,000 + 800,000 + 300,000 + 50,000 − 200,000 + 240,000 = 2,690,000.
    expect(tco.byFiscalYear).toEqual([
      { fiscalYear: 2019, total: 6_000_000 },
      { fiscalYear: 2024, total: 3_000_000 },
      { fiscalYear: 2025, total: 2_690_000 },
    ]);
  });

  test('ROI', () => {
    const roi = json.roi as Array<Record<string, unknown>>;
    expect(roi.map((line) => line.investment)).toEqual(['CRM', 'ERP', 'Portal']);

    // CRM, benefits before costs: 2024-11 +100,000 | 2024-12 −300,000 | 2025-01 0 | 2025-02 +250,000.
    // ROI = (350,000 − 300,000) ÷ 300,000. Payback in month 4. NPV = 100,000 − 298,782.72 + 246,969.14.
    expect(roi[0]).toEqual({ investment: 'CRM', cost: 300_000, benefit: 350_000, roi: expect.closeTo(1 / 6, 12), paybackMonths: 4, npv: 48_186 });
    // ERP: 2024-01 −1,000,000 | 2024-03 +400,000 | 2025-01 +700,000 | 2025-04 −50,000.
    // NPV = −1,000,000 + 396,760.51 + 666,666.67 − 47,041.74 = 16,385.44.
    expect(roi[1]).toEqual({ investment: 'ERP', cost: 1_050_000, benefit: 1_100_000, roi: expect.closeTo(50_000 / 1_050_000, 12), paybackMonths: 13, npv: 16_385 });
    // Portal, no benefits.
    expect(roi[2]).toEqual({ investment: 'Portal', cost: 120_000, benefit: 0, roi: -1, paybackMonths: null, npv: -120_000 });
  });

  test('budget', () => {
    expect(json.budget).toEqual([
      // FY2024 Sales labor: 200,000 − 300,000.
      { fiscalYear: 2024, department: 'Sales', costType: 'labor', budget: 200_000, actual: 300_000, variance: -100_000 },
      // The acquisition entry counts as spending although TCO leaves it out.
      { fiscalYear: 2025, department: 'IT', costType: 'acquisition', budget: 1_000_000, actual: 800_000, variance: 200_000 },
      { fiscalYear: 2025, department: 'IT', costType: 'support', budget: 40_000, actual: 50_000, variance: -10_000 },
      // No budget line: budget 0. The dollar entry is left out.
      { fiscalYear: 2025, department: 'IT', costType: 'labor', budget: 0, actual: 120_000, variance: -120_000 },
      { fiscalYear: 2025, department: 'Ops', costType: 'maintenance', budget: 600_000, actual: 240_000, variance: 360_000 },
    ]);
  });

  test('findings', () => {
    const findings = results.flatMap((result) => result.findings);
    expect(findings.map((finding) => [finding.sheet, finding.cell, finding.severity, finding.code])).toEqual([
      // TCO view: the dollar entry and the double-counted acquisition.
      ['Costs & Benefits', 'D13', 'warning', 'finance.finding.ledgerOtherCurrency'],
      ['Costs & Benefits', 'D3', 'warning', 'finance.finding.doubleAcquisition'],
      // Depreciation view: IT-0006 has no category and no useful life.
      ['Assets', 'P7', 'warning', 'finance.finding.noUsefulLifeNoCategory'],
    ]);
  });

  test('JSON is plain numbers', () => {
    const text = JSON.stringify(json);
    expect(JSON.parse(text)).toEqual(json);
    expect(text).not.toMatch(/NaN|Infinity/);
  });
});
