import { computeDepreciation } from '../../../src/core/finance/assetDepreciation';
import { indexCategories } from '../../../src/core/finance/categoryDefaults';
import { computeLifecycle } from '../../../src/core/lifecycle/lifecycleSummary';
import { lifecycleView } from '../../../src/core/lifecycle/lifecycleView';
import { usefulLifeOf } from '../../../src/core/lifecycle/usefulLife';
import type { Lang } from '../../../src/core/registers/schema';
import { asset, category, riskContext, unfilledTexts, won } from '../risk/riskContext';

const AS_OF = '2024-05-31';

const CATEGORIES = [
  category(2, { code: 'NB', name: '노트북', usefulLifeMonths: 48, depreciationMethod: 'straight_line' }),
  category(3, { code: 'SRV', name: 'Server', usefulLifeMonths: 60, depreciationMethod: 'straight_line' }),
  category(4, { code: 'SRV-DB', name: 'DB Server', parent: 'SRV' }),
];

/** Thirteen assets whose counts are worked out by hand in the tests below. */
const ASSETS = [
  asset(2, { assetTag: 'A1', category: 'NB', status: 'deployed', purchaseDate: '2020-05-31', location: '본사 8층', assignedTo: 'kim' }),
  asset(3, { assetTag: 'A2', category: 'NB', status: 'deployed', purchaseDate: '2021-06-01', location: '본사 8층 ' }),
  asset(4, { assetTag: 'A3', category: 'NB', status: 'in_stock', purchaseDate: '2023-05-31', lastAudit: '2024-03-01', location: '창고' }),
  asset(5, { assetTag: 'A4', category: 'NB', status: 'in_stock', purchaseDate: '2023-06-01', lastAudit: '2024-03-02', location: '창고' }),
  asset(6, { assetTag: 'A5', category: 'SRV-DB', status: 'in_repair', purchaseDate: '2019-05-01', location: 'IDC' }),
  asset(7, { assetTag: 'A6', category: 'SRV', status: 'retired', purchaseDate: '2022-01-15', location: 'IDC' }),
  asset(8, { assetTag: 'A7', category: 'SRV', status: 'disposed', purchaseDate: '2015-01-01', location: 'IDC' }),
  asset(9, { assetTag: 'A8', category: 'nb', status: 'lost', purchaseDate: '2022-01-01', location: '본사 8층' }),
  asset(10, { assetTag: 'A9', category: null, status: null }),
  asset(11, { assetTag: 'A10', category: 'Printer', status: 'deployed', purchaseDate: '2024-06-10', location: '본사 8층' }),
  asset(12, { assetTag: 'A11', category: 'NB', status: 'in_stock', location: '창고' }),
  asset(13, { assetTag: 'A12', category: 'NB', status: 'deployed', purchaseDate: '2023-06-01', usefulLifeMonths: 12, location: 'IDC' }),
  asset(14, { assetTag: 'A13', category: 'NB', status: 'in_stock', purchaseDate: '2024-02-01', lastAudit: '2023-01-01', location: '창고' }),
];

const context = (lang: Lang = 'en') => riskContext({ asOf: AS_OF, lang, data: { assets: ASSETS, categories: CATEGORIES } });

const ZERO = { requested: 0, ordered: 0, in_stock: 0, deployed: 0, in_repair: 0, retired: 0, disposed: 0, lost: 0 };

describe('computeLifecycle', () => {
  const summary = computeLifecycle(context());

  test('status by category', () => {
    expect(summary.byCategory.map((line) => [line.category, line.byStatus, line.unknownStatus, line.total, line.utilisation])).toEqual([
      ['DB Server', { ...ZERO, in_repair: 1 }, 0, 1, 0],
      ['Printer', { ...ZERO, deployed: 1 }, 0, 1, 1],
      ['Server', { ...ZERO, retired: 1, disposed: 1 }, 0, 2, null],
      ['노트북', { ...ZERO, deployed: 3, in_stock: 4, lost: 1 }, 0, 8, 3 / 7],
      [null, ZERO, 1, 1, null],
    ]);
  });

  test('totals and utilisation', () => {
    expect(summary.totals).toEqual({
      byStatus: { ...ZERO, in_stock: 4, deployed: 4, in_repair: 1, retired: 1, disposed: 1, lost: 1 },
      unknownStatus: 1,
      total: 13,
      utilisation: 4 / 9,
    });
  });

  test('age distribution of held assets', () => {
    expect(summary.ageBuckets).toEqual([
      { bucket: 'lessThan1', count: 3 },
      { bucket: 'from1To2', count: 1 },
      { bucket: 'from2To3', count: 2 },
      { bucket: 'from3To4', count: 0 },
      { bucket: 'from4To5', count: 1 },
      { bucket: 'atLeast5', count: 1 },
      { bucket: 'purchasedLater', count: 1 },
      { bucket: 'noPurchaseDate', count: 2 },
    ]);
  });

  test('deployed past useful life', () => {
    expect(summary.pastUsefulLifeDeployed.map((line) => [line.asset.assetTag, line.usefulLife, line.daysPast])).toEqual([['A1', { months: 48, end: '2024-04-30' }, 31]]);
  });

  test('idle stock boundary and proxy date', () => {
    expect(summary.idleStock.map((line) => [line.asset.assetTag, line.since, line.sinceField, line.days])).toEqual([
      ['A13', '2024-02-01', 'purchaseDate', 120],
      ['A3', '2024-03-01', 'lastAudit', 91],
      ['A11', null, null, null],
    ]);
  });

  test('disposal candidates', () => {
    expect(summary.disposalCandidates.map((line) => [line.asset.assetTag, line.reason, line.usefulLife?.end ?? null])).toEqual([
      ['A5', 'pastUsefulLife', '2024-04-30'],
      ['A6', 'retired', '2026-12-31'],
    ]);
  });

  test('counts by location', () => {
    expect(summary.byLocation).toEqual([
      { location: 'IDC', deployed: 1, inStock: 0, inRepair: 1, other: 1, total: 3 },
      { location: '본사 8층', deployed: 3, inStock: 0, inRepair: 0, other: 0, total: 3 },
      { location: '창고', deployed: 0, inStock: 4, inRepair: 0, other: 0, total: 4 },
      { location: null, deployed: 0, inStock: 0, inRepair: 0, other: 1, total: 1 },
    ]);
  });
});

