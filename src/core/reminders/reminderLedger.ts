import { translate } from '../i18n';
import { normalizeHeader } from '../registers/headerMatching';
import type { Lang } from '../registers/schema';
import type { ColumnFormat, OutputValue, RegisterSheetLayout, WorkbookPort } from '../workbook/port';
import type { ReminderDigest } from './reminderPlan';

/** Marker of the Reminder Log tab (알림 발송 기록), the ledger of every reminder sent. */
export const REMINDER_LOG_ID = 'reminderLog';

const COLUMNS: readonly { readonly key: string; readonly format: ColumnFormat }[] = [
  { key: 'key', format: 'text' },
  { key: 'kind', format: 'text' },
  { key: 'id', format: 'text' },
  { key: 'title', format: 'text' },
  { key: 'stage', format: 'text' },
  { key: 'deadline', format: 'date' },
  { key: 'recipient', format: 'text' },
  { key: 'sentAt', format: 'text' },
  { key: 'result', format: 'text' },
];

/** Describes the tab: one row per reminder sent, appended after each digest goes out. */
export function reminderLogLayout(lang: Lang): RegisterSheetLayout {
  return {
    registerId: REMINDER_LOG_ID,
    name: translate(lang, 'reminders.log.sheetName'),
    headers: COLUMNS.map((column) => translate(lang, `reminders.log.header.${column.key}`)),
    notes: COLUMNS.map((column) => translate(lang, `reminders.log.note.${column.key}`)),
    formats: COLUMNS.map((column) => column.format),
    validations: [],
  };
}

/** Keys already sent, and the tab that contains them (null when no reminder was ever recorded). */
export interface ReminderLedger {
  readonly sheetName: string | null;
  readonly keys: ReadonlySet<string>;
}

/** Finds the Reminder Log by its marker (survives renaming), then by its English or Korean name. */
export function findReminderLog(port: WorkbookPort): string | null {
  const sheets = port.listSheets();
  const marked = sheets.find((sheet) => sheet.marker === REMINDER_LOG_ID);
  if (marked) {
    return marked.name;
  }
  const names = (['en', 'ko'] as const).map((lang) => normalizeHeader(translate(lang, 'reminders.log.sheetName')));
  const named = sheets.find((sheet) => sheet.marker === null && names.includes(normalizeHeader(sheet.name)));
  return named ? named.name : null;
}

/** Reads the sent keys with one batch read, without creating the tab (the preview writes nothing). */
export function readReminderLedger(port: WorkbookPort): ReminderLedger {
  const sheetName = findReminderLog(port);
  if (sheetName === null) {
    return { sheetName: null, keys: new Set() };
  }
  return { sheetName, keys: keysOf(port.readValues(sheetName)) };
}

/** Reads the ledger and creates the tab when missing, before anything is sent, so that the first record after a send finds it. */
export function openReminderLedger(port: WorkbookPort, lang: Lang): ReminderLedger & { readonly sheetName: string } {
  const ledger = readReminderLedger(port);
  if (ledger.sheetName !== null) {
    return { sheetName: ledger.sheetName, keys: ledger.keys };
  }
  return { sheetName: port.ensureRegisterSheet(reminderLogLayout(lang), null), keys: new Set() };
}

/** Collects the keys. The key column is found by its header in either language, so moving columns does not lose the ledger. */
function keysOf(values: readonly (readonly unknown[])[]): Set<string> {
  const keys = new Set<string>();
  if (values.length === 0) {
    return keys;
  }
  const keyHeaders = (['en', 'ko'] as const).map((lang) => normalizeHeader(translate(lang, 'reminders.log.header.key')));
  const found = values[0].findIndex((cell) => typeof cell === 'string' && keyHeaders.includes(normalizeHeader(cell)));
  const column = found >= 0 ? found : 0;

  for (const row of values.slice(1)) {
    const cell = row[column];
    if (typeof cell === 'string' && cell.trim() !== '') {
      keys.add(cell.trim());
    }
  }
  return keys;
}

/** Builds the ledger rows of one sent digest, one per reminder. `sentAt` is ISO 8601 in the spreadsheet's zone. */
export function ledgerRows(digest: ReminderDigest, sentAt: string, lang: Lang): OutputValue[][] {
  return digest.reminders.map((reminder) => [
    reminder.key,
    translate(lang, `renewals.kind.${reminder.item.kind}`),
    reminder.item.id,
    reminder.item.title,
    reminder.stage === 'overdue' ? translate(lang, 'reminders.stage.overdue') : translate(lang, 'reminders.stage.lead', { days: reminder.stage }),
    { date: reminder.item.deadline },
    digest.recipient,
    sentAt,
    translate(lang, 'reminders.log.result.sent'),
  ]);
}

/** Appends one sent digest's rows in one write, right after the send. */
export function recordSentDigest(port: WorkbookPort, sheetName: string, digest: ReminderDigest, sentAt: string, lang: Lang): void {
  port.appendRows(sheetName, ledgerRows(digest, sentAt, lang));
}
