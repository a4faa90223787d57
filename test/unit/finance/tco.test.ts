import { computeTco, type AssetTco } from '../../../src/core/finance/tco';
import { asset, assignment, category, contract, financeContext, ledgerEntry, license, won } from './financeContext';

function byTag(assets: readonly AssetTco[], tag: string): AssetTco {
  const found = assets.find((candidate) => candidate.assetTag === tag);
  if (found === undefined) {
    throw new Error(`No TCO line for ${tag}`);
  }
  return found;
}

describe('computeTco', () => {
  test('purchase, ledger costs and disposal proceeds', () => {
    const context = financeContext({
      asOf: '2025-06-30',
      data: {
        assets: [asset(2, { assetTag: 'IT-1', purchaseDate: '2024-01-31', purchaseCost: won(1_000_000) })],
        ledger: [
          ledgerEntry(2, { date: '2025-04-15', kind: 'cost', costType: 'support', amount: won(50_000), assetTag: 'it-1' }),
          ledgerEntry(3, { date: '2025-05-01', kind: 'cost', costType: 'maintenance', amount: won(-10_000), assetTag: 'IT-1' }),
          ledgerEntry(4, { date: '2025-06-30', kind: 'benefit', costType: 'disposal', amount: won(200_000), assetTag: 'IT-1' }),
          ledgerEntry(5, { date: '2025-06-01', kind: 'benefit', costType: 'other', amount: won(999), assetTag: 'IT-1' }),
          ledgerEntry(6, { date: '2025-07-01', kind: 'cost', costType: 'maintenance', amount: won(77_777), assetTag: 'IT-1' }),
        ],
      },
    });
    const line = computeTco(context).assets[0];

    expect(line.acquisition).toBe(1_000_000);
    // 50,000 − 10,000 (a refund). The entry of 2025-07-01 is after the as-of date.
    expect(line.ledgerCosts).toBe(40_000);
    // Only benefits of cost type disposal reduce TCO.
    expect(line.disposalProceeds).toBe(200_000);
    // 1,000,000 + 40,000 − 200,000.
    expect(line.total).toBe(840_000);
    // 2024-01 … 2025-06 is 18 months. 840,000 ÷ 18 = 46,666.67.
    expect(line.monthsInService).toBe(18);
    expect(line.totalPerMonth).toBeCloseTo(46_666.6667, 4);
  });

  test('purchase after the as-of date is not counted', () => {
    const context = financeContext({ asOf: '2025-06-30', data: { assets: [asset(2, { assetTag: 'IT-1', purchaseDate: '2025-07-15', purchaseCost: won(500_000) })] } });
    const line = computeTco(context).assets[0];
    expect(line.acquisition).toBe(0);
    expect(line.monthsInService).toBe(0);
    expect(line.totalPerMonth).toBeNull();
  });

  test('contract costs split across listed assets', () => {
    const context = financeContext({
      asOf: '2025-06-30',
      data: {
        assets: [asset(2, { assetTag: 'IT-1' }), asset(3, { assetTag: 'IT-2' })],
        contracts: [contract(2, { contractId: 'C-1', assetTags: ['IT-1', 'IT-2', 'it-1', 'IT-404'] })],
        ledger: [
          ledgerEntry(2, { date: '2025-03-31', kind: 'cost', amount: won(300_000), contractId: 'c-1' }),
          ledgerEntry(3, { date: '2025-04-30', kind: 'cost', amount: won(100), contractId: 'C-1', assetTag: 'IT-2' }),
        ],
      },
    });
    const result = computeTco(context);

    // IT-1 is listed twice, so 3 distinct tags: 300,000 ÷ 3 = 100,000 each. IT-404's share is in no asset.
    expect(byTag(result.assets, 'IT-1').contractShare).toBe(100_000);
    // A row with an Asset Tag belongs to that asset only.
    expect(byTag(result.assets, 'IT-2').contractShare).toBe(100_000);
    expect(byTag(result.assets, 'IT-2').ledgerCosts).toBe(100);
    expect(result.shares).toHaveLength(1);
    expect(result.shares[0].assetTags).toEqual(['IT-1', 'IT-2', 'IT-404']);
    expect(result.findings.map((finding) => [finding.sheet, finding.cell, finding.code, finding.params.assetTag])).toEqual([
      ['Contracts', 'M2', 'finance.finding.contractShareUnassigned', 'IT-404'],
    ]);
  });

  test('contract with no assets is flagged', () => {
    const context = financeContext({
      asOf: '2025-06-30',
      data: {
        contracts: [contract(2, { contractId: 'C-1' })],
        ledger: [ledgerEntry(5, { date: '2025-03-31', kind: 'cost', amount: won(300_000), contractId: 'C-1' })],
      },
    });
    const [finding] = computeTco(context).findings;
    expect([finding.sheet, finding.cell, finding.severity, finding.code]).toEqual(['Costs & Benefits', 'H5', 'info', 'finance.finding.contractUnallocated']);
  });

  test('unallocated contract reported once with count', () => {
    const context = financeContext({
      asOf: '2025-06-30',
      data: {
        contracts: [contract(2, { contractId: 'C-1' })],
        ledger: [
          ledgerEntry(5, { date: '2025-01-31', kind: 'cost', amount: won(100_000), contractId: 'C-1' }),
          ledgerEntry(6, { date: '2025-02-28', kind: 'cost', amount: won(100_000), contractId: 'c-1' }),
          ledgerEntry(7, { date: '2025-03-31', kind: 'cost', amount: won(100_000), contractId: 'C-1' }),
        ],
      },
    });
    const findings = computeTco(context).findings.filter((finding) => finding.code === 'finance.finding.contractUnallocated');
    expect(findings).toHaveLength(1);
    expect(findings[0].cell).toBe('H5');
    expect(findings[0].params.entries).toBe(3);
  });

  test('per-device license split across active devices', () => {
    const context = financeContext({
      asOf: '2025-06-30',
      data: {
        assets: ['D-1', 'D-2', 'D-3', 'D-4'].map((tag, index) => asset(index + 2, { assetTag: tag })),
        licenses: [license(2, { licenseId: 'L-1', metric: 'per_device' }), license(3, { licenseId: 'L-2', metric: 'per_user' })],
        licenseAssignments: [
          assignment(2, { licenseId: 'L-1', assetTag: 'D-1' }),
          assignment(3, { licenseId: 'l-1', assetTag: 'D-2', removedDate: '2025-07-01' }),
          assignment(4, { licenseId: 'L-1', assetTag: 'D-3', removedDate: '2025-06-30' }),
          assignment(5, { licenseId: 'L-1', assetTag: 'D-4', assignedDate: '2025-07-01' }),
          assignment(6, { licenseId: 'L-1', assetTag: 'D-1', assignedDate: '2025-01-01' }),
          assignment(7, { licenseId: 'L-1', user: 'kim@example.com' }),
        ],
        ledger: [
          ledgerEntry(2, { date: '2025-01-15', kind: 'cost', costType: 'license', amount: won(90_000), licenseId: 'L-1' }),
          ledgerEntry(3, { date: '2025-01-15', kind: 'cost', costType: 'license', amount: won(50_000), licenseId: 'L-2' }),
        ],
      },
    });
    const result = computeTco(context);

    // Active on 2025-06-30: D-1 (twice, counted once) and D-2 (removed after the as-of date).
    // D-3 was removed on the as-of date and D-4 is assigned later. 90,000 ÷ 2 = 45,000.
    expect(byTag(result.assets, 'D-1').licenseShare).toBe(45_000);
    expect(byTag(result.assets, 'D-2').licenseShare).toBe(45_000);
    expect(byTag(result.assets, 'D-3').licenseShare).toBe(0);
    expect(byTag(result.assets, 'D-4').licenseShare).toBe(0);
    // The per-user license has no device to carry its cost.
    expect(result.shares.map((share) => share.sourceId)).toEqual(['L-1']);
    expect(result.findings).toEqual([]);
  });

  test('per-device license without devices is flagged', () => {
    const context = financeContext({
      asOf: '2025-06-30',
      data: {
        licenses: [license(2, { licenseId: 'L-1', metric: 'per_device' })],
        licenseAssignments: [assignment(2, { licenseId: 'L-1', assetTag: 'D-1', removedDate: '2025-01-01' })],
        ledger: [ledgerEntry(4, { date: '2025-01-15', kind: 'cost', amount: won(90_000), licenseId: 'L-1' })],
      },
    });
    const [finding] = computeTco(context).findings;
    expect([finding.cell, finding.code, finding.params]).toEqual(['G4', 'finance.finding.licenseUnallocated', { licenseId: 'L-1', asOf: '2025-06-30', entries: 1 }]);
  });

  test('license assigned to an unknown asset is flagged', () => {
    const context = financeContext({
      asOf: '2025-06-30',
      data: {
        assets: [asset(2, { assetTag: 'D-1' })],
        licenses: [license(2, { licenseId: 'L-1', metric: 'per_device' })],
        licenseAssignments: [assignment(2, { licenseId: 'L-1', assetTag: 'D-1' }), assignment(3, { licenseId: 'L-1', assetTag: 'D-9' })],
        ledger: [ledgerEntry(2, { date: '2025-01-15', kind: 'cost', amount: won(90_000), licenseId: 'L-1' })],
      },
    });
    const result = computeTco(context);
    expect(result.assets[0].licenseShare).toBe(45_000);
    expect(result.findings.map((finding) => [finding.sheet, finding.cell, finding.code])).toEqual([
      ['License Assignments', 'B3', 'finance.finding.licenseShareUnassigned'],
    ]);
  });

  test('double-counted acquisition is flagged and left out', () => {
    const context = financeContext({
      asOf: '2025-06-30',
      data: {
        assets: [asset(2, { assetTag: 'IT-1', purchaseDate: '2025-02-28', purchaseCost: won(800_000) }), asset(3, { assetTag: 'IT-2' })],
        ledger: [
          ledgerEntry(7, { date: '2025-02-28', kind: 'cost', costType: 'acquisition', amount: won(800_000), assetTag: 'IT-1' }),
          ledgerEntry(8, { date: '2025-02-28', kind: 'cost', costType: 'acquisition', amount: won(300_000), assetTag: 'IT-2' }),
        ],
      },
    });
    const result = computeTco(context);

    expect(byTag(result.assets, 'IT-1').total).toBe(800_000);
    // IT-2 has no purchase cost, so its acquisition entry is its cost.
    expect(byTag(result.assets, 'IT-2').total).toBe(300_000);
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toEqual({
      sheet: 'Costs & Benefits',
      row: 7,
      column: 'Amount',
      cell: 'D7',
      value: '800000',
      severity: 'warning',
      code: 'finance.finding.doubleAcquisition',
      params: { assetTag: 'IT-1', assetRow: 2, purchaseCost: 800_000 },
    });
  });

  test('other currency is flagged and left out', () => {
    const context = financeContext({
      asOf: '2025-06-30',
      data: {
        assets: [asset(2, { assetTag: 'IT-1' })],
        ledger: [
          ledgerEntry(2, { date: '2025-03-01', amount: { amount: 100, currency: 'USD' }, assetTag: 'IT-1' }),
          ledgerEntry(3, { date: '2025-03-01', amount: won(100), currency: 'usd', assetTag: 'IT-1' }),
          ledgerEntry(4, { date: '2025-03-01', amount: { amount: 100, currency: 'JPY' }, currency: 'USD', assetTag: 'IT-1' }),
          ledgerEntry(5, { date: '2025-03-01', amount: { amount: 100, currency: 'KRW' }, currency: 'KRW', assetTag: 'IT-1' }),
          ledgerEntry(6, { date: '2025-09-01', amount: { amount: 100, currency: 'USD' }, assetTag: 'IT-1' }),
        ],
      },
    });
    const result = computeTco(context);

    expect(result.assets[0].ledgerCosts).toBe(100);
    // Row 6 is after the as-of date, so it is a plan and not checked.
    expect(result.findings.map((finding) => [finding.cell, finding.value, finding.code, finding.params])).toEqual([
      ['D2', '100 USD', 'finance.finding.ledgerOtherCurrency', { currency: 'USD', expected: 'KRW' }],
      ['E3', 'usd', 'finance.finding.ledgerOtherCurrency', { currency: 'USD', expected: 'KRW' }],
      ['E4', 'USD', 'finance.finding.ledgerCurrencyConflict', { currency: 'USD', amountCurrency: 'JPY' }],
    ]);
  });

  test('roll-ups by category, department and fiscal year', () => {
    const context = financeContext({
      asOf: '2025-06-30',
      settings: { fiscalYearStartMonth: 4 },
      data: {
        categories: [category(2, { code: 'HW-LAPTOP', name: '노트북' }), category(3, { code: 'HW', name: 'Hardware' })],
        assets: [
          asset(2, { assetTag: 'A', category: 'hw-laptop', department: 'IT', purchaseDate: '2025-03-31', purchaseCost: won(1_000) }),
          asset(3, { assetTag: 'B', category: '노트북', department: 'it', purchaseDate: '2025-04-01', purchaseCost: won(2_000) }),
          asset(4, { assetTag: 'C', category: 'Printer', department: 'Ops', purchaseDate: '2024-04-01', purchaseCost: won(4_000) }),
          asset(5, { assetTag: 'D', purchaseDate: '2024-03-31', purchaseCost: won(8_000) }),
        ],
        ledger: [ledgerEntry(2, { date: '2025-06-01', amount: won(16_000), assetTag: 'D' })],
      },
    });
    const result = computeTco(context);

    // Categories resolve to the Categories name. An unknown category keeps its text. Blank goes last.
    expect(result.byCategory).toEqual([
      { label: 'Printer', assets: 1, total: 4_000 },
      { label: '노트북', assets: 2, total: 3_000 },
      { label: null, assets: 1, total: 24_000 },
    ]);
    // Departments compare case-insensitively and keep the first spelling.
    expect(result.byDepartment).toEqual([
      { label: 'IT', assets: 2, total: 3_000 },
      { label: 'Ops', assets: 1, total: 4_000 },
      { label: null, assets: 1, total: 24_000 },
    ]);
    // Fiscal years start in April: 2024-03-31 is FY2023. 2024-04-01 and 2025-03-31 are FY2024. The rest FY2025.
    expect(result.byFiscalYear).toEqual([
      { fiscalYear: 2023, total: 8_000 },
      { fiscalYear: 2024, total: 5_000 },
      { fiscalYear: 2025, total: 18_000 },
    ]);
  });
});
