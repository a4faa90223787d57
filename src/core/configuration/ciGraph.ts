import type { ConfigurationItemRecord } from '../registers/records';
import { referenceKey } from '../registers/referenceKey';

/**
 * The dependency graph of the Configuration Items register. Nodes are numbered in natural CI ID order
 * (APP-2 before APP-10), so the smallest node of a cycle is its smallest CI ID. An edge A → B means
 * that A depends on B.
 */
export interface CiGraph {
  /** CI ID of each node, as written in the first row that uses it. */
  readonly ids: readonly string[];
  /** First register row of each node (a repeated CI ID is a duplicate-key finding of the register). */
  readonly items: readonly ConfigurationItemRecord[];
  /** Nodes that each node depends on: known CIs only, each once, never itself, ascending. */
  readonly dependsOn: readonly (readonly number[])[];
  /** Nodes that depend directly on each node, ascending. */
  readonly dependents: readonly (readonly number[])[];
  /** Node of each CI ID, keyed by idKey. */
  readonly nodeByKey: ReadonlyMap<string, number>;
  /** Nodes of the CIs that run on each asset, keyed by idKey of the asset tag, ascending. */
  readonly cisOnAsset: ReadonlyMap<string, readonly number[]>;
}

/** Identity of a CI ID or asset tag, matched the way unique keys are in the registers. */
export const idKey = referenceKey;

/** Orders IDs naturally: runs of digits compare by value, so APP-2 sorts before APP-10. */
export function compareCiIds(left: string, right: string): number {
  const leftParts = left.toLowerCase().match(/\d+|\D+/g) ?? [];
  const rightParts = right.toLowerCase().match(/\d+|\D+/g) ?? [];
  const shared = Math.min(leftParts.length, rightParts.length);

  for (let index = 0; index < shared; index++) {
    const order = compareIdParts(leftParts[index], rightParts[index]);
    if (order !== 0) {
      return order;
    }
  }
  if (leftParts.length !== rightParts.length) {
    return leftParts.length - rightParts.length;
  }
  return compareCodePoints(left, right);
}

function compareIdParts(left: string, right: string): number {
  const bothNumbers = /^\d/.test(left) && /^\d/.test(right);
  if (bothNumbers) {
    const leftDigits = left.replace(/^0+(?=\d)/, '');
    const rightDigits = right.replace(/^0+(?=\d)/, '');
    if (leftDigits.length !== rightDigits.length) {
      return leftDigits.length - rightDigits.length;
    }
    if (leftDigits !== rightDigits) {
      return leftDigits < rightDigits ? -1 : 1;
    }
    return left.length - right.length;
  }
  return compareCodePoints(left, right);
}

function compareCodePoints(left: string, right: string): number {
  if (left === right) {
    return 0;
  }
  return left < right ? -1 : 1;
}

/**
 * Builds the graph from the register rows. Rows without a CI ID are not nodes, and a repeated CI ID
 * keeps its first row. Unknown, repeated and self references are left out of the edges: the register
 * check reports them.
 */
export function buildCiGraph(items: readonly ConfigurationItemRecord[]): CiGraph {
  const firstRows = new Map<string, ConfigurationItemRecord>();
  for (const item of items) {
    const id = item.ciId?.trim() ?? '';
    if (id !== '' && !firstRows.has(idKey(id))) {
      firstRows.set(idKey(id), item);
    }
  }

  const nodes = [...firstRows.values()].sort((left, right) => compareCiIds((left.ciId as string).trim(), (right.ciId as string).trim()));
  const ids = nodes.map((item) => (item.ciId as string).trim());
  const nodeByKey = new Map<string, number>();
  ids.forEach((id, node) => nodeByKey.set(idKey(id), node));

  const dependsOn: number[][] = nodes.map(() => []);
  const dependents: number[][] = nodes.map(() => []);
  nodes.forEach((item, node) => {
    const targets = new Set<number>();
    for (const reference of item.dependsOn) {
      const target = nodeByKey.get(idKey(reference));
      if (target !== undefined && target !== node) {
        targets.add(target);
      }
    }
    dependsOn[node] = [...targets].sort((a, b) => a - b);
  });
  dependsOn.forEach((targets, node) => {
    for (const target of targets) {
      dependents[target].push(node);
    }
  });

  const cisOnAsset = new Map<string, number[]>();
  nodes.forEach((item, node) => {
    const tag = item.assetTag?.trim() ?? '';
    if (tag === '') {
      return;
    }
    const key = idKey(tag);
    const onAsset = cisOnAsset.get(key) ?? [];
    onAsset.push(node);
    cisOnAsset.set(key, onAsset);
  });

  return { ids, items: nodes, dependsOn, dependents, nodeByKey, cisOnAsset };
}

/** Returns the node of a CI ID, or undefined when no CI has it. */
export function nodeOf(graph: CiGraph, ciId: string): number | undefined {
  return graph.nodeByKey.get(idKey(ciId));
}
