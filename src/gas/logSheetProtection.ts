import { findMarkedSheet } from './sheetMarker';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * Protects a log tab with a warning, so Sheets requests a confirmation before an edit. Deleting Reminder
 * Log rows would make the daily job send those reminders again, and Change History is append-only.
 * An existing sheet protection is updated.
 */
export function protectLogSheet(spreadsheet: Spreadsheet, markerId: string, description: string): void {
  const sheet = findMarkedSheet(spreadsheet, markerId);
  if (!sheet) {
    return;
  }
  const protection = sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET)[0] ?? sheet.protect();
  protection.setDescription(description).setWarningOnly(true);
}
