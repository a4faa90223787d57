import type { IsoDate } from '../src/core/calendar/calendarDate';
import { computeRecalculation, recalculate } from '../src/core/recalc/recalculate';
import { SUMMARY_VIEWS } from '../src/core/recalc/summaryViews';
import type { SummaryView } from '../src/core/recalc/view';
import { loadWorkbook } from '../src/core/registers/loadWorkbook';
import type { WorkbookPort } from '../src/core/workbook/port';
import type { CallCounter, FakeSpreadsheet } from '../test/fakes';
import { callCountsOf, collectGarbage, countCalls, HeapSampler, now, timed, type CallCounts } from './measure';

/** Milliseconds of one named step. */
export interface StepTime {
  readonly name: string;
  readonly ms: number;
}

/** One recalculation, timed by phase: the same steps as `recalculate`, in the same order. */
export interface RecalcRun {
  readonly ms: number;
  /** loadWorkbook: one read per register, parsing and reference checks. */
  readonly loadMs: number;
  /** Each summary view, named by the id of its first sheet. */
  readonly views: readonly StepTime[];
  /** computeRecalculation outside the views: the Data Quality sheet and the merged JSON. */
  readonly dataQualityMs: number;
  /** One writeOutputSheet per sheet, named by sheet id. */
  readonly writes: readonly StepTime[];
  readonly writeMs: number;
  readonly calls: CallCounts;
  readonly loadCalls: CallCounts;
  readonly peakHeapBytes: number;
  readonly sheets: number;
  readonly findings: number;
}

function viewName(view: SummaryView, index: number, firstSheetId: string | undefined): string {
  return firstSheetId ?? (view.name !== '' ? view.name : `view ${index + 1}`);
}

/** Runs `recalculate`'s steps with a clock around each one and the heap sampled between them. */
export function timedRecalculation(port: WorkbookPort, asOf: IsoDate, counter: CallCounter): RecalcRun {
  const heap = new HeapSampler();
  counter.reset();
  const start = now();

  const load = timed(() => loadWorkbook(port));
  const loadCalls = callCountsOf(counter);
  heap.sample();

  const views: StepTime[] = [];
  const timedViews = SUMMARY_VIEWS.map((view, index): SummaryView => (context) => {
    const step = timed(() => view(context));
    views.push({ name: viewName(view, index, step.result.sheets[0]?.id), ms: step.ms });
    heap.sample();
    return step.result;
  });
  const compute = timed(() => computeRecalculation(load.result, asOf, timedViews));
  heap.sample();

  const writes: StepTime[] = [];
  for (const sheet of compute.result.sheets) {
    const write = timed(() => port.writeOutputSheet(sheet));
    writes.push({ name: sheet.id, ms: write.ms });
    heap.sample();
  }
  const ms = now() - start;

  const viewMs = views.reduce((sum, view) => sum + view.ms, 0);
  return {
    ms,
    loadMs: load.ms,
    views,
    dataQualityMs: compute.ms - viewMs,
    writes,
    writeMs: writes.reduce((sum, write) => sum + write.ms, 0),
    calls: callCountsOf(counter),
    loadCalls,
    peakHeapBytes: heap.peakAboveStart(),
    sheets: compute.result.sheets.length,
    findings: compute.result.findings.length,
  };
}

/** Runs the product's own `recalculate` once and returns its calls, to check the timed copy against it. */
export function plainRecalculation(port: WorkbookPort, asOf: IsoDate, counter: CallCounter): { readonly ms: number; readonly calls: CallCounts } {
  const run = timed(() => countCalls(counter, () => recalculate(port, asOf)));
  return { ms: run.ms, calls: run.result.calls };
}

/** The baseline: one getValues per tab and a read of every returned cell, and nothing else. */
export interface BaselineRun {
  readonly ms: number;
  readonly calls: CallCounts;
  readonly cells: number;
  readonly nonEmptyCells: number;
}

export function readEveryCellOnce(spreadsheet: FakeSpreadsheet, counter: CallCounter): BaselineRun {
  counter.reset();
  const start = now();
  let cells = 0;
  let nonEmptyCells = 0;
  for (const sheet of spreadsheet.getSheets()) {
    for (const row of sheet.getDataRange().getValues()) {
      for (const value of row) {
        cells += 1;
        if (value !== '') {
          nonEmptyCells += 1;
        }
      }
    }
  }
  return { ms: now() - start, calls: callCountsOf(counter), cells, nonEmptyCells };
}

/** The recalculation's own JavaScript: loadWorkbook and computeRecalculation over values in memory, no writes. */
export interface CoreRun {
  readonly ms: number;
  readonly loadMs: number;
  readonly computeMs: number;
}

export function coreRecalculation(port: WorkbookPort, asOf: IsoDate): CoreRun {
  collectGarbage();
  const load = timed(() => loadWorkbook(port));
  const compute = timed(() => computeRecalculation(load.result, asOf));
  return { ms: load.ms + compute.ms, loadMs: load.ms, computeMs: compute.ms };
}
