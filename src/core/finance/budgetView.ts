import type { RecalcContext, SummaryView, ViewResult } from '../recalc/view';
import type { ChartSpec, OutputBlock, OutputSheet, OutputValue } from '../workbook/port';
import { computeBudgetControl, type BudgetControlResult, type BudgetStatus } from './budgetControl';
import { costTypeLabel } from './financeLabels';
import { financeSheetWriter, type FinanceSheetWriter } from './financeSheet';
import { referenceKey } from './referenceKey';

const OVER_BUDGET_BACKGROUND = '#f4c7c3';
const FORECAST_OVER_BACKGROUND = '#fce8b2';

const STATUS_KEYS: Readonly<Record<BudgetStatus, string>> = {
  over: 'finance.budget.status.over',
  forecastOver: 'finance.budget.status.forecastOver',
  within: 'finance.budget.status.within',
};

/** Builds the Budget vs Actual sheet: every budget line against its actual, and the current year by department with a chart. */
export const budgetView: SummaryView = (context: RecalcContext): ViewResult => {
  const result = computeBudgetControl(context);
  const writer = financeSheetWriter(context);
  const { text, money } = writer;

  const departmentBlock = currentYearBlock(writer, result);
  const chartTitle = text('finance.budget.chart.byDepartment', { fiscalYear: String(result.currentFiscalYear) });
  const charts: ChartSpec[] =
    departmentBlock.rows.length === 0 ? [] : [{ kind: 'column', title: chartTitle, block: 1, labelColumn: 0, valueColumns: [1, 2] }];

  const sheet: OutputSheet = {
    id: 'budgetVsActual',
    name: text('finance.budget.sheetName'),
    preamble: [
      ...writer.preamble(),
      text('finance.budget.rule'),
      text('finance.budget.ruleForecast', {
        fiscalYear: String(result.currentFiscalYear),
        elapsedMonths: result.elapsedMonths,
        startMonth: context.settings.fiscalYearStartMonth,
      }),
    ],
    blocks: [linesBlock(context, writer, result), departmentBlock],
    charts,
    protectionWarning: text('finance.protection'),
  };

  return {
    sheets: [sheet],
    json: {
      budget: result.lines.map((line) => ({
        fiscalYear: line.fiscalYear,
        department: line.department,
        costType: line.costType,
        budget: money(line.budget),
        actual: money(line.actual),
        variance: money(line.variance),
      })),
    },
    findings: result.findings,
  };
};

function linesBlock(context: RecalcContext, writer: FinanceSheetWriter, result: BudgetControlResult): OutputBlock {
  const { text, money } = writer;
  const statusColumn = 8;
  return {
    title: text('finance.budget.block.lines'),
    columns: [
      { header: text('finance.header.fiscalYear'), format: 'text' },
      { header: text('finance.header.department'), format: 'text' },
      { header: text('finance.budget.header.costType'), format: 'text' },
      { header: text('finance.budget.header.budget'), format: 'money' },
      { header: text('finance.budget.header.actual'), format: 'money' },
      { header: text('finance.budget.header.variance'), format: 'money' },
      { header: text('finance.budget.header.percentUsed'), format: 'percent' },
      { header: text('finance.budget.header.forecast'), format: 'money' },
      { header: text('finance.budget.header.status'), format: 'text' },
    ],
    rows: result.lines.map((line): OutputValue[] => [
      String(line.fiscalYear),
      line.department ?? text('finance.blank.department'),
      costTypeLabel(context.lang, line.costType),
      money(line.budget),
      money(line.actual),
      money(line.variance),
      line.percentUsed,
      line.forecast === null ? null : money(line.forecast),
      text(STATUS_KEYS[line.status]),
    ]),
    conditional: [
      { kind: 'textEquals', column: statusColumn, text: text(STATUS_KEYS.over), background: OVER_BUDGET_BACKGROUND },
      { kind: 'textEquals', column: statusColumn, text: text(STATUS_KEYS.forecastOver), background: FORECAST_OVER_BACKGROUND },
    ],
  };
}

/** Sums the current fiscal year's lines by department, the table behind the chart. */
function currentYearBlock(writer: FinanceSheetWriter, result: BudgetControlResult): OutputBlock {
  const { text, money } = writer;
  const departments = new Map<string, { label: string; budget: number; actual: number; forecast: number }>();
  for (const line of result.lines.filter((candidate) => candidate.fiscalYear === result.currentFiscalYear)) {
    const label = line.department ?? text('finance.blank.department');
    const key = line.department === null ? '' : referenceKey(line.department);
    const total = departments.get(key) ?? { label, budget: 0, actual: 0, forecast: 0 };
    total.budget += line.budget;
    total.actual += line.actual;
    total.forecast += line.forecast ?? 0;
    departments.set(key, total);
  }

  return {
    title: text('finance.budget.block.byDepartment', { fiscalYear: String(result.currentFiscalYear) }),
    columns: [
      { header: text('finance.header.department'), format: 'text' },
      { header: text('finance.budget.header.budget'), format: 'money' },
      { header: text('finance.budget.header.actual'), format: 'money' },
      { header: text('finance.budget.header.forecast'), format: 'money' },
    ],
    rows: [...departments.values()].map((total) => [total.label, money(total.budget), money(total.actual), money(total.forecast)]),
  };
}
