import { renewalsView } from '../../../src/core/renewals/renewalsView';
import type { Lang } from '../../../src/core/registers/schema';
import { asset, contract, license, recalcContext } from '../licensing/recalcContextBuilder';

const AS_OF = '2024-05-31';

function run(lang: Lang) {
  return renewalsView(
    recalcContext({
      asOf: AS_OF,
      lang,
      data: {
        contracts: [
          contract(2, { contractId: 'C-1', title: '그룹웨어 구독', renewalType: 'automatic', endDate: '2023-11-30', termMonths: 12, noticeDays: 30, owner: 'kim@corp.kr', reminderRecipients: ['it@corp.kr'], annualCost: { amount: 2400, currency: 'USD' } }),
          contract(3, { contractId: 'C-2', title: 'Printer lease', renewalType: 'manual', endDate: '2024-06-30', noticeDays: 31, owner: '이대리' }),
          contract(4, { contractId: 'C-3', title: 'Old', renewalType: 'automatic', endDate: '2024-01-31' }),
        ],
        licenses: [license(2, { licenseId: 'L-1', software: 'Office', metric: 'per_device', quantity: 3, unitCost: { amount: 100000, currency: null }, expiryDate: '2024-06-14' })],
        assets: [asset(2, { assetTag: 'IT-9', name: 'NAS', status: 'deployed', endOfSupport: '2024-12-31' })],
      },
    }),
  );
}

describe('renewalsView', () => {
  it('returns the JSON keys of each renewal', () => {
    expect(run('en').json).toEqual({
      renewals: [
        { kind: 'contract', id: 'C-3', title: 'Old', deadline: '2024-01-31', endDate: '2024-01-31', daysLeft: -121, status: 'expired', owner: null },
        { kind: 'contract', id: 'C-2', title: 'Printer lease', deadline: '2024-05-30', endDate: '2024-06-30', daysLeft: -1, status: 'overdue', owner: '이대리' },
        { kind: 'license', id: 'L-1', title: 'Office', deadline: '2024-06-14', endDate: '2024-06-14', daysLeft: 14, status: 'due', owner: null },
        { kind: 'contract', id: 'C-1', title: '그룹웨어 구독', deadline: '2024-10-31', endDate: '2024-11-30', daysLeft: 153, status: 'upcoming', owner: 'kim@corp.kr' },
        { kind: 'endOfSupport', id: 'IT-9', title: 'NAS', deadline: '2024-12-31', endDate: '2024-12-31', daysLeft: 214, status: 'upcoming', owner: null },
      ],
    });
  });

  it('writes open rows by deadline, expired last', () => {
    const sheet = run('ko').sheets[0];
    expect(sheet.id).toBe('renewals');
    expect(sheet.name).toBe('갱신 일정');
    expect(sheet.blocks[0].columns.map((column) => column.header)).toEqual(['조치기한', '남은 일수', '상태', '구분', 'ID', '항목명', '종료일', '담당자', '연간금액', '통화', '알림수신자']);
    expect(sheet.blocks[0].rows[0]).toEqual([{ date: '2024-05-30' }, -1, '기한 경과', '계약', 'C-2', 'Printer lease', { date: '2024-06-30' }, '이대리', null, '', '']);
    expect(sheet.blocks[0].rows[1]).toEqual([{ date: '2024-06-14' }, 14, '임박', '라이선스', 'L-1', 'Office', { date: '2024-06-14' }, '', 300000, 'KRW', '']);
    expect(sheet.blocks[0].rows[2].slice(8)).toEqual([2400, 'USD', 'kim@corp.kr, it@corp.kr']);
    expect(sheet.blocks[0].rows[3].slice(2, 4)).toEqual(['예정', '지원 종료']);
    expect(sheet.blocks[0].rows.at(-1)?.slice(2, 4)).toEqual(['만료', '계약']);
    expect(sheet.preamble?.[1]).toContain('60일');
  });

  it('colours the status column', () => {
    const rules = run('ko').sheets[0].blocks[0].conditional ?? [];
    expect(rules).toEqual([
      { kind: 'textEquals', column: 2, text: '기한 경과', background: '#f4c7c3' },
      { kind: 'textEquals', column: 2, text: '임박', background: '#fce8b2' },
      { kind: 'textEquals', column: 2, text: '만료', background: '#e0e0e0' },
    ]);
  });

  it('writes English labels', () => {
    const sheet = run('en').sheets[0];
    expect(sheet.name).toBe('Renewals');
    expect(sheet.blocks[0].rows.at(-1)?.slice(2, 4)).toEqual(['expired', 'contract']);
  });

  it('reports the automatic contract without a term', () => {
    expect(run('en').findings.map((finding) => [finding.code, finding.row])).toEqual([['renewals.finding.automaticWithoutTerm', 4]]);
  });
});
