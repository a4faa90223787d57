import { a1Of } from './a1Notation';
import { countCalls } from './callCounter';
import { displayValue, interpretWrittenValue, readValue, type WrittenCell } from './cellValues';
import { FakeDataValidation, satisfiesValidation } from './dataValidation';
import type { FakeEnvironment } from './fakeEnvironment';
import { FakeProtection } from './protection';
import { FakeSheet } from './sheet';
import type { CellState, RangeRef, StoredValue } from './sheetState';

/** What Apps Script reports for a cell whose number format was never set ("Automatic"). */
export const DEFAULT_NUMBER_FORMAT = '0.###############';

type Grid<T> = T[][];

function sizeMismatch(kind: 'rows' | 'columns', data: number, range: number): Error {
  return new Error(
    `The number of ${kind} in the data does not match the number of ${kind} in the range. The data has ${data} but the range has ${range}.`,
  );
}

/** Checks a 2-D argument against the range's shape with Apps Script's messages. */
function checkShape(data: unknown, ref: RangeRef, method: string): readonly (readonly unknown[])[] {
  if (!Array.isArray(data) || data.some((row) => !Array.isArray(row))) {
    throw new Error(`The parameters (${typeof data}) don't match the method signature for SpreadsheetApp.Range.${method}.`);
  }
  if (data.length !== ref.numRows) {
    throw sizeMismatch('rows', data.length, ref.numRows);
  }
  for (const row of data as unknown[][]) {
    if (row.length !== ref.numColumns) {
      throw sizeMismatch('columns', row.length, ref.numColumns);
    }
  }
  return data as unknown[][];
}

function cellA1(row: number, column: number): string {
  return a1Of({ row, column, numRows: 1, numColumns: 1 });
}

export class FakeRange {
  constructor(
    readonly env: FakeEnvironment,
    readonly ref: RangeRef,
  ) {}

  // Reading

  getValues(): StoredValue[][] {
    return readGrid(this, (cell) => readValue(cell?.value ?? ''), true);
  }

  getValue(): StoredValue {
    return topLeft(this, (cell) => readValue(cell?.value ?? ''), true);
  }

  getDisplayValues(): string[][] {
    const timeZone = this.ref.sheet.spreadsheet.timeZone;
    return readGrid(this, (cell) => (cell && cell.formula === '' ? displayValue(cell.value, timeZone) : ''), true);
  }

  getDisplayValue(): string {
    const timeZone = this.ref.sheet.spreadsheet.timeZone;
    return topLeft(this, (cell) => (cell && cell.formula === '' ? displayValue(cell.value, timeZone) : ''), true);
  }

  getFormulas(): string[][] {
    return readGrid(this, (cell) => cell?.formula ?? '', true);
  }

  getFormula(): string {
    return topLeft(this, (cell) => cell?.formula ?? '', true);
  }

  getNotes(): string[][] {
    return readGrid(this, (cell) => cell?.note ?? '', true);
  }

  getNote(): string {
    return topLeft(this, (cell) => cell?.note ?? '', true);
  }

  getNumberFormats(): string[][] {
    return readGrid(this, (cell) => cell?.numberFormat ?? DEFAULT_NUMBER_FORMAT, false);
  }

  getNumberFormat(): string {
    return topLeft(this, (cell) => cell?.numberFormat ?? DEFAULT_NUMBER_FORMAT, false);
  }

  getDataValidations(): (FakeDataValidation | null)[][] {
    return readGrid(this, (cell) => (cell?.validation ? new FakeDataValidation(this.env, cell.validation) : null), false);
  }

  getDataValidation(): FakeDataValidation | null {
    return topLeft(this, (cell) => (cell?.validation ? new FakeDataValidation(this.env, cell.validation) : null), false);
  }

  getFontWeights(): string[][] {
    return readGrid(this, (cell) => cell?.fontWeight ?? 'normal', false);
  }

  getFontWeight(): string {
    return topLeft(this, (cell) => cell?.fontWeight ?? 'normal', false);
  }

  getBackgrounds(): string[][] {
    return readGrid(this, (cell) => cell?.background ?? '#ffffff', false);
  }