describe('usefulLifeOf', () => {
  test('ends where depreciation ends', () => {
    const assets = ASSETS.filter((line) => line.purchaseDate !== null).map((line) => ({ ...line, purchaseCost: won(1200000) }));
    const ctx = riskContext({ asOf: AS_OF, data: { assets, categories: CATEGORIES } });
    const categories = indexCategories(CATEGORIES);
    const lines = computeDepreciation(ctx).lines;

    expect(lines.length).toBeGreaterThan(5);
    for (const line of lines) {
      const source = assets.find((candidate) => candidate.assetTag === line.assetTag)!;
      expect({ tag: line.assetTag, end: usefulLifeOf(source, categories)?.end }).toEqual({ tag: line.assetTag, end: line.usefulLifeEnd });
    }
  });
});

describe('lifecycleView', () => {
  test('English sheet layout', () => {
    const sheet = lifecycleView(context('en')).sheets[0];

    expect(sheet.id).toBe('lifecycle');
    expect(sheet.name).toBe('Lifecycle');
    expect(sheet.blocks[0].columns.map((column) => column.header)).toEqual([
      'Category',
      'requested',
      'ordered',
      'in stock',
      'deployed',
      'in repair',
      'retired',
      'disposed',
      'lost',
      'Blank or Invalid Status',
      'Total',
      'Utilisation',
    ]);
    expect(sheet.blocks[0].rows.at(-1)).toEqual(['Total', 0, 0, 4, 4, 1, 1, 1, 1, 1, 13, 4 / 9]);
    expect(sheet.blocks[0].rows.at(-2)?.[0]).toBe('(no category)');
    expect(sheet.blocks[1].rows).toEqual([[4, 4, 1, 4 / 9]]);
    expect(sheet.blocks[2].rows[0]).toEqual(['under 1 year', 3]);
    expect(sheet.blocks[4].title).toBe('Stock idle for more than 90 days');
    expect(sheet.blocks[4].rows[2]).toEqual(['A11', '', '노트북', '창고', null, '(no date)', null]);
    expect(sheet.charts).toEqual([{ kind: 'column', title: 'Assets by age', block: 2, labelColumn: 0, valueColumns: [1] }]);
  });

  test('preamble names the idle proxy', () => {
    const sheet = lifecycleView(context('ko')).sheets[0];
    expect(sheet.preamble?.[3]).toContain('최종실사일과 취득일 중 늦은 날짜');
    expect(sheet.blocks[5].rows).toEqual([
      ['A5', '', 'DB Server', '수리중', { date: '2024-04-30' }, '내용연수 경과, 미사용'],
      ['A6', '', 'Server', '사용중지', { date: '2026-12-31' }, '사용중지'],
    ]);
  });

  test.each(['en', 'ko'] as const)('no placeholder left in %s', (lang) => {
    const sheet = lifecycleView(context(lang)).sheets[0];
    const texts = [sheet.name, sheet.protectionWarning, ...(sheet.preamble ?? []), ...(sheet.charts ?? []).map((chart) => chart.title)];
    for (const block of sheet.blocks) {
      texts.push(block.title ?? '', ...block.columns.map((column) => column.header));
      texts.push(...block.rows.flat().filter((cell): cell is string => typeof cell === 'string'));
    }
    expect(unfilledTexts(texts)).toEqual([]);
  });

  test('JSON lifecycle', () => {
    const json = lifecycleView(context()).json.lifecycle as Record<string, unknown>;

    expect(json.utilisation).toBe(4 / 9);
    expect(json.total).toBe(13);
    expect(json.age).toEqual({ lessThan1: 3, from1To2: 1, from2To3: 2, from3To4: 0, from4To5: 1, atLeast5: 1, purchasedLater: 1, noPurchaseDate: 2 });
    expect(json.pastUsefulLifeDeployed).toEqual([{ assetTag: 'A1', row: 2, usefulLifeEnd: '2024-04-30', daysPast: 31 }]);
    expect(json.idleStock).toEqual([
      { assetTag: 'A13', row: 14, since: '2024-02-01', sinceField: 'purchaseDate', days: 120 },
      { assetTag: 'A3', row: 4, since: '2024-03-01', sinceField: 'lastAudit', days: 91 },
      { assetTag: 'A11', row: 12, since: null, sinceField: null, days: null },
    ]);
    expect(json.disposalCandidates).toEqual([
      { assetTag: 'A5', row: 6, status: 'in_repair', reason: 'pastUsefulLife' },
      { assetTag: 'A6', row: 7, status: 'retired', reason: 'retired' },
    ]);
  });
});
