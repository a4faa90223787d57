import { BreadthFirstWalk } from './breadthFirstWalk';
import { idKey, nodeOf, type CiGraph } from './ciGraph';
import { stronglyConnectedComponents } from './dependencyCycles';

/** An asset that a CI needs: the CI runs on it, or a CI it depends on does. */
export interface SupportingAsset {
  /** Asset tag as written on the CI row. */
  readonly assetTag: string;
  /** Dependency hops from the analysed CI: 0 when the analysed CI itself runs on the asset. */
  readonly depth: number;
  /** CI IDs from the analysed CI down to the CI that runs on the asset. */
  readonly path: readonly string[];
}

/**
 * Lists the assets under a CI: the one it runs on and those of every CI it depends on, directly or
 * transitively, nearest first and each asset once. `includeAsset` limits the list (and the path
 * building) to the asset tags it accepts.
 */
export function supportingAssets(graph: CiGraph, ciId: string, includeAsset: (assetTag: string) => boolean = () => true): SupportingAsset[] {
  const start = nodeOf(graph, ciId);
  if (start === undefined) {
    return [];
  }
  const walk = new BreadthFirstWalk(graph.dependsOn);
  const count = walk.walk(graph.dependsOn[start], [start]);

  const found: SupportingAsset[] = [];
  const seen = new Set<string>();
  const visit = (node: number, depth: number): void => {
    const tag = graph.items[node].assetTag?.trim() ?? '';
    if (tag === '' || seen.has(idKey(tag)) || !includeAsset(tag)) {
      return;
    }
    seen.add(idKey(tag));
    found.push({ assetTag: tag, depth, path: pathFrom(graph, walk, start, node, depth) });
  };

  visit(start, 0);
  for (let index = 0; index < count; index++) {
    const node = walk.reached(index);
    visit(node, walk.depth(node));
  }
  return found;
}

function pathFrom(graph: CiGraph, walk: BreadthFirstWalk, start: number, node: number, depth: number): string[] {
  const path: string[] = [];
  let current = node;
  for (let step = depth; step > 0; step--) {
    path.push(graph.ids[current]);
    current = walk.parent(current);
  }
  path.push(graph.ids[start]);
  return path.reverse();
}

/** The assets under one CI for display: how many there are and the first few tags. */
export interface AssetsUnder {
  readonly count: number;
  /**
   * The CI's own asset first, then the others nearest first. In a dependency cycle the cycle's own
   * assets follow in CI ID order, because its members share one walk.
   */
  readonly nearestTags: readonly string[];
}

/**
 * Summarizes the assets under every node (see supportingAssets), listing at most `maxTags` tags each.
 * The members of a dependency cycle need each other, so they share one walk and one asset count.
 */
export function assetsUnderEachCi(graph: CiGraph, maxTags: number): AssetsUnder[] {
  // Number the distinct assets once so that each walk marks them in an array instead of hashing tags.
  const assetNumbers = new Map<string, number>();
  const tagOfAsset: string[] = [];
  const assetOfNode = graph.items.map((item) => {
    const tag = item.assetTag?.trim() ?? '';
    if (tag === '') {
      return -1;
    }
    const key = idKey(tag);
    if (!assetNumbers.has(key)) {
      assetNumbers.set(key, tagOfAsset.length);
      tagOfAsset.push(tag);
    }
    return assetNumbers.get(key) as number;
  });
  const walk = new BreadthFirstWalk(graph.dependsOn);
  const lastCollection = new Int32Array(tagOfAsset.length).fill(-1);
  let collection = 0;

  /**
   * Returns how many distinct assets the start node (−1 for none) and the nodes of the last walk carry,
   * and the first `limit` of them in that order.
   */
  const collect = (start: number, reachedCount: number, limit: number): { count: number; assets: number[] } => {
    collection++;
    const assets: number[] = [];
    let count = 0;
    const visit = (node: number): void => {
      const asset = assetOfNode[node];
      if (asset !== -1 && lastCollection[asset] !== collection) {
        lastCollection[asset] = collection;
        count++;
        if (assets.length < limit) {
          assets.push(asset);
        }
      }
    };

    if (start !== -1) {
      visit(start);
    }
    for (let index = 0; index < reachedCount; index++) {
      visit(walk.reached(index));
    }
    return { count, assets };
  };

  const result: AssetsUnder[] = new Array(graph.ids.length);
  for (const members of stronglyConnectedComponents(graph.dependsOn)) {
    const shared = collect(-1, walk.walk(members), maxTags + 1);
    for (const member of members) {
      const own = assetOfNode[member];
      const ordered = own === -1 ? shared.assets : [own, ...shared.assets.filter((asset) => asset !== own)];
      result[member] = { count: shared.count, nearestTags: ordered.slice(0, maxTags).map((asset) => tagOfAsset[asset]) };
    }
  }
  graph.ids.forEach((_, node) => {
    if (result[node] !== undefined) {
      return;
    }
    const reachedCount = walk.walk(graph.dependsOn[node], [node]);
    const own = collect(node, reachedCount, maxTags);
    result[node] = { count: own.count, nearestTags: own.assets.map((asset) => tagOfAsset[asset]) };
  });
  return result;
}
