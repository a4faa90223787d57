import { a1, type Finding, type MessageParams, type Severity } from '../findings/finding';
import type { RecalcContext, RegisterLocation } from '../recalc/view';
import { fieldOf, registerById } from '../registers/definitions';
import type { ConfigurationItemRecord } from '../registers/records';
import { label } from '../registers/schema';
import { buildCiGraph, idKey, type CiGraph } from './ciGraph';
import { findCycles, MAX_REPORTED_CYCLES } from './dependencyCycles';
import { formatCycle } from './dependencyPath';

export interface CiRegisterCheck {
  readonly graph: CiGraph;
  /** Dependency cycles as CI IDs, each starting at its smallest ID, without repeating it at the end. */
  readonly cycles: readonly (readonly string[])[];
  /** True when there were more cycles than MAX_REPORTED_CYCLES. */
  readonly cyclesTruncated: boolean;
  readonly findings: readonly Finding[];
}

/**
 * Checks the Configuration Items register: Depends On entries that name no CI, name the CI itself or
 * repeat, asset tags missing from Assets (skipped when the Assets tab is missing), and dependency
 * cycles. A self-dependency is reported as such and not again as a cycle.
 */
export function checkCiRegister(context: RecalcContext): CiRegisterCheck {
  const graph = buildCiGraph(context.data.configurationItems);
  const search = findCycles(graph.dependsOn);
  const cycles = search.cycles.map((cycle) => cycle.map((node) => graph.ids[node]));
  const cells = new CiCells(context);

  const findings: Finding[] = [];
  for (const item of context.data.configurationItems) {
    findings.push(...dependencyFindings(item, graph, cells));
    findings.push(...assetFindings(item, context, cells));
  }

  for (const cycle of cycles) {
    const first = graph.items[graph.nodeByKey.get(idKey(cycle[0])) as number];
    findings.push(cells.finding(first, 'dependsOn', 'error', 'configuration.finding.cycle', { path: formatCycle(cycle) }));
  }
  if (search.truncated) {
    findings.push({
      sheet: cells.sheet,
      row: null,
      column: null,
      cell: null,
      value: '',
      severity: 'info',
      code: 'configuration.finding.cycleLimit',
      params: { limit: MAX_REPORTED_CYCLES },
    });
  }

  return { graph, cycles, cyclesTruncated: search.truncated, findings };
}

function dependencyFindings(item: ConfigurationItemRecord, graph: CiGraph, cells: CiCells): Finding[] {
  const findings: Finding[] = [];
  const ownKey = item.ciId === null ? null : idKey(item.ciId);
  const counts = new Map<string, { readonly text: string; count: number }>();
  for (const reference of item.dependsOn) {
    const key = idKey(reference);
    if (key === '') {
      continue;
    }
    const seen = counts.get(key);
    if (seen) {
      seen.count++;
    } else {
      counts.set(key, { text: reference.trim(), count: 1 });
    }
  }

  for (const [key, { text, count }] of counts) {
    if (key === ownKey) {
      findings.push(cells.finding(item, 'dependsOn', 'error', 'configuration.finding.selfDependency', { ciId: text }));
    } else if (!graph.nodeByKey.has(key)) {
      findings.push(cells.finding(item, 'dependsOn', 'error', 'configuration.finding.unknownDependency', { ciId: text, sheet: cells.sheet }));
    }
    if (count > 1) {
      findings.push(cells.finding(item, 'dependsOn', 'warning', 'configuration.finding.duplicateDependency', { ciId: text, count }));
    }
  }
  return findings;
}

function assetFindings(item: ConfigurationItemRecord, context: RecalcContext, cells: CiCells): Finding[] {
  const assetLocation = context.locations.assets;
  const tag = item.assetTag?.trim() ?? '';
  if (!assetLocation || tag === '' || cells.knownAssets.has(idKey(tag))) {
    return [];
  }
  return [cells.finding(item, 'assetTag', 'warning', 'configuration.finding.unknownAsset', { assetTag: tag, assetSheet: assetLocation.sheetName })];
}

/** Builds findings that point at a cell of the Configuration Items tab. */
class CiCells {
  readonly sheet: string;
  readonly knownAssets: ReadonlySet<string>;
  private readonly location: RegisterLocation | undefined;

  constructor(private readonly context: RecalcContext) {
    this.location = context.locations.configurationItems;
    this.sheet = this.location?.sheetName ?? registerById('configurationItems').tab[context.lang];
    this.knownAssets = new Set(context.data.assets.flatMap((asset) => (asset.assetTag ? [idKey(asset.assetTag)] : [])));
  }

  finding(item: ConfigurationItemRecord, fieldKey: 'dependsOn' | 'assetTag', severity: Severity, code: string, params: MessageParams): Finding {
    const column = this.location?.columns[fieldKey];
    const value = fieldKey === 'dependsOn' ? item.dependsOn.join(', ') : (item.assetTag ?? '');
    return {
      sheet: this.sheet,
      row: item.row,
      column: label(this.context.lang, fieldOf(registerById('configurationItems'), fieldKey).header),
      cell: column === undefined ? null : a1(item.row, column),
      value,
      severity,
      code,
      params,
    };
  }
}
