import { dateFromDayNumber, dayNumber, fiscalYearOf, partsOf, type IsoDate } from '../calendar/calendarDate';
import { COST_TYPES } from '../registers/definitions';
import type { CostType } from '../registers/records';
import type { Label, Lang } from '../registers/schema';
import { MAX_BUDGETS } from './demoScale';
import type { LedgerEntry } from './demoLedger';
import { DEMO_DEPARTMENTS, departmentName, type DepartmentKey } from './demoOrganization';
import { SheetBuilder, enumLabeler, type DemoSheet } from './demoSheet';
import { SeededRandom } from './seededRandom';

/** The Budgets register: yearly budgets per department and cost type, set from what was actually spent. */

const COST_TYPE_KEYS = COST_TYPES.map((value) => value.key as CostType);

/** Share of closed years' budget lines set below what was spent. Current-year lines are overspent at the same rate, by chance. */
const OVERSPENT_SHARE = 0.15;

interface BudgetLine {
  readonly fiscalYear: number;
  readonly department: DepartmentKey;
  readonly costType: CostType;
  readonly actual: number;
}

/**
 * Generates `count` budget lines for the two past fiscal years, the current one and the next, keeping the
 * lines with the largest spending. About one in seven is overspent. The current year's budget is set
 * against the spending projected to the year end.
 */
export function generateBudgets(random: SeededRandom, count: number, entries: readonly LedgerEntry[], asOf: IsoDate, fiscalYearStartMonth: number, lang: Lang): DemoSheet {
  if (count > MAX_BUDGETS) {
    throw new RangeError(`The demo has at most ${MAX_BUDGETS} distinct budget lines, got ${count}.`);
  }
  const asOfDay = dayNumber(asOf);
  const currentYear = fiscalYearOf(asOf, fiscalYearStartMonth);
  const years = [currentYear - 2, currentYear - 1, currentYear, currentYear + 1];
  const elapsedShare = elapsedShareOfYear(asOf, fiscalYearStartMonth);

  const actuals = new Map<string, number>();
  const fiscalYears = new Map<number, number>();
  for (const item of entries) {
    if (item.kind !== 'cost' || item.day > asOfDay) {
      continue;
    }
    let fiscalYear = fiscalYears.get(item.day);
    if (fiscalYear === undefined) {
      fiscalYear = fiscalYearOf(dateFromDayNumber(item.day), fiscalYearStartMonth);
      fiscalYears.set(item.day, fiscalYear);
    }
    const key = lineKey(fiscalYear, item.department, item.costType);
    actuals.set(key, (actuals.get(key) ?? 0) + item.amount);
  }

  const lines: BudgetLine[] = [];
  for (const fiscalYear of years) {
    for (const department of DEMO_DEPARTMENTS) {
      for (const costType of COST_TYPE_KEYS) {
        const basisYear = fiscalYear > currentYear ? currentYear : fiscalYear;
        lines.push({ fiscalYear, department: department.key, costType, actual: actuals.get(lineKey(basisYear, department.key, costType)) ?? 0 });
      }
    }
  }
  const chosen = lines
    .map((line, index) => ({ line, index }))
    .sort((a, b) => b.line.actual - a.line.actual || a.index - b.index)
    .slice(0, count)
    .sort((a, b) => a.index - b.index)
    .map((entry) => entry.line);

  const sheet = new SheetBuilder('budgets', lang);
  const costTypeLabel = enumLabeler<CostType>(COST_TYPES, lang);
  const col = {
    fiscalYear: sheet.column('fiscalYear'),
    department: sheet.column('department'),
    costType: sheet.column('costType'),
    amount: sheet.column('amount'),
    notes: sheet.column('notes'),
  };
  const closedWithSpending = chosen.filter((line) => line.fiscalYear < currentYear && line.actual > 0);
  const overspentLines = new Set(random.shuffle(closedWithSpending).slice(0, Math.ceil(closedWithSpending.length * OVERSPENT_SHARE)));

  for (const line of chosen) {
    const projected = line.fiscalYear >= currentYear ? line.actual / elapsedShare : line.actual;
    const overspent = overspentLines.has(line) || (line.fiscalYear === currentYear && line.actual > 0 && random.chance(OVERSPENT_SHARE));
    const factor = overspent ? random.integer(75, 95) / 100 : random.integer(105, 140) / 100;
    const amount = projected === 0 ? random.amount(1_000_000, 20_000_000, 100_000) : Math.max(100_000, Math.round((projected * factor) / 100_000) * 100_000);

    const row = sheet.addRow();
    row[col.fiscalYear] = line.fiscalYear;
    row[col.department] = departmentName(line.department)[lang];
    row[col.costType] = costTypeLabel(line.costType);
    row[col.amount] = amount;
    row[col.notes] = budgetNote(random, line, currentYear)[lang];
  }
  return sheet.toSheet();
}

function lineKey(fiscalYear: number, department: DepartmentKey, costType: CostType): string {
  return `${fiscalYear}|${department}|${costType}`;
}

/** Returns the share of the current fiscal year elapsed on the as-of date, counted in whole months (at least one). */
function elapsedShareOfYear(asOf: IsoDate, fiscalYearStartMonth: number): number {
  const { month } = partsOf(asOf);
  const monthsElapsed = ((month - fiscalYearStartMonth + 12) % 12) + 1;
  return monthsElapsed / 12;
}

function budgetNote(random: SeededRandom, line: BudgetLine, currentYear: number): Label {
  if (line.fiscalYear > currentYear) {
    return { ko: '차년도 예산안', en: 'Draft for next year' };
  }
  if (random.chance(0.05)) {
    return { ko: '추경 반영', en: 'Includes the supplementary budget' };
  }
  return { ko: '', en: '' };
}
