import type { Finding } from '../../../src/core/findings/finding';
import type { HistoryRecord } from '../../../src/core/history/assetHistory';
import type { RecalcContext } from '../../../src/core/recalc/view';
import type { RiskItem } from '../../../src/core/risk/riskItem';
import { computeRiskRegister, riskMessage } from '../../../src/core/risk/riskRegister';
import { asset, assignment, budget, configurationItem, contract, installation, ledgerEntry, license, riskContext, won, type RiskContextOptions } from './riskContext';

const AS_OF = '2024-05-31';

/** A deployed asset that raises no risk of its own: assigned, audited recently, under warranty and support. */
const quietAsset = (row: number, assetTag: string, fields: Parameters<typeof asset>[1] = {}) =>
  asset(row, { assetTag, name: `${assetTag} laptop`, status: 'deployed', assignedTo: 'kim@corp.kr', lastAudit: '2024-05-01', ...fields });

function context(options: Partial<RiskContextOptions>): RecalcContext {
  return riskContext({ asOf: AS_OF, ...options });
}

function risksWithCode(ctx: RecalcContext, code: string, history: readonly HistoryRecord[] | null = null): RiskItem[] {
  return computeRiskRegister(ctx, history).filter((risk) => risk.code === code);
}

describe('over-deployed license risk', () => {
  const assets = [quietAsset(2, 'IT-1'), quietAsset(3, 'IT-2'), quietAsset(4, 'IT-3')];
  const assignments = ['IT-1', 'IT-2', 'IT-3'].map((tag, index) => assignment(index + 2, { licenseId: 'L-1', assetTag: tag }));

  test('high with exposure', () => {
    const ctx = context({
      data: { assets, licenseAssignments: assignments, licenses: [license(5, { licenseId: 'L-1', software: 'Office', metric: 'per_device', quantity: 1, unitCost: won(150000) })] },
    });
    const [risk] = risksWithCode(ctx, 'risk.license.overDeployed');

    expect(risk).toMatchObject({ severity: 'high', ref: 'L-1', sheet: 'Licenses', row: 5, amount: { amount: 300000, currency: 'KRW' } });
    expect(riskMessage('en', risk)).toBe(
      'License L-1 (Office) is over-deployed: it uses 3 of 1 entitled seats, 2 over, an exposure of 300,000 KRW. Buy more seats or remove assignments.',
    );
  });

  test('blank unit cost has no amount', () => {
    const ctx = context({ data: { assets, licenseAssignments: assignments, licenses: [license(5, { licenseId: 'L-1', metric: 'per_device', quantity: 2 })] } });
    const [risk] = risksWithCode(ctx, 'risk.license.overDeployed');

    expect(risk.amount).toBeNull();
    expect(risk.messageKey).toBe('risk.license.overDeployedNoCost');
    expect(riskMessage('en', risk)).toContain('The exposure is unknown because the Unit Cost is blank.');
  });

  test('exactly entitled raises nothing', () => {
    const ctx = context({ data: { assets, licenseAssignments: assignments, licenses: [license(5, { licenseId: 'L-1', metric: 'per_device', quantity: 3 })] } });
    expect(risksWithCode(ctx, 'risk.license.overDeployed')).toEqual([]);
  });
});

describe('expired license risk', () => {
  const data = (expiryDate: string) => ({
    assets: [quietAsset(2, 'IT-1')],
    licenseAssignments: [assignment(2, { licenseId: 'L-9', assetTag: 'IT-1' })],
    licenses: [license(3, { licenseId: 'L-9', software: 'V3', metric: 'per_device' as const, quantity: 5, expiryDate })],
  });

  test('expired yesterday and in use is high', () => {
    const [risk] = risksWithCode(context({ data: data('2024-05-30') }), 'risk.license.expiredInUse');
    expect(risk).toMatchObject({ severity: 'high', ref: 'L-9', row: 3, amount: null });
    expect(riskMessage('en', risk)).toBe('License L-9 (V3) expired on 2024-05-30 but is still in use (seats used: 1). Renew the license or remove the software.');
  });

  test('license expiring today is not expired', () => {
    expect(risksWithCode(context({ data: data(AS_OF) }), 'risk.license.expiredInUse')).toEqual([]);
  });
});

