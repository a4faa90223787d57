import { BreadthFirstWalk } from './breadthFirstWalk';
import { idKey, nodeOf, type CiGraph } from './ciGraph';
import { stronglyConnectedComponents } from './dependencyCycles';

/** One CI that stops working when the analysed CI or asset fails. */
export interface ImpactEntry {
  readonly ciId: string;
  /** Hops from the failing CI or asset: 1 for a direct dependent or a CI that runs on the asset. */
  readonly depth: number;
  /** CI ID or asset tag through which the CI was first reached. */
  readonly via: string;
}

/**
 * Lists every CI that depends on a CI or an asset, directly or transitively, ordered by depth and
 * then by CI ID. The ID is taken as a CI ID when a CI has it, else as an asset tag; an unknown ID
 * has no impact. Cycles end the walk, and the analysed CI is never listed as its own dependent.
 */
export function impactOf(graph: CiGraph, id: string): ImpactEntry[] {
  if (nodeOf(graph, id) !== undefined) {
    return impactOfCi(graph, id);
  }
  return impactOfAsset(graph, id);
}

/** Lists the CIs that depend on a CI directly or transitively (see impactOf). */
export function impactOfCi(graph: CiGraph, ciId: string): ImpactEntry[] {
  const node = nodeOf(graph, ciId);
  if (node === undefined) {
    return [];
  }

  return walkDependents(graph, graph.dependents[node], [node], graph.ids[node]);
}

/** Lists the CIs that run on an asset and everything that depends on them (see impactOf). */
export function impactOfAsset(graph: CiGraph, assetTag: string): ImpactEntry[] {
  const onAsset = graph.cisOnAsset.get(idKey(assetTag)) ?? [];

  return walkDependents(graph, onAsset, [], assetTag.trim());
}

function walkDependents(graph: CiGraph, seeds: readonly number[], excluded: readonly number[], seedVia: string): ImpactEntry[] {
  const walk = new BreadthFirstWalk(graph.dependents);
  const count = walk.walk(seeds, excluded);

  // Node numbers follow natural CI ID order, so sorting by node sorts by CI ID.
  const nodes: number[] = [];
  for (let index = 0; index < count; index++) {
    nodes.push(walk.reached(index));
  }
  nodes.sort((left, right) => walk.depth(left) - walk.depth(right) || left - right);

  return nodes.map((node) => {
    const parent = walk.parent(node);
    return { ciId: graph.ids[node], depth: walk.depth(node), via: parent === -1 ? seedVia : graph.ids[parent] };
  });
}

/**
 * Counts, for every node, the CIs that depend on it directly or transitively (itself excluded). The
 * members of a dependency cycle all need each other, so they share one walk.
 */
export function impactCounts(graph: CiGraph): number[] {
  const walk = new BreadthFirstWalk(graph.dependents);
  const counts: number[] = new Array(graph.ids.length).fill(-1);

  for (const members of stronglyConnectedComponents(graph.dependsOn)) {
    const reached = walk.walk(members);
    for (const member of members) {
      counts[member] = reached - 1;
    }
  }
  for (let node = 0; node < counts.length; node++) {
    if (counts[node] === -1) {
      counts[node] = walk.walk(graph.dependents[node], [node]);
    }
  }
  return counts;
}
