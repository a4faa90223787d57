import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';
import { loadWorkbook } from '../src/core/registers/loadWorkbook';
import { registerById } from '../src/core/registers/definitions';
import { recalculate } from '../src/core/recalc/recalculate';
import { SpreadsheetPort } from '../src/gas/spreadsheetPort';
import { MAX_CELLS_PER_SPREADSHEET } from '../test/fakes/sheetState';
import { asGasSpreadsheet, createGasFakes, installGasFakes, uninstallGasFakes, type GasFakes } from '../test/fakes';
import { generateBenchRegisters, gridCells, ResultSpreadsheets, seedRegisterSpreadsheet, SplitWorkbookPort, type BenchRegisters } from './benchWorkbook';
import { BENCH_AS_OF, BENCH_LANG, type BenchSize } from './benchSizes';
import { measureStatusEdit, type EditRun } from './editMeasurement';
import { measureImport, type ImportRun } from './importMeasurement';
import { callDifferences, countCalls, now, serviceCallsOf, timed, type CallCounts } from './measure';
import { MemoryWorkbookPort } from '../test/support/memoryWorkbookPort';
import { coreRecalculation, plainRecalculation, readEveryCellOnce, timedRecalculation, type BaselineRun, type CoreRun, type RecalcRun } from './recalcMeasurement';
import { measureReminderPlan, type ReminderRun } from './reminderMeasurement';
import { measureXlsxRecalculation, writeRegisterWorkbook, type XlsxRun } from './xlsxMeasurement';

/** The product's own path over one spreadsheet, run where registers and summaries fit in one. */
export interface SingleSpreadsheetRun {
  readonly firstMs: number;
  readonly rerunMs: number;
  readonly firstCalls: CallCounts;
  readonly rerunCalls: CallCounts;
  /** Grid cells of the spreadsheet after the recalculation: registers, history and summary sheets. */
  readonly gridCells: number;
}

export interface SizeResult {
  readonly size: BenchSize;
  readonly rowCounts: Readonly<Record<string, number>>;
  /** Register cells, header rows included. */
  readonly registerCells: number;
  readonly generateMs: number;
  readonly seedMs: number;
  readonly baseline: readonly BaselineRun[];
  /** The first recalculation creates the summary sheets; later ones rewrite them. */
  readonly firstRecalc: RecalcRun;
  readonly reruns: readonly RecalcRun[];
  /** Calls of the product's `recalculate` itself, for comparison with the timed copy. */
  readonly plainRecalcCalls: CallCounts;
  readonly plainRecalcMs: number;
  /** loadWorkbook and computeRecalculation over the same cell values held in memory: the tool's JavaScript alone. */
  readonly core: readonly CoreRun[];
  /** Grid cells of the summary sheets after the recalculations. */
  readonly summaryGridCells: number;
  readonly coldEdits: readonly EditRun[];
  readonly warmEdits: readonly EditRun[];
  readonly reminders: readonly ReminderRun[];
  readonly imports: readonly ImportRun[];
  readonly single: SingleSpreadsheetRun | null;
  readonly xlsx: readonly XlsxRun[];
  /** Problems found inside this size, such as two reruns with different calls. */
  readonly problems: readonly string[];
}

function log(message: string): void {
  process.stdout.write(`${message}\n`);
}

function repeat<T>(count: number, action: (index: number) => T): T[] {
  return Array.from({ length: count }, (_, index) => action(index));
}

/** Reports each run whose calls differ from the first run's. */
function sameCallsWithin(label: string, runs: readonly { readonly calls: CallCounts }[]): string[] {
  return runs.slice(1).flatMap((run, index) => {
    const differences = callDifferences(serviceCallsOf(runs[0].calls), serviceCallsOf(run.calls));
    return differences.length === 0 ? [] : [`${label} run ${index + 2} differs from run 1: ${differences.join('; ')}`];
  });
}

