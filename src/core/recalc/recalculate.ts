import type { IsoDate } from '../calendar/calendarDate';
import { buildDataQualitySheet } from '../dataQuality/dataQualitySheet';
import { renderFinding } from '../dataQuality/renderFinding';
import type { Finding } from '../findings/finding';
import type { LoadedWorkbook } from '../registers/loadWorkbook';
import { loadWorkbook } from '../registers/loadWorkbook';
import type { Lang } from '../registers/schema';
import type { OutputSheet, WorkbookPort } from '../workbook/port';
import { limitSummaryRows } from './summaryRowLimit';
import { SUMMARY_VIEWS } from './summaryViews';
import type { RecalcContext, SummaryView } from './view';

export interface RecalcOutcome {
  readonly asOf: IsoDate;
  readonly lang: Lang;
  /** The object printed by `itam recalc --json`. */
  readonly json: Record<string, unknown>;
  readonly sheets: readonly OutputSheet[];
  readonly findings: readonly Finding[];
}

export function contextOf(loaded: LoadedWorkbook, asOf: IsoDate): RecalcContext {
  return {
    asOf,
    lang: loaded.lang,
    settings: loaded.settings,
    data: loaded.data,
    locations: loaded.locations,
    findings: loaded.findings,
    changeHistory: loaded.changeHistory,
  };
}

/**
 * Computes every summary view from loaded registers without writing anything, so a failing view
 * leaves all sheets as they were. The Data Quality sheet comes last because views add findings.
 */
export function computeRecalculation(loaded: LoadedWorkbook, asOf: IsoDate, views: readonly SummaryView[] = SUMMARY_VIEWS): RecalcOutcome {
  const context = contextOf(loaded, asOf);
  const sheets: OutputSheet[] = [];
  const json: Record<string, unknown> = { asOf };
  const findings: Finding[] = [...loaded.findings];

  for (const view of views) {
    const result = view(context);
    sheets.push(...result.sheets);
    Object.assign(json, result.json);
    findings.push(...result.findings);
  }

  sheets.push(buildDataQualitySheet(findings, loaded.lang, asOf));
  json.dataQuality = findings.map((finding) => renderFinding(finding, loaded.lang));
  const limited = sheets.map((sheet) => limitSummaryRows(sheet, loaded.settings.summaryRowLimit, loaded.lang));
  return { asOf, lang: loaded.lang, json, sheets: limited, findings };
}

/** Reads the registers, computes every view and writes each summary sheet with one batch write. */
export function recalculate(port: WorkbookPort, asOf: IsoDate): RecalcOutcome {
  const outcome = computeRecalculation(loadWorkbook(port), asOf);
  for (const sheet of outcome.sheets) {
    port.writeOutputSheet(sheet);
  }
  return outcome;
}
