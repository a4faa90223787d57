import { addDays } from '../../../src/core/calendar/calendarDate';
import type { RecalcContext, RegisterLocation } from '../../../src/core/recalc/view';
import type { ContractRecord } from '../../../src/core/registers/records';
import { planReminders, reminderKey, type ReminderPlan } from '../../../src/core/reminders/reminderPlan';
import { reminderRecipientsView } from '../../../src/core/reminders/reminderRecipientsView';
import { reminderStage } from '../../../src/core/reminders/reminderStage';
import { computeRenewals } from '../../../src/core/renewals/renewalSchedule';
import { asset, contract, license, recalcContext } from '../licensing/recalcContextBuilder';

const LEADS = [60, 30, 14, 7, 1];

const LOCATIONS: Partial<Record<'contracts' | 'licenses' | 'assets', RegisterLocation>> = {
  contracts: { sheetName: 'Contracts', columns: { contractId: 1, title: 2, endDate: 7, owner: 12, reminderRecipients: 13 } },
  licenses: { sheetName: 'Licenses', columns: { licenseId: 1, owner: 12, expiryDate: 9 } },
  assets: { sheetName: 'Assets', columns: { assetTag: 1, warrantyEnd: 15, endOfSupport: 16 } },
};

/** Builds a manual contract ending on `endDate` with 30 days' notice, so its deadline is endDate − 30 days. */
function manualContract(row: number, id: string, endDate: string, fields: Partial<ContractRecord> = {}): ContractRecord {
  return contract(row, { contractId: id, title: `Contract ${id}`, renewalType: 'manual', endDate, noticeDays: 30, owner: 'kim@corp.kr', ...fields });
}

function contextFor(asOf: string, contracts: ContractRecord[], settings: Partial<RecalcContext['settings']> = {}): RecalcContext {
  return recalcContext({ asOf, data: { contracts }, locations: LOCATIONS, settings: { reminderLeadDays: LEADS, ...settings } });
}

function plan(context: RecalcContext, sent: ReadonlySet<string> = new Set()): ReminderPlan {
  return planReminders(context, computeRenewals(context), sent, (sheet, row) => `https://docs.example/${sheet}#row=${row}`);
}

function keysOf(result: ReminderPlan): string[] {
  return result.digests.flatMap((digest) => digest.reminders.map((reminder) => reminder.key));
}

/** Runs the plan on each of `days`, recording every planned key as sent, and returns the keys planned each day. */
function runDaily(contracts: ContractRecord[], days: string[], sent = new Set<string>()): Map<string, string[]> {
  const byDay = new Map<string, string[]>();
  for (const day of days) {
    const keys = keysOf(plan(contextFor(day, contracts), sent));
    keys.forEach((key) => sent.add(key));
    byDay.set(day, keys);
  }
  return byDay;
}

function dayRange(from: string, count: number): string[] {
  return Array.from({ length: count }, (_, offset) => addDays(from, offset));
}

describe('reminderStage', () => {
  test.each([
    [61, null],
    [60, 60],
    [31, 60],
    [30, 30],
    [15, 30],
    [14, 14],
    [8, 14],
    [7, 7],
    [2, 7],
    [1, 1],
    [0, 1],
  ])('%i days left is stage %p', (daysLeft, stage) => {
    expect(reminderStage({ daysLeft, status: daysLeft > 60 ? 'upcoming' : 'due' }, LEADS)).toBe(stage);
  });

  test('passed deadline is overdue', () => {
    expect(reminderStage({ daysLeft: -1, status: 'overdue' }, LEADS)).toBe('overdue');
    expect(reminderStage({ daysLeft: -45, status: 'overdue' }, LEADS)).toBe('overdue');
  });

  test('expired item has no stage', () => {
    expect(reminderStage({ daysLeft: -1, status: 'expired' }, LEADS)).toBeNull();
  });

  test('unsorted leads are sorted', () => {
    expect(reminderStage({ daysLeft: 10, status: 'due' }, [7, 60, 14, 1, 30])).toBe(14);
  });
});

