import { promises as fs } from 'node:fs';
import type { CellValue, OutputSheet, OutputValue, RegisterSheetLayout, SheetInfo, WorkbookPort } from '../../core/workbook/port';
import { XlsxWorkbookPort } from '../xlsxPort';

/** Modification time, size and inode of the file; a save by another program changes at least one of them. */
interface FileStamp {
  readonly modified: number;
  readonly size: number;
  readonly inode: number;
}

async function stampOf(file: string): Promise<FileStamp> {
  const stats = await fs.stat(file);
  return { modified: stats.mtimeMs, size: stats.size, inode: stats.ino };
}

function sameStamp(a: FileStamp, b: FileStamp): boolean {
  return a.modified === b.modified && a.size === b.size && a.inode === b.inode;
}

/** Passes every call to the workbook and notes whether any of them wrote. */
class WriteRecordingPort implements WorkbookPort {
  wrote = false;

  constructor(private readonly inner: WorkbookPort) {}

  timeZone(): string {
    return this.inner.timeZone();
  }

  locale(): string {
    return this.inner.locale();
  }

  listSheets(): SheetInfo[] {
    return this.inner.listSheets();
  }

  readValues(sheetName: string): CellValue[][] {
    return this.inner.readValues(sheetName);
  }

  ensureRegisterSheet(layout: RegisterSheetLayout, existingName: string | null): string {
    this.wrote = true;
    return this.inner.ensureRegisterSheet(layout, existingName);
  }

  writeOutputSheet(sheet: OutputSheet): void {
    this.wrote = true;
    this.inner.writeOutputSheet(sheet);
  }

  appendRows(sheetName: string, rows: readonly (readonly OutputValue[])[]): void {
    this.wrote = true;
    this.inner.appendRows(sheetName, rows);
  }

  updateRange(sheetName: string, row: number, column: number, values: readonly (readonly OutputValue[])[]): void {
    this.wrote = true;
    this.inner.updateRange(sheetName, row, column, values);
  }
}

/** The result of one call, and the error of the save that followed it, if that save failed. */
export interface WorkbookRun<T> {
  readonly value: T;
  readonly saveError: unknown;
}

/**
 * The .xlsx file behind `itam preview`. Calls run one at a time, which is the preview's document
 * lock. Each call reads the file as last saved. When another program changed the file since, it is
 * read again first. A call that wrote is saved at once through a temporary file. When that save
 * fails, the workbook is read again from the file, so the panel never shows a change the file does
 * not have.
 */
export class PreviewWorkbook {
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(
    readonly file: string,
    private port: XlsxWorkbookPort,
    private stamp: FileStamp,
  ) {}

  /** Opens the file; a missing or invalid file raises a WorkbookFileError. */
  static async open(file: string): Promise<PreviewWorkbook> {
    const port = await XlsxWorkbookPort.open(file);
    return new PreviewWorkbook(file, port, await stampOf(file));
  }

  run<T>(work: (port: WorkbookPort) => T): Promise<WorkbookRun<T>> {
    const next = this.queue.then(() => this.runNow(work));
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async runNow<T>(work: (port: WorkbookPort) => T): Promise<WorkbookRun<T>> {
    await this.reloadIfChanged();
    const recorder = new WriteRecordingPort(this.port);
    const value = work(recorder);
    if (!recorder.wrote) {
      return { value, saveError: null };
    }

    try {
      await this.port.save(this.file);
      this.stamp = await stampOf(this.file);
      return { value, saveError: null };
    } catch (error) {
      await this.reload();
      return { value, saveError: error };
    }
  }

  private async reloadIfChanged(): Promise<void> {
    if (!sameStamp(this.stamp, await stampOf(this.file))) {
      await this.reload();
    }
  }

  private async reload(): Promise<void> {
    this.port = await XlsxWorkbookPort.open(this.file);
    this.stamp = await stampOf(this.file);
  }
}