describe('contract notice risk', () => {
  const contracts = [
    contract(2, { contractId: 'C-OVERDUE', title: 'Printer lease', renewalType: 'manual', endDate: '2024-06-30', noticeDays: 31, annualCost: { amount: 2400, currency: 'USD' } }),
    contract(3, { contractId: 'C-TODAY', renewalType: 'manual', endDate: '2024-06-30', noticeDays: 30 }),
    contract(4, { contractId: 'C-ENDED', renewalType: 'none', endDate: '2024-05-30' }),
  ];

  test('overdue contract is high', () => {
    const risks = risksWithCode(context({ data: { contracts } }), 'risk.contract.noticePassed');
    expect(risks.map((risk) => risk.ref)).toEqual(['C-OVERDUE']);
    expect(risks[0]).toMatchObject({ severity: 'high', sheet: 'Contracts', row: 2, amount: { amount: 2400, currency: 'USD' } });
    expect(riskMessage('en', risks[0])).toBe(
      'Contract C-OVERDUE (Printer lease): the notice deadline 2024-05-30 has passed (days overdue: 1), and the current term ends on 2024-06-30. Contact the vendor about renewal or termination now.',
    );
  });
});

describe('deployed asset risks', () => {
  test('support ended yesterday is high', () => {
    const ctx = context({ data: { assets: [quietAsset(7, 'IT-7', { endOfSupport: '2024-05-30' }), quietAsset(8, 'IT-8', { endOfSupport: AS_OF })] } });
    const risks = risksWithCode(ctx, 'risk.asset.pastSupport');

    expect(risks.map((risk) => [risk.ref, risk.severity, risk.row])).toEqual([['IT-7', 'high', 7]]);
    expect(riskMessage('en', risks[0])).toBe('Asset IT-7 (IT-7 laptop) is deployed, but its support ended on 2024-05-30, so it gets no security updates. Replace or retire it.');
  });

  test('support ignored when not deployed', () => {
    const ctx = context({ data: { assets: [quietAsset(7, 'IT-7', { status: 'in_stock', endOfSupport: '2020-01-01' })] } });
    expect(risksWithCode(ctx, 'risk.asset.pastSupport')).toEqual([]);
  });

  test('warranty ended is medium', () => {
    const ctx = context({ data: { assets: [quietAsset(7, 'IT-7', { warrantyEnd: '2024-05-30' }), quietAsset(8, 'IT-8', { warrantyEnd: AS_OF }), quietAsset(9, 'IT-9', { status: 'retired', warrantyEnd: '2020-01-01' })] } });
    expect(risksWithCode(ctx, 'risk.asset.warrantyExpired').map((risk) => [risk.ref, risk.severity])).toEqual([['IT-7', 'medium']]);
  });

  test('blank or spaces assignee is low', () => {
    const ctx = context({
      data: {
        assets: [
          quietAsset(2, 'IT-2', { assignedTo: null }),
          quietAsset(3, 'IT-3', { assignedTo: '   ' }),
          quietAsset(4, 'IT-4', { assignedTo: '이대리' }),
          quietAsset(5, 'IT-5', { status: 'in_stock', assignedTo: null }),
        ],
      },
    });
    expect(risksWithCode(ctx, 'risk.asset.unassigned').map((risk) => [risk.ref, risk.severity])).toEqual([
      ['IT-2', 'low'],
      ['IT-3', 'low'],
    ]);
  });

  test('row without tag is named by row', () => {
    const ctx = context({ lang: 'ko', data: { assets: [asset(12, { status: 'deployed', assignedTo: null, lastAudit: '2024-05-01' })] } });
    const [risk] = risksWithCode(ctx, 'risk.asset.unassigned');
    expect(risk.ref).toBe('12행');
    expect(riskMessage('ko', risk)).toBe('자산 12행은(는) 사용중인데 사용자가 비어 있습니다. 사용자를 입력하거나 재고로 회수하세요.');
  });
});

