/**
 * The stored state of fake spreadsheets, separate from the API objects in spreadsheet.ts, sheet.ts and
 * range.ts so that state changes made by the fakes themselves and by test hooks are never counted as
 * service calls.
 */

/** A cell value as Sheets stores it: '' for an empty cell. */
export type StoredValue = string | number | boolean | Date;

export interface DataValidationState {
  readonly criteria: string;
  readonly values: readonly unknown[];
  readonly allowInvalid: boolean;
  readonly helpText: string;
}

export interface CellState {
  value: StoredValue;
  /** The formula text including '=', or '' when the cell holds no formula. */
  formula: string;
  note: string;
  numberFormat: string | null;
  validation: DataValidationState | null;
  fontWeight: string | null;
  background: string | null;
  wrap: boolean | null;
}

export interface RangeRef {
  readonly sheet: SheetState;
  readonly row: number;
  readonly column: number;
  readonly numRows: number;
  readonly numColumns: number;
}

export interface MetadataState {
  readonly id: number;
  key: string;
  value: string | null;
  readonly visibility: string;
  /** The sheet the metadata is attached to, or null for spreadsheet-level metadata. */
  readonly sheet: SheetState | null;
  readonly spreadsheet: SpreadsheetState;
}

export interface ProtectionState {
  readonly type: 'SHEET' | 'RANGE';
  readonly sheet: SheetState;
  readonly range: RangeRef | null;
  description: string;
  warningOnly: boolean;
  editors: string[];
  removed: boolean;
}

export interface ChartPosition {
  readonly anchorRow: number;
  readonly anchorColumn: number;
  readonly offsetX: number;
  readonly offsetY: number;
}

export interface ChartState {
  readonly id: number;
  readonly sheet: SheetState;
  chartType: string;
  ranges: RangeRef[];
  options: Map<string, unknown>;
  position: ChartPosition;
  numHeaders: number;
}

export interface ConditionalRuleState {
  readonly criteria: string;
  readonly values: readonly unknown[];
  readonly background: string | null;
  readonly fontColor: string | null;
  readonly bold: boolean | null;
  readonly ranges: readonly RangeRef[];
}

/** Sheets allows 18,278 columns (ZZZ), so a row stride of 20,000 keeps cell keys unique. */
const ROW_STRIDE = 20000;

/** Sheets' limit on the cells of all sheets of one spreadsheet. */
export const MAX_CELLS_PER_SPREADSHEET = 10_000_000;

function emptyCell(): CellState {
  return { value: '', formula: '', note: '', numberFormat: null, validation: null, fontWeight: null, background: null, wrap: null };
}

export function hasContent(cell: CellState | undefined): boolean {
  return cell !== undefined && (cell.value !== '' || cell.formula !== '');
}

export class SheetState {
  maxRows: number;
  maxColumns: number;
  frozenRows = 0;
  frozenColumns = 0;
  hidden = false;
  deleted = false;
  readonly cells = new Map<number, CellState>();
  readonly columnWidths = new Map<number, number>();
  readonly autoResizedColumns = new Set<number>();
  conditionalRules: ConditionalRuleState[] = [];
  charts: ChartState[] = [];
  protections: ProtectionState[] = [];
  readonly metadata: MetadataState[] = [];

  constructor(
    readonly spreadsheet: SpreadsheetState,
    readonly id: number,
    public name: string,
    maxRows = 1000,
    maxColumns = 26,
  ) {
    this.maxRows = maxRows;
    this.maxColumns = maxColumns;
  }

  cell(row: number, column: number): CellState | undefined {
    return this.cells.get((row - 1) * ROW_STRIDE + (column - 1));
  }

  cellForWrite(row: number, column: number): CellState {
    const key = (row - 1) * ROW_STRIDE + (column - 1);
    let cell = this.cells.get(key);
    if (!cell) {
      cell = emptyCell();
      this.cells.set(key, cell);
    }
    return cell;
  }

