import { generateBenchRegisters, seedRegisterSpreadsheet } from '../../bench/benchWorkbook';
import { BENCH_AS_OF } from '../../bench/benchSizes';
import { measureStatusEdit } from '../../bench/editMeasurement';
import { callDifferences, countCalls, serviceCallsOf, type CallCounts } from '../../bench/measure';
import { recalculate } from '../../src/core/recalc/recalculate';
import { SpreadsheetPort } from '../../src/gas/spreadsheetPort';
import { asGasSpreadsheet, createGasFakes, installGasFakes, uninstallGasFakes } from '../fakes';

interface SizeCalls {
  readonly registerCells: number;
  readonly firstRecalc: CallCounts;
  readonly rerun: CallCounts;
  readonly coldEdit: CallCounts;
  readonly warmEdit: CallCounts;
}

/** Recalculates a seeded workbook twice (each run with a new port, as each execution has) and records one edit. */
function measure(assets: number): SizeCalls {
  const registers = generateBenchRegisters(assets);
  const fakes = installGasFakes(globalThis, createGasFakes({ spreadsheet: null }));
  try {
    const spreadsheet = seedRegisterSpreadsheet(fakes, registers.registers);
    const recalc = (): CallCounts => countCalls(fakes.calls, () => recalculate(new SpreadsheetPort(asGasSpreadsheet(spreadsheet)), BENCH_AS_OF)).calls;
    const firstRecalc = recalc();
    const rerun = recalc();
    const coldEdit = measureStatusEdit(fakes, spreadsheet, 2 + Math.floor(assets / 2), true).calls;
    const warmEdit = measureStatusEdit(fakes, spreadsheet, 3 + Math.floor(assets / 3), false).calls;
    return { registerCells: registers.cells, firstRecalc, rerun, coldEdit, warmEdit };
  } finally {
    uninstallGasFakes(globalThis);
  }
}

describe('service calls across workbook sizes', () => {
  const small = measure(1_000);
  const larger = measure(2_000);

  test('every register cell read once', () => {
    // Beyond the registers, the recalculation reads the same fixed cells at both sizes (the Change History header).
    const extraSmall = small.rerun.cellsRead - small.registerCells;
    const extraLarger = larger.rerun.cellsRead - larger.registerCells;
    expect(extraSmall).toBeGreaterThanOrEqual(0);
    expect(extraLarger).toBe(extraSmall);
    expect(larger.registerCells).toBeGreaterThan(1.5 * small.registerCells);
  });

  test.each([
    ['first recalculation', (calls: SizeCalls) => calls.firstRecalc],
    ['recalculation rerun', (calls: SizeCalls) => calls.rerun],
    ['edit with cold cache', (calls: SizeCalls) => calls.coldEdit],
    ['edit with warm cache', (calls: SizeCalls) => calls.warmEdit],
  ])('%s calls identical', (_operation, pick) => {
    expect(callDifferences(serviceCallsOf(pick(small)), serviceCallsOf(pick(larger)))).toEqual([]);
    expect(serviceCallsOf(pick(small))).toEqual(serviceCallsOf(pick(larger)));
  });

  test('one getValues per register read', () => {
    expect(small.rerun.byMethod['Range.getValues']).toBe(larger.rerun.byMethod['Range.getValues']);
    expect(small.rerun.byMethod['Range.setValues']).toBeGreaterThan(0);
  });
});
