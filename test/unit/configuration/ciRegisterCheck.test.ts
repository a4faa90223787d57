import { buildCiGraph, compareCiIds } from '../../../src/core/configuration/ciGraph';
import { checkCiRegister } from '../../../src/core/configuration/ciRegisterCheck';
import type { Finding } from '../../../src/core/findings/finding';
import { translate } from '../../../src/core/i18n';
import type { Lang } from '../../../src/core/registers/schema';
import { asset, ci, contextWith, rows } from './ciContext';

function message(finding: Finding, lang: Lang): string {
  return translate(lang, finding.code, finding.params);
}

function codes(findings: readonly Finding[]): string[] {
  return findings.map((finding) => finding.code);
}

describe('compareCiIds', () => {
  test('numbers compare by value', () => {
    const sorted = ['APP-10', 'app-2', 'APP-1', 'DB-02', 'DB-1', 'APP-2'].sort(compareCiIds);

    expect(sorted).toEqual(['APP-1', 'APP-2', 'app-2', 'APP-10', 'DB-1', 'DB-02']);
  });
});

describe('buildCiGraph', () => {
  test('edges skip unknown, self and repeats', () => {
    const graph = buildCiGraph(rows(['APP-1', ['DB-2', 'db-2', 'APP-1', 'NOPE']], ['DB-2']));

    expect(graph.ids).toEqual(['APP-1', 'DB-2']);
    expect(graph.dependsOn).toEqual([[1], []]);
    expect(graph.dependents).toEqual([[], [0]]);
  });

  test('repeated CI ID keeps first row', () => {
    const graph = buildCiGraph(rows(['APP-1', ['DB-1']], ['DB-1'], ['app-1', ['DB-9']]));

    expect(graph.ids).toEqual(['APP-1', 'DB-1']);
    expect(graph.items[0].row).toBe(2);
  });

  test('assets map to the CIs on them', () => {
    const graph = buildCiGraph(rows(['DB-1', [], { assetTag: 'SRV-1' }], ['DB-2', [], { assetTag: 'srv-1 ' }], ['APP-1', ['DB-1']]));

    expect(graph.cisOnAsset.get('srv-1')).toEqual([1, 2]);
  });
});

