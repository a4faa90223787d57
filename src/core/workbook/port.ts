import type { IsoDate } from '../calendar/calendarDate';

/**
 * A date cell, already converted by the adapter to the calendar date shown in the spreadsheet's time
 * zone. Apps Script hands out Date objects and exceljs hands out UTC dates: both become this.
 */
export interface DateCell {
  readonly date: IsoDate;
}

/**
 * One cell as read from a sheet, in the shape of Apps Script's `getValues()`: '' for an empty cell,
 * and a formula's error result (#REF!, #N/A) as its error text.
 */
export type CellValue = string | number | boolean | DateCell;

/** A formula that the adapter writes as a live formula; plain strings are always written as text. */
export interface FormulaCell {
  readonly formula: string;
}

export type OutputValue = string | number | boolean | DateCell | FormulaCell | null;

export type ColumnFormat = 'text' | 'integer' | 'number' | 'money' | 'percent' | 'date' | 'datetime';

export interface OutputColumn {
  readonly header: string;
  readonly format: ColumnFormat;
  readonly width?: number;
}

export type ConditionalRule =
  | { readonly kind: 'textEquals'; readonly column: number; readonly text: string; readonly background: string }
  | { readonly kind: 'numberBelow'; readonly column: number; readonly threshold: number; readonly background: string };

export interface ChartSpec {
  readonly kind: 'column' | 'bar' | 'pie';
  readonly title: string;
  /** Zero-based column of the category labels in the block. */
  readonly labelColumn: number;
  /** Zero-based columns of the plotted series. */
  readonly valueColumns: readonly number[];
  /** Index into OutputSheet.blocks; defaults to the first block. */
  readonly block?: number;
}

/** A rectangular table inside an output sheet: a title line, a header row and data rows. */
export interface OutputBlock {
  readonly title?: string;
  readonly columns: readonly OutputColumn[];
  readonly rows: readonly (readonly OutputValue[])[];
  readonly conditional?: readonly ConditionalRule[];
}

/**
 * A computed sheet that the tool owns and rebuilds in full. Blocks are stacked top to bottom with one
 * blank row between them; the adapter writes them as one values array.
 */
export interface OutputSheet {
  /** Stable identifier, stored as the sheet's marker so a renamed tab is still found. */
  readonly id: string;
  readonly name: string;
  /** Lines above the first block, such as the as-of date and how the figures were computed. */
  readonly preamble?: readonly string[];
  readonly blocks: readonly OutputBlock[];
  readonly charts?: readonly ChartSpec[];
  /** Protection description shown by Sheets when someone edits; always a warning-only protection. */
  readonly protectionWarning: string;
  /** Place the sheet first in the tab order. */
  readonly first?: boolean;
}

export interface ValidationList {
  readonly column: number; // zero-based
  readonly values: readonly string[];
}

/** What setup needs to create or extend a register tab. */
export interface RegisterSheetLayout {
  readonly registerId: string;
  readonly name: string;
  readonly headers: readonly string[];
  readonly notes: readonly string[];
  readonly formats: readonly ColumnFormat[];
  readonly validations: readonly ValidationList[];
  /** Rows written below the header only when the sheet is created (default settings, categories). */
  readonly initialRows?: readonly (readonly OutputValue[])[];
}

export interface SheetInfo {
  readonly name: string;
  /** The register or output id stored on the sheet, or null for a sheet the tool did not create. */
  readonly marker: string | null;
}

/**
 * The workbook operations the core needs, implemented over SpreadsheetApp (src/gas) and exceljs
 * (src/node). Each method is one batch operation: implementations must not read or write cell by cell.
 */
export interface WorkbookPort {
  /** IANA time zone of the spreadsheet (for example Asia/Seoul). */
  timeZone(): string;
  /** Spreadsheet locale such as ko_KR or en_US. */
  locale(): string;
  listSheets(): SheetInfo[];
  /** Every value of the sheet's data range, header row included; [] for an empty sheet. */
  readValues(sheetName: string): CellValue[][];
  /**
   * With existingName null: creates the register tab from the layout and returns its name. With an
   * existing tab: appends every column of the layout (header, note, format, dropdown) to the right of
   * its last used column, touching no other cell; the core passes only the missing columns there, so
   * the port never decides which headers match. Validation and format indexes are relative to the
   * layout's own columns. Both cases store the register marker on the tab.
   */
  ensureRegisterSheet(layout: RegisterSheetLayout, existingName: string | null): string;
  /** Replaces a computed sheet's content, found by its id marker or created. */
  writeOutputSheet(sheet: OutputSheet): void;
  /** Appends rows below the last row of a sheet in one write. */
  appendRows(sheetName: string, rows: readonly (readonly OutputValue[])[]): void;
  /** Overwrites one rectangular range starting at a 1-based row and column. */
  updateRange(sheetName: string, row: number, column: number, values: readonly (readonly OutputValue[])[]): void;
}
