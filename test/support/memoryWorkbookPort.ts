import type { CellValue, OutputSheet, OutputValue, RegisterSheetLayout, SheetInfo, WorkbookPort } from '../../src/core/workbook/port';

interface MemorySheet {
  name: string;
  marker: string | null;
  values: CellValue[][];
  output?: OutputSheet;
}

function toCell(value: OutputValue): CellValue {
  if (value === null) {
    return '';
  }
  if (typeof value === 'object' && 'formula' in value) {
    return `=${value.formula}`;
  }
  return value;
}

/**
 * A WorkbookPort over plain arrays for core tests. It keeps output sheets as given, so tests can read
 * the OutputSheet a view produced, and counts reads and writes like the real adapters would make.
 */
export class MemoryWorkbookPort implements WorkbookPort {
  readonly sheets: MemorySheet[] = [];
  reads = 0;
  writes = 0;

  constructor(
    private readonly zone = 'Asia/Seoul',
    private readonly localeName = 'ko_KR',
  ) {}

  /** Adds a tab with a header row and data rows, optionally marked as a register. */
  addSheet(name: string, values: CellValue[][], marker: string | null = null): this {
    this.sheets.push({ name, marker, values: values.map((row) => [...row]) });
    return this;
  }

  sheet(name: string): MemorySheet | undefined {
    return this.sheets.find((candidate) => candidate.name === name);
  }

  output(id: string): OutputSheet | undefined {
    return this.sheets.find((candidate) => candidate.marker === id)?.output;
  }

  timeZone(): string {
    return this.zone;
  }

  locale(): string {
    return this.localeName;
  }

  listSheets(): SheetInfo[] {
    return this.sheets.map((sheet) => ({ name: sheet.name, marker: sheet.marker }));
  }

  readValues(sheetName: string): CellValue[][] {
    this.reads++;
    return (this.sheet(sheetName)?.values ?? []).map((row) => [...row]);
  }

  ensureRegisterSheet(layout: RegisterSheetLayout, existingName: string | null): string {
    this.writes++;
    if (existingName === null) {
      const rows = (layout.initialRows ?? []).map((row) => row.map(toCell));
      this.sheets.push({ name: layout.name, marker: layout.registerId, values: [[...layout.headers], ...rows] });
      return layout.name;
    }
    const sheet = this.sheet(existingName) as MemorySheet;
    sheet.marker = layout.registerId;
    if (sheet.values.length === 0) {
      sheet.values.push([]);
    }
    const width = Math.max(...sheet.values.map((row) => row.length));
    sheet.values[0] = [...sheet.values[0], ...Array(width - sheet.values[0].length).fill(''), ...layout.headers];
    return existingName;
  }

  writeOutputSheet(output: OutputSheet): void {
    this.writes++;
    const existing = this.sheets.find((sheet) => sheet.marker === output.id);
    const values: CellValue[][] = [];
    for (const line of output.preamble ?? []) {
      values.push([line]);
    }
    for (const block of output.blocks) {
      if (values.length > 0) {
        values.push([]);
      }
      if (block.title) {
        values.push([block.title]);
      }
      values.push(block.columns.map((column) => column.header));
      for (const row of block.rows) {
        values.push(row.map(toCell));
      }
    }
    if (existing) {
      existing.name = output.name;
      existing.values = values;
      existing.output = output;
    } else {
      this.sheets.push({ name: output.name, marker: output.id, values, output });
    }
  }

  appendRows(sheetName: string, rows: readonly (readonly OutputValue[])[]): void {
    this.writes++;
    const sheet = this.sheet(sheetName) as MemorySheet;
    sheet.values.push(...rows.map((row) => row.map(toCell)));
  }

  updateRange(sheetName: string, row: number, column: number, values: readonly (readonly OutputValue[])[]): void {
    this.writes++;
    const sheet = this.sheet(sheetName) as MemorySheet;
    values.forEach((line, rowOffset) => {
      const target = (sheet.values[row - 1 + rowOffset] ??= []);
      line.forEach((value, columnOffset) => {
        while (target.length < column - 1 + columnOffset) {
          target.push('');
        }
        target[column - 1 + columnOffset] = toCell(value);
      });
    });
  }
}
