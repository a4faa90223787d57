import { project, OPTIMISTIC_RATES, PESSIMISTIC_RATES, type Projection } from './costModel';
import { callDifferences, inRuntimeCallTotal, median, serviceCallsOf, serviceCallTotal, type CallCounts } from './measure';
import type { SizeResult } from './sizeBenchmark';

/** The medians and counts of one size that the report prints. */
export interface SizeSummary {
  readonly label: string;
  readonly assets: number;
  readonly runs: number;
  readonly registerCells: number;
  readonly summaryGridCells: number;
  readonly recalcMs: number;
  /** The tool's JavaScript alone: loadWorkbook and computeRecalculation over values in memory. */
  readonly coreMs: number;
  readonly coreLoadMs: number;
  readonly firstRecalcMs: number;
  readonly baselineMs: number;
  /** Recalculation time ÷ baseline time. */
  readonly ratio: number;
  readonly loadMs: number;
  readonly views: readonly { readonly name: string; readonly ms: number }[];
  readonly dataQualityMs: number;
  readonly writeMs: number;
  readonly peakHeapBytes: number;
  readonly recalcCalls: CallCounts;
  readonly firstRecalcCalls: CallCounts;
  readonly baselineCalls: CallCounts;
  readonly coldEditMs: number;
  readonly warmEditMs: number;
  readonly coldEditCalls: CallCounts;
  readonly warmEditCalls: CallCounts;
  readonly reminderMs: number;
  readonly reminderItems: number;
  readonly reminders: number;
  readonly digests: number;
  readonly recipients: number;
  readonly largestDigest: number;
  readonly reminderCalls: CallCounts;
  readonly importMs: number;
  readonly importAccepted: number;
  readonly importRejected: number;
  readonly xlsx: { readonly ms: number; readonly openMs: number; readonly recalcMs: number; readonly saveMs: number } | null;
  readonly single: SizeResult['single'];
  readonly projections: readonly Projection[];
  readonly editProjections: readonly Projection[];
  readonly findings: number;
}

function medianOf<T>(runs: readonly T[], pick: (run: T) => number): number {
  return median(runs.map(pick));
}

export function summarize(result: SizeResult): SizeSummary {
  const { reruns } = result;
  const recalcMs = medianOf(reruns, (run) => run.ms);
  const baselineMs = medianOf(result.baseline, (run) => run.ms);
  const calls = reruns[0].calls;
  // The baseline estimates the fake services' own time, so the rest counts as the tool's JavaScript.
  const computeMs = Math.max(0, recalcMs - baselineMs);
  const cost = { serviceCalls: serviceCallTotal(calls), utilityCalls: inRuntimeCallTotal(calls), cellsRead: calls.cellsRead, cellsWritten: calls.cellsWritten, computeMs };
  const warmEdit = result.warmEdits[0].calls;
  const coldEdit = result.coldEdits[0].calls;
  const coldEditMs = medianOf(result.coldEdits, (run) => run.ms);
  const editCost = { serviceCalls: serviceCallTotal(coldEdit), utilityCalls: inRuntimeCallTotal(coldEdit), cellsRead: coldEdit.cellsRead, cellsWritten: coldEdit.cellsWritten, computeMs: coldEditMs };
  const reminder = result.reminders[0];

  return {
    label: result.size.label,
    assets: result.size.assets,
    runs: result.size.runs,
    registerCells: result.registerCells,
    summaryGridCells: result.summaryGridCells,
    recalcMs,
    coreMs: medianOf(result.core, (run) => run.ms),
    coreLoadMs: medianOf(result.core, (run) => run.loadMs),
    firstRecalcMs: result.firstRecalc.ms,
    baselineMs,
    ratio: recalcMs / baselineMs,
    loadMs: medianOf(reruns, (run) => run.loadMs),
    views: reruns[0].views.map((view, index) => ({ name: view.name, ms: medianOf(reruns, (run) => run.views[index].ms) })),
    dataQualityMs: medianOf(reruns, (run) => run.dataQualityMs),
    writeMs: medianOf(reruns, (run) => run.writeMs),
    peakHeapBytes: medianOf(reruns, (run) => run.peakHeapBytes),
    recalcCalls: calls,
    firstRecalcCalls: result.firstRecalc.calls,
    baselineCalls: result.baseline[0].calls,
    coldEditMs,
    warmEditMs: medianOf(result.warmEdits, (run) => run.ms),
    coldEditCalls: coldEdit,
    warmEditCalls: warmEdit,
    reminderMs: medianOf(result.reminders, (run) => run.ms),
    reminderItems: reminder.items,
    reminders: reminder.reminders,
    digests: reminder.digests,
    recipients: reminder.recipients,
    largestDigest: reminder.largestDigest,
    reminderCalls: reminder.calls,
    importMs: medianOf(result.imports, (run) => run.ms),
    importAccepted: result.imports[0].accepted,
    importRejected: result.imports[0].rejected,
    xlsx:
      result.xlsx.length === 0
        ? null
        : {
            ms: medianOf(result.xlsx, (run) => run.ms),
            openMs: medianOf(result.xlsx, (run) => run.openMs),
            recalcMs: medianOf(result.xlsx, (run) => run.recalcMs),
            saveMs: medianOf(result.xlsx, (run) => run.saveMs),
          },
    single: result.single,
    projections: [project(cost, OPTIMISTIC_RATES), project(cost, PESSIMISTIC_RATES)],
    editProjections: [project(editCost, OPTIMISTIC_RATES), project(editCost, PESSIMISTIC_RATES)],
    findings: reruns[0].findings,
  };
}

/** One check that the service calls of an operation are the same at every size. */
export interface ConstancyCheck {
  readonly operation: string;
  readonly identical: boolean;
  readonly differences: readonly string[];
}

const CHECKED_OPERATIONS: readonly { readonly operation: string; readonly calls: (summary: SizeSummary) => CallCounts }[] = [
  { operation: 'recalculation, first run', calls: (summary) => summary.firstRecalcCalls },
  { operation: 'recalculation, rerun', calls: (summary) => summary.recalcCalls },
  { operation: 'one edit, cold cache', calls: (summary) => summary.coldEditCalls },
  { operation: 'one edit, warm cache', calls: (summary) => summary.warmEditCalls },
];

/**
 * Compares every size with the first one, method by method, over the calls that reach the spreadsheet
 * or another service. Utilities calls are reported beside the check (see IN_RUNTIME_SERVICES).
 */
export function checkConstantCalls(summaries: readonly SizeSummary[]): ConstancyCheck[] {
  return CHECKED_OPERATIONS.map(({ operation, calls }) => {
    const reference = summaries[0];
    const differences = summaries.slice(1).flatMap((summary) =>
      callDifferences(serviceCallsOf(calls(reference)), serviceCallsOf(calls(summary))).map((difference) => `${reference.label} vs ${summary.label}: ${difference}`),
    );
    return { operation, identical: differences.length === 0, differences };
  });
}