describe('audit overdue risk', () => {
  const audited = (row: number, tag: string, fields: Parameters<typeof asset>[1]) => quietAsset(row, tag, { lastAudit: null, ...fields });

  test('due date itself is not overdue', () => {
    const ctx = context({
      data: {
        assets: [
          audited(2, 'A-DUE-TODAY', { lastAudit: '2023-05-31' }),
          audited(3, 'A-OVERDUE', { lastAudit: '2023-05-30' }),
          audited(4, 'A-FUTURE', { lastAudit: '2024-06-30' }),
        ],
      },
    });
    const risks = risksWithCode(ctx, 'risk.audit.overdue');

    expect(risks.map((risk) => risk.ref)).toEqual(['A-OVERDUE']);
    expect(risks[0].severity).toBe('medium');
    expect(riskMessage('en', risks[0])).toBe(
      'Asset A-OVERDUE (A-OVERDUE laptop) was last audited on 2023-05-30, so its next audit was due on 2024-05-30 (12-month interval). Audit it and update Last Audit.',
    );
  });

  test('never audited counts from purchase', () => {
    const ctx = context({
      data: {
        assets: [audited(2, 'P-OLD', { purchaseDate: '2023-05-30' }), audited(3, 'P-YEAR', { purchaseDate: '2023-05-31' }), audited(4, 'P-NONE', {})],
      },
    });
    const risks = risksWithCode(ctx, 'risk.audit.overdue');

    expect(risks.map((risk) => [risk.ref, risk.messageKey])).toEqual([
      ['P-NONE', 'risk.audit.noDates'],
      ['P-OLD', 'risk.audit.neverAudited'],
    ]);
    expect(riskMessage('en', risks[1])).toBe(
      'Asset P-OLD (P-OLD laptop) has no Last Audit and was purchased on 2023-05-30, so its first audit was due on 2024-05-30 (12-month interval). Audit it and fill in Last Audit.',
    );
  });

  test('interval from settings, month end clamped', () => {
    const assets = [audited(2, 'M-END', { lastAudit: '2023-08-31' })];
    // 2023-08-31 + 6 months is 2024-02-29, the last day of February in a leap year.
    expect(risksWithCode(riskContext({ asOf: '2024-02-29', settings: { auditIntervalMonths: 6 }, data: { assets } }), 'risk.audit.overdue')).toEqual([]);
    expect(risksWithCode(riskContext({ asOf: '2024-03-01', settings: { auditIntervalMonths: 6 }, data: { assets } }), 'risk.audit.overdue')).toHaveLength(1);
  });

  test('only held statuses are audited', () => {
    const statuses = ['requested', 'ordered', 'in_stock', 'deployed', 'in_repair', 'retired', 'disposed', 'lost'] as const;
    const assets = statuses.map((status, index) => audited(index + 2, status, { status, lastAudit: '2020-01-01' }));
    const refs = risksWithCode(context({ data: { assets } }), 'risk.audit.overdue').map((risk) => risk.ref);
    expect(refs).toEqual(['deployed', 'in_repair', 'in_stock', 'retired']);
  });
});

describe('budget risk', () => {
  const budgets = [
    budget(2, { fiscalYear: 2024, department: '인프라팀', costType: 'maintenance', amount: won(1000000) }),
    budget(3, { fiscalYear: 2024, department: '개발팀', costType: 'maintenance', amount: won(500000) }),
    budget(4, { fiscalYear: 2023, department: '인프라팀', costType: 'maintenance', amount: won(100) }),
  ];
  const ledger = [
    ledgerEntry(2, { date: '2024-02-01', department: '인프라팀', costType: 'maintenance', amount: won(700000) }),
    ledgerEntry(3, { date: '2024-04-01', department: '인프라팀', costType: 'maintenance', amount: won(500000) }),
    ledgerEntry(4, { date: '2024-04-01', department: '개발팀', costType: 'maintenance', amount: won(500000) }),
    ledgerEntry(5, { date: '2023-04-01', department: '인프라팀', costType: 'maintenance', amount: won(900) }),
    ledgerEntry(6, { date: '2024-03-01', department: '영업팀', costType: 'labor', amount: won(40000) }),
    ledgerEntry(7, { date: '2024-07-01', department: '개발팀', costType: 'maintenance', amount: won(999999) }),
  ];

  test('current year overspend is medium', () => {
    const risks = risksWithCode(context({ data: { budgets, ledger } }), 'risk.budget.over');

    expect(risks.map((risk) => [risk.ref, risk.severity, risk.sheet, risk.row, risk.amount])).toEqual([
      ['FY2024 영업팀 labor', 'medium', 'Costs & Benefits', null, { amount: 40000, currency: 'KRW' }],
      ['FY2024 인프라팀 maintenance', 'medium', 'Budgets', 2, { amount: 200000, currency: 'KRW' }],
    ]);
    expect(riskMessage('en', risks[1])).toBe(
      '인프라팀 spent 1,200,000 KRW on maintenance in fiscal year 2024, 120% of its budget of 1,000,000 KRW. Review the spending or raise the budget.',
    );
    expect(risks[0].messageKey).toBe('risk.budget.unbudgeted');
  });

  test('Korean budget reference', () => {
    const risks = risksWithCode(context({ lang: 'ko', data: { budgets, ledger } }), 'risk.budget.over');
    expect(risks.map((risk) => risk.ref)).toEqual(['2024회계연도 영업팀 인건비', '2024회계연도 인프라팀 유지보수']);
  });
});

describe('unlicensed software risk', () => {
  test('unmatched title is medium', () => {
    const ctx = context({
      data: {
        assets: [quietAsset(2, 'IT-1'), quietAsset(3, 'IT-2')],
        licenses: [license(2, { licenseId: 'L-1', metric: 'per_device', quantity: 5, matchPatterns: 'Microsoft Office*' })],
        installations: [
          installation(2, { assetTag: 'IT-1', software: 'Microsoft Office 2021' }),
          installation(3, { assetTag: 'IT-1', software: 'WinRAR 6' }),
          installation(4, { assetTag: 'IT-2', software: 'WinRAR 6' }),
        ],
      },
    });
    const risks = risksWithCode(ctx, 'risk.software.unlicensed');

    expect(risks.map((risk) => [risk.ref, risk.severity, risk.sheet, risk.row])).toEqual([['WinRAR 6', 'medium', 'Installations', null]]);
    expect(riskMessage('en', risks[0])).toBe('"WinRAR 6" is installed (devices: 2) but matches no license’s Match Patterns. Add a license or a match pattern, or uninstall it.');
  });
});

