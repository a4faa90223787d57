import type { IsoDate } from '../calendar/calendarDate';
import type { Finding } from '../findings/finding';
import type { HistoryRecord } from '../history/assetHistory';
import type { RegisterData } from '../registers/records';
import type { Lang, RegisterId } from '../registers/schema';
import type { Settings } from '../settings/settings';
import type { OutputSheet } from '../workbook/port';

/** Location of a register: its tab name and the 1-based column of each field present. */
export interface RegisterLocation {
  readonly sheetName: string;
  readonly columns: Readonly<Record<string, number>>;
}

/** Everything a summary view needs; views never read the clock or a workbook themselves. */
export interface RecalcContext {
  readonly asOf: IsoDate;
  readonly lang: Lang;
  readonly settings: Settings;
  readonly data: RegisterData;
  /** Registers whose tab exists, by id. */
  readonly locations: Readonly<Partial<Record<RegisterId, RegisterLocation>>>;
  /** Findings from reading the registers (headers, values, references). */
  readonly findings: readonly Finding[];
  /** Lines of the Change History tab, or null when the tab is missing or was not read. */
  readonly changeHistory?: readonly HistoryRecord[] | null;
}

export interface ViewResult {
  readonly sheets: readonly OutputSheet[];
  /** Keys merged into the JSON printed by `itam recalc --json`. */
  readonly json: Readonly<Record<string, unknown>>;
  /** Findings the view raised (for example a double-counted acquisition); they join the data-quality sheet. */
  readonly findings: readonly Finding[];
}

/** A summary view: a pure function of the context. */
export type SummaryView = (context: RecalcContext) => ViewResult;
