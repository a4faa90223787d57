/**
 * Elementary cycles of a directed graph whose nodes are numbered 0..n−1, found with Johnson's
 * algorithm (D. B. Johnson, "Finding all the elementary circuits of a directed graph", SIAM J. Comput.
 * 4(1), 1975) on top of Tarjan's strongly connected components. Both are written with explicit stacks,
 * so a chain of any length cannot overflow the call stack.
 */

/** Cycles listed before the search stops: a dense tangle can hold exponentially many. */
export const MAX_REPORTED_CYCLES = 100;

export interface CycleSearch {
  /** Each cycle once, as its nodes starting at the smallest node number, without repeating it at the end. */
  readonly cycles: readonly (readonly number[])[];
  /** True when more cycles exist than the limit allowed to list. */
  readonly truncated: boolean;
}

/**
 * Finds the elementary cycles of a graph given as sorted adjacency lists without self-loops. Cycles come
 * ordered by their smallest node, and each starts at that node.
 */
export function findCycles(adjacency: readonly (readonly number[])[], limit: number = MAX_REPORTED_CYCLES): CycleSearch {
  const search = new JohnsonSearch(adjacency, limit);
  const allNodes = adjacency.map((_, node) => node);

  for (const component of search.components(allNodes)) {
    if (!search.searchComponent(component)) {
      break;
    }
  }

  return { cycles: search.cycles, truncated: search.truncated };
}

/** Returns the strongly connected components with two or more nodes (Tarjan), each sorted ascending. */
export function stronglyConnectedComponents(adjacency: readonly (readonly number[])[]): number[][] {
  const search = new JohnsonSearch(adjacency, 0);
  return search.components(adjacency.map((_, node) => node));
}

/** Working arrays shared by every step, sized once for the whole graph and reset per step. */
class JohnsonSearch {
  readonly cycles: number[][] = [];
  truncated = false;

  private readonly inScope: Uint8Array;
  private readonly blocked: Uint8Array;
  private readonly blockedBy: (Set<number> | undefined)[];
  private readonly tarjanIndex: Int32Array;
  private readonly tarjanLow: Int32Array;
  private readonly tarjanOnStack: Uint8Array;
  private readonly edgeCursor: Int32Array;

  constructor(
    private readonly adjacency: readonly (readonly number[])[],
    private readonly limit: number,
  ) {
    const size = adjacency.length;
    this.inScope = new Uint8Array(size);
    this.blocked = new Uint8Array(size);
    this.blockedBy = new Array(size);
    this.tarjanIndex = new Int32Array(size).fill(-1);
    this.tarjanLow = new Int32Array(size);
    this.tarjanOnStack = new Uint8Array(size);
    this.edgeCursor = new Int32Array(size);
  }

  /**
   * Runs Johnson's outer loop inside one strongly connected component: take the smallest node s that
   * still lies on a cycle, list every cycle through s, then drop s and repeat on what is left.
   * Returns false once the limit is reached.
   */
  searchComponent(component: readonly number[]): boolean {
    let remaining = [...component].sort((a, b) => a - b);

    while (remaining.length > 1) {
      const parts = this.components(remaining);
      if (parts.length === 0) {
        return true;
      }
      const part = parts.reduce((best, candidate) => (candidate[0] < best[0] ? candidate : best));
      const start = part[0];

      if (!this.circuitsThrough(start, part)) {
        return false;
      }
      remaining = remaining.filter((node) => node > start);
    }
    return true;
  }

