import { generateDemoRegisters, scaleForAssets, type DemoRegisters } from '../src/core/demo/demoWorkbook';
import { CHANGE_HISTORY_ID, historyHeaders } from '../src/core/history/changeHistory';
import { translate } from '../src/core/i18n';
import { REGISTERS } from '../src/core/registers/definitions';
import type { CellValue, OutputSheet, SheetInfo, WorkbookPort } from '../src/core/workbook/port';
import { writeOutputSheet } from '../src/gas/outputSheetWriter';
import { asText, toSheetRows } from '../src/gas/sheetCellValues';
import { SHEET_MARKER_KEY } from '../src/gas/sheetMarker';
import { SpreadsheetPort } from '../src/gas/spreadsheetPort';
import { ZoneCalendar } from '../src/gas/zoneCalendar';
import { asGasSpreadsheet, type FakeSpreadsheet, type GasFakes, type SheetSeed } from '../test/fakes';
import { BENCH_AS_OF, BENCH_LANG, BENCH_LOCALE, BENCH_SEED, BENCH_TIME_ZONE } from './benchSizes';

/** The generated registers of one size and their cell count (header rows included). */
export interface BenchRegisters {
  readonly assets: number;
  readonly registers: DemoRegisters;
  readonly rowCounts: Readonly<Record<string, number>>;
  readonly cells: number;
}

/** Generates the seeded registers of a workbook with `assets` assets, in the demo's proportions. */
export function generateBenchRegisters(assets: number): BenchRegisters {
  const registers = generateDemoRegisters({ seed: BENCH_SEED, asOf: BENCH_AS_OF, lang: BENCH_LANG, scale: scaleForAssets(assets), deliberateErrors: false });
  const rowCounts: Record<string, number> = {};
  let cells = 0;
  for (const register of REGISTERS) {
    const sheet = registers[register.id];
    rowCounts[register.id] = sheet.rows.length;
    cells += (sheet.rows.length + 1) * sheet.headers.length;
  }
  return { assets, registers, rowCounts, cells };
}

/**
 * Returns one register tab as a fake-spreadsheet seed. The cells are converted as the Apps Script
 * adapter writes them: text with a leading apostrophe, dates as Date objects in the spreadsheet's zone.
 * The grid is no larger than the data, because a 7-million-cell workbook only fits under the
 * 10-million-cell limit with trimmed tabs.
 */
function registerSeed(registers: DemoRegisters, registerId: (typeof REGISTERS)[number]['id'], calendar: ZoneCalendar): SheetSeed {
  const register = REGISTERS.find((candidate) => candidate.id === registerId);
  if (register === undefined) {
    throw new Error(`Unknown register "${registerId}".`);
  }
  const sheet = registers[registerId];
  const width = sheet.headers.length;
  const name = register.tab[BENCH_LANG];
  const values = [sheet.headers.map(asText), ...toSheetRows(sheet.rows, width, calendar, name, 2, 1)];
  return { name, values, maxRows: values.length, maxColumns: width, metadata: { [SHEET_MARKER_KEY]: registerId } };
}

/**
 * Adds a spreadsheet holding every register tab and an empty Change History tab to the fake world, and
 * makes it the active spreadsheet. Seeding is not counted as service calls.
 */
export function seedRegisterSpreadsheet(fakes: GasFakes, registers: DemoRegisters): FakeSpreadsheet {
  const spreadsheet = fakes.uncounted(() => {
    const calendar = new ZoneCalendar(BENCH_TIME_ZONE);
    const sheets: SheetSeed[] = REGISTERS.map((register) => registerSeed(registers, register.id, calendar));
    const history = historyHeaders(BENCH_LANG).map(asText);
    sheets.push({ name: translate(BENCH_LANG, 'history.sheetName'), values: [history], maxRows: 100, maxColumns: history.length, metadata: { [SHEET_MARKER_KEY]: CHANGE_HISTORY_ID } });
    return fakes.addSpreadsheet({ name: 'ITAM registers', timeZone: BENCH_TIME_ZONE, locale: BENCH_LOCALE, sheets });
  });
  fakes.setActiveSpreadsheet(spreadsheet);
  return spreadsheet;
}

/**
 * Fake spreadsheets that receive the summary sheets, one per sheet id, created on first use. At
 * 100,000 assets the summary sheets alone need about 14 million grid cells, more than one spreadsheet
 * holds, so each gets a spreadsheet of its own.
 */
export class ResultSpreadsheets {
  private readonly byId = new Map<string, FakeSpreadsheet>();

  constructor(private readonly fakes: GasFakes) {}

  for(sheetId: string): FakeSpreadsheet {
    let spreadsheet = this.byId.get(sheetId);
    if (spreadsheet === undefined) {
      spreadsheet = this.fakes.uncounted(() => this.fakes.addSpreadsheet({ name: `ITAM ${sheetId}`, timeZone: BENCH_TIME_ZONE, locale: BENCH_LOCALE }));
      this.byId.set(sheetId, spreadsheet);
    }
    return spreadsheet;
  }

  /** Grid cells of the summary sheets, without the empty first tab that every new spreadsheet has. */
  gridCells(): number {
    let cells = 0;
    for (const spreadsheet of this.byId.values()) {
      for (const sheet of spreadsheet.state.sheets.slice(1)) {
        cells += sheet.maxRows * sheet.maxColumns;
      }
    }
    return cells;
  }
}

/**
 * A workbook port that reads the registers through the Apps Script adapter over one fake spreadsheet
 * and writes each summary sheet through the same adapter into a fake spreadsheet of its own (see
 * ResultSpreadsheets). Every adapter call is the one a single spreadsheet receives, except that
 * listing the tabs sees the register tabs and not the summary tabs.
 */
export class SplitWorkbookPort implements WorkbookPort {
  readonly registers: SpreadsheetPort;
  private writeCalendar: ZoneCalendar | null = null;

  constructor(
    registerSpreadsheet: FakeSpreadsheet,
    private readonly results: ResultSpreadsheets,
  ) {
    this.registers = new SpreadsheetPort(asGasSpreadsheet(registerSpreadsheet));
  }

  timeZone(): string {
    return this.registers.timeZone();
  }

  locale(): string {
    return this.registers.locale();
  }

  listSheets(): SheetInfo[] {
    return this.registers.listSheets();
  }

  readValues(sheetName: string): CellValue[][] {
    return this.registers.readValues(sheetName);
  }

  /**
   * Writes as SpreadsheetPort.writeOutputSheet does. SpreadsheetPort caches dates read and dates written
   * in separate maps, so a calendar of its own for the writes makes the same Utilities calls.
   */
  writeOutputSheet(sheet: OutputSheet): void {
    if (this.writeCalendar === null) {
      this.writeCalendar = new ZoneCalendar(this.registers.timeZone());
    }
    writeOutputSheet(asGasSpreadsheet(this.results.for(sheet.id)), sheet, this.writeCalendar);
  }

  ensureRegisterSheet(): string {
    throw new Error('The benchmark workbook does not create register tabs.');
  }

  appendRows(): void {
    throw new Error('The benchmark workbook does not append rows.');
  }

  updateRange(): void {
    throw new Error('The benchmark workbook does not update ranges.');
  }
}

/** Grid cells (rows × columns of every tab) of a fake spreadsheet, as Sheets counts them against its limit. */
export function gridCells(spreadsheet: FakeSpreadsheet): number {
  return spreadsheet.state.totalCells();
}
