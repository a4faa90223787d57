import { dateFromSerial } from '../core/calendar/calendarDate';
import { calendarDateIn } from '../core/calendar/today';
import { CHANGE_HISTORY_ID, DEFAULT_HISTORY_CELL_LIMIT, entriesForEdit, historyHeaders, historyRows } from '../core/history/changeHistory';
import { historyTimestamp } from '../core/history/historyTimestamp';
import { translate } from '../core/i18n';
import { REGISTERS, registerById } from '../core/registers/definitions';
import { matchHeaders, normalizeHeader } from '../core/registers/headerMatching';
import type { Lang, RegisterDef, RegisterId } from '../core/registers/schema';
import type { CellValue } from '../core/workbook/port';
import { uiLang } from './gasContext';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Cache = GoogleAppsScript.Cache.Cache;

/** Developer metadata key whose value names the register or output stored on a tab. */
export const SHEET_MARKER_KEY = 'itam.sheet';

/** Cache lifetime of a tab's register lookup and of the Change History tab's id, in seconds. */
const LOOKUP_CACHE_SECONDS = 600;
const HISTORY_SHEET_CACHE_KEY = 'itam.history.sheetId';
const NOT_A_REGISTER = '-';

/** How long an edit waits for another run's append before appending row by row, in milliseconds. */
const APPEND_LOCK_WAIT_MS = 20000;

/**
 * Records an edit typed or pasted into a register tab in the Change History tab (installable on-edit
 * trigger). The service calls per edit do not grow with the register. The tab's register lookup and
 * the Change History tab's id are cached, only row 1 and the edited rows' key cells are read, and the
 * lines are appended with one setValues. Edits outside the registers, including edits to Change
 * History itself, are ignored.
 */
export function recordEdit(e: GoogleAppsScript.Events.SheetsOnEdit, now: Date = new Date()): void {
  const spreadsheet = e.source;
  const edited = e.range;
  const sheet = edited.getSheet();
  const sheetName = sheet.getName();
  const cache = CacheService.getDocumentCache();
  const lookupKey = registerCacheKey(sheet.getSheetId(), sheetName);
  const cached = cache ? cache.getAll([lookupKey, HISTORY_SHEET_CACHE_KEY]) : {};

  const registerId = registerOfSheet(sheet, sheetName, cached[lookupKey], cache, lookupKey);
  if (registerId === null) {
    return;
  }
  const register = registerById(registerId);

  const range = { row: edited.getRow(), column: edited.getColumn(), numRows: edited.getNumRows(), numColumns: edited.getNumColumns() };
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  // Above the limit the core logs one summary line, so neither the pasted values nor the keys are read.
  const summaryOnly = range.numRows * range.numColumns > DEFAULT_HISTORY_CELL_LIMIT;

  // Row 1 is read on every edit (one row, whatever the register's length) because inserting or moving
  // a column fires no on-edit event, so a cached header map could name the wrong field.
  const lastColumn = Math.max(sheet.getLastColumn(), range.column + range.numColumns - 1);
  const headerRow = sheet.getRange(1, 1, 1, lastColumn).getValues()[0].map((cell) => cellValueOf(cell, timeZone));
  const newValues = summaryOnly ? [] : edited.getValues().map((row) => row.map((cell) => cellValueOf(cell, timeZone)));
  const keyColumnValues = summaryOnly ? [] : keyCells(sheet, register, headerRow, range, newValues, timeZone);

  const entries = entriesForEdit({
    sheetName,
    registerId,
    range,
    headerRow,
    keyColumnValues,
    oldValue: oldValueOf(e.oldValue, newValues),
    newValues,
    userEmail: editorEmail(e),
    timestamp: historyTimestamp(now, timeZone),
  });
  if (entries.length === 0) {
    return;
  }

  const lang = uiLang(spreadsheet);
  appendHistoryRows(spreadsheet, cache, cached[HISTORY_SHEET_CACHE_KEY], historyRows(entries, lang), lang);
}

function registerCacheKey(sheetId: number, sheetName: string): string {
  return `itam.history.register.${sheetId}.${sheetName}`;
}

/**
 * Returns the register stored on the tab: its marker first, else its English or Korean name for a tab
 * without a marker. Change History and computed sheets are not registers.
 */
function registerOfSheet(sheet: Sheet, sheetName: string, cached: string | undefined, cache: Cache | null, lookupKey: string): RegisterId | null {
  if (cached !== undefined) {
    return cached === NOT_A_REGISTER ? null : (cached as RegisterId);
  }

  const marker = markerOf(sheet);
  let found: RegisterDef | undefined;
  if (marker !== null) {
    found = REGISTERS.find((register) => register.id === marker);
  } else {
    const name = normalizeHeader(sheetName);
    found = REGISTERS.find((register) => normalizeHeader(register.tab.en) === name || normalizeHeader(register.tab.ko) === name);
  }

  cache?.put(lookupKey, found ? found.id : NOT_A_REGISTER, LOOKUP_CACHE_SECONDS);
  return found ? found.id : null;
}

function markerOf(sheet: Sheet): string | null {
  for (const metadata of sheet.getDeveloperMetadata()) {
    if (metadata.getKey() === SHEET_MARKER_KEY) {
      return metadata.getValue();
    }
  }
  return null;
}

