import { parseA1 } from './a1Notation';
import { countCalls } from './callCounter';
import { FakeEmbeddedChart, FakeEmbeddedChartBuilder } from './charts';
import { FakeConditionalFormatRule } from './conditionalFormat';
import { DeveloperMetadataVisibility, FakeDeveloperMetadata, validKey } from './developerMetadata';
import type { FakeEnvironment } from './fakeEnvironment';
import { FakeProtection, ProtectionType } from './protection';
import { FakeRange, validateBounds } from './range';
import type { ProtectionState, SheetState } from './sheetState';
import { FakeSpreadsheet } from './spreadsheet';

/** Sheets' default column width in pixels. */
const DEFAULT_COLUMN_WIDTH = 100;
/** Sheets rejects longer tab names. */
const MAX_SHEET_NAME_LENGTH = 100;

export function validSheetName(name: unknown): string {
  if (typeof name !== 'string' || name.trim() === '') {
    throw new Error('A sheet name must be a non-empty string.');
  }
  if (name.length > MAX_SHEET_NAME_LENGTH) {
    throw new Error(`The sheet name "${name}" is longer than ${MAX_SHEET_NAME_LENGTH} characters.`);
  }
  return name;
}

function assertInteger(value: number, what: string, minimum: number): void {
  if (!Number.isInteger(value) || value < minimum) {
    throw new Error(`Invalid ${what} ${value}: expected an integer of at least ${minimum}.`);
  }
}

/** Rejects row positions outside the sheet with the Apps Script message. */
function assertRows(state: SheetState, first: number, count: number): void {
  if (first < 1 || first + count - 1 > state.maxRows) {
    throw new Error('Those rows are out of bounds.');
  }
}

function assertColumns(state: SheetState, first: number, count: number): void {
  if (first < 1 || first + count - 1 > state.maxColumns) {
    throw new Error('Those columns are out of bounds.');
  }
}

export class FakeSheet {
  constructor(
    readonly env: FakeEnvironment,
    readonly state: SheetState,
  ) {}

  getName(): string {
    return this.state.name;
  }

