import { translate } from '../i18n';
import { buildImportReportSheet } from './importReportSheet';
import { isFlagged, type ImportResult } from './importResult';
import type { ExpectedCounts } from './importRequest';

/**
 * The preview the import dialog shows: plain strings and numbers only, because google.script.run
 * passes nothing else to the browser. Messages are already rendered in the workbook's language.
 */

export type PreviewRowStatus = 'accepted' | 'flagged' | 'rejected';

export interface PreviewRow {
  /** Row number as a spreadsheet shows the file (the header is row 1). */
  readonly row: number;
  /** Line of the file where the row starts. */
  readonly line: number;
  readonly status: PreviewRowStatus;
  readonly key: string;
  /** Reasons for a rejected row, remarks for a flagged one, none for an accepted one. */
  readonly details: readonly string[];
}

export interface ImportPreview {
  /** The summary and encoding lines, as on the Import Report sheet. */
  readonly summary: readonly string[];
  readonly counts: ExpectedCounts;
  /** Up to MAX_PREVIEW_ROWS rows in file order, chosen rejected and flagged rows first. */
  readonly rows: readonly PreviewRow[];
  /** Rows left out of `rows`, accepted rows without remarks first; the Import Report tab lists every row after the commit. */
  readonly omittedRows: number;
  readonly omittedNote: string | null;
  readonly errors: readonly string[];
  readonly warnings: readonly string[];
}

/**
 * Rows sent to the dialog at most. Rejected and flagged rows are kept before accepted ones, because
 * they are what the user must read before confirming.
 * NOTE: google.script.run documents no size limit for a return value; 2,000 rows of text stay well
 * under a megabyte in practice, which is an estimate and not a measured limit.
 */
export const MAX_PREVIEW_ROWS = 2000;

export function countsOf(result: ImportResult): ExpectedCounts {
  return { accepted: result.accepted.length, flagged: result.accepted.filter(isFlagged).length, rejected: result.rejected.length };
}

export function sameCounts(a: ExpectedCounts, b: ExpectedCounts): boolean {
  return a.accepted === b.accepted && a.flagged === b.flagged && a.rejected === b.rejected;
}

/** Builds the dialog's preview of an import result. */
export function importPreviewOf(result: ImportResult, maxRows: number = MAX_PREVIEW_ROWS): ImportPreview {
  const all: PreviewRow[] = [
    ...result.rejected.map((row) => ({ row: row.row, line: row.line, status: 'rejected' as const, key: row.key, details: row.reasons.map((reason) => reason.text) })),
    ...result.accepted.map((row) => ({
      row: row.row,
      line: row.line,
      status: isFlagged(row) ? ('flagged' as const) : ('accepted' as const),
      key: row.key ?? '',
      details: row.flags.map((flag) => flag.text),
    })),
  ];

  const remarkable = all.filter((row) => row.status !== 'accepted');
  const plain = all.filter((row) => row.status === 'accepted');
  const kept = [...remarkable, ...plain].slice(0, maxRows).sort((a, b) => a.row - b.row);
  const omittedRows = all.length - kept.length;

  return {
    summary: buildImportReportSheet(result, result.lang).preamble ?? [],
    counts: countsOf(result),
    rows: kept,
    omittedRows,
    omittedNote: omittedRows === 0 ? null : translate(result.lang, 'import.preview.omitted', { count: omittedRows, shown: kept.length }),
    errors: result.errors.map((error) => error.text),
    warnings: result.warnings.map((warning) => warning.text),
  };
}
