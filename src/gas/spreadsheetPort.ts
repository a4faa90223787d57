import type { CellValue, OutputSheet, OutputValue, RegisterSheetLayout, SheetInfo, WorkbookPort } from '../core/workbook/port';
import { writeOutputSheet } from './outputSheetWriter';
import { createRegisterSheet, extendRegisterSheet } from './registerSheetWriter';
import { fromSheetValue, toSheetRows } from './sheetCellValues';
import { markersBySheetId } from './sheetMarker';
import { ZoneCalendar } from './zoneCalendar';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * The workbook port over SpreadsheetApp. Every method makes a fixed number of service calls whatever
 * the row count: one getValues per read and one setValues per block written. Dates are calendar dates
 * in the spreadsheet's time zone, never the script's.
 */
export class SpreadsheetPort implements WorkbookPort {
  private calendarCache: ZoneCalendar | null = null;

  constructor(private readonly spreadsheet: Spreadsheet) {}

  timeZone(): string {
    return this.calendar().timeZone;
  }

  locale(): string {
    return this.spreadsheet.getSpreadsheetLocale();
  }

  listSheets(): SheetInfo[] {
    const markers = markersBySheetId(this.spreadsheet);
    return this.spreadsheet.getSheets().map((sheet) => ({ name: sheet.getName(), marker: markers.get(sheet.getSheetId()) ?? null }));
  }

  /** Reads the data range with one getValues; a sheet with no content reads as []. */
  readValues(sheetName: string): CellValue[][] {
    const values = this.sheetNamed(sheetName).getDataRange().getValues();
    if (values.length === 1 && values[0].length === 1 && values[0][0] === '') {
      return [];
    }
    const calendar = this.calendar();
    return values.map((row) => row.map((value) => fromSheetValue(value, calendar)));
  }

  ensureRegisterSheet(layout: RegisterSheetLayout, existingName: string | null): string {
    if (existingName === null) {
      return createRegisterSheet(this.spreadsheet, layout, this.calendar());
    }
    return extendRegisterSheet(this.spreadsheet, layout, existingName);
  }

  writeOutputSheet(sheet: OutputSheet): void {
    writeOutputSheet(this.spreadsheet, sheet, this.calendar());
  }

  /**
   * Writes the rows below the sheet's last row with content, in one setValues.
   * NOTE: this relies on setValues growing a full sheet, which Apps Script does not document.
   */
  appendRows(sheetName: string, rows: readonly (readonly OutputValue[])[]): void {
    if (rows.length === 0) {
      return;
    }
    const width = rows.reduce((widest, row) => Math.max(widest, row.length), 1);
    const sheet = this.sheetNamed(sheetName);
    const firstRow = sheet.getLastRow() + 1;
    const values = toSheetRows(rows, width, this.calendar(), sheetName, firstRow, 1);
    sheet.getRange(firstRow, 1, rows.length, width).setValues(values);
  }

  /** Overwrites a rectangle in one setValues; every row must have the same length. */
  updateRange(sheetName: string, row: number, column: number, values: readonly (readonly OutputValue[])[]): void {
    if (values.length === 0) {
      return;
    }
    const width = values[0].length;
    if (width === 0 || values.some((line) => line.length !== width)) {
      throw new Error(`updateRange on sheet "${sheetName}" needs rows of equal, non-zero length.`);
    }
    const converted = toSheetRows(values, width, this.calendar(), sheetName, row, column);
    this.sheetNamed(sheetName).getRange(row, column, values.length, width).setValues(converted);
  }

  private sheetNamed(name: string): Sheet {
    const sheet = this.spreadsheet.getSheetByName(name);
    if (!sheet) {
      throw new Error(`The sheet "${name}" was not found. It may have been renamed or deleted during the run; run the command again.`);
    }
    return sheet;
  }

  /** Returns the calendar of the spreadsheet's zone, read once per port so that one run uses one zone. */
  private calendar(): ZoneCalendar {
    if (this.calendarCache === null) {
      this.calendarCache = new ZoneCalendar(this.spreadsheet.getSpreadsheetTimeZone());
    }
    return this.calendarCache;
  }
}