/** Reads the key cells of the edited rows with one read, or takes them from the edit when it covers the key column. */
function keyCells(
  sheet: Sheet,
  register: RegisterDef,
  headerRow: readonly CellValue[],
  range: { row: number; column: number; numRows: number; numColumns: number },
  newValues: readonly (readonly CellValue[])[],
  timeZone: string,
): CellValue[] {
  const keyColumn = register.keyField === null ? undefined : matchHeaders(register, headerRow).columns[register.keyField];
  if (keyColumn === undefined) {
    return [];
  }
  if (keyColumn >= range.column && keyColumn < range.column + range.numColumns) {
    return newValues.map((row) => row[keyColumn - range.column]);
  }
  return sheet
    .getRange(range.row, keyColumn, range.numRows, 1)
    .getValues()
    .map((row) => cellValueOf(row[0], timeZone));
}

/**
 * Converts a value from getValues to a core cell. Dates become the calendar date shown in the
 * spreadsheet's time zone, computed without a service call.
 */
function cellValueOf(value: unknown, timeZone: string): CellValue {
  if (value instanceof Date || Object.prototype.toString.call(value) === '[object Date]') {
    return { date: calendarDateIn(value as Date, timeZone) };
  }
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') {
    return value;
  }
  return value === null || value === undefined ? '' : String(value);
}

/**
 * Returns the old value of a single-cell edit. When the new value is a date and the event reports a
 * number, the number is read as a Sheets serial day so the history shows a date.
 * NOTE: Apps Script does not document the form of e.oldValue for a date cell, so this assumes a serial number.
 */
function oldValueOf(oldValue: string | undefined, newValues: readonly (readonly CellValue[])[]): CellValue | undefined {
  if (oldValue === undefined || newValues.length !== 1 || newValues[0].length !== 1) {
    return oldValue;
  }
  const newValue = newValues[0][0];
  if (typeof newValue === 'object' && /^\d+(\.\d+)?$/.test(oldValue.trim())) {
    return { date: dateFromSerial(Number(oldValue)) };
  }
  return oldValue;
}

/** Returns the editor's email when the event carries it, else ''. Apps Script withholds it under some account settings. */
function editorEmail(e: GoogleAppsScript.Events.SheetsOnEdit): string {
  const user = e.user as GoogleAppsScript.Base.User | undefined;
  return user ? user.getEmail() : '';
}

/**
 * Appends the lines to Change History with one write under the document lock, so that two edits never
 * take the same row. When the lock stays busy, appendRow adds the lines one by one, because Sheets
 * appends each of them atomically.
 */
function appendHistoryRows(spreadsheet: Spreadsheet, cache: Cache | null, cachedSheetId: string | undefined, rows: string[][], lang: Lang): void {
  const history = historySheet(spreadsheet, cache, cachedSheetId, lang);
  const textRows = rows.map((row) => row.map(asText));

  const lock = LockService.getDocumentLock();
  if (!lock || !lock.tryLock(APPEND_LOCK_WAIT_MS)) {
    for (const row of textRows) {
      history.appendRow(row);
    }
    return;
  }
  try {
    const lastRow = history.getLastRow();
    const missingRows = lastRow + textRows.length - history.getMaxRows();
    if (missingRows > 0) {
      history.insertRowsAfter(history.getMaxRows(), missingRows);
    }
    history.getRange(lastRow + 1, 1, textRows.length, textRows[0].length).setValues(textRows);
  } finally {
    lock.releaseLock();
  }
}

/** Prefixes an apostrophe so Sheets stores the text as typed: never a formula, number or date. */
function asText(value: string): string {
  return value === '' ? '' : `'${value}`;
}

/** Finds the Change History tab by cached id, then by marker, then by name, and creates it when missing. */
function historySheet(spreadsheet: Spreadsheet, cache: Cache | null, cachedSheetId: string | undefined, lang: Lang): Sheet {
  if (cachedSheetId !== undefined) {
    const cachedSheet = spreadsheet.getSheetById(Number(cachedSheetId));
    if (cachedSheet) {
      return cachedSheet;
    }
  }

  const sheet = markedHistorySheet(spreadsheet) ?? namedHistorySheet(spreadsheet) ?? createHistorySheet(spreadsheet, lang);
  cache?.put(HISTORY_SHEET_CACHE_KEY, String(sheet.getSheetId()), LOOKUP_CACHE_SECONDS);
  return sheet;
}

function markedHistorySheet(spreadsheet: Spreadsheet): Sheet | null {
  const found = spreadsheet.createDeveloperMetadataFinder().withKey(SHEET_MARKER_KEY).withValue(CHANGE_HISTORY_ID).find();
  for (const metadata of found) {
    const sheet = metadata.getLocation().getSheet();
    if (sheet) {
      return sheet;
    }
  }
  return null;
}

function namedHistorySheet(spreadsheet: Spreadsheet): Sheet | null {
  return spreadsheet.getSheetByName(translate('ko', 'history.sheetName')) ?? spreadsheet.getSheetByName(translate('en', 'history.sheetName'));
}

/** Creates the Change History tab with its header row, marker and a warning-only protection. */
function createHistorySheet(spreadsheet: Spreadsheet, lang: Lang): Sheet {
  const sheet = spreadsheet.insertSheet(translate(lang, 'history.sheetName'));
  const headers = historyHeaders(lang);
  sheet.getRange(1, 1, 1, headers.length).setValues([headers]);
  sheet.setFrozenRows(1);
  sheet.addDeveloperMetadata(SHEET_MARKER_KEY, CHANGE_HISTORY_ID);
  sheet.protect().setDescription(translate(lang, 'history.protection')).setWarningOnly(true);
  return sheet;
}