  setName(name: string): this {
    validSheetName(name);
    const other = this.state.spreadsheet.findSheet(name);
    if (other && other !== this.state) {
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    this.state.name = name;
    return this;
  }

  getSheetId(): number {
    return this.state.id;
  }

  /** 1-based position of the tab. */
  getIndex(): number {
    return this.state.spreadsheet.sheets.indexOf(this.state) + 1;
  }

  getParent(): FakeSpreadsheet {
    return new FakeSpreadsheet(this.env, this.state.spreadsheet);
  }

  getLastRow(): number {
    return this.state.lastRow();
  }

  getLastColumn(): number {
    return this.state.lastColumn();
  }

  getMaxRows(): number {
    return this.state.maxRows;
  }

  getMaxColumns(): number {
    return this.state.maxColumns;
  }

  /** From A1 to the last row and column with content; A1 alone for an empty sheet. */
  getDataRange(): FakeRange {
    return new FakeRange(this.env, {
      sheet: this.state,
      row: 1,
      column: 1,
      numRows: Math.max(1, this.state.lastRow()),
      numColumns: Math.max(1, this.state.lastColumn()),
    });
  }

  /**
   * getRange(a1Notation) or getRange(row, column, numRows?, numColumns?). A range may extend past
   * the grid: reading it throws, writing it grows the sheet (see GasFakesOptions.outOfGridWrites).
   */
  getRange(rowOrA1: number | string, column?: number, numRows = 1, numColumns = 1): FakeRange {
    if (typeof rowOrA1 === 'string') {
      const bounds = parseA1(rowOrA1, this.state.maxRows, this.state.maxColumns);
      return new FakeRange(this.env, { sheet: this.state, ...bounds });
    }
    if (column === undefined) {
      throw new Error(`The parameters (number) don't match the method signature for SpreadsheetApp.Sheet.getRange.`);
    }
    validateBounds(rowOrA1, column, numRows, numColumns);
    return new FakeRange(this.env, { sheet: this.state, row: rowOrA1, column, numRows, numColumns });
  }

  /** Clears contents and formats; with {contentsOnly} or {formatOnly} only that part. */
  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean }): this {
    const contents = !options?.formatOnly;
    const formats = !options?.contentsOnly;
    for (const cell of this.state.cells.values()) {
      if (contents) {
        cell.value = '';
        cell.formula = '';
      }
      if (formats) {
        cell.numberFormat = null;
        cell.fontWeight = null;
        cell.background = null;
        cell.wrap = null;
      }
    }
    return this;
  }

  clearContents(): this {
    for (const cell of this.state.cells.values()) {
      cell.value = '';
      cell.formula = '';
    }
    return this;
  }

  clearFormats(): this {
    for (const cell of this.state.cells.values()) {
      cell.numberFormat = null;
      cell.fontWeight = null;
      cell.background = null;
      cell.wrap = null;
    }
    return this;
  }

  clearNotes(): this {
    for (const cell of this.state.cells.values()) {
      cell.note = '';
    }
    return this;
  }

  setFrozenRows(rows: number): void {
    assertInteger(rows, 'number of frozen rows', 0);
    if (rows >= this.state.maxRows) {
      throw new Error(`Cannot freeze ${rows} rows: the sheet has only ${this.state.maxRows} rows.`);
    }
    this.state.frozenRows = rows;
  }

  getFrozenRows(): number {
    return this.state.frozenRows;
  }

  setFrozenColumns(columns: number): void {
    assertInteger(columns, 'number of frozen columns', 0);
    this.state.frozenColumns = columns;
  }

  getFrozenColumns(): number {
    return this.state.frozenColumns;
  }

  /** addDeveloperMetadata(key), (key, value), (key, visibility) or (key, value, visibility). */
  addDeveloperMetadata(key: string, valueOrVisibility?: string, visibility?: string): this {
    validKey(key);
    const visibilities: string[] = Object.values(DeveloperMetadataVisibility);
    let value: string | null = null;
    let chosenVisibility: string = DeveloperMetadataVisibility.DOCUMENT;
    if (visibility !== undefined) {
      value = valueOrVisibility ?? null;
      chosenVisibility = visibility;
    } else if (valueOrVisibility !== undefined && visibilities.includes(valueOrVisibility)) {
      chosenVisibility = valueOrVisibility;
    } else if (valueOrVisibility !== undefined) {
      value = valueOrVisibility;
    }
    this.state.metadata.push({
      id: this.env.nextSequence(),
      key,
      value,
      visibility: chosenVisibility,
      sheet: this.state,
      spreadsheet: this.state.spreadsheet,
    });
    return this;
  }

  getDeveloperMetadata(): FakeDeveloperMetadata[] {
    return this.state.metadata.map((metadata) => new FakeDeveloperMetadata(this.env, metadata));
  }

  /** Returns the sheet's protection, creating it when the sheet has none. */
  protect(): FakeProtection {
    let state = this.state.protections.find((protection) => protection.type === 'SHEET');
    if (!state) {
      const created: ProtectionState = {
        type: 'SHEET',
        sheet: this.state,
        range: null,
        description: '',
        warningOnly: false,
        editors: [],
        removed: false,
      };
      this.state.protections.push(created);
      state = created;
    }
    return new FakeProtection(this.env, state);
  }

  getProtections(type: string): FakeProtection[] {
    if (type !== ProtectionType.SHEET && type !== ProtectionType.RANGE) {
      throw new Error(`Unknown protection type ${String(type)}: use SpreadsheetApp.ProtectionType.`);
    }
    return this.state.protections
      .filter((protection) => protection.type === type)
      .map((protection) => new FakeProtection(this.env, protection));
  }

  newChart(): FakeEmbeddedChartBuilder {
    return new FakeEmbeddedChartBuilder(this.env, this.state);
  }

  insertChart(chart: FakeEmbeddedChart): void {
    if (chart.state.sheet !== this.state) {
      throw new Error('The chart was built for another sheet; build it with this sheet\'s newChart().');
    }
    if (this.state.charts.some((existing) => existing.id === chart.state.id)) {
      throw new Error(`Chart ${chart.state.id} is already on this sheet; use updateChart.`);
    }
    this.state.charts.push(chart.state);
  }

  getCharts(): FakeEmbeddedChart[] {
    return this.state.charts.map((chart) => new FakeEmbeddedChart(this.env, chart));
  }

  updateChart(chart: FakeEmbeddedChart): void {
    const index = this.state.charts.findIndex((existing) => existing.id === chart.state.id);
    if (index < 0) {
      throw new Error(`Chart ${chart.state.id} is not on the sheet "${this.state.name}".`);
    }
    this.state.charts[index] = chart.state;
  }

  removeChart(chart: FakeEmbeddedChart): void {
    const index = this.state.charts.findIndex((existing) => existing.id === chart.state.id);
    if (index < 0) {
      throw new Error(`Chart ${chart.state.id} is not on the sheet "${this.state.name}".`);
    }
    this.state.charts.splice(index, 1);
  }

  /** Replaces all conditional format rules of the sheet. */
  setConditionalFormatRules(rules: readonly FakeConditionalFormatRule[]): void {
    this.state.conditionalRules = rules.map((rule) => rule.state);
  }

  getConditionalFormatRules(): FakeConditionalFormatRule[] {
    return this.state.conditionalRules.map((rule) => new FakeConditionalFormatRule(this.env, rule));
  }

  clearConditionalFormatRules(): void {
    this.state.conditionalRules = [];
  }

  setColumnWidth(columnPosition: number, width: number): this {
    assertColumns(this.state, columnPosition, 1);
    this.state.columnWidths.set(columnPosition, width);
    this.state.autoResizedColumns.delete(columnPosition);
    return this;
  }

  setColumnWidths(startColumn: number, numColumns: number, width: number): this {
    assertColumns(this.state, startColumn, numColumns);
    for (let column = startColumn; column < startColumn + numColumns; column += 1) {
      this.state.columnWidths.set(column, width);
      this.state.autoResizedColumns.delete(column);
    }
    return this;
  }

  getColumnWidth(columnPosition: number): number {
    assertColumns(this.state, columnPosition, 1);
    return this.state.columnWidths.get(columnPosition) ?? DEFAULT_COLUMN_WIDTH;
  }

  /** Records the columns as fitted to their content; the fake keeps their stored width. */
  autoResizeColumns(startColumn: number, numColumns: number): this {
    assertColumns(this.state, startColumn, numColumns);
    for (let column = startColumn; column < startColumn + numColumns; column += 1) {
      this.state.autoResizedColumns.add(column);
    }
    return this;
  }

  autoResizeColumn(columnPosition: number): this {
    assertColumns(this.state, columnPosition, 1);
    this.state.autoResizedColumns.add(columnPosition);
    return this;
  }

  hideSheet(): this {
    const visible = this.state.spreadsheet.sheets.filter((sheet) => !sheet.hidden && sheet !== this.state);
    if (visible.length === 0) {
      throw new Error("You can't hide all the sheets in a document.");
    }
    this.state.hidden = true;
    return this;
  }

  showSheet(): this {
    this.state.hidden = false;
    return this;
  }

  isSheetHidden(): boolean {
    return this.state.hidden;
  }

  activate(): this {
    this.state.spreadsheet.activeSheet = this.state;
    return this;
  }

  /** Writes one row below the last row with content, growing the sheet when needed. */
  appendRow(rowContents: unknown[]): this {
    if (!Array.isArray(rowContents) || rowContents.length === 0) {
      throw new Error('appendRow needs a non-empty array of values.');
    }
    const range = new FakeRange(this.env, {
      sheet: this.state,
      row: this.state.lastRow() + 1,
      column: 1,
      numRows: 1,
      numColumns: rowContents.length,
    });
    this.env.uncounted(() => range.setValues([rowContents]));
    this.env.countCellsWritten(rowContents.length);
    return this;
  }

  insertRowsAfter(afterPosition: number, howMany: number): this {
    assertInteger(afterPosition, 'row position', 1);
    assertInteger(howMany, 'number of rows', 1);
    assertRows(this.state, afterPosition, 1);
    this.state.insertRows(afterPosition + 1, howMany);
    return this;
  }

  insertRowsBefore(beforePosition: number, howMany: number): this {
    assertInteger(beforePosition, 'row position', 1);
    assertInteger(howMany, 'number of rows', 1);
    assertRows(this.state, beforePosition, 1);
    this.state.insertRows(beforePosition, howMany);
    return this;
  }

  insertColumnsAfter(afterPosition: number, howMany: number): this {
    assertInteger(afterPosition, 'column position', 1);
    assertInteger(howMany, 'number of columns', 1);
    assertColumns(this.state, afterPosition, 1);
    this.state.insertColumns(afterPosition + 1, howMany);
    return this;
  }

  deleteRows(rowPosition: number, howMany: number): void {
    assertInteger(rowPosition, 'row position', 1);
    assertInteger(howMany, 'number of rows', 1);
    assertRows(this.state, rowPosition, howMany);
    if (howMany >= this.state.maxRows - this.state.frozenRows) {
      throw new Error('Sorry, it is not possible to delete all non-frozen rows.');
    }
    this.state.deleteRows(rowPosition, howMany);
  }

  deleteRow(rowPosition: number): void {
    assertInteger(rowPosition, 'row position', 1);
    assertRows(this.state, rowPosition, 1);
    if (this.state.maxRows - this.state.frozenRows <= 1) {
      throw new Error('Sorry, it is not possible to delete all non-frozen rows.');
    }
    this.state.deleteRows(rowPosition, 1);
  }

  deleteColumns(columnPosition: number, howMany: number): void {
    assertInteger(columnPosition, 'column position', 1);
    assertInteger(howMany, 'number of columns', 1);
    assertColumns(this.state, columnPosition, howMany);
    if (howMany >= this.state.maxColumns) {
      throw new Error('Sorry, it is not possible to delete all columns.');
    }
    this.state.deleteColumns(columnPosition, howMany);
  }
}

function assertSheetExists(sheet: FakeSheet): void {
  if (sheet.state.deleted) {
    throw new Error(`The sheet "${sheet.state.name}" has been deleted.`);
  }
}

countCalls(FakeSheet, 'Sheet', assertSheetExists);