/** Runs the product's recalculation twice over one spreadsheet holding registers and summaries. */
function measureSingleSpreadsheet(fakes: GasFakes, registers: BenchRegisters): SingleSpreadsheetRun {
  const spreadsheet = seedRegisterSpreadsheet(fakes, registers.registers);
  const newPort = (): SpreadsheetPort => new SpreadsheetPort(asGasSpreadsheet(spreadsheet));
  const first = timed(() => countCalls(fakes.calls, () => recalculate(newPort(), BENCH_AS_OF)));
  const rerun = timed(() => countCalls(fakes.calls, () => recalculate(newPort(), BENCH_AS_OF)));
  return { firstMs: first.ms, rerunMs: rerun.ms, firstCalls: first.result.calls, rerunCalls: rerun.result.calls, gridCells: gridCells(spreadsheet) };
}

async function measureXlsx(size: BenchSize, registers: BenchRegisters): Promise<XlsxRun[]> {
  if (size.xlsxRuns === 0) {
    return [];
  }
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'itam-bench-'));
  try {
    const source = path.join(directory, `registers-${size.label}.xlsx`);
    await writeRegisterWorkbook(registers.registers, source);
    const runs: XlsxRun[] = [];
    for (let index = 0; index < size.xlsxRuns; index += 1) {
      runs.push(await measureXlsxRecalculation(source, path.join(directory, `recalculated-${size.label}.xlsx`)));
      log(`  xlsx run ${index + 1}: ${runs[index].ms.toFixed(0)} ms`);
    }
    return runs;
  } finally {
    fs.rmSync(directory, { recursive: true, force: true });
  }
}

/** The generated registers, released (set to null) once no later step needs them. */
interface RegisterHolder {
  registers: BenchRegisters | null;
}

type FakeMeasurements = Omit<SizeResult, 'size' | 'rowCounts' | 'registerCells' | 'generateMs' | 'core' | 'xlsx'> & {
  /** The register values as the adapter reads them, for the core measurement without the fakes. */
  readonly memoryPort: MemoryWorkbookPort;
};

