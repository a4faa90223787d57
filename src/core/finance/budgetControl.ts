import { fiscalYearOf, isoFromParts, type IsoDate } from '../calendar/calendarDate';
import type { Finding } from '../findings/finding';
import type { RecalcContext } from '../recalc/view';
import { COST_TYPES } from '../registers/definitions';
import type { BudgetRecord, CostType } from '../registers/records';
import { registerFinding, type CellProblem } from '../findings/cellFinding';
import { costTypeLabel } from './financeLabels';
import { compareLabels } from './labelOrder';
import { readLedgerEntries } from './ledgerEntries';
import { roundMoney } from './moneyRounding';
import { monthsInService } from './monthsInService';
import { referenceKey, trimmedOrNull } from './referenceKey';
import { amountInWorkbookCurrency, moneyText } from './workbookCurrency';

/**
 * over: actual is above budget. forecastOver: the current year's run-rate forecast is above budget.
 * within: neither.
 */
export type BudgetStatus = 'over' | 'forecastOver' | 'within';

/** Budget against actual for one fiscal year, department and cost type, in unrounded amounts. */
export interface BudgetLine {
  readonly fiscalYear: number;
  /** Department as written in Budgets, else in the ledger, or null for ledger rows with a blank Department. */
  readonly department: string | null;
  readonly costType: CostType;
  /** 0 when the ledger has spending with no budget line. */
  readonly budget: number;
  readonly actual: number;
  /** budget − actual: negative when over budget. */
  readonly variance: number;
  /** actual ÷ budget as a ratio, null when the budget is 0. */
  readonly percentUsed: number | null;
  /** Current fiscal year only: actual ÷ elapsed months × 12. */
  readonly forecast: number | null;
  readonly status: BudgetStatus;
  /** Budgets rows that make up the budget, more than one when a line is entered twice. */
  readonly budgetRows: readonly number[];
}

export interface BudgetControlResult {
  readonly lines: readonly BudgetLine[];
  /** Fiscal year that contains the as-of date, named by the calendar year it starts in. */
  readonly currentFiscalYear: number;
  /** Months of the current fiscal year up to the as-of month, both whole (1 to 12). */
  readonly elapsedMonths: number;
  readonly findings: readonly Finding[];
}

interface LineAccumulator {
  readonly fiscalYear: number;
  department: string | null;
  readonly costType: CostType;
  budget: number;
  actual: number;
  readonly budgetRows: number[];
}

/**
 * Compares the Budgets tab with cost entries by fiscal year, department and cost type. Actuals are the
 * ledger's cost entries dated on or before the as-of date, grouped by the entry's own Department and the
 * fiscal year of its date. Acquisition entries count here even when they double a purchase cost, because
 * the ledger is the record of spending.
 */
export function computeBudgetControl(context: RecalcContext): BudgetControlResult {
  const { asOf, settings } = context;
  const startMonth = settings.fiscalYearStartMonth;
  const currentFiscalYear = fiscalYearOf(asOf, startMonth);
  const elapsedMonths = monthsInService(isoFromParts(currentFiscalYear, startMonth, 1) as IsoDate, asOf);
  const problems: CellProblem[] = [];
  const lines = new Map<string, LineAccumulator>();

  const lineFor = (fiscalYear: number, department: string | null, costType: CostType): LineAccumulator => {
    const key = `${fiscalYear}|${department === null ? '' : referenceKey(department)}|${costType}`;
    const line = lines.get(key) ?? { fiscalYear, department, costType, budget: 0, actual: 0, budgetRows: [] };
    lines.set(key, line);
    return line;
  };

  for (const record of context.data.budgets) {
    const department = trimmedOrNull(record.department);
    if (record.fiscalYear === null || department === null || record.costType === null || record.amount === null) {
      continue;
    }
    const check = amountInWorkbookCurrency(record.amount, settings.currency);
    if (!check.ok) {
      problems.push(budgetCurrencyProblem(record, check.reason === 'otherCurrency' ? check.currency : check.amountCurrency, settings.currency));
      continue;
    }

    const line = lineFor(record.fiscalYear, department, record.costType);
    if (line.budgetRows.length > 0) {
      problems.push(duplicateBudgetProblem(context, record, line.budgetRows[0]));
    }
    line.budget += check.amount;
    line.budgetRows.push(record.row);
  }

  for (const entry of readLedgerEntries(context).entries) {
    if (entry.kind !== 'cost') {
      continue;
    }
    lineFor(fiscalYearOf(entry.date, startMonth), entry.department, entry.costType).actual += entry.amount;
  }

  const result = [...lines.values()].map((line): BudgetLine => {
    const forecast = line.fiscalYear === currentFiscalYear ? (line.actual / elapsedMonths) * 12 : null;
    return {
      fiscalYear: line.fiscalYear,
      department: line.department,
      costType: line.costType,
      budget: line.budget,
      actual: line.actual,
      variance: line.budget - line.actual,
      percentUsed: line.budget === 0 ? null : line.actual / line.budget,
      forecast,
      status: statusOf(line.budget, line.actual, forecast, settings.currency),
      budgetRows: line.budgetRows,
    };
  });
  result.sort(compareLines);

  return { lines: result, currentFiscalYear, elapsedMonths, findings: problems.map((problem) => registerFinding(context, problem)) };
}

/** Compares the amounts as shown, so that a fraction of a won cannot flag a line. */
function statusOf(budget: number, actual: number, forecast: number | null, currency: string): BudgetStatus {
  const shownBudget = roundMoney(budget, currency);
  if (roundMoney(actual, currency) > shownBudget) {
    return 'over';
  }
  return forecast !== null && roundMoney(forecast, currency) > shownBudget ? 'forecastOver' : 'within';
}

const COST_TYPE_ORDER = COST_TYPES.map((costType) => costType.key);

function compareLines(a: BudgetLine, b: BudgetLine): number {
  if (a.fiscalYear !== b.fiscalYear) {
    return a.fiscalYear - b.fiscalYear;
  }
  const byDepartment = compareLabels(a.department, b.department);
  if (byDepartment !== 0) {
    return byDepartment;
  }
  return COST_TYPE_ORDER.indexOf(a.costType) - COST_TYPE_ORDER.indexOf(b.costType);
}

function budgetCurrencyProblem(record: BudgetRecord, currency: string, expected: string): CellProblem {
  return {
    register: 'budgets',
    row: record.row,
    field: 'amount',
    value: record.amount === null ? '' : moneyText(record.amount),
    severity: 'warning',
    code: 'finance.finding.budgetOtherCurrency',
    params: { currency, expected: expected.trim().toUpperCase() },
  };
}

function duplicateBudgetProblem(context: RecalcContext, record: BudgetRecord, firstRow: number): CellProblem {
  return {
    register: 'budgets',
    row: record.row,
    field: 'amount',
    value: record.amount === null ? '' : moneyText(record.amount),
    severity: 'warning',
    code: 'finance.finding.duplicateBudgetLine',
    params: {
      otherRow: firstRow,
      // A string, so that the year is not printed with a thousands separator.
      fiscalYear: String(record.fiscalYear),
      department: record.department ?? '',
      costType: record.costType === null ? '' : costTypeLabel(context.lang, record.costType),
    },
  };
}
