import type { IsoDate } from '../src/core/calendar/calendarDate';
import { contextOf } from '../src/core/recalc/recalculate';
import type { LoadedWorkbook } from '../src/core/registers/loadWorkbook';
import { planReminders } from '../src/core/reminders/reminderPlan';
import { computeRenewals } from '../src/core/renewals/renewalSchedule';
import { spreadsheetRowLink } from '../src/gas/reminderMail';
import { asGasSpreadsheet, type CallCounter, type FakeSpreadsheet } from '../test/fakes';
import { countCalls, timed, type CallCounts } from './measure';

/** The day's reminder plan: one digest per recipient, whatever the number of items in it. */
export interface ReminderRun {
  readonly ms: number;
  readonly calls: CallCounts;
  /** Renewal items (contracts, licenses, warranties, end of support) on the as-of date. */
  readonly items: number;
  /** Reminders due today, summed over the digests. */
  readonly reminders: number;
  /** Digests, which is also the number of mails and of recipients counted against the mail quota. */
  readonly digests: number;
  readonly recipients: number;
  /** Reminders in the largest digest. */
  readonly largestDigest: number;
}

/** Plans the daily job's reminders from the loaded registers with an empty Reminder Log, as on the first day. */
export function measureReminderPlan(loaded: LoadedWorkbook, asOf: IsoDate, spreadsheet: FakeSpreadsheet, counter: CallCounter): ReminderRun {
  const run = timed(() =>
    countCalls(counter, () => {
      const context = contextOf(loaded, asOf);
      const items = computeRenewals(context);
      return { items, plan: planReminders(context, items, new Set<string>(), spreadsheetRowLink(asGasSpreadsheet(spreadsheet))) };
    }),
  );
  const { items, plan } = run.result.result;
  const sizes = plan.digests.map((digest) => digest.reminders.length);
  return {
    ms: run.ms,
    calls: run.result.calls,
    items: items.length,
    reminders: sizes.reduce((sum, size) => sum + size, 0),
    digests: plan.digests.length,
    recipients: new Set(plan.digests.map((digest) => digest.recipient.toLowerCase())).size,
    largestDigest: Math.max(0, ...sizes),
  };
}
