import fs from 'node:fs';
import type { IsoDate } from '../../core/calendar/calendarDate';
import { historyTimestamp } from '../../core/history/historyTimestamp';
import { contextOf } from '../../core/recalc/recalculate';
import type { LoadedWorkbook } from '../../core/registers/loadWorkbook';
import { sendRemindersAsync } from '../../core/reminders/sendReminders';
import type { WorkbookPort } from '../../core/workbook/port';
import { EmlOutbox } from '../mail/emlOutbox';
import { DEFAULT_MAIL_FROM } from '../mail/mailOptions';
import type { DemoReminderCount } from './demoSummary';

/**
 * Plans the reminders due on the as-of date and writes each digest as an .eml file, recording them in
 * the workbook's Reminder Log like `itam remind`. The outbox is emptied first so the demo is repeatable.
 */
export async function writeDemoReminders(port: WorkbookPort, loaded: LoadedWorkbook, asOf: IsoDate, outbox: string): Promise<DemoReminderCount> {
  fs.rmSync(outbox, { recursive: true, force: true });
  const outcome = await sendRemindersAsync(port, contextOf(loaded, asOf), new EmlOutbox(outbox, DEFAULT_MAIL_FROM, asOf), {
    rowLink: () => null,
    timestamp: () => historyTimestamp(new Date(), loaded.timeZone),
  });
  return {
    digests: outcome.sent.length,
    items: outcome.sent.reduce((total, sent) => total + sent.digest.reminders.length, 0),
    outbox,
  };
}