describe('production CI risk', () => {
  test('CI on asset in repair is high', () => {
    const ctx = context({
      data: {
        assets: [quietAsset(2, 'SRV-1', { status: 'in_repair' })],
        configurationItems: [
          configurationItem(2, { ciId: 'APP-1', name: 'ERP', environment: 'production', status: 'active', dependsOn: ['DB-1'] }),
          configurationItem(3, { ciId: 'DB-1', name: 'ERP DB', environment: 'production', status: 'active', assetTag: 'SRV-1' }),
          configurationItem(4, { ciId: 'TEST-1', name: 'Test', environment: 'test', status: 'active', assetTag: 'SRV-1' }),
        ],
      },
    });
    const risks = risksWithCode(ctx, 'configuration.risk.assetInRepair');
    expect(risks.map((risk) => [risk.ref, risk.severity])).toEqual([
      ['APP-1', 'high'],
      ['DB-1', 'high'],
    ]);
  });
});

describe('skipped transition risk', () => {
  const history: HistoryRecord[] = [
    { row: 2, time: '2024-05-02T10:00:00+09:00', user: 'lee@corp.kr', tab: 'Assets', recordKey: 'IT-1', field: 'Status', oldValue: 'in stock', newValue: 'disposed', source: 'edit' },
    { row: 3, time: '2024-05-03T10:00:00+09:00', user: 'lee@corp.kr', tab: 'Assets', recordKey: 'IT-2', field: 'Status', oldValue: 'in stock', newValue: 'deployed', source: 'edit' },
  ];

  test('checked only with history', () => {
    const ctx = context({ data: { assets: [quietAsset(2, 'IT-1', { status: 'disposed' }), quietAsset(3, 'IT-2')] } });

    expect(risksWithCode(ctx, 'history.risk.skippedTransition')).toEqual([]);
    const risks = risksWithCode(ctx, 'history.risk.skippedTransition', history);
    expect(risks.map((risk) => [risk.ref, risk.severity, risk.row])).toEqual([['IT-1', 'medium', 2]]);
  });
});

describe('data-quality risk', () => {
  const findings: Finding[] = [
    { sheet: 'Assets', row: 7, column: 'Purchase Date', cell: 'K7', value: '2025-02-30', severity: 'error', code: 'problem.invalidDate', params: {} },
    { sheet: 'Assets', row: 8, column: 'Name', cell: 'B8', value: '', severity: 'warning', code: 'finding.requiredMissing', params: { column: 'Name' } },
    { sheet: 'Licenses', row: null, column: 'Metric', cell: null, value: '', severity: 'error', code: 'finding.requiredMissing', params: { column: 'Metric' } },
  ];

  test('each error is its own medium code', () => {
    const risks = computeRiskRegister(context({ findings })).filter((risk) => risk.code.startsWith('dataQuality.'));

    expect(risks.map((risk) => [risk.code, risk.severity, risk.ref, risk.sheet, risk.row])).toEqual([
      ['dataQuality.problem.invalidDate', 'medium', 'Assets!K7', 'Assets', 7],
      ['dataQuality.finding.requiredMissing', 'medium', 'Licenses', 'Licenses', null],
    ]);
    expect(riskMessage('en', risks[0])).toBe('Not a date. Type it as 2025-02-03 or 2025. 2. 3.');
    expect(riskMessage('en', risks[1])).toBe('Required value is missing. Fill in Metric.');
  });

  test('dependency cycle is a data error', () => {
    const ctx = context({
      data: {
        configurationItems: [
          configurationItem(2, { ciId: 'APP-1', dependsOn: ['DB-1'] }),
          configurationItem(3, { ciId: 'DB-1', dependsOn: ['APP-1'] }),
        ],
      },
    });
    const risks = computeRiskRegister(ctx).filter((risk) => risk.code.startsWith('dataQuality.'));

    expect(risks.map((risk) => [risk.code, risk.ref, risk.row])).toEqual([['dataQuality.configuration.finding.cycle', 'Configuration Items!H2', 2]]);
    expect(riskMessage('en', risks[0])).toBe('Dependency cycle: APP-1 → DB-1 → APP-1. Remove one of these dependencies so that the chain ends.');
  });
});
