import type ExcelJS from 'exceljs';
import { setSheetOrder, sheetOrder } from './xlsxSheetOrder';

/**
 * The hidden `_itam` sheet: key/value rows for what Apps Script keeps in spreadsheet settings and
 * developer metadata, which exceljs 4.4.0 has no other place for in an .xlsx file.
 *
 *   timeZone              Asia/Seoul
 *   locale                ko_KR
 *   sheet:assets          =ROWS('자산'!$1:$1048576)
 *   list:assets.Category  value 1 | value 2 | …   (dropdown values too long to write inline)
 *
 * A marker is a formula that refers to the whole tab, because spreadsheet programs rewrite such a
 * reference when the user renames the tab (LibreOffice 7.4 is checked by the adapter test). The
 * reference spans every row and column, so inserting or deleting rows or columns cannot turn it into
 * #REF!. Rows are updated in place because dropdowns refer to the `list:` rows by address.
 */
export const METADATA_SHEET_NAME = '_itam';

export const DEFAULT_TIME_ZONE = 'Asia/Seoul';
export const DEFAULT_LOCALE = 'ko_KR';

const MARKER_PREFIX = 'sheet:';
const LIST_PREFIX = 'list:';
const EXCEL_MAX_ROWS = 1048576;
const HEADER_NOTE =
  'ITAM stores the workbook time zone, locale and which tab holds each register here. Edit the timeZone and locale values only.';

/** Quotes a sheet name for a formula reference: 'Name', with each quote doubled. */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/**
 * Reads the sheet name back from a marker formula, quoted or not (Excel drops the quotes when it can).
 * A reference to a deleted tab, which Excel writes as #REF!, yields null.
 */
export function sheetNameOfMarker(formula: string): string | null {
  const match = /^\s*=?\s*ROWS\(\s*(?:'((?:[^']|'')+)'|([^'!(),]+))!\$?[A-Z]*\$?\d+(?::\$?[A-Z]*\$?\d+)?\s*\)\s*$/i.exec(formula);
  if (!match) {
    return null;
  }
  if (match[1] !== undefined) {
    return match[1].replace(/''/g, "'");
  }
  const unquoted = match[2].trim();
  return unquoted.toUpperCase() === '#REF' ? null : unquoted;
}

export class WorkbookMetadata {
  private readonly rowByKey = new Map<string, number>();
  private readonly markerById = new Map<string, string>();

  private constructor(
    private readonly workbook: ExcelJS.Workbook,
    private worksheet: ExcelJS.Worksheet | null,
  ) {}

  /** Reads the `_itam` sheet when the workbook has one; the sheet is created on the first write. */
  static read(workbook: ExcelJS.Workbook): WorkbookMetadata {
    const metadata = new WorkbookMetadata(workbook, workbook.getWorksheet(METADATA_SHEET_NAME) ?? null);
    metadata.indexRows();
    metadata.resolveMarkers();
    return metadata;
  }

  text(key: string): string | null {
    const row = this.rowByKey.get(key);
    if (row === undefined || this.worksheet === null) {
      return null;
    }
    const value = this.worksheet.getCell(row, 2).value;
    if (value === null || value === undefined) {
      return null;
    }
    return typeof value === 'string' ? value.trim() : String(value);
  }

  setText(key: string, value: string): void {
    this.setRow(key, [value]);
  }

  /** Returns the marked tab's name for a register or output id, or null when no tab carries it. */
  sheetNameOf(id: string): string | null {
    return this.markerById.get(id) ?? null;
  }

  markerOf(sheetName: string): string | null {
    for (const [id, name] of this.markerById) {
      if (name === sheetName) {
        return id;
      }
    }
    return null;
  }

  setMarker(id: string, sheetName: string): void {
    this.setRow(`${MARKER_PREFIX}${id}`, [{ formula: `ROWS(${quoteSheetName(sheetName)}!$1:$${EXCEL_MAX_ROWS})` } as ExcelJS.CellFormulaValue]);
    this.markerById.set(id, sheetName);
  }

  /** Stores a dropdown's values in one row and returns the absolute reference a list validation can use. */
  storeList(key: string, values: readonly string[]): string {
    const row = this.setRow(`${LIST_PREFIX}${key}`, values);
    const lastColumn = this.requireWorksheet().getColumn(values.length + 1).letter;
    return `${quoteSheetName(METADATA_SHEET_NAME)}!$B$${row}:$${lastColumn}$${row}`;
  }

  /** Keeps the sheet hidden and after every other tab, so a spreadsheet program never opens on it. */
  placeLast(): void {
    if (this.worksheet === null) {
      return;
    }
    const others = this.workbook.worksheets.filter((worksheet) => worksheet !== this.worksheet);
    const lastOrder = others.reduce((max, worksheet) => Math.max(max, sheetOrder(worksheet)), 0);
    setSheetOrder(this.worksheet, lastOrder + 1);
    this.worksheet.state = 'hidden';
  }

  private indexRows(): void {
    if (this.worksheet === null) {
      return;
    }
    this.worksheet.eachRow((row, rowNumber) => {
      const key = row.getCell(1).value;
      if (rowNumber > 1 && typeof key === 'string' && !this.rowByKey.has(key.trim())) {
        this.rowByKey.set(key.trim(), rowNumber);
      }
    });
  }

  private resolveMarkers(): void {
    if (this.worksheet === null) {
      return;
    }
    const sheetNames = new Set(this.workbook.worksheets.map((worksheet) => worksheet.name));
    for (const [key, row] of this.rowByKey) {
      if (!key.startsWith(MARKER_PREFIX)) {
        continue;
      }
      const value = this.worksheet.getCell(row, 2).value;
      const formula = typeof value === 'object' && value !== null && 'formula' in value && typeof value.formula === 'string' ? value.formula : null;
      const sheetName = formula === null ? null : sheetNameOfMarker(formula);
      const id = key.slice(MARKER_PREFIX.length);
      if (sheetName !== null && sheetNames.has(sheetName) && this.markerOf(sheetName) === null) {
        this.markerById.set(id, sheetName);
      }
    }
  }

  private setRow(key: string, values: readonly ExcelJS.CellValue[]): number {
    const worksheet = this.requireWorksheet();
    let rowNumber = this.rowByKey.get(key);
    if (rowNumber === undefined) {
      rowNumber = Math.max(worksheet.rowCount, 1) + 1;
      this.rowByKey.set(key, rowNumber);
    }
    const row = worksheet.getRow(rowNumber);
    const previousLength = row.cellCount;
    row.getCell(1).value = key;
    values.forEach((value, index) => {
      row.getCell(index + 2).value = value;
    });
    for (let column = values.length + 2; column <= previousLength; column += 1) {
      row.getCell(column).value = null;
    }
    return rowNumber;
  }

  private requireWorksheet(): ExcelJS.Worksheet {
    if (this.worksheet === null) {
      this.worksheet = this.workbook.addWorksheet(METADATA_SHEET_NAME, { state: 'hidden' });
      const header = this.worksheet.getRow(1);
      header.getCell(1).value = 'key';
      header.getCell(2).value = 'value';
      header.getCell(1).note = HEADER_NOTE;
      header.font = { bold: true };
      this.worksheet.getColumn(1).width = 24;
      this.worksheet.getColumn(2).width = 40;
    }
    return this.worksheet;
  }
}