  getBackground(): string {
    return topLeft(this, (cell) => cell?.background ?? '#ffffff', false);
  }

  getWraps(): boolean[][] {
    return readGrid(this, (cell) => cell?.wrap ?? true, false);
  }

  getWrap(): boolean {
    return topLeft(this, (cell) => cell?.wrap ?? true, false);
  }

  isBlank(): boolean {
    assertInGrid(this);
    for (let row = 0; row < this.ref.numRows; row += 1) {
      for (let column = 0; column < this.ref.numColumns; column += 1) {
        const cell = this.ref.sheet.cell(this.ref.row + row, this.ref.column + column);
        if (cell && (cell.value !== '' || cell.formula !== '')) {
          return false;
        }
      }
    }
    return true;
  }

  // Writing values and formulas

  setValues(values: unknown[][]): this {
    const data = checkShape(values, this.ref, 'setValues');
    writeCells(this, (row, column) => data[row][column]);
    return this;
  }

  /** Sets every cell of the range to the same value. */
  setValue(value: unknown): this {
    writeCells(this, () => value);
    return this;
  }

  setFormulas(formulas: string[][]): this {
    const data = checkShape(formulas, this.ref, 'setFormulas');
    writeCells(this, (row, column) => formulaInput(data[row][column]));
    return this;
  }

  setFormula(formula: string): this {
    writeCells(this, () => formulaInput(formula));
    return this;
  }

  /** Clears values and formulas, keeping formats, notes and validation. */
  clearContent(): this {
    forEachExistingCell(this, (cell) => {
      cell.value = '';
      cell.formula = '';
    });
    return this;
  }

  clearFormat(): this {
    forEachExistingCell(this, clearFormats);
    return this;
  }

  clearNote(): this {
    forEachExistingCell(this, (cell) => {
      cell.note = '';
    });
    return this;
  }

  clearDataValidations(): this {
    forEachExistingCell(this, (cell) => {
      cell.validation = null;
    });
    return this;
  }

  /** Clears contents and formats; notes and data validation stay. */
  clear(): this {
    forEachExistingCell(this, (cell) => {
      cell.value = '';
      cell.formula = '';
      clearFormats(cell);
    });
    return this;
  }

  // Formats, notes and validation

  setNumberFormat(numberFormat: string): this {
    writeAttribute(this, () => numberFormat, (cell, value) => (cell.numberFormat = value));
    return this;
  }

  setNumberFormats(numberFormats: string[][]): this {
    const data = checkShape(numberFormats, this.ref, 'setNumberFormats');
    writeAttribute(this, (row, column) => String(data[row][column]), (cell, value) => (cell.numberFormat = value));
    return this;
  }

  setNote(note: string | null): this {
    writeAttribute(this, () => note ?? '', (cell, value) => (cell.note = String(value)));
    return this;
  }

  setNotes(notes: (string | null)[][]): this {
    const data = checkShape(notes, this.ref, 'setNotes');
    writeAttribute(this, (row, column) => data[row][column] ?? '', (cell, value) => (cell.note = String(value)));
    return this;
  }

  setDataValidation(rule: FakeDataValidation | null): this {
    writeAttribute(this, () => rule?.state ?? null, (cell, value) => (cell.validation = value));
    return this;
  }

  setDataValidations(rules: (FakeDataValidation | null)[][]): this {
    const data = checkShape(rules, this.ref, 'setDataValidations') as (FakeDataValidation | null)[][];
    writeAttribute(this, (row, column) => data[row][column]?.state ?? null, (cell, value) => (cell.validation = value));
    return this;
  }

  setFontWeight(fontWeight: string | null): this {
    writeAttribute(this, () => fontWeight, (cell, value) => (cell.fontWeight = value));
    return this;
  }

  setFontWeights(fontWeights: (string | null)[][]): this {
    const data = checkShape(fontWeights, this.ref, 'setFontWeights') as (string | null)[][];
    writeAttribute(this, (row, column) => data[row][column], (cell, value) => (cell.fontWeight = value));
    return this;
  }

  setBackground(color: string | null): this {
    writeAttribute(this, () => color, (cell, value) => (cell.background = value));
    return this;
  }

