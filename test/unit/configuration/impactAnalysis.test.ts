import { buildCiGraph } from '../../../src/core/configuration/ciGraph';
import { impactCounts, impactOf, impactOfAsset, impactOfCi } from '../../../src/core/configuration/impactAnalysis';
import { assetsUnderEachCi, supportingAssets } from '../../../src/core/configuration/supportingAssets';
import { ci, rows } from './ciContext';

/** APP-1 depends on DB-1 and CACHE-1, both of which depend on STORE-1. */
const diamond = buildCiGraph(rows(['APP-1', ['DB-1', 'CACHE-1']], ['DB-1', ['STORE-1']], ['CACHE-1', ['STORE-1']], ['STORE-1']));

/** CI-k depends on CI-(k−1) for k = 2..5000, listed in reverse so the register order differs from ID order. */
function chainGraph(length: number) {
  const items = [];
  for (let k = length; k >= 1; k--) {
    items.push(ci(length - k + 2, `CI-${k}`, k > 1 ? [`CI-${k - 1}`] : [], { assetTag: `SRV-${k}` }));
  }
  return buildCiGraph(items);
}

describe('impactOf', () => {
  test('diamond bottom reaches every CI once', () => {
    expect(impactOf(diamond, 'STORE-1')).toEqual([
      { ciId: 'CACHE-1', depth: 1, via: 'STORE-1' },
      { ciId: 'DB-1', depth: 1, via: 'STORE-1' },
      { ciId: 'APP-1', depth: 2, via: 'CACHE-1' },
    ]);
  });

  test('diamond middle reaches the top', () => {
    expect(impactOf(diamond, 'db-1')).toEqual([{ ciId: 'APP-1', depth: 1, via: 'DB-1' }]);
  });

  test('top CI has no impact', () => {
    expect(impactOf(diamond, 'APP-1')).toEqual([]);
  });

  test('cycle ends the walk', () => {
    // APP-1 → DB-2 → APP-1, and WEB-1 depends on APP-1.
    const graph = buildCiGraph(rows(['APP-1', ['DB-2']], ['DB-2', ['APP-1']], ['WEB-1', ['APP-1']]));

    expect(impactOf(graph, 'APP-1')).toEqual([
      { ciId: 'DB-2', depth: 1, via: 'APP-1' },
      { ciId: 'WEB-1', depth: 1, via: 'APP-1' },
    ]);
    expect(impactOf(graph, 'DB-2')).toEqual([
      { ciId: 'APP-1', depth: 1, via: 'DB-2' },
      { ciId: 'WEB-1', depth: 2, via: 'APP-1' },
    ]);
  });

  test('self-dependency is ignored', () => {
    const graph = buildCiGraph(rows(['APP-1', ['APP-1']], ['WEB-1', ['APP-1']]));

    expect(impactOfCi(graph, 'APP-1')).toEqual([{ ciId: 'WEB-1', depth: 1, via: 'APP-1' }]);
  });

  test('asset impact starts at its CIs', () => {
    // DB-1 and DB-2 run on SRV-1; APP-1 depends on DB-1; WEB-1 on APP-1; OTHER-1 runs elsewhere.
    const graph = buildCiGraph(
      rows(
        ['DB-1', [], { assetTag: 'SRV-1' }],
        ['DB-2', [], { assetTag: 'SRV-1' }],
        ['APP-1', ['DB-1']],
        ['WEB-1', ['APP-1']],
        ['OTHER-1', [], { assetTag: 'SRV-2' }],
      ),
    );

    expect(impactOf(graph, 'srv-1')).toEqual([
      { ciId: 'DB-1', depth: 1, via: 'srv-1' },
      { ciId: 'DB-2', depth: 1, via: 'srv-1' },
      { ciId: 'APP-1', depth: 2, via: 'DB-1' },
      { ciId: 'WEB-1', depth: 3, via: 'APP-1' },
    ]);
    expect(impactOfAsset(graph, 'SRV-2')).toEqual([{ ciId: 'OTHER-1', depth: 1, via: 'SRV-2' }]);
  });

  test('unknown ID has no impact', () => {
    expect(impactOf(diamond, 'NOPE-1')).toEqual([]);
  });

  test('5,000-node chain lists every CI by depth', () => {
    const graph = chainGraph(5000);

    const impact = impactOf(graph, 'CI-1');

    expect(impact).toHaveLength(4999);
    expect(impact[0]).toEqual({ ciId: 'CI-2', depth: 1, via: 'CI-1' });
    expect(impact[4998]).toEqual({ ciId: 'CI-5000', depth: 4999, via: 'CI-4999' });
    expect(impact.every((entry, index) => entry.depth === index + 1)).toBe(true);
  });

  test('5,000-node asset impact passes through the chain', () => {
    const graph = chainGraph(5000);

    const impact = impactOfAsset(graph, 'SRV-1');

    expect(impact).toHaveLength(5000);
    expect(impact[4999]).toEqual({ ciId: 'CI-5000', depth: 5000, via: 'CI-4999' });
  });
});

