type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Developer metadata key on every tab the tool creates; the value is the register or output id.
 * Metadata stays on the sheet when a user renames the tab, so the tab is still found.
 */
export const SHEET_MARKER_KEY = 'itam.sheet';

/** Returns the marker of every marked sheet by sheet id, from one metadata search. */
export function markersBySheetId(spreadsheet: Spreadsheet): Map<number, string> {
  const found = spreadsheet
    .createDeveloperMetadataFinder()
    .withKey(SHEET_MARKER_KEY)
    .withLocationType(SpreadsheetApp.DeveloperMetadataLocationType.SHEET)
    .find();
  const markers = new Map<number, string>();
  for (const metadata of found) {
    const sheet = metadata.getLocation().getSheet();
    const value = metadata.getValue();
    if (sheet && value !== null) {
      const sheetId = sheet.getSheetId();
      if (!markers.has(sheetId)) {
        markers.set(sheetId, value);
      }
    }
  }
  return markers;
}

/** Returns the first sheet with the marker `id`, or null. */
export function findMarkedSheet(spreadsheet: Spreadsheet, id: string): Sheet | null {
  const found = spreadsheet
    .createDeveloperMetadataFinder()
    .withKey(SHEET_MARKER_KEY)
    .withValue(id)
    .withLocationType(SpreadsheetApp.DeveloperMetadataLocationType.SHEET)
    .find();
  for (const metadata of found) {
    const sheet = metadata.getLocation().getSheet();
    if (sheet) {
      return sheet;
    }
  }
  return null;
}

/** Returns the marker on a sheet, or null when the tool did not create or adopt it. */
export function markerOf(sheet: Sheet): string | null {
  const metadata = sheet.getDeveloperMetadata().find((item) => item.getKey() === SHEET_MARKER_KEY);
  return metadata ? metadata.getValue() : null;
}

/**
 * Marks a sheet found by name. A sheet already marked for something else raises an error instead,
 * because overwriting it would destroy that register or output.
 */
export function adoptSheet(sheet: Sheet, id: string): void {
  const existing = markerOf(sheet);
  if (existing === id) {
    return;
  }
  if (existing !== null) {
    throw new Error(
      `The sheet "${sheet.getName()}" belongs to "${existing}", so it cannot hold "${id}". Rename that sheet and run the command again.`,
    );
  }
  sheet.addDeveloperMetadata(SHEET_MARKER_KEY, id);
}

/** Inserts a marked sheet at the end of the tab list without changing the sheet the user is on. */
export function insertMarkedSheet(spreadsheet: Spreadsheet, name: string, id: string): Sheet {
  const active = spreadsheet.getActiveSheet();
  const sheet = spreadsheet.insertSheet(name, spreadsheet.getNumSheets());
  sheet.addDeveloperMetadata(SHEET_MARKER_KEY, id);
  if (active) {
    spreadsheet.setActiveSheet(active);
  }
  return sheet;
}
