import { computeBudgetControl, type BudgetLine } from '../../../src/core/finance/budgetControl';
import { budget, financeContext, ledgerEntry, won } from './financeContext';

function lineOf(lines: readonly BudgetLine[], fiscalYear: number, department: string | null, costType: string): BudgetLine {
  const found = lines.find((line) => line.fiscalYear === fiscalYear && line.department === department && line.costType === costType);
  if (found === undefined) {
    throw new Error(`No budget line ${fiscalYear} ${department} ${costType}`);
  }
  return found;
}

describe('computeBudgetControl', () => {
  // Fiscal years start in April. The as-of date 2025-06-30 is in FY2025, its third month (April, May, June).
  const context = financeContext({
    asOf: '2025-06-30',
    settings: { fiscalYearStartMonth: 4 },
    data: {
      budgets: [
        budget(2, { fiscalYear: 2025, department: 'IT', costType: 'support', amount: won(400_000) }),
        budget(3, { fiscalYear: 2025, department: 'IT', costType: 'maintenance', amount: won(1_000_000) }),
        budget(4, { fiscalYear: 2025, department: 'it', costType: 'maintenance', amount: won(200_000) }),
        budget(5, { fiscalYear: 2024, department: 'Sales', costType: 'labor', amount: won(200_000) }),
        budget(6, { fiscalYear: 2025, department: 'Ops', costType: 'operation', amount: { amount: 100, currency: 'USD' } }),
        budget(7, { fiscalYear: 2025, department: 'Ops', costType: 'license', amount: won(500_000) }),
      ],
      ledger: [
        ledgerEntry(2, { date: '2025-04-10', costType: 'support', amount: won(150_000), department: 'IT' }),
        ledgerEntry(3, { date: '2025-06-30', costType: 'support', amount: won(150_000), department: 'It' }),
        ledgerEntry(4, { date: '2025-05-01', costType: 'maintenance', amount: won(250_000), department: 'IT' }),
        // 2025-03-31 belongs to FY2024.
        ledgerEntry(5, { date: '2025-03-31', costType: 'labor', amount: won(300_000), department: 'Sales' }),
        ledgerEntry(6, { date: '2025-05-01', costType: 'labor', amount: won(120_000), department: 'IT' }),
        ledgerEntry(7, { date: '2025-05-01', costType: 'labor', amount: won(10_000) }),
        // Left out: a benefit, a plan after the as-of date and an amount in dollars.
        ledgerEntry(8, { date: '2025-05-01', kind: 'benefit', costType: 'support', amount: won(999_999), department: 'IT' }),
        ledgerEntry(9, { date: '2025-07-01', costType: 'support', amount: won(999_999), department: 'IT' }),
        ledgerEntry(10, { date: '2025-05-01', costType: 'support', amount: { amount: 5, currency: 'USD' }, department: 'IT' }),
      ],
    },
  });
  const result = computeBudgetControl(context);

  test('current fiscal year and elapsed months', () => {
    expect(result.currentFiscalYear).toBe(2025);
    expect(result.elapsedMonths).toBe(3);
  });

  test('forecast over budget', () => {
    const line = lineOf(result.lines, 2025, 'IT', 'support');
    // Actual 150,000 + 150,000 = 300,000. The benefit, the plan and the dollar entry are left out.
    expect(line.actual).toBe(300_000);
    expect(line.variance).toBe(100_000);
    expect(line.percentUsed).toBe(0.75);
    // 300,000 ÷ 3 × 12 = 1,200,000 > 400,000.
    expect(line.forecast).toBe(1_200_000);
    expect(line.status).toBe('forecastOver');
  });

  test('duplicate budget lines add up', () => {
    const line = lineOf(result.lines, 2025, 'IT', 'maintenance');
    expect(line.budget).toBe(1_200_000);
    expect(line.budgetRows).toEqual([3, 4]);
    // 250,000 ÷ 3 × 12 = 1,000,000 ≤ 1,200,000.
    expect(line.forecast).toBe(1_000_000);
    expect(line.status).toBe('within');
  });

  test('past year over budget', () => {
    const line = lineOf(result.lines, 2024, 'Sales', 'labor');
    // 200,000 − 300,000.
    expect(line.variance).toBe(-100_000);
    expect(line.percentUsed).toBe(1.5);
    expect(line.forecast).toBeNull();
    expect(line.status).toBe('over');
  });

  test('actual without a budget line', () => {
    const line = lineOf(result.lines, 2025, 'IT', 'labor');
    expect(line.budget).toBe(0);
    expect(line.variance).toBe(-120_000);
    expect(line.percentUsed).toBeNull();
    expect(line.status).toBe('over');
    expect(lineOf(result.lines, 2025, null, 'labor').actual).toBe(10_000);
  });

  test('budget without actual', () => {
    const line = lineOf(result.lines, 2025, 'Ops', 'license');
    expect(line.actual).toBe(0);
    expect(line.variance).toBe(500_000);
    expect(line.forecast).toBe(0);
    expect(line.status).toBe('within');
  });

  test('lines sorted by year, department, cost type', () => {
    expect(result.lines.map((line) => `${line.fiscalYear} ${line.department} ${line.costType}`)).toEqual([
      '2024 Sales labor',
      '2025 IT maintenance',
      '2025 IT support',
      '2025 IT labor',
      '2025 Ops license',
      '2025 null labor',
    ]);
  });

  test('findings for dollars and duplicates', () => {
    expect(result.findings.map((finding) => [finding.sheet, finding.cell, finding.code, finding.params])).toEqual([
      ['Budgets', 'D4', 'finance.finding.duplicateBudgetLine', { otherRow: 3, fiscalYear: '2025', department: 'it', costType: 'maintenance' }],
      ['Budgets', 'D6', 'finance.finding.budgetOtherCurrency', { currency: 'USD', expected: 'KRW' }],
    ]);
  });
});
