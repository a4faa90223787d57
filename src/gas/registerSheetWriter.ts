import { normalizeHeader } from '../core/registers/headerMatching';
import type { ColumnFormat, RegisterSheetLayout } from '../core/workbook/port';
import { NUMBER_FORMATS } from './numberFormats';
import { HEADER_BACKGROUND } from './outputSheetWriter';
import { asText, toSheetRows } from './sheetCellValues';
import { adoptSheet, insertMarkedSheet } from './sheetMarker';
import type { ZoneCalendar } from './zoneCalendar';
import { selectLayoutColumns } from '../core/setup/layoutColumns';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Creates a register tab: the header row and any initial rows in one setValues, then header notes,
 * a bold frozen header row, column number formats and enum dropdowns.
 */
export function createRegisterSheet(spreadsheet: Spreadsheet, layout: RegisterSheetLayout, calendar: ZoneCalendar): string {
  const width = layout.headers.length;
  const rows = [layout.headers.map(asText), ...toSheetRows(layout.initialRows ?? [], width, calendar, layout.name, 2, 1)];
  if (spreadsheet.getSheetByName(layout.name)) {
    throw new Error(`Cannot create the register tab "${layout.name}": a sheet with this name already exists. Rename that sheet and run setup again.`);
  }

  const sheet = insertMarkedSheet(spreadsheet, layout.name, layout.registerId);
  sheet.getRange(1, 1, rows.length, width).setValues(rows);
  decorateColumns(sheet, layout, 1);
  sheet.setFrozenRows(1);
  return layout.name;
}

/**
 * Appends the layout's headers that the tab lacks to the right of its last used column, in one
 * setValues, and formats only those new columns. Existing cells are never written.
 */
export function extendRegisterSheet(spreadsheet: Spreadsheet, layout: RegisterSheetLayout, sheetName: string): string {
  const sheet = spreadsheet.getSheetByName(sheetName);
  if (!sheet) {
    throw new Error(`The register tab "${sheetName}" was not found. It may have been renamed or deleted during the run; run setup again.`);
  }
  const lastColumn = sheet.getLastColumn();
  const present = new Set(
    lastColumn === 0 ? [] : sheet.getRange(1, 1, 1, lastColumn).getValues()[0].map((header) => normalizeHeader(String(header))),
  );
  const missing = missingPart(layout, present);

  if (missing.headers.length > 0) {
    sheet.getRange(1, lastColumn + 1, 1, missing.headers.length).setValues([missing.headers.map(asText)]);
    decorateColumns(sheet, missing, lastColumn + 1);
  }
  adoptSheet(sheet, layout.registerId);
  return sheet.getName();
}

/** Narrows the layout to the headers not in `present`, so a repeated call appends nothing twice. */
function missingPart(layout: RegisterSheetLayout, present: ReadonlySet<string>): RegisterSheetLayout {
  return selectLayoutColumns(
    layout,
    layout.headers.map((header) => !present.has(normalizeHeader(header))),
  );
}

/**
 * Formats the layout's columns starting at `firstColumn`: header notes and style, a number format per
 * run of equal formats over every data row, and a dropdown per enum column. Dropdowns only warn on
 * other input (setAllowInvalid(true)) because the parser also accepts the other language's label and
 * the key. Rejecting input would block values that the register reads correctly.
 */
function decorateColumns(sheet: Sheet, layout: RegisterSheetLayout, firstColumn: number): void {
  const width = layout.headers.length;
  sheet
    .getRange(1, firstColumn, 1, width)
    .setNotes([layout.notes.slice()])
    .setFontWeight('bold')
    .setBackground(HEADER_BACKGROUND);

  const dataRows = Math.max(1, sheet.getMaxRows() - 1);
  for (const run of formatRuns(layout.formats)) {
    sheet.getRange(2, firstColumn + run.start, dataRows, run.length).setNumberFormat(NUMBER_FORMATS[run.format]);
  }

  for (const validation of layout.validations) {
    const rule = SpreadsheetApp.newDataValidation().requireValueInList(validation.values.slice(), true).setAllowInvalid(true).build();
    sheet.getRange(2, firstColumn + validation.column, dataRows, 1).setDataValidation(rule);
  }
}

/** Groups adjacent columns with the same format so each group takes one call. */
function formatRuns(formats: readonly ColumnFormat[]): { start: number; length: number; format: ColumnFormat }[] {
  const runs: { start: number; length: number; format: ColumnFormat }[] = [];
  formats.forEach((format, index) => {
    const last = runs[runs.length - 1];
    if (last && last.format === format && last.start + last.length === index) {
      last.length += 1;
    } else {
      runs.push({ start: index, length: 1, format });
    }
  });
  return runs;
}
