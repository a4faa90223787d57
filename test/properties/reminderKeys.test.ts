import fc from 'fast-check';
import { addDays } from '../../src/core/calendar/calendarDate';
import { contextOf } from '../../src/core/recalc/recalculate';
import { loadWorkbook } from '../../src/core/registers/loadWorkbook';
import { planReminders, reminderKey, type ReminderPlan } from '../../src/core/reminders/reminderPlan';
import type { ReminderStage } from '../../src/core/reminders/reminderStage';
import { computeRenewals, type RenewalKind } from '../../src/core/renewals/renewalSchedule';
import type { OutputValue } from '../../src/core/workbook/port';
import { memoryWorkbook } from './registerArbitraries';

/**
 * A reminder's ledger key names exactly one (recipient, item, deadline, stage), and a plan never holds a
 * key twice or a key already in the ledger, so no reminder is sent twice.
 */

const AS_OF = '2025-06-30';
const ID_UNITS = [...'AC-1|%', '계'];
const RECIPIENTS = ['kim@example.com', 'KIM@example.com', 'lee@corp.kr', 'park@corp.kr'];

function keysOf(plan: ReminderPlan): string[] {
  return plan.digests.flatMap((digest) => digest.reminders.map((reminder) => reminder.key));
}

describe('reminder keys', () => {
  const part = fc.string({ unit: fc.constantFrom(...ID_UNITS, 'x'), maxLength: 6 });
  const reminder = fc.record({
    recipient: fc.constantFrom(...RECIPIENTS),
    kind: fc.constantFrom<RenewalKind>('contract', 'license', 'warranty', 'endOfSupport'),
    id: part,
    deadline: fc.constantFrom('2025-07-01', '2025-07-02'),
    stage: fc.constantFrom<ReminderStage>(1, 7, 30, 'overdue'),
  });

  test('one key names one reminder', () => {
    fc.assert(
      fc.property(reminder, reminder, (a, b) => {
        const same = a.recipient.toLowerCase() === b.recipient.toLowerCase() && a.kind === b.kind && a.id === b.id && a.deadline === b.deadline && a.stage === b.stage;

        expect(reminderKey(a.recipient, a, a.stage) === reminderKey(b.recipient, b, b.stage)).toBe(same);
      }),
      { numRuns: 2000 },
    );
  });

  const contract = fc.record({
    id: fc.string({ unit: fc.constantFrom(...ID_UNITS), minLength: 1, maxLength: 5 }).filter((id) => id.trim() === id && id !== '-'),
    endInDays: fc.integer({ min: -20, max: 90 }),
    noticeDays: fc.integer({ min: 0, max: 60 }),
    owner: fc.constantFrom(...RECIPIENTS),
    recipients: fc.subarray(RECIPIENTS),
  });

  test('a plan never repeats a key or a sent one', () => {
    let planned = 0;
    fc.assert(
      fc.property(fc.array(contract, { minLength: 1, maxLength: 8 }), fc.subarray(RECIPIENTS), fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }), (contracts, defaults, sentMask) => {
        const rows: Record<string, OutputValue>[] = contracts.map((value) => ({
          contractId: value.id,
          title: 'Support',
          endDate: { date: addDays(AS_OF, value.endInDays) },
          noticeDays: value.noticeDays,
          owner: value.owner,
          reminderRecipients: value.recipients.join(', '),
        }));
        const loaded = contextOf(loadWorkbook(memoryWorkbook({ contracts: rows })), AS_OF);
        const context = { ...loaded, settings: { ...loaded.settings, defaultRecipients: defaults } };
        const items = computeRenewals(context);
        const link = () => null;

        const first = planReminders(context, items, new Set(), link);
        const keys = keysOf(first);
        planned += keys.length;
        const sent = new Set(keys.filter((_, index) => sentMask[index % sentMask.length]));
        const second = planReminders(context, items, sent, link);
        const third = planReminders(context, items, new Set(keys), link);

        expect(new Set(keys).size).toBe(keys.length);
        expect(keysOf(second).sort()).toEqual(keys.filter((key) => !sent.has(key)).sort());
        expect(keysOf(third)).toEqual([]);
        for (const digest of first.digests) {
          expect(digest.reminders.every((planned) => planned.key.startsWith(`${digest.recipient.toLowerCase()}|`))).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
    // The generated contracts must put reminders in the plans, or the checks above prove nothing.
    expect(planned).toBeGreaterThan(150);
  });
});
