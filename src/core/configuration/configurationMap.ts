import { translate } from '../i18n';
import type { SummaryView } from '../recalc/view';
import { CI_ENVIRONMENTS, CI_STATUSES } from '../registers/definitions';
import type { EnumValue, Lang } from '../registers/schema';
import type { OutputBlock, OutputColumn, OutputSheet, OutputValue } from '../workbook/port';
import { checkCiRegister } from './ciRegisterCheck';
import { formatCycle } from './dependencyPath';
import { impactCounts } from './impactAnalysis';
import { assetsUnderEachCi } from './supportingAssets';

export const CONFIGURATION_MAP_ID = 'configurationMap';

/** IDs listed in one cell before the rest are counted, so that a hub CI's row stays readable. */
const MAX_IDS_IN_CELL = 50;

/** One CI in the `configuration` array of `itam recalc --json`. */
export interface ConfigurationJson {
  readonly ciId: string;
  readonly dependsOn: readonly string[];
  readonly dependents: readonly string[];
  readonly impactCount: number;
}

/**
 * Builds the Configuration Map. Per CI it lists the direct dependencies, the direct dependents, how many
 * CIs depend on it directly or transitively, and the assets under it. A second table lists the
 * dependency cycles. The register findings (unknown IDs, self-dependencies, cycles) go to Data Quality.
 */
export const configurationMapView: SummaryView = (context) => {
  const { lang } = context;
  const check = checkCiRegister(context);
  const { graph } = check;
  const counts = impactCounts(graph);
  const assetsUnder = assetsUnderEachCi(graph, MAX_IDS_IN_CELL);
  const nodesInCycles = new Set(check.cycles.flat());

  const itemRows: OutputValue[][] = graph.ids.map((ciId, node) => {
    const item = graph.items[node];
    return [
      ciId,
      item.name ?? '',
      item.type ?? '',
      enumLabel(CI_ENVIRONMENTS, item.environment, lang),
      enumLabel(CI_STATUSES, item.status, lang),
      listText(graph.dependsOn[node].map((target) => graph.ids[target]), graph.dependsOn[node].length, lang),
      listText(graph.dependents[node].map((source) => graph.ids[source]), graph.dependents[node].length, lang),
      counts[node],
      listText(assetsUnder[node].nearestTags, assetsUnder[node].count, lang),
      nodesInCycles.has(ciId) ? translate(lang, 'configuration.map.yes') : '',
    ];
  });
  const cycleRows: OutputValue[][] = check.cycles.map((cycle, index) => [index + 1, formatCycle(cycle), cycle.length]);

  const blocks: OutputBlock[] = [
    { title: translate(lang, 'configuration.map.itemsTitle'), columns: itemColumns(lang), rows: itemRows },
  ];
  if (cycleRows.length > 0) {
    blocks.push({ title: translate(lang, 'configuration.map.cyclesTitle'), columns: cycleColumns(lang), rows: cycleRows });
  }
  const sheet: OutputSheet = {
    id: CONFIGURATION_MAP_ID,
    name: translate(lang, 'configuration.map.sheetName'),
    preamble: [translate(lang, 'configuration.map.preamble', { asOf: context.asOf, items: graph.ids.length, cycles: check.cycles.length })],
    blocks,
    protectionWarning: translate(lang, 'configuration.map.protection'),
  };

  const configuration: ConfigurationJson[] = graph.ids.map((ciId, node) => ({
    ciId,
    dependsOn: graph.dependsOn[node].map((target) => graph.ids[target]),
    dependents: graph.dependents[node].map((source) => graph.ids[source]),
    impactCount: counts[node],
  }));
  return { sheets: [sheet], json: { configuration, cycles: check.cycles }, findings: check.findings };
};

function itemColumns(lang: Lang): OutputColumn[] {
  const column = (key: string, format: OutputColumn['format'], width: number): OutputColumn => ({
    header: translate(lang, `configuration.map.header.${key}`),
    format,
    width,
  });
  return [
    column('ciId', 'text', 110),
    column('name', 'text', 180),
    column('type', 'text', 110),
    column('environment', 'text', 100),
    column('status', 'text', 90),
    column('dependsOn', 'text', 200),
    column('dependents', 'text', 200),
    column('impactCount', 'integer', 90),
    column('assetsUnder', 'text', 200),
    column('inCycle', 'text', 80),
  ];
}

function cycleColumns(lang: Lang): OutputColumn[] {
  return [
    { header: translate(lang, 'configuration.map.header.cycleNumber'), format: 'integer', width: 60 },
    { header: translate(lang, 'configuration.map.header.cyclePath'), format: 'text', width: 600 },
    { header: translate(lang, 'configuration.map.header.cycleLength'), format: 'integer', width: 80 },
  ];
}

function enumLabel(values: readonly EnumValue[], key: string | null, lang: Lang): string {
  return values.find((value) => value.key === key)?.label[lang] ?? '';
}

/** Joins IDs with commas; when `total` exceeds the IDs given or MAX_IDS_IN_CELL, the rest are counted. */
function listText(ids: readonly string[], total: number, lang: Lang): string {
  const listed = ids.slice(0, MAX_IDS_IN_CELL);
  const list = listed.join(', ');
  if (total <= listed.length) {
    return list;
  }
  return translate(lang, 'configuration.list.more', { list, count: total - listed.length });
}