  /** The last row with a value or formula, 0 for an empty sheet (formatting alone does not count). */
  lastRow(): number {
    let last = 0;
    for (const [key, cell] of this.cells) {
      if (hasContent(cell)) {
        last = Math.max(last, Math.floor(key / ROW_STRIDE) + 1);
      }
    }
    return last;
  }

  lastColumn(): number {
    let last = 0;
    for (const [key, cell] of this.cells) {
      if (hasContent(cell)) {
        last = Math.max(last, (key % ROW_STRIDE) + 1);
      }
    }
    return last;
  }

  /** Moves every cell for which `move` returns a new position, and drops those it maps to null. */
  private remapCells(move: (row: number, column: number) => [number, number] | null): void {
    const entries = [...this.cells.entries()];
    this.cells.clear();
    for (const [key, cell] of entries) {
      const target = move(Math.floor(key / ROW_STRIDE) + 1, (key % ROW_STRIDE) + 1);
      if (target) {
        this.cells.set((target[0] - 1) * ROW_STRIDE + (target[1] - 1), cell);
      }
    }
  }

  insertRows(beforeRow: number, count: number): void {
    this.spreadsheet.assertCellLimit(count * this.maxColumns);
    this.remapCells((row, column) => [row >= beforeRow ? row + count : row, column]);
    this.maxRows += count;
  }

  deleteRows(firstRow: number, count: number): void {
    this.remapCells((row, column) => (row < firstRow ? [row, column] : row < firstRow + count ? null : [row - count, column]));
    this.maxRows -= count;
  }

  insertColumns(beforeColumn: number, count: number): void {
    this.spreadsheet.assertCellLimit(count * this.maxRows);
    this.remapCells((row, column) => [row, column >= beforeColumn ? column + count : column]);
    this.maxColumns += count;
  }

  deleteColumns(firstColumn: number, count: number): void {
    this.remapCells((row, column) =>
      column < firstColumn ? [row, column] : column < firstColumn + count ? null : [row, column - count],
    );
    this.maxColumns -= count;
  }

  /** Enlarges the grid so that it reaches the given row and column. */
  growTo(lastRow: number, lastColumn: number): void {
    const extraRows = Math.max(0, lastRow - this.maxRows);
    const extraColumns = Math.max(0, lastColumn - this.maxColumns);
    if (extraRows === 0 && extraColumns === 0) {
      return;
    }
    const added = (this.maxRows + extraRows) * (this.maxColumns + extraColumns) - this.maxRows * this.maxColumns;
    this.spreadsheet.assertCellLimit(added);
    this.maxRows += extraRows;
    this.maxColumns += extraColumns;
  }
}

export class SpreadsheetState {
  readonly sheets: SheetState[] = [];
  readonly metadata: MetadataState[] = [];
  activeSheet: SheetState | null = null;
  private sheetCount = 0;

  constructor(
    readonly id: string,
    public name: string,
    public timeZone: string,
    public locale: string,
  ) {}

  /** Sheet ids: 0 for the first sheet as in Sheets, then large numbers that differ from the tab index. */
  nextSheetId(): number {
    const ordinal = this.sheetCount;
    this.sheetCount += 1;
    return ordinal === 0 ? 0 : (ordinal * 1103515245 + 12345) % 2147483647;
  }

  totalCells(): number {
    return this.sheets.reduce((sum, sheet) => sum + sheet.maxRows * sheet.maxColumns, 0);
  }

  assertCellLimit(addedCells: number): void {
    if (this.totalCells() + addedCells > MAX_CELLS_PER_SPREADSHEET) {
      throw new Error(
        `This action would increase the number of cells in the workbook above the limit of ${MAX_CELLS_PER_SPREADSHEET} cells.`,
      );
    }
  }

  findSheet(name: string): SheetState | undefined {
    const folded = name.toLowerCase();
    return this.sheets.find((sheet) => sheet.name.toLowerCase() === folded);
  }

  /** Metadata on the spreadsheet and on each sheet, spreadsheet-level first. */
  allMetadata(): MetadataState[] {
    return [...this.metadata, ...this.sheets.flatMap((sheet) => sheet.metadata)];
  }
}