describe('planReminders', () => {
  test('daily runs send each stage once', () => {
    // Deadline 2025-06-01 (end 2025-07-01, 30 days' notice); runs from 70 days before to 40 days after.
    const contracts = [manualContract(2, 'C-1', '2025-07-01')];
    const byDay = runDaily(contracts, dayRange('2025-03-23', 110));
    const sent = [...byDay.entries()].filter(([, keys]) => keys.length > 0);

    expect(sent).toEqual([
      ['2025-04-02', ['kim@corp.kr|contract|C-1|2025-06-01|D-60']],
      ['2025-05-02', ['kim@corp.kr|contract|C-1|2025-06-01|D-30']],
      ['2025-05-18', ['kim@corp.kr|contract|C-1|2025-06-01|D-14']],
      ['2025-05-25', ['kim@corp.kr|contract|C-1|2025-06-01|D-7']],
      ['2025-05-31', ['kim@corp.kr|contract|C-1|2025-06-01|D-1']],
      ['2025-06-02', ['kim@corp.kr|contract|C-1|2025-06-01|overdue']],
    ]);
  });

  test('overdue is sent once', () => {
    const contracts = [manualContract(2, 'C-1', '2025-07-01')];
    const byDay = runDaily(contracts, dayRange('2025-06-02', 29));
    const overdue = [...byDay.values()].flat().filter((key) => key.endsWith('|overdue'));

    expect(overdue).toEqual(['kim@corp.kr|contract|C-1|2025-06-01|overdue']);
  });

  test('week-long gap sends current stage only', () => {
    const contracts = [manualContract(2, 'C-1', '2025-07-01')];
    const sent = new Set<string>();
    runDaily(contracts, ['2025-04-02'], sent);

    // No run from 2025-04-03 to 2025-05-25: the 30- and 14-day stages were missed.
    const afterGap = keysOf(plan(contextFor('2025-05-26', contracts), sent));

    expect(afterGap).toEqual(['kim@corp.kr|contract|C-1|2025-06-01|D-7']);
  });

  test('same day twice plans nothing', () => {
    const contracts = [manualContract(2, 'C-1', '2025-07-01')];
    const sent = new Set<string>();
    const first = runDaily(contracts, ['2025-05-02'], sent);
    const second = keysOf(plan(contextFor('2025-05-02', contracts), sent));

    expect(first.get('2025-05-02')).toHaveLength(1);
    expect(second).toEqual([]);
  });

  test('changed deadline starts new keys', () => {
    const sent = new Set<string>();
    runDaily([manualContract(2, 'C-1', '2025-07-01')], dayRange('2025-04-01', 60), sent);

    // The contract is renewed on 2025-05-30: its end moves a year, so the deadline becomes 2026-06-01.
    const renewed = [manualContract(2, 'C-1', '2026-07-01')];
    const onRenewal = keysOf(plan(contextFor('2025-05-30', renewed), sent));
    const nextCycle = runDaily(renewed, dayRange('2026-04-01', 62), sent);

    expect(onRenewal).toEqual([]);
    expect([...nextCycle.values()].flat()).toEqual([
      'kim@corp.kr|contract|C-1|2026-06-01|D-60',
      'kim@corp.kr|contract|C-1|2026-06-01|D-30',
      'kim@corp.kr|contract|C-1|2026-06-01|D-14',
      'kim@corp.kr|contract|C-1|2026-06-01|D-7',
      'kim@corp.kr|contract|C-1|2026-06-01|D-1',
    ]);
  });

  test('deferred recipient still gets item', () => {
    const contracts = [manualContract(2, 'C-1', '2025-07-01', { reminderRecipients: ['lee@corp.kr'] })];
    const first = plan(contextFor('2025-05-02', contracts));
    // Only kim's digest was sent; lee's was deferred and left unrecorded.
    const sent = new Set(first.digests.filter((digest) => digest.recipient === 'kim@corp.kr').flatMap((digest) => digest.reminders.map((reminder) => reminder.key)));

    const nextDay = plan(contextFor('2025-05-03', contracts), sent);

    expect(first.digests.map((digest) => digest.recipient)).toEqual(['kim@corp.kr', 'lee@corp.kr']);
    expect(nextDay.digests.map((digest) => [digest.recipient, digest.reminders.map((reminder) => reminder.key)])).toEqual([
      ['lee@corp.kr', ['lee@corp.kr|contract|C-1|2025-06-01|D-30']],
    ]);
  });

  test('deferred past a stage change gets new stage', () => {
    const contracts = [manualContract(2, 'C-1', '2025-07-01')];
    // The 30-day digest (planned 2025-05-02) was deferred every day until 2025-05-18, when the 14-day stage began.
    const later = keysOf(plan(contextFor('2025-05-18', contracts)));

    expect(later).toEqual(['kim@corp.kr|contract|C-1|2025-06-01|D-14']);
  });

  test('duplicate recipients merged ignoring case', () => {
    const contracts = [
      manualContract(2, 'C-1', '2025-07-01', { owner: 'Kim@Corp.kr', reminderRecipients: ['kim@corp.kr', 'lee@corp.kr'] }),
      manualContract(3, 'C-2', '2025-06-20', { owner: 'lee@corp.kr' }),
    ];
    const result = plan(contextFor('2025-05-10', contracts, { defaultRecipients: ['LEE@corp.kr', 'park@corp.kr'] }));

    expect(result.digests.map((digest) => [digest.recipient, digest.reminders.map((reminder) => `${reminder.item.id}@${reminder.item.deadline}`)])).toEqual([
      // C-2's deadline 2025-05-21 comes first, so lee's and park's digests precede Kim's.
      ['lee@corp.kr', ['C-2@2025-05-21', 'C-1@2025-06-01']],
      ['park@corp.kr', ['C-2@2025-05-21', 'C-1@2025-06-01']],
      ['Kim@Corp.kr', ['C-1@2025-06-01']],
    ]);
    expect(result.digests[2].reminders[0].key).toBe('kim@corp.kr|contract|C-1|2025-06-01|D-30');
  });

  test('digest lists items by deadline', () => {
    const contracts = [manualContract(2, 'C-LATE', '2025-07-20'), manualContract(3, 'C-EARLY', '2025-06-10'), manualContract(4, 'C-MID', '2025-07-01')];
    const [digest] = plan(contextFor('2025-05-10', contracts)).digests;

    expect(digest.reminders.map((reminder) => [reminder.item.id, reminder.item.deadline, reminder.stage])).toEqual([
      ['C-EARLY', '2025-05-11', 1],
      ['C-MID', '2025-06-01', 30],
      ['C-LATE', '2025-06-20', 60],
    ]);
  });

  test('link and location come from register', () => {
    const [digest] = plan(contextFor('2025-05-10', [manualContract(7, 'C-1', '2025-07-01')])).digests;

    expect(digest.reminders[0]).toMatchObject({ sheetName: 'Contracts', row: 7, link: 'https://docs.example/Contracts#row=7' });
  });

  test('invalid owner address is a finding', () => {
    // 'kim@corp.c' looks like an address but its top-level domain has one letter.
    const contracts = [manualContract(4, 'C-1', '2025-07-01', { owner: 'kim@corp.c', reminderRecipients: ['lee@corp.kr'] })];
    const result = plan(contextFor('2025-05-10', contracts));

    expect(result.digests.map((digest) => digest.recipient)).toEqual(['lee@corp.kr']);
    expect(result.findings).toEqual([
      {
        sheet: 'Contracts',
        row: 4,
        column: 'Owner',
        cell: 'L4',
        value: 'kim@corp.c',
        severity: 'warning',
        code: 'reminders.finding.invalidRecipient',
        params: { address: 'kim@corp.c' },
      },
    ]);
  });

  test('due item without recipient is a finding', () => {
    const context = recalcContext({
      asOf: '2025-05-10',
      locations: LOCATIONS,
      settings: { reminderLeadDays: LEADS },
      data: {
        assets: [asset(5, { assetTag: 'IT-5', warrantyEnd: '2025-05-20' }), asset(6, { assetTag: 'IT-6', warrantyEnd: '2026-05-20' })],
        licenses: [license(3, { licenseId: 'L-3', expiryDate: '2025-06-01', owner: '박과장' })],
      },
    });
    const result = planReminders(context, computeRenewals(context), new Set(), () => null);

    expect(result.digests).toEqual([]);
    expect(result.findings.map((finding) => [finding.sheet, finding.cell, finding.code, finding.params.deadline])).toEqual([
      ['Assets', 'O5', 'reminders.finding.noRecipientAsset', '2025-05-20'],
      ['Licenses', 'L3', 'reminders.finding.noRecipient', '2025-06-01'],
    ]);
  });

  test('expired items are never planned', () => {
    const context = recalcContext({
      asOf: '2025-05-10',
      locations: LOCATIONS,
      settings: { reminderLeadDays: LEADS, defaultRecipients: ['it@corp.kr'] },
      data: { licenses: [license(3, { licenseId: 'L-OLD', expiryDate: '2019-12-31' }), license(4, { licenseId: 'L-YESTERDAY', expiryDate: '2025-05-09' })] },
    });

    expect(planReminders(context, computeRenewals(context), new Set(), () => null).digests).toEqual([]);
  });

  test('license is reminded on its last day', () => {
    const context = recalcContext({
      asOf: '2025-05-10',
      locations: LOCATIONS,
      settings: { reminderLeadDays: LEADS },
      data: { licenses: [license(3, { licenseId: 'L-1', expiryDate: '2025-05-10', owner: 'choi@corp.kr' })] },
    });

    expect(keysOf(planReminders(context, computeRenewals(context), new Set(), () => null))).toEqual(['choi@corp.kr|license|L-1|2025-05-10|D-1']);
  });

  test('separator in ID is escaped', () => {
    const item = { kind: 'contract' as const, id: 'A|B%C', deadline: '2025-06-01' };

    expect(reminderKey('X@Corp.kr', item, 7)).toBe('x@corp.kr|contract|A%7CB%25C|2025-06-01|D-7');
    expect(reminderKey('x@corp.kr', { ...item, id: 'A' }, 7)).not.toBe(reminderKey('x@corp.kr', { ...item, id: 'A|contract' }, 7));
  });
});

describe('reminderRecipientsView', () => {
  test('reports problems of items in force', () => {
    const context = contextFor('2025-05-10', [
      manualContract(2, 'C-BAD', '2026-03-01', { owner: 'kim@corp.c' }),
      manualContract(3, 'C-ENDED', '2025-01-31', { owner: 'lee@corp.c' }),
      manualContract(4, 'C-NOBODY', '2025-06-20', { owner: '박과장' }),
    ]);
    const result = reminderRecipientsView(context);

    expect(result.sheets).toEqual([]);
    expect(result.findings.map((finding) => [finding.cell, finding.code, finding.value])).toEqual([
      ['L4', 'reminders.finding.noRecipient', '박과장'],
      ['L2', 'reminders.finding.invalidRecipient', 'kim@corp.c'],
    ]);
  });
});
