import ExcelJS from 'exceljs';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { CellValue, OutputSheet, OutputValue, RegisterSheetLayout, SheetInfo, WorkbookPort } from '../core/workbook/port';
import { NODE_FILE_SYSTEM, type SaveFileSystem, assertSavable, saveFileAtomically } from './xlsxAtomicSave';
import { writeCell } from './xlsxCellValues';
import { keepDataValidationRanges } from './xlsxDataValidationRanges';
import { WorkbookFileError, systemErrorCode } from './xlsxFileError';
import { DEFAULT_LOCALE, DEFAULT_TIME_ZONE, METADATA_SHEET_NAME, WorkbookMetadata } from './xlsxMetadata';
import { writeOutputContent } from './xlsxOutputSheet';
import { appendRegisterColumns, createRegisterContent } from './xlsxRegisterSheet';
import { setSheetOrder, sheetOrder } from './xlsxSheetOrder';
import { readSheetValues } from './xlsxSheetValues';

keepDataValidationRanges();

export interface CreateWorkbookOptions {
  /** IANA time zone; defaults to Asia/Seoul. */
  readonly timeZone?: string;
  /** Locale such as ko_KR or en_US; defaults to ko_KR. */
  readonly locale?: string;
}

/**
 * The workbook port over an exceljs workbook held in memory: `open` or `create`, call the port
 * methods, then `save` to write the file. The time zone, locale and sheet markers live in the hidden
 * `_itam` sheet (see xlsxMetadata.ts).
 *
 * NOTE: exceljs 4.4.0 has no model for charts or pivot tables (its reader skips those parts), so
 * saving a workbook that had them drops them.
 */
export class XlsxWorkbookPort implements WorkbookPort {
  /** The file's modification time and size when it was read, to detect a concurrent rewrite at save. */
  private openedVersion: FileVersion | null = null;

  private constructor(
    readonly workbook: ExcelJS.Workbook,
    private readonly metadata: WorkbookMetadata,
  ) {}

  /** Reads an .xlsx file; a missing, unreadable or invalid file raises a WorkbookFileError. */
  static async open(filePath: string): Promise<XlsxWorkbookPort> {
    const file = path.resolve(filePath);
    const version = await fileVersion(file);
    const data = await readWorkbookFile(file);

    const workbook = new ExcelJS.Workbook();
    try {
      // exceljs types its own Buffer interface; a Node Buffer is what its loader expects.
      await workbook.xlsx.load(data as unknown as ExcelJS.Buffer);
    } catch (error) {
      throw new WorkbookFileError('xlsx.error.notXlsx', { file, reason: error instanceof Error ? error.message : String(error) }, { cause: error });
    }

    const port = new XlsxWorkbookPort(workbook, WorkbookMetadata.read(workbook));
    const timeZone = port.timeZone();
    if (!isTimeZone(timeZone)) {
      throw new WorkbookFileError('xlsx.error.invalidTimeZone', { file, value: timeZone });
    }
    port.openedVersion = version;
    return port;
  }

  static create(options: CreateWorkbookOptions = {}): XlsxWorkbookPort {
    const timeZone = options.timeZone ?? DEFAULT_TIME_ZONE;
    if (!isTimeZone(timeZone)) {
      throw new Error(`Unknown time zone "${timeZone}": use an IANA name such as Asia/Seoul.`);
    }
    const workbook = new ExcelJS.Workbook();
    workbook.creator = 'ITAM';
    const metadata = WorkbookMetadata.read(workbook);
    metadata.setText('timeZone', timeZone);
    metadata.setText('locale', options.locale ?? DEFAULT_LOCALE);
    return new XlsxWorkbookPort(workbook, metadata);
  }

