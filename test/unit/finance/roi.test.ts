import { computeRoi, type InvestmentRoi } from '../../../src/core/finance/roi';
import { asset, financeContext, ledgerEntry, won } from './financeContext';

function investment(lines: readonly InvestmentRoi[], name: string): InvestmentRoi {
  const found = lines.find((line) => line.investment === name);
  if (found === undefined) {
    throw new Error(`No ROI line for ${name}`);
  }
  return found;
}

// (1.05)^(1/12) − 1 = 0.0040741237836483535 a month.
const MONTHLY = Math.pow(1.05, 1 / 12) - 1;

describe('computeRoi', () => {
  const context = financeContext({
    asOf: '2025-06-30',
    data: {
      assets: [
        asset(2, { assetTag: 'IT-1', investment: 'ERP', purchaseDate: '2024-01-31', purchaseCost: won(1_000_000) }),
        asset(3, { assetTag: 'IT-2', investment: 'erp', purchaseDate: '2025-07-15', purchaseCost: won(9_999) }),
        asset(4, { assetTag: 'IT-3', investment: 'Future', purchaseDate: '2025-08-01', purchaseCost: won(5_000) }),
      ],
      ledger: [
        ledgerEntry(2, { date: '2024-03-10', kind: 'benefit', costType: 'other', amount: won(400_000), investment: 'ERP' }),
        ledgerEntry(3, { date: '2025-01-20', kind: 'benefit', costType: 'other', amount: won(700_000), investment: ' erp ' }),
        ledgerEntry(4, { date: '2025-04-15', kind: 'cost', costType: 'support', amount: won(50_000), investment: 'ERP', assetTag: 'IT-1' }),
        // A double-counted acquisition and a plan after the as-of date are left out.
        ledgerEntry(5, { date: '2024-01-31', kind: 'cost', costType: 'acquisition', amount: won(1_000_000), investment: 'ERP', assetTag: 'IT-1' }),
        ledgerEntry(6, { date: '2025-08-01', kind: 'benefit', costType: 'other', amount: won(5_000_000), investment: 'ERP' }),
        ledgerEntry(7, { date: '2024-11-05', kind: 'benefit', costType: 'other', amount: won(100_000), investment: 'CRM' }),
        ledgerEntry(8, { date: '2024-12-20', kind: 'cost', costType: 'labor', amount: won(300_000), investment: 'CRM' }),
        ledgerEntry(9, { date: '2025-02-10', kind: 'benefit', costType: 'other', amount: won(250_000), investment: 'CRM' }),
        ledgerEntry(10, { date: '2025-03-01', kind: 'cost', costType: 'labor', amount: won(120_000), investment: 'Portal' }),
      ],
    },
  });
  const result = computeRoi(context);

  test('cost, benefit and ROI', () => {
    const erp = investment(result.investments, 'ERP');
    // Cost = 1,000,000 (IT-1 purchase) + 50,000. Benefit = 400,000 + 700,000.
    expect(erp.cost).toBe(1_050_000);
    expect(erp.benefit).toBe(1_100_000);
    // (1,100,000 − 1,050,000) ÷ 1,050,000 = 0.047619…
    expect(erp.roi).toBeCloseTo(0.047619047619, 12);
  });

  test('payback counts from the first cash-flow month', () => {
    // 2024-01 is month 1: −1,000,000. 2024-03 (month 3): −600,000. 2025-01 (month 13): +100,000.
    expect(investment(result.investments, 'ERP').paybackMonths).toBe(13);
    expect(investment(result.investments, 'ERP').flows).toHaveLength(16);
  });

  test('NPV discounts month k by (1 + i)^k', () => {
    // −1,000,000 + 400,000 ÷ (1+i)² + 700,000 ÷ (1+i)¹² − 50,000 ÷ (1+i)¹⁵
    // = −1,000,000 + 396,760.5115 + 666,666.6667 − 47,041.7404 = 16,385.4378.
    expect(investment(result.investments, 'ERP').npv).toBeCloseTo(16_385.437817, 5);
    expect(result.monthlyDiscountRate).toBeCloseTo(MONTHLY, 15);
  });

  test('benefits before costs', () => {
    const crm = investment(result.investments, 'CRM');
    // Cost 300,000, benefit 350,000: ROI = 50,000 ÷ 300,000.
    expect(crm.roi).toBeCloseTo(1 / 6, 12);
    // Months 1 … 4 from 2024-11: +100,000 | −200,000 | −200,000 | +50,000.
    expect(crm.paybackMonths).toBe(4);
    // 100,000 − 300,000 ÷ (1+i) + 250,000 ÷ (1+i)³ = 100,000 − 298,782.7222 + 246,969.1369.
    expect(crm.npv).toBeCloseTo(48_186.414650, 5);
  });

  test('no benefits', () => {
    const portal = investment(result.investments, 'Portal');
    expect(portal.roi).toBe(-1);
    expect(portal.paybackMonths).toBeNull();
    expect(portal.npv).toBe(-120_000);
  });

  test('investment with no counted cost yet', () => {
    const future = investment(result.investments, 'Future');
    expect(future.cost).toBe(0);
    expect(future.roi).toBeNull();
    expect(future.paybackMonths).toBeNull();
    expect(future.npv).toBe(0);
    expect(future.flows).toEqual([]);
  });

  test('investments sorted by name', () => {
    expect(result.investments.map((line) => line.investment)).toEqual(['CRM', 'ERP', 'Future', 'Portal']);
  });
});
