import { tcoOf } from '../recalc/sharedCalculations';
import type { RecalcContext, SummaryView, ViewResult } from '../recalc/view';
import type { OutputBlock, OutputSheet, OutputValue } from '../workbook/port';
import { dateCell, financeSheetWriter, type FinanceSheetWriter } from './financeSheet';
import type { AssetTco, TcoGroupTotal, TcoResult } from './tco';

/** Builds the TCO sheet: TCO per asset with its parts, roll-ups, the shared-cost splits and a chart by category. */
export const tcoView: SummaryView = (context: RecalcContext): ViewResult => {
  const result = tcoOf(context);
  const writer = financeSheetWriter(context);
  const { text, money } = writer;

  const sheet: OutputSheet = {
    id: 'tco',
    name: text('finance.tco.sheetName'),
    preamble: [
      ...writer.preamble(),
      text('finance.tco.rule'),
      text('finance.tco.ruleExclusions'),
      text('finance.tco.rulePerMonth'),
      text('finance.tco.ruleFiscalYear', { startMonth: context.settings.fiscalYearStartMonth }),
    ],
    blocks: [
      assetBlock(writer, result.assets),
      groupBlock(writer, 'finance.tco.block.byCategory', 'finance.header.category', 'finance.blank.category', result.byCategory),
      groupBlock(writer, 'finance.tco.block.byDepartment', 'finance.header.department', 'finance.blank.department', result.byDepartment),
      fiscalYearBlock(writer, result),
      sharesBlock(writer, result),
    ],
    charts: [{ kind: 'column', title: text('finance.tco.chart.byCategory'), block: 1, labelColumn: 0, valueColumns: [2] }],
    protectionWarning: text('finance.protection'),
  };

  return {
    sheets: [sheet],
    json: {
      tco: {
        assets: result.assets.map((asset) => ({
          assetTag: asset.assetTag,
          acquisition: money(asset.acquisition),
          ledger: money(asset.ledgerCosts - asset.disposalProceeds),
          allocated: money(asset.contractShare + asset.licenseShare),
          total: money(asset.total),
        })),
        byCategory: result.byCategory.map((group) => ({ category: group.label, total: money(group.total) })),
        byDepartment: result.byDepartment.map((group) => ({ department: group.label, total: money(group.total) })),
        byFiscalYear: result.byFiscalYear.map((year) => ({ fiscalYear: year.fiscalYear, total: money(year.total) })),
      },
    },
    findings: result.findings,
  };
};

function assetBlock(writer: FinanceSheetWriter, assets: readonly AssetTco[]): OutputBlock {
  const { text, money } = writer;
  const sum = (pick: (asset: AssetTco) => number): number => money(assets.reduce((total, asset) => total + pick(asset), 0));

  const rows = assets.map((asset): OutputValue[] => [
    asset.assetTag,
    asset.name,
    asset.category,
    asset.department,
    dateCell(asset.purchaseDate),
    money(asset.acquisition),
    money(asset.ledgerCosts),
    money(asset.disposalProceeds),
    money(asset.contractShare),
    money(asset.licenseShare),
    money(asset.total),
    asset.monthsInService,
    asset.totalPerMonth === null ? null : money(asset.totalPerMonth),
  ]);
  rows.push([
    text('finance.total'),
    null,
    null,
    null,
    null,
    sum((asset) => asset.acquisition),
    sum((asset) => asset.ledgerCosts),
    sum((asset) => asset.disposalProceeds),
    sum((asset) => asset.contractShare),
    sum((asset) => asset.licenseShare),
    sum((asset) => asset.total),
    null,
    null,
  ]);

  return {
    title: text('finance.tco.block.assets'),
    columns: [
      { header: text('finance.header.assetTag'), format: 'text' },
      { header: text('finance.header.name'), format: 'text' },
      { header: text('finance.header.category'), format: 'text' },
      { header: text('finance.header.department'), format: 'text' },
      { header: text('finance.header.purchaseDate'), format: 'date' },
      { header: text('finance.header.purchaseCost'), format: 'money' },
      { header: text('finance.tco.header.ledgerCosts'), format: 'money' },
      { header: text('finance.tco.header.disposalProceeds'), format: 'money' },
      { header: text('finance.tco.header.contractShare'), format: 'money' },
      { header: text('finance.tco.header.licenseShare'), format: 'money' },
      { header: text('finance.tco.header.total'), format: 'money' },
      { header: text('finance.tco.header.monthsInService'), format: 'integer' },
      { header: text('finance.tco.header.perMonth'), format: 'money' },
    ],
    rows,
  };
}

function groupBlock(
  writer: FinanceSheetWriter,
  titleKey: string,
  headerKey: string,
  blankKey: string,
  groups: readonly TcoGroupTotal[],
): OutputBlock {
  const { text, money } = writer;
  return {
    title: text(titleKey),
    columns: [
      { header: text(headerKey), format: 'text' },
      { header: text('finance.header.assets'), format: 'integer' },
      { header: text('finance.tco.header.total'), format: 'money' },
    ],
    rows: groups.map((group) => [group.label ?? text(blankKey), group.assets, money(group.total)]),
  };
}

function fiscalYearBlock(writer: FinanceSheetWriter, result: TcoResult): OutputBlock {
  const { text, money } = writer;
  return {
    title: text('finance.tco.block.byFiscalYear'),
    columns: [
      { header: text('finance.header.fiscalYear'), format: 'text' },
      { header: text('finance.tco.header.total'), format: 'money' },
    ],
    // The year is text so that no number format can print it as 2,025.
    rows: result.byFiscalYear.map((year) => [String(year.fiscalYear), money(year.total)]),
  };
}

function sharesBlock(writer: FinanceSheetWriter, result: TcoResult): OutputBlock {
  const { text, money } = writer;
  return {
    title: text('finance.tco.block.shares'),
    columns: [
      { header: text('finance.tco.header.source'), format: 'text' },
      { header: text('finance.tco.header.sourceId'), format: 'text' },
      { header: text('finance.tco.header.ledgerRow'), format: 'integer' },
      { header: text('finance.tco.header.date'), format: 'date' },
      { header: text('finance.tco.header.amount'), format: 'money' },
      { header: text('finance.tco.header.splitCount'), format: 'integer' },
      { header: text('finance.tco.header.share'), format: 'money' },
      { header: text('finance.tco.header.assetTags'), format: 'text', width: 320 },
    ],
    rows: result.shares.map((share) => [
      text(share.source === 'contract' ? 'finance.tco.source.contract' : 'finance.tco.source.license'),
      share.sourceId,
      share.entry.row,
      dateCell(share.entry.date),
      money(share.entry.amount),
      share.assetTags.length,
      money(share.share),
      share.assetTags.join(', '),
    ]),
  };
}
