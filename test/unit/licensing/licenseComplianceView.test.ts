import { licenseComplianceView, positionText } from '../../../src/core/licensing/licenseComplianceView';
import { licensingViews } from '../../../src/core/licensing/licensingViews';
import type { Lang } from '../../../src/core/registers/schema';
import { asset, assignment, installation, license, recalcContext } from './recalcContextBuilder';

const AS_OF = '2024-05-31';

function run(lang: Lang) {
  return licenseComplianceView(
    recalcContext({
      asOf: AS_OF,
      lang,
      data: {
        assets: [asset(2, { assetTag: 'IT-001', name: 'PC-01' }), asset(3, { assetTag: 'IT-002', name: 'PC-02' })],
        licenses: [
          license(2, { licenseId: 'L-1', software: 'Office', metric: 'per_device', quantity: 1, unitCost: { amount: 250000, currency: null }, matchPatterns: 'Office*' }),
          license(3, { licenseId: 'L-2', software: '7-Zip', metric: 'site', matchPatterns: '7-Zip*' }),
          license(4, { licenseId: 'L-3', software: 'Jira', metric: 'per_user', quantity: 10, unitCost: { amount: 10000, currency: null } }),
        ],
        licenseAssignments: [assignment(2, { licenseId: 'L-1', assetTag: 'IT-001' }), assignment(3, { licenseId: 'L-1', assetTag: 'IT-002' }), assignment(4, { licenseId: 'L-3', user: 'kim' })],
        installations: [installation(2, { assetTag: 'PC-01', software: 'Office 2021' }), installation(3, { assetTag: 'PC-01', software: '7-Zip' }), installation(4, { assetTag: 'PC-02', software: 'KakaoTalk' })],
      },
    }),
  );
}

describe('licenseComplianceView', () => {
  it('returns the JSON keys of each license', () => {
    expect(run('en').json).toEqual({
      licenses: [
        { licenseId: 'L-1', metric: 'per_device', entitled: 1, used: 2, position: -1, status: 'over_deployed', exposure: 250000, savings: 0 },
        { licenseId: 'L-2', metric: 'site', entitled: null, used: 1, position: null, status: 'unlimited', exposure: 0, savings: 0 },
        { licenseId: 'L-3', metric: 'per_user', entitled: 10, used: 1, position: 9, status: 'under_used', exposure: 0, savings: 90000 },
      ],
      unlicensed: [{ software: 'KakaoTalk', installs: 1 }],
    });
  });

  it('writes Korean labels', () => {
    const sheet = run('ko').sheets[0];
    expect(sheet.id).toBe('licenseCompliance');
    expect(sheet.name).toBe('라이선스 준수');
    expect(sheet.blocks[0].columns.map((column) => column.header)).toEqual([
      '라이선스ID',
      '소프트웨어',
      '라이선스 유형',
      '보유 수량',
      '사용 수량',
      '과부족',
      '초과·여유',
      '상태',
      '만료일',
      '단가',
      '초과 위험액',
      '절감 가능액',
      '통화',
    ]);
    expect(sheet.blocks[0].rows[0]).toEqual(['L-1', 'Office', '장비당', 1, 2, -1, '1 초과', '초과 사용', null, 250000, 250000, 0, 'KRW']);
    expect(sheet.blocks[0].rows[1].slice(2, 8)).toEqual(['사이트', null, 1, null, '좌석 제한 없음', '무제한']);
    expect(sheet.blocks[1].rows).toEqual([['KakaoTalk', 1]]);
    expect(sheet.preamble?.[1]).toContain('70%');
  });

  it('writes English labels', () => {
    const sheet = run('en').sheets[0];
    expect(sheet.name).toBe('License Compliance');
    expect(sheet.blocks[0].rows[0].slice(6, 8)).toEqual(['over by 1', 'over-deployed']);
    expect(sheet.blocks[0].rows[2].slice(6, 8)).toEqual(['9 free', 'under-used']);
  });

  it('colours the status column by label', () => {
    const rules = run('ko').sheets[0].blocks[0].conditional ?? [];
    expect(rules).toContainEqual({ kind: 'textEquals', column: 7, text: '초과 사용', background: '#f4c7c3' });
    expect(rules).toContainEqual({ kind: 'numberBelow', column: 5, threshold: 0, background: '#f4c7c3' });
  });
});

describe('positionText', () => {
  it('describes over, free, exact and unlimited', () => {
    expect(positionText('en', -3)).toBe('over by 3');
    expect(positionText('ko', -3)).toBe('3 초과');
    expect(positionText('en', 1200)).toBe('1,200 free');
    expect(positionText('ko', 0)).toBe('여유 없음');
    expect(positionText('en', null)).toBe('no seat limit');
  });
});

describe('licensingViews', () => {
  it('lists the three views with their sheet ids', () => {
    const context = recalcContext({ asOf: AS_OF, lang: 'ko' });
    const ids = licensingViews.map((view) => view(context).sheets.map((sheet) => sheet.id));
    expect(ids).toEqual([['licenseCompliance'], ['renewals'], ['vendorSummary']]);
  });

  it('names the sheets in Korean and English', () => {
    for (const [lang, names] of [
      ['ko', ['라이선스 준수', '갱신 일정', '공급업체 현황']],
      ['en', ['License Compliance', 'Renewals', 'Vendor Summary']],
    ] as const) {
      const context = recalcContext({ asOf: AS_OF, lang });
      expect(licensingViews.map((view) => view(context).sheets[0].name)).toEqual(names);
    }
  });
});