  /**
   * Writes the workbook to `filePath` through a temporary file renamed over it, so the previous file
   * stays intact when anything fails. Errors are WorkbookFileErrors naming the path and the fix.
   */
  /**
   * Checks that saving to `filePath` can succeed and that no other program or itam command has rewritten
   * the file since it was opened, so a save never silently drops another run's changes.
   */
  async assertCanSave(filePath: string, fileSystem: SaveFileSystem = NODE_FILE_SYSTEM): Promise<void> {
    await assertSavable(filePath, fileSystem);
    const opened = this.openedVersion;
    if (opened === null || path.resolve(filePath) !== opened.file) {
      return;
    }
    const current = await fileVersion(opened.file);
    if (current === null || current.mtimeMs !== opened.mtimeMs || current.size !== opened.size) {
      throw new WorkbookFileError('xlsx.error.changedSinceOpen', { file: opened.file });
    }
  }

  async save(filePath: string, fileSystem: SaveFileSystem = NODE_FILE_SYSTEM): Promise<void> {
    await this.assertCanSave(filePath, fileSystem);
    this.metadata.placeLast();
    this.keepActiveTabVisible();
    // exceljs cannot calculate formulas, so the spreadsheet program recalculates them on open.
    this.workbook.calcProperties.fullCalcOnLoad = true;

    const data = await this.workbook.xlsx.writeBuffer();
    await saveFileAtomically(filePath, new Uint8Array(data as ArrayBuffer), fileSystem);
    this.openedVersion = await fileVersion(path.resolve(filePath));
  }

  timeZone(): string {
    return this.metadata.text('timeZone') || DEFAULT_TIME_ZONE;
  }

  locale(): string {
    return this.metadata.text('locale') || DEFAULT_LOCALE;
  }

  listSheets(): SheetInfo[] {
    return this.userWorksheets().map((worksheet) => ({ name: worksheet.name, marker: this.metadata.markerOf(worksheet.name) }));
  }

  readValues(sheetName: string): CellValue[][] {
    return readSheetValues(this.requireWorksheet(sheetName));
  }

  ensureRegisterSheet(layout: RegisterSheetLayout, existingName: string | null): string {
    if (existingName !== null) {
      const worksheet = this.requireWorksheet(existingName);
      const values = readSheetValues(worksheet);
      appendRegisterColumns(worksheet, layout, values[0] ?? [], values[0]?.length ?? 0, this.metadata);
      this.metadata.setMarker(layout.registerId, worksheet.name);
      return worksheet.name;
    }

    const worksheet = this.workbook.addWorksheet(this.freeSheetName(layout.name));
    createRegisterContent(worksheet, layout, this.metadata);
    this.metadata.setMarker(layout.registerId, worksheet.name);
    return worksheet.name;
  }

  /**
   * Rebuilds a computed sheet: the tab carrying the sheet's marker, else an unmarked tab of the same
   * name, is replaced by a new one at the same position and with the same (possibly user-given) name.
   */
  writeOutputSheet(sheet: OutputSheet): void {
    const existing = this.outputWorksheet(sheet);
    const name = existing?.name ?? this.freeSheetName(sheet.name);
    const order = existing === null ? null : sheetOrder(existing);
    if (existing !== null) {
      this.workbook.removeWorksheet(existing.id);
    }

    const worksheet = this.workbook.addWorksheet(name);
    if (sheet.first) {
      setSheetOrder(worksheet, Math.min(...this.workbook.worksheets.map(sheetOrder)) - 1);
    } else if (order !== null) {
      setSheetOrder(worksheet, order);
    }
    writeOutputContent(worksheet, sheet);
    this.metadata.setMarker(sheet.id, name);
  }

  appendRows(sheetName: string, rows: readonly (readonly OutputValue[])[]): void {
    const worksheet = this.requireWorksheet(sheetName);
    const lastRow = readSheetValues(worksheet).length;
    this.writeRows(worksheet, lastRow + 1, 1, rows);
  }

