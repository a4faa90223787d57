import { dateCell } from '../finance/financeSheet';
import { translate } from '../i18n';
import type { MessageParams } from '../findings/finding';
import type { RecalcContext, SummaryView } from '../recalc/view';
import { ASSET_STATUSES } from '../registers/definitions';
import type { AssetRecord, AssetStatus } from '../registers/records';
import type { Lang } from '../registers/schema';
import { assetReference } from '../risk/assetReference';
import type { OutputBlock, OutputColumn, OutputSheet, OutputValue } from '../workbook/port';
import { computeLifecycle, IDLE_STOCK_DAYS, STATUS_KEYS, type CategoryCounts, type LifecycleSummary, type StatusCounts } from './lifecycleSummary';

export const LIFECYCLE_SHEET_ID = 'lifecycle';

/** Index of the age distribution block, which the chart plots. */
const AGE_BLOCK = 2;

interface Writer {
  readonly lang: Lang;
  text(key: string, params?: MessageParams): string;
}

function statusLabel(lang: Lang, status: AssetStatus): string {
  return ASSET_STATUSES.find((candidate) => candidate.key === status)?.label[lang] ?? status;
}

function countsRow(counts: StatusCounts, label: string): OutputValue[] {
  return [label, ...STATUS_KEYS.map((status) => counts.byStatus[status]), counts.unknownStatus, counts.total, counts.utilisation];
}

function matrixBlock(writer: Writer, summary: LifecycleSummary): OutputBlock {
  const { lang, text } = writer;
  const columns: OutputColumn[] = [
    { header: text('lifecycle.header.category'), format: 'text', width: 160 },
    ...STATUS_KEYS.map((status): OutputColumn => ({ header: statusLabel(lang, status), format: 'integer', width: 70 })),
    { header: text('lifecycle.header.unknownStatus'), format: 'integer', width: 90 },
    { header: text('lifecycle.header.total'), format: 'integer', width: 70 },
    { header: text('lifecycle.header.utilisation'), format: 'percent', width: 80 },
  ];
  const rows = summary.byCategory.map((counts: CategoryCounts) => countsRow(counts, counts.category ?? text('lifecycle.blank.category')));
  rows.push(countsRow(summary.totals, text('lifecycle.total')));
  return { title: text('lifecycle.block.matrix'), columns, rows };
}

function utilisationBlock(writer: Writer, totals: StatusCounts): OutputBlock {
  const { lang, text } = writer;
  return {
    title: text('lifecycle.block.utilisation'),
    columns: [
      { header: statusLabel(lang, 'deployed'), format: 'integer' },
      { header: statusLabel(lang, 'in_stock'), format: 'integer' },
      { header: statusLabel(lang, 'in_repair'), format: 'integer' },
      { header: text('lifecycle.header.utilisation'), format: 'percent' },
    ],
    rows: [[totals.byStatus.deployed, totals.byStatus.in_stock, totals.byStatus.in_repair, totals.utilisation]],
  };
}

function ageBlock(writer: Writer, summary: LifecycleSummary): OutputBlock {
  const { text } = writer;
  return {
    title: text('lifecycle.block.age'),
    columns: [
      { header: text('lifecycle.header.age'), format: 'text', width: 160 },
      { header: text('lifecycle.header.assets'), format: 'integer', width: 70 },
    ],
    rows: summary.ageBuckets.map((bucket) => [text(`lifecycle.age.${bucket.bucket}`), bucket.count]),
  };
}

function assetColumns(writer: Writer): OutputColumn[] {
  const { text } = writer;
  return [
    { header: text('lifecycle.header.assetTag'), format: 'text', width: 110 },
    { header: text('lifecycle.header.name'), format: 'text', width: 180 },
    { header: text('lifecycle.header.category'), format: 'text', width: 140 },
  ];
}

function assetCells(writer: Writer, asset: AssetRecord, category: string | null): OutputValue[] {
  return [assetReference(writer.lang, asset), asset.name ?? '', category ?? ''];
}

function pastUsefulLifeBlock(writer: Writer, summary: LifecycleSummary): OutputBlock {
  const { text } = writer;
  return {
    title: text('lifecycle.block.pastUsefulLife'),
    columns: [
      ...assetColumns(writer),
      { header: text('lifecycle.header.purchaseDate'), format: 'date', width: 100 },
      { header: text('lifecycle.header.usefulLife'), format: 'integer', width: 90 },
      { header: text('lifecycle.header.usefulLifeEnd'), format: 'date', width: 110 },
      { header: text('lifecycle.header.daysPast'), format: 'integer', width: 90 },
      { header: text('lifecycle.header.assignedTo'), format: 'text', width: 140 },
    ],
    rows: summary.pastUsefulLifeDeployed.map((line) => [
      ...assetCells(writer, line.asset, line.category),
      dateCell(line.asset.purchaseDate),
      line.usefulLife.months,
      dateCell(line.usefulLife.end),
      line.daysPast,
      line.asset.assignedTo ?? '',
    ]),
  };
}

