import type { HistoryRecord } from '../../../src/core/history/assetHistory';
import type { Lang } from '../../../src/core/registers/schema';
import type { RiskItem } from '../../../src/core/risk/riskItem';
import { compareRisks } from '../../../src/core/risk/riskRegister';
import { riskLabel, riskView, riskViews } from '../../../src/core/risk/riskView';
import type { OutputSheet } from '../../../src/core/workbook/port';
import { asset, assignment, budget, configurationItem, contract, installation, ledgerEntry, license, riskContext, unfilledTexts, won } from './riskContext';

const AS_OF = '2024-05-31';

const HISTORY: HistoryRecord[] = [
  { row: 2, time: '2024-05-02T10:00:00+09:00', user: '', tab: '자산', recordKey: 'IT-3', field: '상태', oldValue: '재고', newValue: '폐기', source: 'edit' },
];

/** Registers that raise every rule and every message variant at least once. */
function everyRuleContext(lang: Lang) {
  return riskContext({
    asOf: AS_OF,
    lang,
    data: {
      assets: [
        asset(2, { assetTag: 'IT-1', name: '노트북', status: 'deployed', endOfSupport: '2024-01-31', warrantyEnd: '2024-02-29', lastAudit: '2022-01-01' }),
        asset(3, { assetTag: 'IT-2', status: 'in_repair', purchaseDate: '2020-01-01' }),
        asset(4, { assetTag: 'IT-3', status: 'disposed' }),
        asset(5, { assetTag: 'IT-4', status: 'in_stock' }),
      ],
      licenses: [
        license(2, { licenseId: 'L-1', software: 'Office', metric: 'per_device', quantity: 0, unitCost: won(1000), matchPatterns: 'Office*' }),
        license(3, { licenseId: 'L-2', metric: 'per_device', quantity: 0 }),
        license(4, { licenseId: 'L-3', metric: 'per_user', quantity: 5, expiryDate: '2024-01-01' }),
      ],
      licenseAssignments: [
        assignment(2, { licenseId: 'L-1', assetTag: 'IT-1' }),
        assignment(3, { licenseId: 'L-2', assetTag: 'IT-1' }),
        assignment(4, { licenseId: 'L-3', user: 'kim' }),
      ],
      installations: [installation(2, { assetTag: 'IT-1', software: 'WinRAR' })],
      contracts: [contract(2, { contractId: 'C-1', renewalType: 'manual', endDate: '2024-06-30', noticeDays: 60 })],
      budgets: [budget(2, { fiscalYear: 2024, department: 'IT', costType: 'support', amount: won(10) })],
      ledger: [
        ledgerEntry(2, { date: '2024-01-10', department: 'IT', costType: 'support', amount: won(20) }),
        ledgerEntry(3, { date: '2024-01-10', department: 'HR', costType: 'other', amount: won(5) }),
      ],
      configurationItems: [
        configurationItem(2, { ciId: 'APP-1', name: 'ERP', environment: 'production', status: 'active', assetTag: 'IT-1' }),
        configurationItem(3, { ciId: 'APP-2', name: 'Mail', environment: 'production', status: 'active', assetTag: 'IT-2' }),
      ],
    },
    findings: [{ sheet: '자산', row: 9, column: '취득일', cell: 'K9', value: '2024-02-30', severity: 'error', code: 'problem.invalidDate', params: {} }],
  });
}

function sheetTexts(sheet: OutputSheet): string[] {
  const texts = [sheet.name, sheet.protectionWarning, ...(sheet.preamble ?? [])];
  for (const block of sheet.blocks) {
    texts.push(block.title ?? '', ...block.columns.map((column) => column.header));
    for (const row of block.rows) {
      texts.push(...row.filter((cell): cell is string => typeof cell === 'string'));
    }
  }
  return texts;
}

describe('compareRisks', () => {
  const item = (severity: RiskItem['severity'], ref: string, code = 'risk.asset.unassigned', row: number | null = null): RiskItem => ({
    code,
    severity,
    ref,
    sheet: null,
    row,
    params: {},
  });

  test('severity then reference', () => {
    const sorted = [item('low', 'A'), item('medium', 'B'), item('high', 'Z'), item('medium', 'A'), item('high', 'B')].sort(compareRisks);
    expect(sorted.map((risk) => `${risk.severity}:${risk.ref}`)).toEqual(['high:B', 'high:Z', 'medium:A', 'medium:B', 'low:A']);
  });

  test('reference by code unit', () => {
    const sorted = [item('high', '자산'), item('high', 'b'), item('high', 'B'), item('high', 'IT-10'), item('high', 'IT-9')].sort(compareRisks);
    expect(sorted.map((risk) => risk.ref)).toEqual(['B', 'IT-10', 'IT-9', 'b', '자산']);
  });

  test('code then row break ties', () => {
    const sorted = [item('medium', 'X', 'risk.b', 9), item('medium', 'X', 'risk.a', 5), item('medium', 'X', 'risk.b', 3)].sort(compareRisks);
    expect(sorted.map((risk) => `${risk.code}:${risk.row}`)).toEqual(['risk.a:5', 'risk.b:3', 'risk.b:9']);
  });
});