/** Measures everything that runs over the fake services, then uninstalls them so their heap can be collected. */
function measureOverFakes(size: BenchSize, holder: RegisterHolder, importCsv: Uint8Array): FakeMeasurements {
  const fakes = installGasFakes(globalThis, createGasFakes({ spreadsheet: null, mailQuota: 100 }));
  try {
    const seedStart = now();
    const registerSpreadsheet = seedRegisterSpreadsheet(fakes, (holder.registers as BenchRegisters).registers);
    const seedMs = now() - seedStart;
    const registerCells = (holder.registers as BenchRegisters).cells;
    const assetRows = (holder.registers as BenchRegisters).rowCounts.assets;
    if (size.xlsxRuns === 0) {
      holder.registers = null;
    }
    log(`  seeded the fake spreadsheet in ${seedMs.toFixed(0)} ms`);

    const baseline = repeat(size.runs, () => readEveryCellOnce(registerSpreadsheet, fakes.calls));
    log(`  baseline: ${baseline.map((run) => run.ms.toFixed(0)).join(', ')} ms`);

    // Every run gets a new port, as every Apps Script execution builds its own (with an empty date cache).
    const results = new ResultSpreadsheets(fakes);
    const newPort = (): SplitWorkbookPort => new SplitWorkbookPort(registerSpreadsheet, results);
    const firstRecalc = timedRecalculation(newPort(), BENCH_AS_OF, fakes.calls);
    log(`  first recalculation: ${firstRecalc.ms.toFixed(0)} ms, ${firstRecalc.calls.total} calls`);
    const reruns = repeat(size.runs, () => timedRecalculation(newPort(), BENCH_AS_OF, fakes.calls));
    log(`  recalculation: ${reruns.map((run) => run.ms.toFixed(0)).join(', ')} ms, ${reruns[0].calls.total} calls`);
    const plain = plainRecalculation(newPort(), BENCH_AS_OF, fakes.calls);
    const summaryGridCells = results.gridCells();

    const coldEdits = repeat(size.runs, (index) => measureStatusEdit(fakes, registerSpreadsheet, 2 + ((index * 7919) % assetRows), true));
    const warmEdits = repeat(size.runs, (index) => measureStatusEdit(fakes, registerSpreadsheet, 2 + ((index * 7919 + 13) % assetRows), false));
    log(`  edit: cold ${coldEdits[0].calls.total} calls, warm ${warmEdits[0].calls.total} calls`);

    const port = newPort();
    const loaded = fakes.uncounted(() => loadWorkbook(port));
    const reminders = repeat(size.runs, () => measureReminderPlan(loaded, BENCH_AS_OF, registerSpreadsheet, fakes.calls));
    log(`  reminders: ${reminders[0].digests} digests for ${reminders[0].reminders} reminders`);

    const assetsTab = registerById('assets').tab[BENCH_LANG];
    const assetValues = fakes.uncounted(() => port.readValues(assetsTab));
    const imports = repeat(size.runs, () => measureImport(importCsv, loaded, assetValues, assetsTab));
    log(`  import: ${imports.map((run) => run.ms.toFixed(0)).join(', ')} ms`);

    const memoryPort = fakes.uncounted(() => {
      const memory = new MemoryWorkbookPort(port.timeZone(), port.locale());
      for (const sheet of port.listSheets()) {
        memory.addSheet(sheet.name, port.readValues(sheet.name), sheet.marker);
      }
      return memory;
    });

    const problems = [
      ...sameCallsWithin(`${size.label} recalculation`, reruns),
      ...sameCallsWithin(`${size.label} cold edit`, coldEdits),
      ...sameCallsWithin(`${size.label} warm edit`, warmEdits),
      ...callDifferences(plain.calls.byMethod, reruns[0].calls.byMethod).map((difference) => `${size.label}: recalculate() and the timed copy differ: ${difference}`),
    ];

    const fitsOneSpreadsheet = registerCells + summaryGridCells <= MAX_CELLS_PER_SPREADSHEET;
    const single = holder.registers !== null && fitsOneSpreadsheet ? measureSingleSpreadsheet(fakes, holder.registers) : null;
    if (single !== null) {
      log(`  one spreadsheet: first ${single.firstMs.toFixed(0)} ms, rerun ${single.rerunMs.toFixed(0)} ms, ${single.gridCells.toLocaleString('en-US')} grid cells`);
    }

    return {
      seedMs,
      baseline,
      firstRecalc,
      reruns,
      plainRecalcCalls: plain.calls,
      plainRecalcMs: plain.ms,
      summaryGridCells,
      coldEdits,
      warmEdits,
      reminders,
      imports,
      single,
      problems,
      memoryPort,
    };
  } finally {
    uninstallGasFakes(globalThis);
  }
}

/** Generates the workbook of one size and measures everything the benchmark reports for it. */
export async function benchmarkSize(size: BenchSize, importCsv: Uint8Array): Promise<SizeResult> {
  log(`\n== ${size.label}: ${size.assets.toLocaleString('en-US')} assets`);
  const generateStart = now();
  // The generated rows are kept only for the steps that need them again, so the largest size measures
  // with a smaller heap.
  const holder: RegisterHolder = { registers: generateBenchRegisters(size.assets) };
  const generateMs = now() - generateStart;
  const { cells: registerCells, rowCounts } = holder.registers as BenchRegisters;
  log(`  generated ${registerCells.toLocaleString('en-US')} register cells in ${generateMs.toFixed(0)} ms`);

  const { memoryPort, ...overFakes } = measureOverFakes(size, holder, importCsv);

  // Without the fake services in the heap, as the tool's JavaScript runs in Node or Apps Script.
  const core = repeat(size.runs, () => coreRecalculation(memoryPort, BENCH_AS_OF));
  log(`  core recalculation: ${core.map((run) => run.ms.toFixed(0)).join(', ')} ms`);

  const xlsx = holder.registers === null ? [] : await measureXlsx(size, holder.registers);
  return { size, rowCounts, registerCells, generateMs, core, xlsx, ...overFakes };
}
