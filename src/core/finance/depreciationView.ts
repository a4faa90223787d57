import { depreciationOf } from '../recalc/sharedCalculations';
import type { RecalcContext, SummaryView, ViewResult } from '../recalc/view';
import type { DepreciationMethod } from '../registers/records';
import type { OutputBlock, OutputColumn, OutputSheet, OutputValue } from '../workbook/port';
import type { AssetDepreciation, TermSource } from './assetDepreciation';
import { methodLabel } from './financeLabels';
import { dateCell, financeSheetWriter, type FinanceSheetWriter } from './financeSheet';

const PAST_USEFUL_LIFE_BACKGROUND = '#fce8b2';

/** Builds the Depreciation sheet: every asset's depreciation line with its inputs, totals by method and the assets left out. */
export const depreciationView: SummaryView = (context: RecalcContext): ViewResult => {
  const result = depreciationOf(context);
  const writer = financeSheetWriter(context);
  const { text } = writer;

  const blocks: OutputBlock[] = [assetBlock(context, writer, result.lines), totalsBlock(context, writer, result.lines)];
  if (result.notDepreciated.length > 0) {
    blocks.push({
      title: text('finance.depreciation.block.notDepreciated'),
      columns: [
        { header: text('finance.header.assetTag'), format: 'text' },
        { header: text('finance.header.name'), format: 'text' },
        { header: text('finance.depreciation.header.reason'), format: 'text', width: 480 },
      ],
      rows: result.notDepreciated.map((asset) => [asset.assetTag, asset.name, text(asset.reason, asset.params)]),
    });
  }

  const sheet: OutputSheet = {
    id: 'depreciation',
    name: text('finance.depreciation.sheetName'),
    preamble: [
      ...writer.preamble(),
      text('finance.depreciation.rule.months'),
      text('finance.depreciation.rule.straightLine'),
      text('finance.depreciation.rule.decliningBalance'),
      text('finance.depreciation.rule.decliningPeriods'),
    ],
    blocks,
    protectionWarning: text('finance.protection'),
  };

  return {
    sheets: [sheet],
    json: {
      depreciation: result.lines.map((line) => ({
        assetTag: line.assetTag,
        method: line.method,
        monthsInService: line.monthsInService,
        accumulated: writer.money(line.accumulated),
        bookValue: writer.money(line.bookValue),
      })),
    },
    findings: result.findings,
  };
};

function assetBlock(context: RecalcContext, writer: FinanceSheetWriter, lines: readonly AssetDepreciation[]): OutputBlock {
  const { text, money } = writer;
  const columns: OutputColumn[] = [
    { header: text('finance.header.assetTag'), format: 'text' },
    { header: text('finance.header.name'), format: 'text' },
    { header: text('finance.header.category'), format: 'text' },
    { header: text('finance.depreciation.header.method'), format: 'text' },
    { header: text('finance.depreciation.header.usefulLife'), format: 'integer' },
    { header: text('finance.depreciation.header.usefulLifeFrom'), format: 'text' },
    { header: text('finance.depreciation.header.methodFrom'), format: 'text' },
    { header: text('finance.header.purchaseDate'), format: 'date' },
    { header: text('finance.header.purchaseCost'), format: 'money' },
    { header: text('finance.depreciation.header.salvage'), format: 'money' },
    { header: text('finance.depreciation.header.residual'), format: 'money' },
    { header: text('finance.depreciation.header.rate'), format: 'number' },
    { header: text('finance.depreciation.header.monthsInService'), format: 'integer' },
    { header: text('finance.depreciation.header.monthlyCharge'), format: 'money' },
    { header: text('finance.depreciation.header.period'), format: 'integer' },
    { header: text('finance.depreciation.header.periodOpening'), format: 'money' },
    { header: text('finance.depreciation.header.annualCharge'), format: 'money' },
    { header: text('finance.depreciation.header.monthsIntoPeriod'), format: 'integer' },
    { header: text('finance.depreciation.header.accumulated'), format: 'money' },
    { header: text('finance.depreciation.header.bookValue'), format: 'money' },
    { header: text('finance.depreciation.header.usefulLifeEnd'), format: 'date' },
    { header: text('finance.depreciation.header.state'), format: 'text' },
  ];

  const rows = lines.map((line): OutputValue[] => {
    const straight = line.method === 'straight_line';
    return [
      line.assetTag,
      line.name,
      line.category,
      methodLabel(context.lang, line.method),
      line.usefulLifeMonths,
      sourceText(writer, line.usefulLifeSource),
      sourceText(writer, line.methodSource),
      dateCell(line.purchaseDate),
      money(line.cost),
      money(line.salvage),
      money(line.residualValue),
      line.rate,
      line.monthsInService,
      straight ? money(line.charge) : null,
      straight ? null : line.period,
      straight || line.periodOpeningBookValue === null ? null : money(line.periodOpeningBookValue),
      straight ? null : money(line.charge),
      straight ? null : line.monthsIntoPeriod,
      money(line.accumulated),
      money(line.bookValue),
      dateCell(line.usefulLifeEnd),
      stateText(writer, line),
    ];
  });

  return {
    title: text('finance.depreciation.block.assets'),
    columns,
    rows,
    conditional: [
      {
        kind: 'textEquals',
        column: columns.length - 1,
        text: text('finance.depreciation.state.pastUsefulLife'),
        background: PAST_USEFUL_LIFE_BACKGROUND,
      },
    ],
  };
}

function totalsBlock(context: RecalcContext, writer: FinanceSheetWriter, lines: readonly AssetDepreciation[]): OutputBlock {
  const { text, money } = writer;
  const methods: DepreciationMethod[] = ['straight_line', 'declining_balance'];
  const sum = (selected: readonly AssetDepreciation[], pick: (line: AssetDepreciation) => number): number =>
    selected.reduce((total, line) => total + pick(line), 0);
  const totalRow = (label: string, selected: readonly AssetDepreciation[]): OutputValue[] => [
    label,
    selected.length,
    money(sum(selected, (line) => line.cost)),
    money(sum(selected, (line) => line.accumulated)),
    money(sum(selected, (line) => line.bookValue)),
  ];

  return {
    title: text('finance.depreciation.block.totals'),
    columns: [
      { header: text('finance.depreciation.header.method'), format: 'text' },
      { header: text('finance.header.assets'), format: 'integer' },
      { header: text('finance.header.purchaseCost'), format: 'money' },
      { header: text('finance.depreciation.header.accumulated'), format: 'money' },
      { header: text('finance.depreciation.header.bookValue'), format: 'money' },
    ],
    rows: [
      ...methods.map((method) => totalRow(methodLabel(context.lang, method), lines.filter((line) => line.method === method))),
      totalRow(text('finance.total'), lines),
    ],
  };
}

function sourceText(writer: FinanceSheetWriter, source: TermSource): string {
  if (source.kind === 'asset') {
    return writer.text('finance.depreciation.source.asset');
  }
  const category = source.category.code ?? source.category.name ?? '';
  return writer.text('finance.depreciation.source.category', { category });
}

function stateText(writer: FinanceSheetWriter, line: AssetDepreciation): string {
  if (line.pastUsefulLife) {
    return writer.text('finance.depreciation.state.pastUsefulLife');
  }
  if (line.fullyDepreciated) {
    return writer.text('finance.depreciation.state.fullyDepreciated');
  }
  return writer.text(line.monthsInService === 0 ? 'finance.depreciation.state.notStarted' : 'finance.depreciation.state.inService');
}
