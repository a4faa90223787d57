import { readHistory } from '../../../src/core/history/assetHistory';
import { historyHeaders } from '../../../src/core/history/changeHistory';
import { assetStatusOf, checkStatusTransition, statusTransitionRisks } from '../../../src/core/history/statusTransition';
import { translate } from '../../../src/core/i18n';
import type { AssetStatus } from '../../../src/core/registers/records';
import { DEFAULT_SETTINGS } from '../../../src/core/settings/settings';
import type { CellValue } from '../../../src/core/workbook/port';
import { asset, contextWith } from '../configuration/ciContext';

const STATUSES: AssetStatus[] = ['requested', 'ordered', 'in_stock', 'deployed', 'in_repair', 'retired', 'disposed', 'lost'];

/** Allowed moves written out by hand from the default lifecycle. */
const ALLOWED = new Set([
  'requested>ordered', 'requested>retired', 'requested>lost',
  'ordered>in_stock', 'ordered>retired', 'ordered>lost',
  'in_stock>deployed', 'in_stock>in_repair', 'in_stock>retired', 'in_stock>lost',
  'deployed>in_stock', 'deployed>in_repair', 'deployed>retired', 'deployed>lost',
  'in_repair>in_stock', 'in_repair>deployed', 'in_repair>retired', 'in_repair>lost',
  'retired>in_stock', 'retired>disposed', 'retired>lost',
  'lost>in_stock', 'lost>disposed',
]);

describe('assetStatusOf', () => {
  test('keys and labels in both languages', () => {
    expect(assetStatusOf('in_repair')).toBe('in_repair');
    expect(assetStatusOf('In Repair')).toBe('in_repair');
    expect(assetStatusOf('in-stock')).toBe('in_stock');
    expect(assetStatusOf(' 수리중 ')).toBe('in_repair');
    expect(assetStatusOf('사용중')).toBe('deployed');
    expect(assetStatusOf('broken')).toBeNull();
    expect(assetStatusOf('')).toBeNull();
  });
});

describe('checkStatusTransition', () => {
  test('every pair against default transitions', () => {
    for (const from of STATUSES) {
      for (const to of STATUSES) {
        const result = checkStatusTransition(from, to, DEFAULT_SETTINGS);
        const expected = from === to || ALLOWED.has(`${from}>${to}`);
        expect([from, to, result === null]).toEqual([from, to, expected]);
      }
    }
  });

  test('skipped step names allowed moves', () => {
    expect(checkStatusTransition('requested', 'deployed', DEFAULT_SETTINGS)).toEqual({
      code: 'history.risk.skippedTransition',
      from: 'requested',
      to: 'deployed',
      allowed: ['ordered', 'retired', 'lost'],
    });
  });

  test('Korean labels checked too', () => {
    expect(checkStatusTransition('폐기', '사용중', DEFAULT_SETTINGS)?.allowed).toEqual([]);
  });

  test('blank or invalid side is not checked', () => {
    expect(checkStatusTransition('', 'disposed', DEFAULT_SETTINGS)).toBeNull();
    expect(checkStatusTransition('deployed', 'broken', DEFAULT_SETTINGS)).toBeNull();
  });

  test('custom transitions apply', () => {
    const settings = { ...DEFAULT_SETTINGS, transitions: { ...DEFAULT_SETTINGS.transitions, requested: ['ordered', 'deployed'] as AssetStatus[] } };

    expect(checkStatusTransition('requested', 'deployed', settings)).toBeNull();
  });
});

describe('statusTransitionRisks', () => {
  const sheet: CellValue[][] = [
    historyHeaders('en'),
    ['2025-03-01T09:00:00+09:00', 'kim@example.co.kr', 'Assets', 'IT-1', 'Status', 'requested', 'deployed', 'edit'],
    ['2025-03-02T09:00:00+09:00', 'kim@example.co.kr', 'Assets', 'IT-1', 'Name', 'disposed', 'lost', 'edit'],
    ['2025-03-03T09:00:00+09:00', 'lee@example.co.kr', 'Assets', 'IT-2', 'Status', '', 'disposed', 'import'],
    ['2025-03-04T09:00:00+09:00', '', 'Assets', 'IT-2', 'Status', '(unknown)', 'deployed', 'edit'],
    ['2025-03-05T09:00:00+09:00', 'kim@example.co.kr', 'Assets', 'IT-1', 'Status', '(알 수 없음)', 'in_repair', 'edit'],
    ['2025-03-06T09:00:00+09:00', 'kim@example.co.kr', 'Licenses', 'IT-1', 'Status', 'requested', 'deployed', 'edit'],
    ['2025-03-07T09:00:00+09:00', 'kim@example.co.kr', 'Assets', 'IT-3', 'Status', '(unknown)', 'disposed', 'edit'],
  ];

  test('skips found, paste uses previous status', () => {
    const context = contextWith({ items: [], assets: [asset(2, 'IT-1'), asset(3, 'IT-2')] });

    const risks = statusTransitionRisks(context, readHistory(sheet));

    expect(risks.map((risk) => [risk.ref, risk.params.from, risk.params.to])).toEqual([
      ['IT-1', 'requested', 'deployed'],
      ['IT-2', 'disposed', 'deployed'],
    ]);
    expect(risks[0]).toMatchObject({ code: 'history.risk.skippedTransition', severity: 'medium', sheet: 'Assets', row: 2 });
    expect(translate('en', risks[0].code, risks[0].params)).toBe(
      'Status of IT-1 changed from requested to deployed at 2025-03-01T09:00:00+09:00 by kim@example.co.kr, which skips the allowed lifecycle steps (from requested: ordered, retired, lost). Check the change and record the missing steps.',
    );
    expect(translate('en', risks[1].code, risks[1].params)).toContain('by (unknown)');
    expect(risks[1].params.allowed).toBe('(none)');
  });

  test('Korean labels in risk text', () => {
    const context = contextWith({ items: [], assets: [asset(2, 'IT-1')], lang: 'ko' });

    const [risk] = statusTransitionRisks(context, readHistory(sheet));

    expect(risk.sheet).toBe('자산');
    expect(translate('ko', risk.code, risk.params)).toBe(
      'IT-1의 상태가 2025-03-01T09:00:00+09:00에 kim@example.co.kr에 의해 요청에서 사용중(으)로 바뀌어 허용된 수명주기 단계를 건너뛰었습니다 (요청에서 가능한 상태: 발주, 사용중지, 분실). 변경 내용을 확인하고 빠진 단계를 기록하세요.',
    );
  });
});
