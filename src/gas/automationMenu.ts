import { translate } from '../core/i18n';
import { contextOf } from '../core/recalc/recalculate';
import { loadWorkbook } from '../core/registers/loadWorkbook';
import type { Lang } from '../core/registers/schema';
import { readReminderLedger } from '../core/reminders/reminderLedger';
import { previewReminders } from '../core/reminders/reminderPreview';
import { automationStatus, installAutomation, installMessage, uninstallAutomation } from './automation';
import { LOCK_WAIT_MS, busyMessage, notify, openSpreadsheet, todayIn, uiLang } from './gasContext';
import { spreadsheetRowLink } from './reminderMail';
import { reminderPreviewHtml } from './reminderPreviewDialog';
import { SpreadsheetPort } from './spreadsheetPort';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const PREVIEW_WIDTH = 760;
const PREVIEW_HEIGHT = 560;

/** Runs an Automation menu action and shows its message; a failure is shown as a sentence and rethrown. */
function runAutomationAction(action: (spreadsheet: Spreadsheet, lang: Lang) => string | null): void {
  const spreadsheet = openSpreadsheet();
  const lang = uiLang(spreadsheet);
  try {
    const message = action(spreadsheet, lang);
    if (message !== null) {
      notify(message);
    }
  } catch (error) {
    console.error(error);
    notify(translate(lang, 'error.unexpected', { reason: error instanceof Error ? error.message : String(error) }));
    throw error;
  }
}

/**
 * Runs a trigger change under the user lock: triggers belong to the user, and two clicks running at once
 * would otherwise both see no trigger and create two.
 */
function withUserLock(lang: Lang, action: () => string): string {
  const lock = LockService.getUserLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) {
    return busyMessage(lang);
  }
  try {
    return action();
  } finally {
    lock.releaseLock();
  }
}

export function runInstallAutomation(): void {
  runAutomationAction((spreadsheet, lang) =>
    withUserLock(lang, () => {
      const loaded = loadWorkbook(new SpreadsheetPort(spreadsheet));
      const result = installAutomation(spreadsheet, loaded.settings.dailyJobHour);
      return installMessage(result, loaded.lang, Session.getEffectiveUser().getEmail());
    }),
  );
}

export function runUninstallAutomation(): void {
  runAutomationAction((spreadsheet, lang) => withUserLock(lang, () => translate(lang, 'reminders.automation.uninstalled', { count: uninstallAutomation(spreadsheet) })));
}

export function runAutomationStatus(): void {
  runAutomationAction((spreadsheet) => automationStatus(spreadsheet));
}

/** Shows what today's run would send, in a dialog; nothing is sent and no sheet is written. */
export function runPreviewReminders(): void {
  runAutomationAction((spreadsheet) => {
    const port = new SpreadsheetPort(spreadsheet);
    const loaded = loadWorkbook(port);
    const context = contextOf(loaded, todayIn(spreadsheet));
    const quota = MailApp.getRemainingDailyQuota();
    const preview = previewReminders(context, readReminderLedger(port).keys, quota, spreadsheetRowLink(spreadsheet));

    const output = HtmlService.createHtmlOutput(reminderPreviewHtml(preview, quota, loaded.lang)).setWidth(PREVIEW_WIDTH).setHeight(PREVIEW_HEIGHT);
    SpreadsheetApp.getUi().showModalDialog(output, translate(loaded.lang, 'reminders.preview.title', { asOf: preview.asOf }));
    return null;
  });
}
