/**
 * Apps Script entry points. Every function exported here becomes a top-level function in dist/Code.js
 * (the build generates the declarations from this module's exports), so menu items, triggers and
 * google.script.run can call it. Logic lives in the imported modules.
 */
import { buildMenu } from './menu';
import { runRecalculation, runSetup, runValidation } from './menuActions';
import { uiLang } from './gasContext';
import { runAutomationStatus, runInstallAutomation, runPreviewReminders, runUninstallAutomation } from './automationMenu';
import { runDailyJob } from './dailyJob';
import { recordEdit } from './onEditHistory';

/** Simple trigger: builds the menu only, because simple triggers cannot use authorized services. */
export function onOpen(e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const authorized = !e || e.authMode !== ScriptApp.AuthMode.NONE;
  buildMenu(SpreadsheetApp.getUi(), uiLang(authorized ? SpreadsheetApp.getActiveSpreadsheet() : null));
}

export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}

export function itamSetup(): void {
  runSetup();
}

export function itamRecalculate(): void {
  runRecalculation();
}

export function itamValidate(): void {
  runValidation();
}

/** Installable on-edit trigger: records direct edits of the registers in the Change History tab. */
export function itamOnEdit(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  recordEdit(e);
}

/** Daily time-driven trigger: recalculates, sends the reminders due today and writes the Run Log. */
export function itamDailyJob(e?: GoogleAppsScript.Events.TimeDriven): void {
  runDailyJob(e ?? {});
}

export function itamInstallAutomation(): void {
  runInstallAutomation();
}

export function itamAutomationStatus(): void {
  runAutomationStatus();
}

export function itamPreviewReminders(): void {
  runPreviewReminders();
}

export function itamUninstallAutomation(): void {
  runUninstallAutomation();
}
