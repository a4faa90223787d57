import { addDays, type IsoDate } from '../calendar/calendarDate';
import type { Finding } from '../findings/finding';
import { contextOf } from '../recalc/recalculate';
import type { RecalcContext } from '../recalc/view';
import type { LoadedWorkbook } from '../registers/loadWorkbook';
import { computeRenewals } from '../renewals/renewalSchedule';
import { renderDigest, type ReminderMessage } from './reminderDigest';
import { planReminders, type ReminderDigest, type RowLink } from './reminderPlan';

/** Preview of a run on the as-of date, computed without sending or writing anything. */
export interface ReminderPreview {
  readonly asOf: IsoDate;
  readonly toSend: readonly { readonly digest: ReminderDigest; readonly message: ReminderMessage }[];
  /** Digests today's quota could not cover; a real run would leave them to the next day. */
  readonly deferred: readonly ReminderDigest[];
  readonly findings: readonly Finding[];
}

/** Plans the as-of date's run from the keys of the Reminder Log (see readReminderLedger), which it does not change. */
export function previewReminders(context: RecalcContext, sentKeys: ReadonlySet<string>, remainingQuota: number, rowLink: RowLink): ReminderPreview {
  const plan = planReminders(context, computeRenewals(context), sentKeys, rowLink);
  const sendable = plan.digests.slice(0, Math.max(0, Math.floor(remainingQuota)));
  const settings = { lang: context.lang, asOf: context.asOf, currency: context.settings.currency };

  return {
    asOf: context.asOf,
    toSend: sendable.map((digest) => ({ digest, message: renderDigest(digest, settings) })),
    deferred: plan.digests.slice(sendable.length),
    findings: plan.findings,
  };
}

/** The digests planned for one day. */
export interface PlannedDay {
  readonly date: IsoDate;
  readonly digests: readonly ReminderDigest[];
}

/**
 * Lists the days from `from` (inclusive) within `days` days on which a run would send something, assuming
 * every earlier day's digests were sent. Each day is planned from its own as-of date, so contract terms
 * roll over as they would in the daily job.
 */
export function upcomingReminderDays(loaded: LoadedWorkbook, from: IsoDate, sentKeys: ReadonlySet<string>, rowLink: RowLink, days: number): PlannedDay[] {
  const keys = new Set(sentKeys);
  const planned: PlannedDay[] = [];

  for (let offset = 0; offset < days; offset++) {
    const date = addDays(from, offset);
    const context = contextOf(loaded, date);
    const plan = planReminders(context, computeRenewals(context), keys, rowLink);
    if (plan.digests.length === 0) {
      continue;
    }
    planned.push({ date, digests: plan.digests });
    for (const digest of plan.digests) {
      for (const reminder of digest.reminders) {
        keys.add(reminder.key);
      }
    }
  }
  return planned;
}
