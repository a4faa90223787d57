import fc from 'fast-check';
import { findCycles, MAX_REPORTED_CYCLES } from '../../../src/core/configuration/dependencyCycles';

/** Builds sorted adjacency lists from edges, dropping self-loops as the CI graph does. */
function adjacency(nodeCount: number, edges: readonly (readonly [number, number])[]): number[][] {
  const lists: Set<number>[] = Array.from({ length: nodeCount }, () => new Set<number>());
  for (const [from, to] of edges) {
    if (from !== to) {
      lists[from].add(to);
    }
  }
  return lists.map((targets) => [...targets].sort((a, b) => a - b));
}

function completeGraph(nodeCount: number): number[][] {
  const edges: [number, number][] = [];
  for (let from = 0; from < nodeCount; from++) {
    for (let to = 0; to < nodeCount; to++) {
      edges.push([from, to]);
    }
  }
  return adjacency(nodeCount, edges);
}

/** Reference enumeration: every simple path from s through nodes above s that returns to s. */
function bruteForceCycles(lists: readonly (readonly number[])[]): string[] {
  const found: string[] = [];
  for (let start = 0; start < lists.length; start++) {
    const extend = (path: number[]): void => {
      for (const next of lists[path[path.length - 1]]) {
        if (next === start) {
          found.push(path.join(','));
        } else if (next > start && !path.includes(next)) {
          extend([...path, next]);
        }
      }
    };
    extend([start]);
  }
  return found.sort();
}

describe('findCycles', () => {
  test('diamond has no cycle', () => {
    // 0 depends on 1 and 2, both depend on 3.
    const search = findCycles(adjacency(4, [[0, 1], [0, 2], [1, 3], [2, 3]]));

    expect(search.cycles).toEqual([]);
    expect(search.truncated).toBe(false);
  });

  test('two-node cycle starts at smallest node', () => {
    const search = findCycles(adjacency(2, [[1, 0], [0, 1]]));

    expect(search.cycles).toEqual([[0, 1]]);
  });

  test('two disjoint cycles listed once each', () => {
    // 0 → 1 → 0 and 2 → 3 → 4 → 2, with 5 hanging off the second cycle.
    const search = findCycles(adjacency(6, [[0, 1], [1, 0], [3, 4], [4, 2], [2, 3], [5, 2]]));

    expect(search.cycles).toEqual([
      [0, 1],
      [2, 3, 4],
    ]);
  });

  test('cycle rotated to its smallest node', () => {
    // 3 → 1 → 2 → 3 is listed from 1.
    const search = findCycles(adjacency(4, [[3, 1], [1, 2], [2, 3]]));

    expect(search.cycles).toEqual([[1, 2, 3]]);
  });

  test('figure eight gives both loops', () => {
    // 0 → 1 → 0 and 0 → 2 → 0 share node 0.
    const search = findCycles(adjacency(3, [[0, 1], [1, 0], [0, 2], [2, 0]]));

    expect(search.cycles).toEqual([
      [0, 1],
      [0, 2],
    ]);
  });

  test('complete graph on four nodes has 20 cycles', () => {
    // 6 two-node cycles + 4 triples × 2 directions + 3! orders of the four-node cycle.
    const search = findCycles(completeGraph(4));

    expect(search.cycles).toHaveLength(20);
    expect(new Set(search.cycles.map((cycle) => cycle.join(','))).size).toBe(20);
    expect(search.truncated).toBe(false);
  });

  test('limit stops search and flags truncation', () => {
    // The complete graph on five nodes has 10 + 20 + 30 + 24 = 84 cycles.
    const limited = findCycles(completeGraph(5), 10);
    const unlimited = findCycles(completeGraph(5), 1000);

    expect(limited.cycles).toHaveLength(10);
    expect(limited.truncated).toBe(true);
    expect(unlimited.cycles).toHaveLength(84);
    expect(unlimited.truncated).toBe(false);
  });

  test('exact limit is not truncation', () => {
    const search = findCycles(completeGraph(5), 84);

    expect(search.cycles).toHaveLength(84);
    expect(search.truncated).toBe(false);
  });

  test('default limit applies to dense graphs', () => {
    // The complete graph on six nodes has 409 cycles.
    const search = findCycles(completeGraph(6));

    expect(search.cycles).toHaveLength(MAX_REPORTED_CYCLES);
    expect(search.truncated).toBe(true);
  });

  test('5,000-node chain has no cycle', () => {
    const edges: [number, number][] = [];
    for (let node = 1; node < 5000; node++) {
      edges.push([node, node - 1]);
    }

    const search = findCycles(adjacency(5000, edges));

    expect(search.cycles).toEqual([]);
  });

  test('5,000-node ring is one cycle', () => {
    const edges: [number, number][] = [];
    for (let node = 0; node < 5000; node++) {
      edges.push([node, (node + 1) % 5000]);
    }

    const search = findCycles(adjacency(5000, edges));

    expect(search.cycles).toHaveLength(1);
    expect(search.cycles[0]).toHaveLength(5000);
    expect(search.cycles[0][0]).toBe(0);
    expect(search.cycles[0][4999]).toBe(4999);
  });

  test('5,000-node ring entered at its largest node', () => {
    // Edges run downwards, so the walk from node 0 reaches 4999 first and must go around the whole ring.
    const edges: [number, number][] = [];
    for (let node = 0; node < 5000; node++) {
      edges.push([node, (node + 4999) % 5000]);
    }

    const search = findCycles(adjacency(5000, edges));

    expect(search.cycles).toHaveLength(1);
    expect(search.cycles[0].slice(0, 3)).toEqual([0, 4999, 4998]);
  });

  test('dense 5,000-node graph stops at limit', () => {
    // The Park–Miller generator (exact in doubles) gives 25,000 fixed edges, with far more than 100 cycles.
    let seed = 12345;
    const nextNode = (): number => {
      seed = (seed * 48271) % 2147483647;
      return seed % 5000;
    };
    const edges: [number, number][] = Array.from({ length: 25000 }, () => [nextNode(), nextNode()]);

    const started = Date.now();
    const search = findCycles(adjacency(5000, edges));

    expect(search.cycles).toHaveLength(MAX_REPORTED_CYCLES);
    expect(search.truncated).toBe(true);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  test('random graphs match brute force', () => {
    const graphs = fc
      .integer({ min: 1, max: 7 })
      .chain((nodeCount) =>
        fc.record({
          nodeCount: fc.constant(nodeCount),
          edges: fc.array(fc.tuple(fc.integer({ min: 0, max: nodeCount - 1 }), fc.integer({ min: 0, max: nodeCount - 1 })), { maxLength: 20 }),
        }),
      );

    fc.assert(
      fc.property(graphs, ({ nodeCount, edges }) => {
        const lists = adjacency(nodeCount, edges);
        const found = findCycles(lists, 100000).cycles.map((cycle) => cycle.join(',')).sort();

        expect(found).toEqual(bruteForceCycles(lists));
      }),
      { numRuns: 500 },
    );
  });
});
