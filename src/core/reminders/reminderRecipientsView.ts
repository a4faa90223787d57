import type { Finding } from '../findings/finding';
import { renewalsOf } from '../recalc/sharedCalculations';
import type { SummaryView } from '../recalc/view';
import { itemRecipients, recipientFindings } from './reminderRecipients';
import { reminderStage } from './reminderStage';

/**
 * Reports recipient problems on the Data Quality sheet: invalid addresses of items still in force, and
 * items with a reminder due but no recipient. It writes no sheet of its own.
 */
export const reminderRecipientsView: SummaryView = (context) => {
  const findings: Finding[] = [];
  for (const item of renewalsOf(context)) {
    if (item.status === 'expired') {
      continue;
    }
    const due = reminderStage(item, context.settings.reminderLeadDays) !== null;
    findings.push(...recipientFindings(context, item, itemRecipients(item, context.settings.defaultRecipients), due));
  }
  return { sheets: [], json: {}, findings };
};
