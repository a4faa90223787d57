import { compareDates } from '../calendar/calendarDate';
import type { RecalcContext } from '../recalc/view';
import { registerById } from '../registers/definitions';
import type { AssetRecord } from '../registers/records';
import type { RiskItem } from '../risk/riskItem';
import { buildCiGraph, idKey, type CiGraph } from './ciGraph';
import { formatDependencyPath } from './dependencyPath';
import { supportingAssets } from './supportingAssets';

/**
 * Raises a high risk for every production CI (not retired) that runs on, or depends directly or
 * transitively on a CI that runs on, an asset whose support ended before the as-of date or that is in
 * repair. One risk per CI, asset and reason; an asset past support and in repair raises both.
 */
export function productionCiRisks(context: RecalcContext, graph: CiGraph = buildCiGraph(context.data.configurationItems)): RiskItem[] {
  const assets = firstAssetByTag(context.data.assets);
  const sheet = context.locations.configurationItems?.sheetName ?? registerById('configurationItems').tab[context.lang];
  const pastSupport = (asset: AssetRecord | undefined): boolean =>
    asset?.endOfSupport != null && compareDates(asset.endOfSupport, context.asOf) < 0;
  const inRepair = (asset: AssetRecord | undefined): boolean => asset?.status === 'in_repair';
  const atRisk = (assetTag: string): boolean => {
    const asset = assets.get(idKey(assetTag));
    return pastSupport(asset) || inRepair(asset);
  };

  const risks: RiskItem[] = [];
  graph.ids.forEach((ciId, node) => {
    const item = graph.items[node];
    if (item.environment !== 'production' || item.status === 'retired') {
      return;
    }

    for (const supporting of supportingAssets(graph, ciId, atRisk)) {
      const asset = assets.get(idKey(supporting.assetTag)) as AssetRecord;
      const common = {
        ciId,
        name: item.name ?? '',
        assetTag: supporting.assetTag,
        path: formatDependencyPath([...supporting.path, supporting.assetTag]),
      };
      if (pastSupport(asset)) {
        risks.push({
          code: 'configuration.risk.assetPastSupport',
          severity: 'high',
          ref: ciId,
          sheet,
          row: item.row,
          params: { ...common, endOfSupport: asset.endOfSupport as string },
        });
      }
      if (inRepair(asset)) {
        risks.push({ code: 'configuration.risk.assetInRepair', severity: 'high', ref: ciId, sheet, row: item.row, params: common });
      }
    }
  });
  return risks;
}

function firstAssetByTag(assets: readonly AssetRecord[]): Map<string, AssetRecord> {
  const byTag = new Map<string, AssetRecord>();
  for (const asset of assets) {
    if (asset.assetTag && !byTag.has(idKey(asset.assetTag))) {
      byTag.set(idKey(asset.assetTag), asset);
    }
  }
  return byTag;
}
