import type { IsoDate } from '../calendar/calendarDate';
import { translate } from '../i18n';
import { normalizeHeader } from '../registers/headerMatching';
import type { Lang } from '../registers/schema';
import type { CellValue, ColumnFormat, OutputValue, RegisterSheetLayout, WorkbookPort } from '../workbook/port';
import type { ReminderStep } from './sendReminders';

/** Marker of the Run Log tab (실행 기록): one row per daily job run. */
export const RUN_LOG_ID = 'runLog';

/** The steps of the daily job, named in the run log when one fails. */
export type DailyJobStep = 'open' | 'recalculate' | ReminderStep | 'runLog';

/** completed: everything planned was sent. partial: some digests failed to send and wait for the next run. failed: an error stopped the run. */
export type RunResult = 'completed' | 'partial' | 'failed';

export interface RunRecord {
  /** ISO 8601 in the spreadsheet's zone. */
  readonly started: string;
  readonly finished: string;
  readonly asOf: IsoDate | null;
  readonly result: RunResult;
  readonly digestsSent: number;
  readonly remindersSent: number;
  readonly deferred: number;
  readonly failed: number;
  readonly failedStep: DailyJobStep | null;
  /** The error message, deferred recipients and send failures, in one cell. */
  readonly details: string;
}

const COLUMNS: readonly { readonly key: string; readonly format: ColumnFormat }[] = [
  { key: 'started', format: 'text' },
  { key: 'finished', format: 'text' },
  { key: 'asOf', format: 'date' },
  { key: 'result', format: 'text' },
  { key: 'digestsSent', format: 'integer' },
  { key: 'remindersSent', format: 'integer' },
  { key: 'deferred', format: 'integer' },
  { key: 'failed', format: 'integer' },
  { key: 'step', format: 'text' },
  { key: 'details', format: 'text' },
];

/** Google Sheets allows at most 50,000 characters in a cell, and details are cut well below that. */
const MAX_DETAILS_LENGTH = 2000;

export function runLogLayout(lang: Lang): RegisterSheetLayout {
  return {
    registerId: RUN_LOG_ID,
    name: translate(lang, 'reminders.runLog.sheetName'),
    headers: COLUMNS.map((column) => translate(lang, `reminders.runLog.header.${column.key}`)),
    notes: COLUMNS.map((column) => translate(lang, `reminders.runLog.note.${column.key}`)),
    formats: COLUMNS.map((column) => column.format),
    validations: [],
  };
}

/** Finds the Run Log by its marker, then by its English or Korean name. */
export function findRunLog(port: WorkbookPort): string | null {
  const sheets = port.listSheets();
  const marked = sheets.find((sheet) => sheet.marker === RUN_LOG_ID);
  if (marked) {
    return marked.name;
  }
  const names = (['en', 'ko'] as const).map((lang) => normalizeHeader(translate(lang, 'reminders.runLog.sheetName')));
  const named = sheets.find((sheet) => sheet.marker === null && names.includes(normalizeHeader(sheet.name)));
  return named ? named.name : null;
}

export function runLogRow(record: RunRecord, lang: Lang): OutputValue[] {
  const details = record.details.length > MAX_DETAILS_LENGTH ? `${record.details.slice(0, MAX_DETAILS_LENGTH - 1)}…` : record.details;
  return [
    record.started,
    record.finished,
    record.asOf === null ? null : { date: record.asOf },
    translate(lang, `reminders.runLog.result.${record.result}`),
    record.digestsSent,
    record.remindersSent,
    record.deferred,
    record.failed,
    record.failedStep === null ? '' : translate(lang, `reminders.step.${record.failedStep}`),
    details,
  ];
}

/** Appends one run's row, creating the tab on the first run. Returns the tab's name. */
export function appendRunRecord(port: WorkbookPort, record: RunRecord, lang: Lang): string {
  const sheetName = findRunLog(port) ?? port.ensureRegisterSheet(runLogLayout(lang), null);
  port.appendRows(sheetName, [runLogRow(record, lang)]);
  return sheetName;
}

/** Returns the last run as written in the tab, as header and text pairs, or null before the first run. */
export function lastRunEntry(port: WorkbookPort): { readonly header: string; readonly text: string }[] | null {
  const sheetName = findRunLog(port);
  if (sheetName === null) {
    return null;
  }
  const values = port.readValues(sheetName);
  if (values.length < 2) {
    return null;
  }
  const headers = values[0];
  const last = values[values.length - 1];
  return headers.map((header, index) => ({ header: cellText(header), text: cellText(last[index] ?? '') })).filter((entry) => entry.header !== '');
}

function cellText(cell: CellValue): string {
  return typeof cell === 'object' ? cell.date : String(cell);
}
