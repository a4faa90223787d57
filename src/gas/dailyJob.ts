import type { IsoDate } from '../core/calendar/calendarDate';
import { translate } from '../core/i18n';
import { computeRecalculation, contextOf } from '../core/recalc/recalculate';
import { SUMMARY_VIEWS } from '../core/recalc/summaryViews';
import { loadWorkbook, type LoadedWorkbook } from '../core/registers/loadWorkbook';
import type { Lang } from '../core/registers/schema';
import { REMINDER_LOG_ID } from '../core/reminders/reminderLedger';
import { appendRunRecord, RUN_LOG_ID, type DailyJobStep, type RunRecord } from '../core/reminders/runLog';
import { ReminderRunError, sendReminders, type SendOutcome } from '../core/reminders/sendReminders';
import { LOCK_WAIT_MS, openSpreadsheet, todayIn, uiLang } from './gasContext';
import { protectLogSheet } from './logSheetProtection';
import { MailAppMailer, spreadsheetRowLink } from './reminderMail';
import { SpreadsheetPort } from './spreadsheetPort';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Top-level function the daily time-driven trigger calls; exported from main.ts under this name. */
export const DAILY_JOB_HANDLER = 'itamDailyJob';

/** The part of the time-driven event the job uses. */
export interface DailyJobEvent {
  readonly triggerUid?: string;
}

export type DailyJobResult =
  | { readonly status: 'busy' }
  | { readonly status: 'done'; readonly record: RunRecord; readonly outcome: SendOutcome | null };

/** ISO 8601 with the spreadsheet zone's offset, such as 2025-03-02T08:15:00+09:00. */
export function spreadsheetTimestamp(spreadsheet: Spreadsheet, instant: Date): string {
  return Utilities.formatDate(instant, spreadsheet.getSpreadsheetTimeZone(), "yyyy-MM-dd'T'HH:mm:ssXXX");
}

/**
 * Runs the daily job: recalculates every summary sheet, then sends the reminders due today and records
 * them, and appends the outcome to the Run Log. The as-of date is today in the spreadsheet's zone, not
 * the script's. When another run holds the lock, this one logs that and exits without doing anything.
 *
 * A failed recalculation does not hold back the reminders: they need only the registers. Any error is
 * recorded in the Run Log with the step that failed and rethrown, so Apps Script marks the run failed.
 */
export function runDailyJob(event: DailyJobEvent = {}, clock: () => Date = () => new Date()): DailyJobResult {
  const spreadsheet = openSpreadsheet(event.triggerUid);
  // NOTE: without an active spreadsheet (an add-on's time-driven run) there is no document lock. The user
  // lock then serializes this user's runs, but two editors' triggers could still overlap on one file.
  const lock = LockService.getDocumentLock() ?? LockService.getUserLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) {
    console.log(`ITAM daily job: another run holds the lock for spreadsheet ${spreadsheet.getId()}, so this run exits without sending anything.`);
    return { status: 'busy' };
  }

  try {
    return runLocked(spreadsheet, clock);
  } finally {
    lock.releaseLock();
  }
}

interface RunState {
  step: DailyJobStep;
  asOf: IsoDate | null;
  outcome: SendOutcome | null;
  error: unknown;
  failedStep: DailyJobStep | null;
}