describe('riskView', () => {
  test('raises every rule', () => {
    const codes = new Set((riskView(HISTORY)(everyRuleContext('en')).json.risks as { code: string }[]).map((risk) => risk.code));
    expect([...codes].sort()).toEqual([
      'configuration.risk.assetInRepair',
      'configuration.risk.assetPastSupport',
      'dataQuality.problem.invalidDate',
      'history.risk.skippedTransition',
      'risk.asset.pastSupport',
      'risk.asset.unassigned',
      'risk.asset.warrantyExpired',
      'risk.audit.overdue',
      'risk.budget.over',
      'risk.contract.noticePassed',
      'risk.license.expiredInUse',
      'risk.license.overDeployed',
      'risk.software.unlicensed',
    ]);
  });

  test.each(['en', 'ko'] as const)('no placeholder left in %s', (lang) => {
    const result = riskView(HISTORY)(everyRuleContext(lang));
    const messages = (result.json.risks as { message: string }[]).map((risk) => risk.message);

    expect(unfilledTexts(sheetTexts(result.sheets[0]))).toEqual([]);
    expect(unfilledTexts(messages)).toEqual([]);
    expect(messages.every((message) => message.length > 0)).toBe(true);
  });

  test('JSON sorted by severity', () => {
    const risks = riskView(HISTORY)(everyRuleContext('en')).json.risks as { severity: string; ref: string }[];
    const order = ['high', 'medium', 'low'];
    for (let index = 1; index < risks.length; index++) {
      const previous = risks[index - 1];
      const current = risks[index];
      const bySeverity = order.indexOf(previous.severity) - order.indexOf(current.severity);
      expect({ index, ok: bySeverity < 0 || (bySeverity === 0 && previous.ref <= current.ref) }).toEqual({ index, ok: true });
    }
  });

  test('JSON fields of a risk', () => {
    const risks = riskView()(everyRuleContext('en')).json.risks as Record<string, unknown>[];
    expect(risks.find((risk) => risk.code === 'risk.license.overDeployed' && risk.ref === 'L-1')).toEqual({
      code: 'risk.license.overDeployed',
      severity: 'high',
      ref: 'L-1',
      message: 'License L-1 (Office) is over-deployed: it uses 1 of 0 entitled seats, 1 over, an exposure of 1,000 KRW. Buy more seats or remove assignments.',
      sheet: 'Licenses',
      row: 2,
      amount: 1000,
      currency: 'KRW',
    });
  });

  test('Korean sheet layout', () => {
    const sheet = riskView()(everyRuleContext('ko')).sheets[0];
    const [risks, summary] = sheet.blocks;

    expect(sheet.id).toBe('risks');
    expect(sheet.name).toBe('리스크');
    expect(risks.columns.map((column) => column.header)).toEqual(['심각도', '리스크 유형', '참조', '시트', '행', '내용', '금액', '통화']);
    expect(risks.rows[0].slice(0, 5)).toEqual(['높음', '운영 구성항목의 지원 종료 자산 의존', 'APP-1', '구성항목', 2]);
    expect(summary.rows.find((row) => row[0] === '데이터 오류')).toEqual(['데이터 오류', '보통', 1]);
  });

  test('severity colours', () => {
    const sheet = riskView()(everyRuleContext('ko')).sheets[0];
    const expected = [
      { kind: 'textEquals', column: 0, text: '높음', background: '#f4c7c3' },
      { kind: 'textEquals', column: 0, text: '보통', background: '#fce8b2' },
      { kind: 'textEquals', column: 0, text: '낮음', background: '#fff2cc' },
    ];
    expect(sheet.blocks[0].conditional).toEqual(expected);
    expect(sheet.blocks[1].conditional).toEqual(expected.map((rule) => ({ ...rule, column: 1 })));
  });

  test('history absence stated', () => {
    const without = riskView()(everyRuleContext('en')).sheets[0];
    const withHistory = riskView(HISTORY)(everyRuleContext('en')).sheets[0];
    const transitionRow = (sheet: OutputSheet) => sheet.blocks[1].rows.find((row) => row[0] === 'Status change skipped a lifecycle step');

    expect(without.preamble?.[3]).toContain('did not read the Change History tab');
    expect(transitionRow(without)).toEqual(['Status change skipped a lifecycle step', 'medium', null]);
    expect(transitionRow(withHistory)).toEqual(['Status change skipped a lifecycle step', 'medium', 1]);
  });

  test('preamble counts by severity', () => {
    const result = riskView()(everyRuleContext('en'));
    const risks = result.json.risks as { severity: string }[];
    const count = (severity: string) => risks.filter((risk) => risk.severity === severity).length;
    expect(result.sheets[0].preamble?.[0]).toBe(`As of 2024-05-31: ${count('high')} high, ${count('medium')} medium and ${count('low')} low risks, sorted by severity and then by reference.`);
  });

  test('recalculation list has one view', () => {
    expect(riskViews).toHaveLength(1);
    expect(riskViews[0](everyRuleContext('en')).sheets[0].id).toBe('risks');
  });

  test('unknown code has no label', () => {
    expect(() => riskLabel('en', 'risk.unknown')).toThrow('Risk code "risk.unknown" has no label');
    expect(riskLabel('ko', 'dataQuality.finding.anything')).toBe('데이터 오류');
  });
});