function idleStockBlock(writer: Writer, summary: LifecycleSummary): OutputBlock {
  const { text } = writer;
  return {
    title: text('lifecycle.block.idleStock', { days: IDLE_STOCK_DAYS }),
    columns: [
      ...assetColumns(writer),
      { header: text('lifecycle.header.location'), format: 'text', width: 120 },
      { header: text('lifecycle.header.since'), format: 'date', width: 100 },
      { header: text('lifecycle.header.sinceField'), format: 'text', width: 110 },
      { header: text('lifecycle.header.daysIdle'), format: 'integer', width: 90 },
    ],
    rows: summary.idleStock.map((line) => [
      ...assetCells(writer, line.asset, line.category),
      line.asset.location ?? '',
      dateCell(line.since),
      text(line.sinceField === null ? 'lifecycle.since.none' : `lifecycle.since.${line.sinceField}`),
      line.days,
    ]),
  };
}

function disposalBlock(writer: Writer, summary: LifecycleSummary): OutputBlock {
  const { lang, text } = writer;
  return {
    title: text('lifecycle.block.disposal'),
    columns: [
      ...assetColumns(writer),
      { header: text('lifecycle.header.status'), format: 'text', width: 80 },
      { header: text('lifecycle.header.usefulLifeEnd'), format: 'date', width: 110 },
      { header: text('lifecycle.header.reason'), format: 'text', width: 220 },
    ],
    rows: summary.disposalCandidates.map((line) => [
      ...assetCells(writer, line.asset, line.category),
      line.asset.status === null ? '' : statusLabel(lang, line.asset.status),
      dateCell(line.usefulLife?.end ?? null),
      text(`lifecycle.reason.${line.reason}`),
    ]),
  };
}

function locationBlock(writer: Writer, summary: LifecycleSummary): OutputBlock {
  const { lang, text } = writer;
  return {
    title: text('lifecycle.block.location'),
    columns: [
      { header: text('lifecycle.header.location'), format: 'text', width: 160 },
      { header: statusLabel(lang, 'deployed'), format: 'integer', width: 70 },
      { header: statusLabel(lang, 'in_stock'), format: 'integer', width: 70 },
      { header: statusLabel(lang, 'in_repair'), format: 'integer', width: 70 },
      { header: text('lifecycle.header.otherStatus'), format: 'integer', width: 70 },
      { header: text('lifecycle.header.total'), format: 'integer', width: 70 },
    ],
    rows: summary.byLocation.map((line) => [line.location ?? text('lifecycle.blank.location'), line.deployed, line.inStock, line.inRepair, line.other, line.total]),
  };
}

function buildSheet(context: RecalcContext, summary: LifecycleSummary): OutputSheet {
  const writer: Writer = { lang: context.lang, text: (key, params = {}) => translate(context.lang, key, params) };
  const { text } = writer;

  return {
    id: LIFECYCLE_SHEET_ID,
    name: text('lifecycle.sheetName'),
    preamble: [
      text('lifecycle.preamble.asOf', { asOf: context.asOf }),
      text('lifecycle.preamble.utilisation'),
      text('lifecycle.preamble.age'),
      text('lifecycle.preamble.idleStock', { days: IDLE_STOCK_DAYS }),
      text('lifecycle.preamble.disposal'),
    ],
    blocks: [
      matrixBlock(writer, summary),
      utilisationBlock(writer, summary.totals),
      ageBlock(writer, summary),
      pastUsefulLifeBlock(writer, summary),
      idleStockBlock(writer, summary),
      disposalBlock(writer, summary),
      locationBlock(writer, summary),
    ],
    charts: [{ kind: 'column', title: text('lifecycle.chart.age'), block: AGE_BLOCK, labelColumn: 0, valueColumns: [1] }],
    protectionWarning: text('lifecycle.protection'),
  };
}

function lifecycleJson(summary: LifecycleSummary): Record<string, unknown> {
  const counts = (line: StatusCounts) => ({ byStatus: { ...line.byStatus }, unknownStatus: line.unknownStatus, total: line.total, utilisation: line.utilisation });
  const asset = (record: AssetRecord) => ({ assetTag: record.assetTag, row: record.row });

  return {
    ...counts(summary.totals),
    byCategory: summary.byCategory.map((line) => ({ category: line.category, ...counts(line) })),
    age: Object.fromEntries(summary.ageBuckets.map((bucket) => [bucket.bucket, bucket.count])),
    pastUsefulLifeDeployed: summary.pastUsefulLifeDeployed.map((line) => ({ ...asset(line.asset), usefulLifeEnd: line.usefulLife.end, daysPast: line.daysPast })),
    idleStock: summary.idleStock.map((line) => ({ ...asset(line.asset), since: line.since, sinceField: line.sinceField, days: line.days })),
    disposalCandidates: summary.disposalCandidates.map((line) => ({ ...asset(line.asset), status: line.asset.status, reason: line.reason })),
    byLocation: summary.byLocation.map((line) => ({ ...line })),
  };
}

/** Lifecycle sheet: status by category, utilisation, age, assets past useful life, idle stock, disposal candidates and locations; JSON `lifecycle`. */
export const lifecycleView: SummaryView = (context) => {
  const summary = computeLifecycle(context);
  return { sheets: [buildSheet(context, summary)], json: { lifecycle: lifecycleJson(summary) }, findings: [] };
};
