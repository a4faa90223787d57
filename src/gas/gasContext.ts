import type { Lang } from '../core/registers/schema';
import { resolveLang, translate } from '../core/i18n';
import type { IsoDate } from '../core/calendar/calendarDate';

/** User property prefix mapping a time-driven trigger's unique ID to the spreadsheet it serves. */
export const TRIGGER_SPREADSHEET_PREFIX = 'itam.trigger.';

/** How long a menu action or trigger waits for the document lock before giving up, in milliseconds. */
export const LOCK_WAIT_MS = 10000;

/**
 * Returns the spreadsheet to work on: the active one (bound script, menu, sidebar), else the one
 * recorded for the trigger when it was installed. An add-on's time-driven run may have no active
 * spreadsheet, and opening by ID then needs the full spreadsheets scope. A bound deployment with
 * spreadsheets.currentonly never reaches that branch, because its triggers always get their own spreadsheet.
 */
export function openSpreadsheet(triggerUid?: string): GoogleAppsScript.Spreadsheet.Spreadsheet {
  const active = SpreadsheetApp.getActiveSpreadsheet();
  if (active) {
    return active;
  }
  const id = triggerUid ? PropertiesService.getUserProperties().getProperty(TRIGGER_SPREADSHEET_PREFIX + triggerUid) : null;
  if (!id) {
    throw new Error('No active spreadsheet and no spreadsheet recorded for this trigger. Open the spreadsheet and reinstall the automation from the ITAM menu.');
  }
  return SpreadsheetApp.openById(id);
}

/** Returns today's calendar date in the spreadsheet's time zone, whatever the script's zone is. */
export function todayIn(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, now: Date = new Date()): IsoDate {
  return Utilities.formatDate(now, spreadsheet.getSpreadsheetTimeZone(), 'yyyy-MM-dd');
}

/** Chooses the UI language before the registers are read: the spreadsheet locale, else the user's. */
export function uiLang(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet | null): Lang {
  if (spreadsheet) {
    return resolveLang(null, spreadsheet.getSpreadsheetLocale());
  }
  return resolveLang(null, Session.getActiveUserLocale());
}

/**
 * Runs an action under the document lock, so two editors or a trigger and an editor never write at
 * once. Returns null when the lock is held elsewhere.
 */
export function withDocumentLock<T>(action: () => T): T | null {
  const lock = LockService.getDocumentLock();
  if (!lock || !lock.tryLock(LOCK_WAIT_MS)) {
    return null;
  }
  try {
    return action();
  } finally {
    lock.releaseLock();
  }
}

/** Shows a message box when a UI exists (menu actions); time-driven runs have none and only log. */
export function notify(message: string): void {
  try {
    SpreadsheetApp.getUi().alert(message);
  } catch (error) {
    console.log(message);
  }
}

export function busyMessage(lang: Lang): string {
  return translate(lang, 'error.busy');
}

/**
 * Returns the email of the user running the script for Change History, or '' when Apps Script withholds
 * it (outside the user's domain, or without the userinfo.email scope).
 */
export function activeUserEmail(): string {
  try {
    return Session.getActiveUser().getEmail() ?? '';
  } catch (error) {
    console.warn(`Could not read the active user's email: ${error instanceof Error ? error.message : String(error)}`);
    return '';
  }
}
