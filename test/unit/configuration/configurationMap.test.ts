import { configurationMapView } from '../../../src/core/configuration/configurationMap';
import { productionCiRisks } from '../../../src/core/configuration/productionCiRisks';
import { translate } from '../../../src/core/i18n';
import { asset, ci, contextWith, rows } from './ciContext';

/**
 * WEB-1 → APP-1 → DB-1 (on SRV-1) and APP-1 → CACHE-1 (on SRV-2); LOOP-1 ↔ LOOP-2.
 * WEB-1 and APP-1 are production; CACHE-1 is staging.
 */
const items = rows(
  ['WEB-1', ['APP-1'], { name: 'Portal', type: 'web', environment: 'production', status: 'active', assetTag: 'VM-9' }],
  ['APP-1', ['DB-1', 'CACHE-1'], { name: 'ERP', environment: 'production', status: 'active' }],
  ['DB-1', [], { name: 'ERP DB', environment: 'production', assetTag: 'SRV-1' }],
  ['CACHE-1', [], { name: 'Cache', environment: 'staging', assetTag: 'SRV-2' }],
  ['LOOP-1', ['LOOP-2']],
  ['LOOP-2', ['LOOP-1']],
);

describe('configurationMapView', () => {
  test('JSON lists relations and cycles', () => {
    const result = configurationMapView(contextWith({ items, assets: [asset(2, 'SRV-1'), asset(3, 'SRV-2'), asset(4, 'VM-9')] }));

    expect(result.json).toEqual({
      configuration: [
        { ciId: 'APP-1', dependsOn: ['CACHE-1', 'DB-1'], dependents: ['WEB-1'], impactCount: 1 },
        { ciId: 'CACHE-1', dependsOn: [], dependents: ['APP-1'], impactCount: 2 },
        { ciId: 'DB-1', dependsOn: [], dependents: ['APP-1'], impactCount: 2 },
        { ciId: 'LOOP-1', dependsOn: ['LOOP-2'], dependents: ['LOOP-2'], impactCount: 1 },
        { ciId: 'LOOP-2', dependsOn: ['LOOP-1'], dependents: ['LOOP-1'], impactCount: 1 },
        { ciId: 'WEB-1', dependsOn: ['APP-1'], dependents: [], impactCount: 0 },
      ],
      cycles: [['LOOP-1', 'LOOP-2']],
    });
    expect(result.findings.map((finding) => finding.code)).toEqual(['configuration.finding.cycle']);
  });

  test('English sheet rows', () => {
    const result = configurationMapView(contextWith({ items }));

    expect(result.sheets).toHaveLength(1);
    const [sheet] = result.sheets;
    expect(sheet.id).toBe('configurationMap');
    expect(sheet.name).toBe('Configuration Map');
    expect(sheet.preamble).toEqual([
      'As of 2025-06-30. Configuration items: 6. Dependency cycles: 1. Impact counts the CIs that depend on the item directly or through other CIs.',
    ]);
    const [itemsBlock, cyclesBlock] = sheet.blocks;
    expect(itemsBlock.columns.map((column) => column.header)).toEqual([
      'CI ID', 'Name', 'Type', 'Environment', 'Status', 'Depends On', 'Dependents', 'Impact (CIs)', 'Assets Under', 'In Cycle',
    ]);
    expect(itemsBlock.rows[0]).toEqual(['APP-1', 'ERP', '', 'production', 'active', 'CACHE-1, DB-1', 'WEB-1', 1, 'SRV-2, SRV-1', '']);
    expect(itemsBlock.rows[5]).toEqual(['WEB-1', 'Portal', 'web', 'production', 'active', 'APP-1', '', 0, 'VM-9, SRV-2, SRV-1', '']);
    expect(itemsBlock.rows[3][9]).toBe('yes');
    expect(cyclesBlock.rows).toEqual([[1, 'LOOP-1 → LOOP-2 → LOOP-1', 2]]);
  });

  test('Korean sheet labels', () => {
    const result = configurationMapView(contextWith({ items, lang: 'ko' }));

    const [sheet] = result.sheets;
    expect(sheet.name).toBe('구성 관계');
    expect(sheet.blocks[0].columns.map((column) => column.header)).toEqual([
      '구성항목ID', '이름', '유형', '환경', '상태', '의존대상', '이 항목에 의존하는 항목', '영향 범위(개)', '기반 자산', '순환 의존',
    ]);
    expect(sheet.blocks[0].rows[0].slice(3, 5)).toEqual(['운영', '운영중']);
    expect(sheet.blocks[0].rows[3][9]).toBe('예');
    expect(sheet.preamble?.[0]).toBe(
      '2025-06-30 기준: 구성항목 6개, 순환 의존 1건. 영향 범위는 해당 항목에 직접 또는 다른 구성항목을 거쳐 의존하는 구성항목 수입니다.',
    );
  });

  test('empty register gives an empty table', () => {
    const result = configurationMapView(contextWith({ items: [] }));

    expect(result.sheets[0].blocks).toHaveLength(1);
    expect(result.sheets[0].blocks[0].rows).toEqual([]);
    expect(result.json).toEqual({ configuration: [], cycles: [] });
  });

  test('hub row counts IDs past 50', () => {
    const hub = ci(2, 'HUB-1');
    const users = Array.from({ length: 60 }, (_, index) => ci(index + 3, `USER-${index + 1}`, ['HUB-1']));

    const result = configurationMapView(contextWith({ items: [hub, ...users] }));

    const hubRow = result.sheets[0].blocks[0].rows[0];
    expect(hubRow[0]).toBe('HUB-1');
    expect(hubRow[6]).toMatch(/^USER-1, USER-2, .*, USER-50 and 10 more$/);
    expect(hubRow[7]).toBe(60);
  });
  test('5,000-CI chain with a cycle at its end', () => {
    // CI-k depends on CI-(k−1); CI-1 depends on CI-5000, closing one 5,000-CI cycle.
    const chain = Array.from({ length: 5000 }, (_, index) => ci(index + 2, `CI-${index + 1}`, [index === 0 ? 'CI-5000' : `CI-${index}`], { assetTag: `SRV-${index + 1}` }));

    const result = configurationMapView(contextWith({ items: chain, assets: null }));

    const json = result.json as { configuration: { ciId: string; impactCount: number }[]; cycles: string[][] };
    expect(json.cycles).toHaveLength(1);
    expect(json.cycles[0]).toHaveLength(5000);
    expect(json.configuration.every((entry) => entry.impactCount === 4999)).toBe(true);
    const firstRow = result.sheets[0].blocks[0].rows[0];
    // Members of a cycle list their own asset first, then the cycle's assets in CI ID order.
    expect(firstRow[8]).toMatch(/^SRV-1, SRV-2, SRV-3, .*, SRV-50 and 4,950 more$/);
    const lastRow = result.sheets[0].blocks[0].rows[4999];
    expect(lastRow[8]).toMatch(/^SRV-5000, SRV-1, SRV-2, .*, SRV-49 and 4,950 more$/);
    expect(result.sheets[0].blocks[1].rows[0][1]).toBe(
      'CI-1 → CI-5000 → CI-4999 → CI-4998 → CI-4997 → CI-4996 → CI-4995 → CI-4994 → CI-4993 → CI-4992 → … (+4981) … → ' +
        'CI-10 → CI-9 → CI-8 → CI-7 → CI-6 → CI-5 → CI-4 → CI-3 → CI-2 → CI-1',
    );
  });
});