  /** Null entries reset the color. */
  setBackgrounds(colors: (string | null)[][]): this {
    const data = checkShape(colors, this.ref, 'setBackgrounds') as (string | null)[][];
    writeAttribute(this, (row, column) => data[row][column], (cell, value) => (cell.background = value));
    return this;
  }

  setWrap(isWrapEnabled: boolean): this {
    writeAttribute(this, () => Boolean(isWrapEnabled), (cell, value) => (cell.wrap = value));
    return this;
  }

  // Geometry

  getRow(): number {
    return this.ref.row;
  }

  getColumn(): number {
    return this.ref.column;
  }

  getLastRow(): number {
    return this.ref.row + this.ref.numRows - 1;
  }

  getLastColumn(): number {
    return this.ref.column + this.ref.numColumns - 1;
  }

  getNumRows(): number {
    return this.ref.numRows;
  }

  getNumColumns(): number {
    return this.ref.numColumns;
  }

  getHeight(): number {
    return this.ref.numRows;
  }

  getWidth(): number {
    return this.ref.numColumns;
  }

  getA1Notation(): string {
    return a1Of(this.ref);
  }

  getGridId(): number {
    return this.ref.sheet.id;
  }

  getSheet(): FakeSheet {
    return new FakeSheet(this.env, this.ref.sheet);
  }

  /** A cell of this range, 1-based relative to its top-left corner. */
  getCell(row: number, column: number): FakeRange {
    if (row < 1 || column < 1 || row > this.ref.numRows || column > this.ref.numColumns) {
      throw new Error(`Cell reference out of range: (${row}, ${column}) is outside ${a1Of(this.ref)}.`);
    }
    return new FakeRange(this.env, { ...this.ref, row: this.ref.row + row - 1, column: this.ref.column + column - 1, numRows: 1, numColumns: 1 });
  }

  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): FakeRange {
    const ref = {
      sheet: this.ref.sheet,
      row: this.ref.row + rowOffset,
      column: this.ref.column + columnOffset,
      numRows: numRows ?? this.ref.numRows,
      numColumns: numColumns ?? this.ref.numColumns,
    };
    validateBounds(ref.row, ref.column, ref.numRows, ref.numColumns);
    return new FakeRange(this.env, ref);
  }

  protect(): FakeProtection {
    const state = {
      type: 'RANGE' as const,
      sheet: this.ref.sheet,
      range: this.ref,
      description: '',
      warningOnly: false,
      editors: [],
      removed: false,
    };
    this.ref.sheet.protections.push(state);
    return new FakeProtection(this.env, state);
  }

  activate(): this {
    this.ref.sheet.spreadsheet.activeSheet = this.ref.sheet;
    return this;
  }
}

function assertInGrid(range: FakeRange): void {
  const { sheet, row, column, numRows, numColumns } = range.ref;
  if (row + numRows - 1 > sheet.maxRows || column + numColumns - 1 > sheet.maxColumns) {
    throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
  }
}

function readGrid<T>(range: FakeRange, read: (cell: CellState | undefined) => T, countsCells: boolean): Grid<T> {
  assertInGrid(range);
  const { sheet, row, column, numRows, numColumns } = range.ref;
  const grid: Grid<T> = [];
  for (let r = 0; r < numRows; r += 1) {
    const line: T[] = [];
    for (let c = 0; c < numColumns; c += 1) {
      line.push(read(sheet.cell(row + r, column + c)));
    }
    grid.push(line);
  }
  if (countsCells) {
    range.env.countCellsRead(numRows * numColumns);
  }
  return grid;
}

function topLeft<T>(range: FakeRange, read: (cell: CellState | undefined) => T, countsCells: boolean): T {
  assertInGrid(range);
  if (countsCells) {
    range.env.countCellsRead(1);
  }
  return read(range.ref.sheet.cell(range.ref.row, range.ref.column));
}

