import type { ReminderMessage } from '../core/reminders/reminderDigest';
import type { RowLink } from '../core/reminders/reminderPlan';
import type { ReminderMailer } from '../core/reminders/sendReminders';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Sender name shown in the recipient's inbox; the address is the account that installed the trigger. */
export const MAIL_SENDER_NAME = 'ITAM';

/** Sends digests with MailApp, whose daily quota counts recipients (100 for consumer accounts, 1,500 for Workspace). */
export class MailAppMailer implements ReminderMailer {
  remainingQuota(): number {
    return MailApp.getRemainingDailyQuota();
  }

  send(message: ReminderMessage): void {
    MailApp.sendEmail({
      to: message.to,
      subject: message.subject,
      body: message.text,
      htmlBody: message.html,
      name: MAIL_SENDER_NAME,
    });
  }
}

/**
 * Links a register row: the spreadsheet URL with #gid=<sheet id>&range=A<row>, which opens that tab with
 * the row selected. Sheet ids are looked up once per tab.
 */
export function spreadsheetRowLink(spreadsheet: Spreadsheet): RowLink {
  const url = spreadsheet.getUrl().replace(/#.*$/, '');
  const sheetIds = new Map<string, number | null>();

  return (sheetName, row) => {
    if (!sheetIds.has(sheetName)) {
      const sheet = spreadsheet.getSheetByName(sheetName);
      sheetIds.set(sheetName, sheet ? sheet.getSheetId() : null);
    }
    const sheetId = sheetIds.get(sheetName);
    return sheetId === null || sheetId === undefined ? null : `${url}#gid=${sheetId}&range=A${row}`;
  };
}