function runLocked(spreadsheet: Spreadsheet, clock: () => Date): DailyJobResult {
  const started = spreadsheetTimestamp(spreadsheet, clock());
  const port = new SpreadsheetPort(spreadsheet);
  const state: RunState = { step: 'open', asOf: null, outcome: null, error: null, failedStep: null };
  let lang: Lang = uiLang(spreadsheet);

  try {
    state.asOf = todayIn(spreadsheet, clock());
    state.step = 'recalculate';
    const loaded = loadWorkbook(port);
    lang = loaded.lang;
    recalculateSheets(port, loaded, state.asOf, state);

    state.outcome = sendReminders(port, contextOf(loaded, state.asOf), new MailAppMailer(), {
      rowLink: spreadsheetRowLink(spreadsheet),
      timestamp: () => spreadsheetTimestamp(spreadsheet, clock()),
      afterRecord: () => SpreadsheetApp.flush(),
      onStep: (step) => {
        state.step = step;
      },
      log: (message) => console.log(`ITAM daily job: ${message}`),
    });
  } catch (error) {
    fail(state, error instanceof ReminderRunError ? error.step : state.step, error);
    if (error instanceof ReminderRunError) {
      state.outcome = error.outcome;
    }
  }

  const record = runRecord(started, spreadsheetTimestamp(spreadsheet, clock()), state, lang);
  writeRunLog(spreadsheet, port, record, lang);
  console.log(`ITAM daily job as of ${state.asOf ?? '-'}: ${record.result}, ${record.digestsSent} digests sent, ${record.deferred} deferred, ${record.failed} failed.`);

  if (state.error !== null) {
    throw state.error instanceof ReminderRunError && state.error.reason instanceof Error ? state.error.reason : state.error;
  }
  return { status: 'done', record, outcome: state.outcome };
}

/** Writes the summary sheets; a failure is recorded and the reminders still go out. */
function recalculateSheets(port: SpreadsheetPort, loaded: LoadedWorkbook, asOf: IsoDate, state: RunState): void {
  try {
    const recalculation = computeRecalculation(loaded, asOf, SUMMARY_VIEWS);
    for (const sheet of recalculation.sheets) {
      port.writeOutputSheet(sheet);
    }
  } catch (error) {
    console.error(`ITAM daily job: recalculation failed; reminders are still sent. ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
    fail(state, 'recalculate', error);
  }
}

/** Keeps the first error: it is the one rethrown and recorded with its step. */
function fail(state: RunState, step: DailyJobStep, error: unknown): void {
  if (state.error === null) {
    state.error = error;
    state.failedStep = step;
  }
}

function runRecord(started: string, finished: string, state: RunState, lang: Lang): RunRecord {
  const outcome = state.outcome;
  const sent = outcome?.sent ?? [];
  const deferred = outcome?.deferred ?? [];
  const failed = outcome?.failed ?? [];

  const details: string[] = [];
  if (state.error !== null) {
    const reason = state.error instanceof ReminderRunError ? state.error.reason : state.error;
    details.push(translate(lang, 'reminders.runLog.detail.error', { reason: reason instanceof Error ? reason.message : String(reason) }));
  }
  if (deferred.length > 0) {
    details.push(translate(lang, 'reminders.runLog.detail.deferred', { recipients: deferred.map((digest) => digest.recipient).join(', ') }));
  }
  if (failed.length > 0) {
    details.push(translate(lang, 'reminders.runLog.detail.failed', { failures: failed.map((entry) => `${entry.digest.recipient}: ${entry.reason}`).join('; ') }));
  }

  return {
    started,
    finished,
    asOf: state.asOf,
    result: runResult(state.error !== null, failed.length > 0),
    digestsSent: sent.length,
    remindersSent: sent.reduce((total, entry) => total + entry.digest.reminders.length, 0),
    deferred: deferred.length,
    failed: failed.length,
    failedStep: state.failedStep,
    details: details.join(' '),
  };
}

function runResult(stopped: boolean, someFailed: boolean): RunRecord['result'] {
  if (stopped) {
    return 'failed';
  }
  return someFailed ? 'partial' : 'completed';
}

/** Appends the run's row and keeps both logs protected; a failure here is logged, never hides the run's own error. */
function writeRunLog(spreadsheet: Spreadsheet, port: SpreadsheetPort, record: RunRecord, lang: Lang): void {
  try {
    appendRunRecord(port, record, lang);
    protectLogSheet(spreadsheet, RUN_LOG_ID, translate(lang, 'reminders.runLog.protection'));
    protectLogSheet(spreadsheet, REMINDER_LOG_ID, translate(lang, 'reminders.log.protection'));
  } catch (error) {
    console.error(`ITAM daily job: writing the Run Log failed. ${error instanceof Error ? error.message : String(error)}`);
    if (record.result !== 'failed') {
      throw error;
    }
  }
}
