import { compareDates, type IsoDate } from '../calendar/calendarDate';
import type { Finding } from '../findings/finding';
import { registerSheetName } from '../findings/cellFinding';
import type { RecalcContext } from '../recalc/view';
import type { RenewalItem } from '../renewals/renewalSchedule';
import { itemRecipients, recipientFindings } from './reminderRecipients';
import { reminderStage, stageKey, type ReminderStage } from './reminderStage';

/**
 * Builds the address of a register row for the digest, or returns null when the workbook has no
 * addressable link (an .xlsx file). Apps Script passes the spreadsheet URL with #gid=…&range=A<row>.
 */
export type RowLink = (sheetName: string, row: number) => string | null;

/** One item in one recipient's digest, at the stage due on the as-of date. */
export interface PlannedReminder {
  readonly item: RenewalItem;
  readonly stage: ReminderStage;
  /** Ledger key: recipient|kind|id|deadline|stage. */
  readonly key: string;
  /** Tab of the item's row as the workbook names it. */
  readonly sheetName: string;
  readonly row: number;
  readonly link: string | null;
}

/** Everything one person is sent in one run. */
export interface ReminderDigest {
  readonly recipient: string;
  /** Sorted by deadline, then kind and ID as on the Renewals sheet. */
  readonly reminders: readonly PlannedReminder[];
}

export interface ReminderPlan {
  readonly asOf: IsoDate;
  /** Earliest deadline first, so a short mail quota serves the most urgent digests. */
  readonly digests: readonly ReminderDigest[];
  readonly findings: readonly Finding[];
}

/** Escapes the key separator inside a component, so an ID containing '|' cannot collide with another key. */
function keyPart(text: string): string {
  return text.replace(/%/g, '%25').replace(/\|/g, '%7C');
}

/**
 * Returns the ledger key of one reminder: recipient (lower case) | kind | id | deadline | stage. A key in
 * the ledger is never planned again, and a new deadline (a renewed contract, an extended license) gives
 * new keys, so the item's reminders start over.
 */
export function reminderKey(recipient: string, item: Pick<RenewalItem, 'kind' | 'id' | 'deadline'>, stage: ReminderStage): string {
  return [recipient.toLowerCase(), item.kind, item.id, item.deadline, stageKey(stage)].map(keyPart).join('|');
}

/**
 * Plans the run of the as-of date: for every item with a stage due (see reminderStage), one reminder per
 * recipient whose key is not in the ledger, grouped into one digest per recipient. Nothing here reads the
 * clock or sends anything, so the preview and the daily job plan the same way.
 */
export function planReminders(
  context: RecalcContext,
  items: readonly RenewalItem[],
  sentKeys: ReadonlySet<string>,
  rowLink: RowLink,
): ReminderPlan {
  const byRecipient = new Map<string, { recipient: string; reminders: PlannedReminder[] }>();
  const plannedKeys = new Set<string>();
  const findings: Finding[] = [];

  for (const item of items) {
    if (item.status === 'expired') {
      continue;
    }
    const stage = reminderStage(item, context.settings.reminderLeadDays);
    const recipients = itemRecipients(item, context.settings.defaultRecipients);
    findings.push(...recipientFindings(context, item, recipients, stage !== null));
    if (stage === null) {
      continue;
    }

    const sheetName = registerSheetName(context, item.sourceRegister);
    for (const recipient of recipients.addresses) {
      const key = reminderKey(recipient, item, stage);
      if (sentKeys.has(key) || plannedKeys.has(key)) {
        continue;
      }
      plannedKeys.add(key);

      const digestKey = recipient.toLowerCase();
      let digest = byRecipient.get(digestKey);
      if (digest === undefined) {
        digest = { recipient, reminders: [] };
        byRecipient.set(digestKey, digest);
      }
      digest.reminders.push({ item, stage, key, sheetName, row: item.sourceRow, link: rowLink(sheetName, item.sourceRow) });
    }
  }

  const digests = [...byRecipient.values()].map((digest) => ({ recipient: digest.recipient, reminders: sortReminders(digest.reminders) }));
  return { asOf: context.asOf, digests: digests.sort(compareDigests), findings };
}

const KIND_ORDER = ['contract', 'license', 'warranty', 'endOfSupport'];

function sortReminders(reminders: PlannedReminder[]): PlannedReminder[] {
  return [...reminders].sort(
    (a, b) =>
      compareDates(a.item.deadline, b.item.deadline) ||
      KIND_ORDER.indexOf(a.item.kind) - KIND_ORDER.indexOf(b.item.kind) ||
      codeUnitOrder(a.item.id, b.item.id),
  );
}

/** Orders digests by their earliest deadline, then by recipient, in code-unit order independent of the locale. */
function compareDigests(a: ReminderDigest, b: ReminderDigest): number {
  return compareDates(a.reminders[0].item.deadline, b.reminders[0].item.deadline) || codeUnitOrder(a.recipient.toLowerCase(), b.recipient.toLowerCase());
}

function codeUnitOrder(a: string, b: string): number {
  if (a === b) {
    return 0;
  }
  return a < b ? -1 : 1;
}
