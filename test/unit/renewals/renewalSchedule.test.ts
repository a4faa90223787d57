import { computeRenewals, findRenewalProblems, renewalStatus, type RenewalItem } from '../../../src/core/renewals/renewalSchedule';
import { asset, contract, license, recalcContext } from '../licensing/recalcContextBuilder';

const AS_OF = '2024-05-31';

const CONTRACTS = [
  contract(2, {
    contractId: 'C-AUTO',
    title: 'ERP maintenance',
    renewalType: 'automatic',
    startDate: '2022-04-01',
    endDate: '2023-03-31',
    termMonths: 12,
    noticeDays: 60,
    owner: 'kim@corp.kr',
    reminderRecipients: ['lee@corp.kr', 'KIM@corp.kr'],
    annualCost: { amount: 12000000, currency: null },
  }),
  contract(3, { contractId: 'C-MANUAL', title: 'Network support', renewalType: 'manual', endDate: '2024-12-31', noticeDays: 90, owner: '박과장' }),
  contract(4, { contractId: 'C-DUE', endDate: '2024-07-30' }),
  contract(5, { contractId: 'C-UPC', endDate: '2024-07-31' }),
  contract(6, { contractId: 'C-OVERDUE', renewalType: 'manual', endDate: '2024-06-30', noticeDays: 31 }),
  contract(7, { contractId: 'C-ENDTODAY', renewalType: 'manual', endDate: AS_OF, noticeDays: 30 }),
  contract(8, { contractId: 'C-EXPIRED', renewalType: 'manual', endDate: '2024-05-30' }),
  contract(9, { contractId: 'C-NOTERM', renewalType: 'automatic', endDate: '2024-04-30' }),
  contract(10, { contractId: 'C-NOEND', renewalType: 'automatic', termMonths: 12 }),
];

const LICENSES = [
  license(2, { licenseId: 'L-TODAY', software: 'Hangul Office', metric: 'per_user', quantity: 10, unitCost: { amount: 50000, currency: null }, expiryDate: AS_OF, owner: 'choi@corp.kr' }),
  license(3, { licenseId: 'L-NOV', software: '7-Zip', metric: 'site', unitCost: { amount: 3000000, currency: null }, startDate: '2023-11-16', expiryDate: '2024-11-15' }),
  license(4, { licenseId: 'L-PERP', software: 'Perpetual', metric: 'per_device', quantity: 1 }),
];

const ASSETS = [
  asset(2, { assetTag: 'IT-001', name: 'Core switch', status: 'deployed', warrantyEnd: '2024-06-30', endOfSupport: '2024-05-01' }),
  asset(3, { assetTag: 'IT-002', name: 'Old laptop', status: 'disposed', warrantyEnd: '2025-01-01', endOfSupport: '2025-01-01' }),
  asset(4, { assetTag: 'IT-003', name: 'Spare laptop', status: 'in_stock', warrantyEnd: '2026-01-01', endOfSupport: '2026-06-01' }),
  asset(5, { assetTag: 'IT-004', name: 'Lost phone', status: 'lost', warrantyEnd: '2025-03-01' }),
];

function schedule(asOf = AS_OF): RenewalItem[] {
  return computeRenewals(recalcContext({ asOf, data: { contracts: CONTRACTS, licenses: LICENSES, assets: ASSETS } }));
}

function item(kind: string, id: string, asOf = AS_OF): RenewalItem {
  const found = schedule(asOf).find((candidate) => candidate.kind === kind && candidate.id === id);
  if (!found) {
    throw new Error(`No ${kind} item ${id}`);
  }
  return found;
}