  updateRange(sheetName: string, row: number, column: number, values: readonly (readonly OutputValue[])[]): void {
    if (!Number.isInteger(row) || !Number.isInteger(column) || row < 1 || column < 1) {
      throw new Error(`Invalid start cell row ${row}, column ${column} for sheet "${sheetName}": both must be whole numbers from 1.`);
    }
    const width = values[0]?.length ?? 0;
    const ragged = values.findIndex((rowValues) => rowValues.length !== width);
    if (ragged >= 0) {
      throw new Error(`The values for sheet "${sheetName}" are not rectangular: row ${ragged + 1} has ${values[ragged].length} values, row 1 has ${width}.`);
    }
    this.writeRows(this.requireWorksheet(sheetName), row, column, values);
  }

  private writeRows(worksheet: ExcelJS.Worksheet, firstRow: number, firstColumn: number, rows: readonly (readonly OutputValue[])[]): void {
    rows.forEach((values, rowIndex) => {
      const row = worksheet.getRow(firstRow + rowIndex);
      values.forEach((value, columnIndex) => writeCell(row.getCell(firstColumn + columnIndex), value));
    });
  }

  private userWorksheets(): ExcelJS.Worksheet[] {
    return this.workbook.worksheets.filter((worksheet) => worksheet.name !== METADATA_SHEET_NAME);
  }

  private requireWorksheet(sheetName: string): ExcelJS.Worksheet {
    const worksheet = sheetName === METADATA_SHEET_NAME ? undefined : this.workbook.getWorksheet(sheetName);
    if (worksheet === undefined) {
      throw new Error(`Sheet "${sheetName}" not found. The workbook has: ${this.userWorksheets().map((sheet) => sheet.name).join(', ') || 'no sheets'}.`);
    }
    return worksheet;
  }

  private outputWorksheet(sheet: OutputSheet): ExcelJS.Worksheet | null {
    const markedName = this.metadata.sheetNameOf(sheet.id);
    if (markedName !== null) {
      return this.workbook.getWorksheet(markedName) ?? null;
    }
    const named = this.workbook.getWorksheet(sheet.name);
    return named !== undefined && this.metadata.markerOf(named.name) === null ? named : null;
  }

  /** Returns `name`, or `name (2)`, `name (3)`… when a tab already has it; Excel compares names case-insensitively. */
  private freeSheetName(name: string): string {
    const taken = new Set(this.workbook.worksheets.map((worksheet) => worksheet.name.toLowerCase()));
    let candidate = name;
    for (let suffix = 2; taken.has(candidate.toLowerCase()); suffix += 1) {
      candidate = `${name} (${suffix})`;
    }
    return candidate;
  }

  /** Points the workbook's active tab away from the hidden `_itam` sheet, so the file never opens on it. */
  private keepActiveTabVisible(): void {
    const view = this.workbook.views?.[0] as { activeTab?: number } | undefined;
    const metadataIndex = this.workbook.worksheets.findIndex((worksheet) => worksheet.name === METADATA_SHEET_NAME);
    if (view !== undefined && view.activeTab === metadataIndex) {
      view.activeTab = 0;
    }
  }
}

async function readWorkbookFile(file: string): Promise<Buffer> {
  try {
    return await fs.readFile(file);
  } catch (error) {
    switch (systemErrorCode(error)) {
      case 'ENOENT':
      case 'ENOTDIR':
        throw new WorkbookFileError('xlsx.error.fileNotFound', { file }, { cause: error });
      case 'EISDIR':
        throw new WorkbookFileError('xlsx.error.notAFile', { file }, { cause: error });
      case 'EACCES':
      case 'EPERM':
        throw new WorkbookFileError('xlsx.error.readDenied', { file }, { cause: error });
      default:
        throw error;
    }
  }
}

function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

interface FileVersion {
  readonly file: string;
  readonly mtimeMs: number;
  readonly size: number;
}

/** Returns the file's modification time and size, or null when it does not exist. */
async function fileVersion(file: string): Promise<FileVersion | null> {
  try {
    const stats = await fs.stat(file);
    return { file, mtimeMs: stats.mtimeMs, size: stats.size };
  } catch {
    return null;
  }
}
