import { translate } from '../i18n';
import type { MessageParams } from '../findings/finding';
import type { RecalcContext, SummaryView } from '../recalc/view';
import { ASSET_STATUSES } from '../registers/definitions';
import type { AssetStatus } from '../registers/records';
import type { FormulaCell, OutputBlock, OutputSheet, OutputValue } from '../workbook/port';
import { computeDashboard, type DashboardFigures } from './dashboardFigures';
import { assetCountFormula, statusCountFormula } from './liveFormula';

export const DASHBOARD_SHEET_ID = 'dashboard';

const STATUS_BLOCK = 0;
const TCO_BLOCK = 3;

/** A count shown on the dashboard: a live formula when the registers allow one, and the count at recalculation. */
interface DashboardCount {
  readonly formula: FormulaCell | null;
  readonly value: number;
}

type Text = (key: string, params?: MessageParams) => string;

function sourceLabel(text: Text, count: DashboardCount): string {
  return text(count.formula === null ? 'dashboard.source.recalculated' : 'dashboard.source.live');
}

function statusBlock(context: RecalcContext, text: Text, counts: readonly (DashboardCount & { status: AssetStatus })[]): OutputBlock {
  const label = (status: AssetStatus): string => ASSET_STATUSES.find((candidate) => candidate.key === status)?.label[context.lang] ?? status;
  return {
    title: text('dashboard.block.status'),
    columns: [
      { header: text('dashboard.header.status'), format: 'text', width: 120 },
      { header: text('dashboard.header.liveCount'), format: 'integer', width: 100 },
      { header: text('dashboard.header.recalculatedCount'), format: 'integer', width: 130 },
    ],
    rows: counts.map((count): OutputValue[] => [label(count.status), count.formula ?? count.value, count.value]),
  };
}

function countsBlock(text: Text, figures: DashboardFigures, assets: DashboardCount): OutputBlock {
  const recalculated = (value: number): DashboardCount => ({ formula: null, value });
  const rows: [string, DashboardCount][] = [
    [text('dashboard.figure.assets'), assets],
    [text('dashboard.figure.overDeployed'), recalculated(figures.overDeployedLicenses)],
    ...figures.renewalsWithin.map((window): [string, DashboardCount] => [text('dashboard.figure.renewalsWithin', { days: window.days }), recalculated(window.count)]),
    [text('dashboard.figure.highRisks'), recalculated(figures.highRisks)],
  ];
  if (figures.exposureUnknown > 0) {
    rows.splice(2, 0, [text('dashboard.figure.exposureUnknown'), recalculated(figures.exposureUnknown)]);
  }
  return {
    title: text('dashboard.block.counts'),
    columns: [
      { header: text('dashboard.header.figure'), format: 'text', width: 260 },
      { header: text('dashboard.header.count'), format: 'integer', width: 100 },
      { header: text('dashboard.header.source'), format: 'text', width: 130 },
    ],
    rows: rows.map(([label, count]) => [label, count.formula ?? count.value, sourceLabel(text, count)]),
  };
}

function amountsBlock(text: Text, figures: DashboardFigures, currency: string): OutputBlock {
  return {
    title: text('dashboard.block.amounts'),
    columns: [
      { header: text('dashboard.header.figure'), format: 'text', width: 260 },
      { header: text('dashboard.header.amount'), format: 'money', width: 140 },
      { header: text('dashboard.header.currency'), format: 'text', width: 70 },
    ],
    rows: [
      [text('dashboard.figure.totalTco'), figures.totalTco, currency],
      [text('dashboard.figure.totalBookValue'), figures.totalBookValue, currency],
      ...figures.exposure.map((exposure): OutputValue[] => [text('dashboard.figure.exposure'), exposure.amount, exposure.currency]),
    ],
  };
}

function tcoBlock(text: Text, figures: DashboardFigures): OutputBlock {
  return {
    title: text('dashboard.block.tcoByCategory'),
    columns: [
      { header: text('dashboard.header.category'), format: 'text', width: 160 },
      { header: text('dashboard.header.assets'), format: 'integer', width: 80 },
      { header: text('dashboard.header.tco'), format: 'money', width: 140 },
    ],
    rows: figures.tcoByCategory.map((group) => [group.label ?? text('finance.blank.category'), group.assets, group.total]),
  };
}

function buildSheet(context: RecalcContext, figures: DashboardFigures, statusCounts: readonly (DashboardCount & { status: AssetStatus })[], assets: DashboardCount): OutputSheet {
  const text: Text = (key, params = {}) => translate(context.lang, key, params);
  const assetsLocation = context.locations.assets;
  const live = statusCounts.some((count) => count.formula !== null);
  const [shortWindow, longWindow] = figures.renewalsWithin.map((window) => window.days);

  return {
    id: DASHBOARD_SHEET_ID,
    name: text('dashboard.sheetName'),
    first: true,
    preamble: [
      text('dashboard.preamble.asOf', { asOf: context.asOf }),
      live ? text('dashboard.preamble.live', { sheet: assetsLocation?.sheetName ?? '' }) : text('dashboard.preamble.noLive'),
      text('dashboard.preamble.renewals', { shortWindow, longWindow }),
      text('dashboard.preamble.amounts', { currency: context.settings.currency }),
    ],
    blocks: [
      statusBlock(context, text, statusCounts),
      countsBlock(text, figures, assets),
      amountsBlock(text, figures, context.settings.currency),
      tcoBlock(text, figures),
    ],
    charts: [
      { kind: 'pie', title: text('dashboard.chart.status'), block: STATUS_BLOCK, labelColumn: 0, valueColumns: [1] },
      { kind: 'column', title: text('dashboard.chart.tcoByCategory'), block: TCO_BLOCK, labelColumn: 0, valueColumns: [2] },
    ],
    protectionWarning: text('dashboard.protection'),
  };
}

function countJson(count: DashboardCount): { value: number; formula: string | null } {
  return { value: count.value, formula: count.formula?.formula ?? null };
}

/**
 * Dashboard sheet, first in the tab order. Counts over the Assets tab are live formulas that follow
 * edits at once; every other figure is from this recalculation. JSON `dashboard` gives each count's
 * value at recalculation and, for a live count, its formula.
 */
export const dashboardView: SummaryView = (context) => {
  const figures = computeDashboard(context);
  const assetsLocation = context.locations.assets;
  const statusCounts = figures.statusCounts.map((line) => ({ status: line.status, value: line.count, formula: statusCountFormula(assetsLocation, line.status) }));
  const assets: DashboardCount = { value: figures.assetCount, formula: assetCountFormula(assetsLocation) };

  const dashboard = {
    assetsByStatus: statusCounts.map((count) => ({ status: count.status, ...countJson(count) })),
    assets: countJson(assets),
    currency: context.settings.currency,
    totalTco: figures.totalTco,
    totalBookValue: figures.totalBookValue,
    overDeployedLicenses: figures.overDeployedLicenses,
    exposure: figures.exposure.map((exposure) => ({ currency: exposure.currency, amount: exposure.amount })),
    exposureUnknown: figures.exposureUnknown,
    renewalsWithin: figures.renewalsWithin.map((window) => ({ days: window.days, count: window.count })),
    highRisks: figures.highRisks,
    tcoByCategory: figures.tcoByCategory.map((group) => ({ category: group.label, assets: group.assets, total: group.total })),
  };

  return { sheets: [buildSheet(context, figures, statusCounts, assets)], json: { dashboard }, findings: [] };
};