describe('computeRenewals', () => {
  it('sorts every item by deadline', () => {
    expect(schedule().map((entry) => [entry.kind, entry.id, entry.deadline, entry.status])).toEqual([
      ['contract', 'C-NOTERM', '2024-04-30', 'expired'],
      ['contract', 'C-ENDTODAY', '2024-05-01', 'overdue'],
      ['endOfSupport', 'IT-001', '2024-05-01', 'expired'],
      ['contract', 'C-EXPIRED', '2024-05-30', 'expired'],
      ['contract', 'C-OVERDUE', '2024-05-30', 'overdue'],
      ['license', 'L-TODAY', '2024-05-31', 'due'],
      ['warranty', 'IT-001', '2024-06-30', 'due'],
      ['contract', 'C-DUE', '2024-07-30', 'due'],
      ['contract', 'C-UPC', '2024-07-31', 'upcoming'],
      ['contract', 'C-MANUAL', '2024-10-02', 'upcoming'],
      ['license', 'L-NOV', '2024-11-15', 'upcoming'],
      ['contract', 'C-AUTO', '2025-01-30', 'upcoming'],
      ['warranty', 'IT-003', '2026-01-01', 'upcoming'],
    ]);
  });

  it('rolls an automatic contract to its current term', () => {
    expect(item('contract', 'C-AUTO')).toEqual({
      kind: 'contract',
      id: 'C-AUTO',
      title: 'ERP maintenance',
      deadline: '2025-01-30',
      endDate: '2025-03-31',
      daysLeft: 244,
      status: 'upcoming',
      owner: 'kim@corp.kr',
      recipients: ['kim@corp.kr', 'lee@corp.kr'],
      annualCost: { amount: 12000000, currency: null },
      sourceRegister: 'contracts',
      sourceRow: 2,
      cycleStart: '2024-04-01',
    });
  });

  it('moves the deadline when the contract renews', () => {
    expect(item('contract', 'C-AUTO', '2025-03-31').deadline).toBe('2025-01-30');
    expect(item('contract', 'C-AUTO', '2025-03-31').status).toBe('overdue');
    expect(item('contract', 'C-AUTO', '2025-04-01').deadline).toBe('2026-01-30');
    expect(item('contract', 'C-AUTO', '2025-04-01').cycleStart).toBe('2025-04-01');
  });

  it('keeps a license expiring today', () => {
    const today = item('license', 'L-TODAY');
    expect(today.daysLeft).toBe(0);
    expect(today.status).toBe('due');
    expect(today.endDate).toBe(AS_OF);
    expect(today.annualCost).toEqual({ amount: 500000, currency: null });
    expect(today.recipients).toEqual(['choi@corp.kr']);
  });

  it('expires a license the day after', () => {
    expect(item('license', 'L-TODAY', '2024-06-01').status).toBe('expired');
    expect(item('license', 'L-TODAY', '2024-06-01').daysLeft).toBe(-1);
  });

  it('counts calendar days to the deadline', () => {
    const november = item('license', 'L-NOV');
    expect(november.daysLeft).toBe(168);
    expect(november.annualCost).toEqual({ amount: 3000000, currency: null });
    expect(november.cycleStart).toBe('2023-11-16');
  });

  it('leaves a non-email owner out of the recipients', () => {
    const manual = item('contract', 'C-MANUAL');
    expect(manual.owner).toBe('박과장');
    expect(manual.recipients).toEqual([]);
    expect(manual.daysLeft).toBe(124);
  });

  it('lists warranties of assets not disposed or lost', () => {
    const warranties = schedule().filter((entry) => entry.kind === 'warranty').map((entry) => entry.id);
    expect(warranties).toEqual(['IT-001', 'IT-003']);
  });

  it('lists end of support of deployed assets only', () => {
    const ends = schedule().filter((entry) => entry.kind === 'endOfSupport');
    expect(ends.map((entry) => entry.id)).toEqual(['IT-001']);
    expect(ends[0].owner).toBeNull();
    expect(ends[0].sourceRegister).toBe('assets');
  });

  it('skips a contract without an end date', () => {
    expect(schedule().some((entry) => entry.id === 'C-NOEND')).toBe(false);
    expect(schedule().some((entry) => entry.id === 'L-PERP')).toBe(false);
  });

  it('crosses a leap day in days left', () => {
    const leap = computeRenewals(recalcContext({ asOf: '2024-01-15', data: { contracts: [contract(2, { contractId: 'C-1', endDate: '2024-03-30', noticeDays: 30 })] } }));
    expect(leap[0].deadline).toBe('2024-02-29');
    expect(leap[0].daysLeft).toBe(45);
    expect(leap[0].status).toBe('due');
  });
});

describe('renewalStatus', () => {
  it('uses the longest lead as the due window', () => {
    expect(renewalStatus('2024-07-30', '2024-07-30', AS_OF, 60)).toBe('due');
    expect(renewalStatus('2024-07-31', '2024-07-31', AS_OF, 60)).toBe('upcoming');
    expect(renewalStatus(AS_OF, AS_OF, AS_OF, 0)).toBe('due');
    expect(renewalStatus('2024-06-01', '2024-06-01', AS_OF, 0)).toBe('upcoming');
  });

  it('separates overdue from expired', () => {
    expect(renewalStatus('2024-05-30', AS_OF, AS_OF, 60)).toBe('overdue');
    expect(renewalStatus('2024-05-30', '2024-05-30', AS_OF, 60)).toBe('expired');
  });

  it('follows the lead days in the settings', () => {
    const context = recalcContext({ asOf: AS_OF, settings: { reminderLeadDays: [30, 7] }, data: { contracts: [contract(2, { contractId: 'C-30', endDate: '2024-06-30' }), contract(3, { contractId: 'C-31', endDate: '2024-07-01' })] } });
    expect(computeRenewals(context).map((entry) => entry.status)).toEqual(['due', 'upcoming']);
    const noLeads = recalcContext({ asOf: AS_OF, settings: { reminderLeadDays: [] }, data: { contracts: [contract(2, { contractId: 'C-0', endDate: AS_OF })] } });
    expect(computeRenewals(noLeads)[0].status).toBe('due');
  });
});

describe('findRenewalProblems', () => {
  it('reports an end date before the start', () => {
    const context = recalcContext({
      asOf: AS_OF,
      data: {
        contracts: [contract(2, { contractId: 'C-1', startDate: '2024-03-01', endDate: '2024-02-29' }), contract(3, { contractId: 'C-2', startDate: '2024-03-01', endDate: '2024-03-01' })],
        licenses: [license(2, { licenseId: 'L-1', startDate: '2025-01-01', expiryDate: '2024-12-31' })],
      },
    });
    expect(findRenewalProblems(context).map((finding) => [finding.sheet, finding.row, finding.column, finding.value, finding.code, finding.params])).toEqual([
      ['Contracts', 2, 'End Date', '2024-02-29', 'renewals.finding.endBeforeStart', { endDate: '2024-02-29', startDate: '2024-03-01' }],
      ['Licenses', 2, 'Expiry Date', '2024-12-31', 'renewals.finding.endBeforeStart', { endDate: '2024-12-31', startDate: '2025-01-01' }],
    ]);
  });

  it('reports automatic renewal without a term', () => {
    const context = recalcContext({
      asOf: AS_OF,
      lang: 'ko',
      data: { contracts: CONTRACTS },
      locations: { contracts: { sheetName: '계약', columns: { contractId: 1, endDate: 6, renewalType: 7, termMonths: 8 } } },
    });
    expect(findRenewalProblems(context)).toEqual([
      {
        sheet: '계약',
        row: 9,
        column: '갱신주기(월)',
        cell: 'H9',
        value: '',
        severity: 'warning',
        code: 'renewals.finding.automaticWithoutTerm',
        params: { endDate: '2024-04-30' },
      },
    ]);
  });
});