/** Grows the sheet to fit the range, or throws when the fake is set to reject writes outside it. */
function prepareWrite(range: FakeRange): void {
  const { sheet, row, column, numRows, numColumns } = range.ref;
  const lastRow = row + numRows - 1;
  const lastColumn = column + numColumns - 1;
  if (lastRow <= sheet.maxRows && lastColumn <= sheet.maxColumns) {
    return;
  }
  if (range.env.options.outOfGridWrites === 'throw') {
    throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
  }
  sheet.growTo(lastRow, lastColumn);
}

/** Interprets every value first, so a rejected value leaves the range unchanged. */
function writeCells(range: FakeRange, valueAt: (row: number, column: number) => unknown): void {
  const { sheet, row, column, numRows, numColumns } = range.ref;
  const timeZone = sheet.spreadsheet.timeZone;
  const written: WrittenCell[][] = [];
  for (let r = 0; r < numRows; r += 1) {
    const line: WrittenCell[] = [];
    for (let c = 0; c < numColumns; c += 1) {
      const existing = sheet.cell(row + r, column + c);
      const cell = interpretWrittenValue(valueAt(r, c), existing?.numberFormat ?? null, timeZone, cellA1(row + r, column + c));
      if (existing?.validation && !existing.validation.allowInvalid && !satisfiesValidation(existing.validation, cell.value)) {
        throw new Error(
          `The data you entered in cell ${cellA1(row + r, column + c)} violates the data validation rules set on this cell.`,
        );
      }
      line.push(cell);
    }
    written.push(line);
  }
  prepareWrite(range);
  for (let r = 0; r < numRows; r += 1) {
    for (let c = 0; c < numColumns; c += 1) {
      const value = written[r][c];
      const existing = sheet.cell(row + r, column + c);
      if (!existing && value.value === '' && value.formula === '') {
        continue;
      }
      const cell = existing ?? sheet.cellForWrite(row + r, column + c);
      cell.value = value.value;
      cell.formula = value.formula;
    }
  }
  range.env.countCellsWritten(numRows * numColumns);
}

function writeAttribute<T>(range: FakeRange, valueAt: (row: number, column: number) => T, assign: (cell: CellState, value: T) => void): void {
  const { sheet, row, column, numRows, numColumns } = range.ref;
  prepareWrite(range);
  for (let r = 0; r < numRows; r += 1) {
    for (let c = 0; c < numColumns; c += 1) {
      assign(sheet.cellForWrite(row + r, column + c), valueAt(r, c));
    }
  }
}

function forEachExistingCell(range: FakeRange, change: (cell: CellState) => void): void {
  const { sheet, row, column, numRows, numColumns } = range.ref;
  for (let r = 0; r < numRows; r += 1) {
    for (let c = 0; c < numColumns; c += 1) {
      const cell = sheet.cell(row + r, column + c);
      if (cell) {
        change(cell);
      }
    }
  }
}

/** A formula argument: text starting with '=' is a formula, other text is written as a value. */
function formulaInput(formula: unknown): unknown {
  if (typeof formula !== 'string') {
    throw new Error(`A formula must be a string, not ${typeof formula}.`);
  }
  return formula;
}

function clearFormats(cell: CellState): void {
  cell.numberFormat = null;
  cell.fontWeight = null;
  cell.background = null;
  cell.wrap = null;
}

/** Rejects getRange arguments as Apps Script does. */
export function validateBounds(row: number, column: number, numRows: number, numColumns: number): void {
  for (const value of [row, column, numRows, numColumns]) {
    if (!Number.isInteger(value)) {
      throw new Error(`Cannot convert '${value}' to int.`);
    }
  }
  if (row < 1) {
    throw new Error('The starting row of the range is too small.');
  }
  if (column < 1) {
    throw new Error('The starting column of the range is too small.');
  }
  if (numRows < 1) {
    throw new Error('The number of rows in the range must be at least 1.');
  }
  if (numColumns < 1) {
    throw new Error('The number of columns in the range must be at least 1.');
  }
}

function assertSheetExists(range: FakeRange): void {
  if (range.ref.sheet.deleted) {
    throw new Error(`The sheet "${range.ref.sheet.name}" has been deleted, so its ranges can no longer be used.`);
  }
}

countCalls(FakeRange, 'Range', assertSheetExists);