describe('checkCiRegister', () => {
  test('two-node cycle reported with path', () => {
    const context = contextWith({ items: rows(['APP-1', ['DB-2']], ['DB-2', ['APP-1']]) });

    const check = checkCiRegister(context);

    expect(check.cycles).toEqual([['APP-1', 'DB-2']]);
    expect(check.findings).toHaveLength(1);
    const [finding] = check.findings;
    expect(finding.code).toBe('configuration.finding.cycle');
    expect(finding.severity).toBe('error');
    expect(finding.sheet).toBe('Configuration Items');
    expect(finding.row).toBe(2);
    expect(finding.column).toBe('Depends On');
    expect(finding.cell).toBe('H2');
    expect(finding.value).toBe('DB-2');
    expect(message(finding, 'en')).toBe('Dependency cycle: APP-1 → DB-2 → APP-1. Remove one of these dependencies so that the chain ends.');
  });

  test('cycle message in Korean', () => {
    const context = contextWith({ items: rows(['APP-1', ['DB-2']], ['DB-2', ['APP-1']]), lang: 'ko' });

    const [finding] = checkCiRegister(context).findings;

    expect(finding.sheet).toBe('구성항목');
    expect(finding.column).toBe('의존대상');
    expect(message(finding, 'ko')).toBe('순환 의존: APP-1 → DB-2 → APP-1. 이 중 의존 관계 하나를 끊어 순환을 없애세요.');
  });

  test('cycle starts at smallest natural ID', () => {
    // Rows list APP-10 first; APP-9 sorts before APP-10 and WEB-1.
    const context = contextWith({ items: rows(['APP-10', ['WEB-1']], ['WEB-1', ['APP-9']], ['APP-9', ['APP-10']]) });

    const check = checkCiRegister(context);

    expect(check.cycles).toEqual([['APP-9', 'APP-10', 'WEB-1']]);
    expect(check.findings[0].row).toBe(4);
    expect(check.findings[0].cell).toBe('H4');
  });

  test('two disjoint cycles each reported once', () => {
    const context = contextWith({
      items: rows(['A-1', ['A-2']], ['A-2', ['A-1']], ['B-1', ['B-2']], ['B-2', ['B-3']], ['B-3', ['B-1']], ['C-1', ['B-1']]),
    });

    const check = checkCiRegister(context);

    expect(check.cycles).toEqual([
      ['A-1', 'A-2'],
      ['B-1', 'B-2', 'B-3'],
    ]);
    expect(codes(check.findings)).toEqual(['configuration.finding.cycle', 'configuration.finding.cycle']);
    expect(message(check.findings[1], 'en')).toContain('B-1 → B-2 → B-3 → B-1');
  });

  test('self-dependency is not a cycle', () => {
    const context = contextWith({ items: rows(['APP-1', ['app-1', 'DB-1']], ['DB-1']) });

    const check = checkCiRegister(context);

    expect(check.cycles).toEqual([]);
    expect(codes(check.findings)).toEqual(['configuration.finding.selfDependency']);
    expect(check.findings[0].value).toBe('app-1, DB-1');
    expect(message(check.findings[0], 'en')).toBe('app-1 lists itself in Depends On. Remove it from the list.');
    expect(message(check.findings[0], 'ko')).toBe('app-1의 의존대상에 자기 자신이 들어 있습니다. 목록에서 지우세요.');
  });

  test('unknown dependency names the tab', () => {
    const context = contextWith({ items: rows(['APP-1', ['DB-9']]) });

    const [finding] = checkCiRegister(context).findings;

    expect(finding.code).toBe('configuration.finding.unknownDependency');
    expect(finding.severity).toBe('error');
    expect(message(finding, 'en')).toBe('Depends On names "DB-9", which is not a CI ID in the Configuration Items tab. Add that configuration item or correct the ID.');
    expect(message(finding, 'ko')).toBe('의존대상의 "DB-9"은(는) Configuration Items 탭에 없는 구성항목ID입니다. 해당 구성항목을 추가하거나 ID를 고치세요.');
  });

  test('reference matches ID case-insensitively', () => {
    const context = contextWith({ items: rows(['APP-1', ['db-1']], ['DB-1']) });

    const check = checkCiRegister(context);

    expect(check.findings).toEqual([]);
    expect(check.graph.dependsOn[0]).toEqual([1]);
  });

  test('duplicate dependency is a warning', () => {
    const context = contextWith({ items: rows(['APP-1', ['DB-1', 'DB-2', 'db-1']], ['DB-1'], ['DB-2']) });

    const check = checkCiRegister(context);

    expect(codes(check.findings)).toEqual(['configuration.finding.duplicateDependency']);
    expect(check.findings[0].severity).toBe('warning');
    expect(message(check.findings[0], 'en')).toBe('"DB-1" appears 2 times in Depends On. List each dependency once.');
    expect(message(check.findings[0], 'ko')).toBe('의존대상에 "DB-1"이(가) 2번 들어 있습니다. 한 번만 적으세요.');
  });

  test('unknown asset tag points at Asset Tag', () => {
    const context = contextWith({ items: rows(['APP-1', [], { assetTag: 'SRV-404' }], ['DB-1', [], { assetTag: 'srv-1' }]), assets: [asset(2, 'SRV-1')] });

    const check = checkCiRegister(context);

    expect(check.findings).toHaveLength(1);
    const [finding] = check.findings;
    expect(finding.code).toBe('configuration.finding.unknownAsset');
    expect(finding.cell).toBe('G2');
    expect(finding.column).toBe('Asset Tag');
    expect(finding.value).toBe('SRV-404');
    expect(message(finding, 'en')).toBe('Asset tag "SRV-404" is not in the Assets tab. Add the asset or correct the tag.');
    expect(message(finding, 'ko')).toBe('자산번호 "SRV-404"이(가) Assets 탭에 없습니다. 자산을 추가하거나 자산번호를 고치세요.');
  });

  test('missing Assets tab skips asset check', () => {
    const context = contextWith({ items: rows(['APP-1', [], { assetTag: 'SRV-404' }]), assets: null });

    expect(checkCiRegister(context).findings).toEqual([]);
  });

  test('row without CI ID still checked', () => {
    const context = contextWith({ items: [ci(7, null, ['GHOST-1'])] });

    const findings = checkCiRegister(context).findings;

    expect(codes(findings)).toEqual(['configuration.finding.unknownDependency']);
    expect(findings[0].cell).toBe('H7');
  });

  test('long cycle path is elided', () => {
    const items = Array.from({ length: 30 }, (_, index) => ci(index + 2, `N-${index + 1}`, [`N-${((index + 1) % 30) + 1}`]));

    const [finding] = checkCiRegister(contextWith({ items })).findings;

    expect(message(finding, 'en')).toBe(
      'Dependency cycle: N-1 → N-2 → N-3 → N-4 → N-5 → N-6 → N-7 → N-8 → N-9 → N-10 → … (+11) … → ' +
        'N-22 → N-23 → N-24 → N-25 → N-26 → N-27 → N-28 → N-29 → N-30 → N-1. Remove one of these dependencies so that the chain ends.',
    );
    expect(message(finding, 'ko')).toContain('순환 의존: N-1 → N-2');
  });

  test('cycle limit adds an info finding', () => {
    // Six CIs that all depend on each other hold 409 cycles.
    const ids = ['K-1', 'K-2', 'K-3', 'K-4', 'K-5', 'K-6'];
    const items = ids.map((id, index) => ci(index + 2, id, ids));

    const check = checkCiRegister(contextWith({ items }));

    expect(check.cycles).toHaveLength(100);
    expect(check.cyclesTruncated).toBe(true);
    const limit = check.findings.filter((finding) => finding.code === 'configuration.finding.cycleLimit');
    expect(limit).toHaveLength(1);
    expect(message(limit[0], 'en')).toBe('More than 100 dependency cycles were found and only the first 100 are listed. Fix them and recalculate to see the rest.');
  });
});