describe('impactCounts', () => {
  test('diamond counts', () => {
    // Node order is natural ID order: APP-1, CACHE-1, DB-1, STORE-1.
    expect(diamond.ids).toEqual(['APP-1', 'CACHE-1', 'DB-1', 'STORE-1']);
    expect(impactCounts(diamond)).toEqual([0, 1, 1, 3]);
  });

  test('cycle members count each other once', () => {
    const graph = buildCiGraph(rows(['A-1', ['A-2']], ['A-2', ['A-3']], ['A-3', ['A-1']], ['B-1', ['A-3']]));

    // A-1 is needed by and B-1 (through A-3); no CI needs B-1.
    expect(impactCounts(graph)).toEqual([3, 3, 3, 0]);
  });

  test('5,000-node chain counts', () => {
    const graph = chainGraph(5000);

    const counts = impactCounts(graph);

    expect(counts[0]).toBe(4999);
    expect(counts[2499]).toBe(2500);
    expect(counts[4999]).toBe(0);
  });
});

describe('supportingAssets', () => {
  test('own asset then dependencies by depth', () => {
    const graph = buildCiGraph(
      rows(['APP-1', ['DB-1', 'CACHE-1'], { assetTag: 'VM-1' }], ['DB-1', ['STORE-1'], { assetTag: 'SRV-1' }], ['CACHE-1', [], { assetTag: 'SRV-1' }], ['STORE-1', [], { assetTag: 'SAN-1' }]),
    );

    expect(supportingAssets(graph, 'APP-1')).toEqual([
      { assetTag: 'VM-1', depth: 0, path: ['APP-1'] },
      { assetTag: 'SRV-1', depth: 1, path: ['APP-1', 'CACHE-1'] },
      { assetTag: 'SAN-1', depth: 2, path: ['APP-1', 'DB-1', 'STORE-1'] },
    ]);
  });

  test('filter limits the list', () => {
    const graph = chainGraph(10);

    expect(supportingAssets(graph, 'CI-10', (tag) => tag === 'SRV-1')).toEqual([
      { assetTag: 'SRV-1', depth: 9, path: ['CI-10', 'CI-9', 'CI-8', 'CI-7', 'CI-6', 'CI-5', 'CI-4', 'CI-3', 'CI-2', 'CI-1'] },
    ]);
  });

  test('cycle ends the walk', () => {
    const graph = buildCiGraph(rows(['APP-1', ['DB-2'], { assetTag: 'VM-1' }], ['DB-2', ['APP-1'], { assetTag: 'VM-2' }]));

    expect(supportingAssets(graph, 'DB-2').map((found) => found.assetTag)).toEqual(['VM-2', 'VM-1']);
  });

  test('assets under each CI of a chain', () => {
    const graph = chainGraph(5000);

    const under = assetsUnderEachCi(graph, 3);

    expect(under[0]).toEqual({ count: 1, nearestTags: ['SRV-1'] });
    expect(under[4999]).toEqual({ count: 5000, nearestTags: ['SRV-5000', 'SRV-4999', 'SRV-4998'] });
  });

  test('cycle members share their assets', () => {
    // A-1 ↔ → B-1; X-1 depends on A-1 from outside the cycle.
    const graph = buildCiGraph(
      rows(['A-1', ['A-2'], { assetTag: 'VM-1' }], ['A-2', ['A-1', 'B-1'], { assetTag: 'VM-2' }], ['B-1', [], { assetTag: 'SAN-1' }], ['X-1', ['A-1'], { assetTag: 'VM-9' }]),
    );

    const under = assetsUnderEachCi(graph, 10);

    expect(graph.ids).toEqual(['A-1', 'A-2', 'B-1', 'X-1']);
    expect(under[0]).toEqual({ count: 3, nearestTags: ['VM-1', 'VM-2', 'SAN-1'] });
    expect(under[1]).toEqual({ count: 3, nearestTags: ['VM-2', 'VM-1', 'SAN-1'] });
    expect(under[2]).toEqual({ count: 1, nearestTags: ['SAN-1'] });
    expect(under[3]).toEqual({ count: 4, nearestTags: ['VM-9', 'VM-1', 'VM-2', 'SAN-1'] });
    expect(impactCounts(graph)).toEqual([2, 2, 3, 0]);
  });

  test('shared asset counted once', () => {
    const graph = buildCiGraph(rows(['APP-1', ['DB-1'], { assetTag: 'SRV-1' }], ['DB-1', [], { assetTag: 'srv-1' }]));

    expect(assetsUnderEachCi(graph, 10)[0]).toEqual({ count: 1, nearestTags: ['SRV-1'] });
  });
});