describe('productionCiRisks', () => {
  const assets = [
    asset(2, 'SRV-1', { endOfSupport: '2025-06-29' }),
    asset(3, 'SRV-2', { status: 'in_repair' }),
    asset(4, 'VM-9', { endOfSupport: '2025-06-30' }),
  ];

  test('past support and repair reach production CIs', () => {
    const risks = productionCiRisks(contextWith({ items, assets }));

    expect(risks.map((risk) => [risk.ref, risk.code, risk.params.assetTag, risk.params.path])).toEqual([
      ['APP-1', 'configuration.risk.assetInRepair', 'SRV-2', 'APP-1 → CACHE-1 → SRV-2'],
      ['APP-1', 'configuration.risk.assetPastSupport', 'SRV-1', 'APP-1 → DB-1 → SRV-1'],
      ['DB-1', 'configuration.risk.assetPastSupport', 'SRV-1', 'DB-1 → SRV-1'],
      ['WEB-1', 'configuration.risk.assetInRepair', 'SRV-2', 'WEB-1 → APP-1 → CACHE-1 → SRV-2'],
      ['WEB-1', 'configuration.risk.assetPastSupport', 'SRV-1', 'WEB-1 → APP-1 → DB-1 → SRV-1'],
    ]);
    expect(risks.every((risk) => risk.severity === 'high')).toBe(true);
    expect(risks[0].sheet).toBe('Configuration Items');
    expect(risks[0].row).toBe(3);
  });

  test('support ending on the as-of date is not past', () => {
    const risks = productionCiRisks(contextWith({ items, assets }));

    expect(risks.some((risk) => risk.params.assetTag === 'VM-9')).toBe(false);
  });

  test('risk messages in both languages', () => {
    const [, pastSupport] = productionCiRisks(contextWith({ items, assets }));

    expect(translate('en', pastSupport.code, pastSupport.params)).toBe(
      'Production CI APP-1 (ERP) depends on asset SRV-1, whose support ended on 2025-06-29 (chain: APP-1 → DB-1 → SRV-1). Replace the asset or move the CI.',
    );
    expect(translate('ko', pastSupport.code, pastSupport.params)).toBe(
      '운영 구성항목 APP-1(ERP)이(가) 지원이 종료된 자산 SRV-1에 의존합니다 (지원종료일 2025-06-29, 경로: APP-1 → DB-1 → SRV-1). 자산을 교체하거나 구성항목을 이전하세요.',
    );
  });

  test('retired and non-production CIs skipped', () => {
    const quiet = rows(
      ['OLD-1', [], { environment: 'production', status: 'retired', assetTag: 'SRV-1' }],
      ['DEV-1', [], { environment: 'development', assetTag: 'SRV-1' }],
      ['BLANK-1', [], { assetTag: 'SRV-2' }],
    );

    expect(productionCiRisks(contextWith({ items: quiet, assets }))).toEqual([]);
  });

  test('asset past support and in repair gives two risks', () => {
    const both = [asset(2, 'SRV-7', { endOfSupport: '2020-01-31', status: 'in_repair' })];
    const single = rows(['APP-7', [], { environment: 'production', assetTag: 'srv-7' }]);

    const risks = productionCiRisks(contextWith({ items: single, assets: both }));

    expect(risks.map((risk) => risk.code)).toEqual(['configuration.risk.assetPastSupport', 'configuration.risk.assetInRepair']);
    expect(risks[0].params).toEqual({ ciId: 'APP-7', name: 'APP-7 service', assetTag: 'srv-7', path: 'APP-7 → srv-7', endOfSupport: '2020-01-31' });
  });
});