  /**
   * Returns the strongly connected components with two or more nodes of the subgraph induced by
   * `members` (Tarjan's algorithm), each sorted ascending.
   */
  components(members: readonly number[]): number[][] {
    const index = this.tarjanIndex;
    const low = this.tarjanLow;
    const onStack = this.tarjanOnStack;
    const cursor = this.edgeCursor;
    const result: number[][] = [];
    const nodeStack: number[] = [];
    let counter = 0;

    for (const node of members) {
      this.inScope[node] = 1;
    }

    for (const root of members) {
      if (index[root] !== -1) {
        continue;
      }
      const frames: number[] = [root];
      index[root] = low[root] = counter++;
      nodeStack.push(root);
      onStack[root] = 1;

      while (frames.length > 0) {
        const node = frames[frames.length - 1];
        const neighbors = this.adjacency[node];

        if (cursor[node] < neighbors.length) {
          const next = neighbors[cursor[node]++];
          if (this.inScope[next] === 0) {
            continue;
          }
          if (index[next] === -1) {
            index[next] = low[next] = counter++;
            nodeStack.push(next);
            onStack[next] = 1;
            frames.push(next);
          } else if (onStack[next] === 1) {
            low[node] = Math.min(low[node], index[next]);
          }
          continue;
        }

        frames.pop();
        if (frames.length > 0) {
          const parent = frames[frames.length - 1];
          low[parent] = Math.min(low[parent], low[node]);
        }
        if (low[node] === index[node]) {
          const component: number[] = [];
          let member: number;
          do {
            member = nodeStack.pop() as number;
            onStack[member] = 0;
            component.push(member);
          } while (member !== node);
          if (component.length > 1) {
            result.push(component.sort((a, b) => a - b));
          }
        }
      }
    }

    for (const node of members) {
      this.inScope[node] = 0;
      index[node] = -1;
      cursor[node] = 0;
    }
    return result;
  }

  /**
   * Runs Johnson's CIRCUIT procedure from `start` inside `scope`, with an explicit frame stack. A node
   * stays blocked while every path from it back to `start` passes through the current path. Once a
   * cycle is found through it, it is unblocked together with the nodes waiting on it in blockedBy.
   * Returns false once the limit is reached.
   */
  private circuitsThrough(start: number, scope: readonly number[]): boolean {
    for (const node of scope) {
      this.inScope[node] = 1;
      this.blocked[node] = 0;
      this.blockedBy[node]?.clear();
    }

    const path: number[] = [start];
    const cursors: number[] = [0];
    const closedCycle: boolean[] = [false];
    this.blocked[start] = 1;
    let withinLimit = true;

    while (path.length > 0 && withinLimit) {
      const depth = path.length - 1;
      const node = path[depth];
      const neighbors = this.adjacency[node];

      if (cursors[depth] < neighbors.length) {
        const next = neighbors[cursors[depth]++];
        if (this.inScope[next] === 0) {
          continue;
        }
        if (next === start) {
          if (this.cycles.length >= this.limit) {
            this.truncated = true;
            withinLimit = false;
            continue;
          }
          this.cycles.push([...path]);
          closedCycle[depth] = true;
        } else if (this.blocked[next] === 0) {
          this.blocked[next] = 1;
          path.push(next);
          cursors.push(0);
          closedCycle.push(false);
        }
        continue;
      }

      const foundCycle = closedCycle[depth];
      if (foundCycle) {
        this.unblock(node);
      } else {
        for (const next of neighbors) {
          if (this.inScope[next] === 1) {
            this.waitOn(next, node);
          }
        }
      }
      path.pop();
      cursors.pop();
      closedCycle.pop();
      if (foundCycle && depth > 0) {
        closedCycle[depth - 1] = true;
      }
    }

    for (const node of scope) {
      this.inScope[node] = 0;
      this.blocked[node] = 0;
      this.blockedBy[node]?.clear();
    }
    return withinLimit;
  }

  /** Records that `waiting` must be unblocked when `node` is. */
  private waitOn(node: number, waiting: number): void {
    let waiters = this.blockedBy[node];
    if (waiters === undefined) {
      waiters = new Set<number>();
      this.blockedBy[node] = waiters;
    }
    waiters.add(waiting);
  }

  private unblock(node: number): void {
    const pending: number[] = [node];
    while (pending.length > 0) {
      const current = pending.pop() as number;
      if (this.blocked[current] === 0) {
        continue;
      }
      this.blocked[current] = 0;
      const waiters = this.blockedBy[current];
      if (waiters !== undefined) {
        for (const waiting of waiters) {
          pending.push(waiting);
        }
        waiters.clear();
      }
    }
  }
}
