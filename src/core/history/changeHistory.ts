import { a1, columnLetters } from '../findings/finding';
import { translate } from '../i18n';
import type { Lang, RegisterId } from '../registers/schema';
import type { CellValue, RegisterSheetLayout } from '../workbook/port';

/**
 * The Change History sheet: an append-only log of every change to the registers, one line per changed
 * cell. Edits typed in Sheets come from the on-edit trigger. Script writes never fire on-edit, so the
 * code behind the sidebar, import, setup and the CLI logs its own changes.
 */

export const CHANGE_HISTORY_ID = 'changeHistory';

/** Cells above which an edit or a tool change is logged as one summary line instead of cell by cell. */
export const DEFAULT_HISTORY_CELL_LIMIT = 500;

/** Sheet row of the register headers. */
const HEADER_ROW = 1;

export type HistorySource = 'edit' | 'sidebar' | 'import' | 'setup' | 'cli';
export const HISTORY_SOURCES: readonly HistorySource[] = ['edit', 'sidebar', 'import', 'setup', 'cli'];

/** Columns of the Change History sheet, in order. */
export const HISTORY_COLUMNS = ['time', 'user', 'tab', 'recordKey', 'field', 'oldValue', 'newValue', 'source'] as const;
export type HistoryColumn = (typeof HISTORY_COLUMNS)[number];

export function historyHeaders(lang: Lang): string[] {
  return HISTORY_COLUMNS.map((column) => translate(lang, `history.header.${column}`));
}

/**
 * Returns the layout setup uses to create the Change History tab. Every column is text, so a value
 * such as 007 or 2025-03-01 stays exactly as logged.
 */
export function changeHistoryLayout(lang: Lang): RegisterSheetLayout {
  return {
    registerId: CHANGE_HISTORY_ID,
    name: translate(lang, 'history.sheetName'),
    headers: historyHeaders(lang),
    notes: HISTORY_COLUMNS.map((column) => translate(lang, `history.note.${column}`)),
    formats: HISTORY_COLUMNS.map(() => 'text'),
    validations: [],
  };
}

/** The change recorded by one line of history. */
export type HistoryChange =
  /** One cell: `oldValue` is null when Sheets did not report it (multi-cell edits and pastes). */
  | { readonly kind: 'cell'; readonly field: string; readonly column: number | null; readonly oldValue: string | null; readonly newValue: string }
  | { readonly kind: 'newRecord' }
  /** A change too large to log cell by cell: the range (A1, or '' when not one rectangle) and its size. */
  | { readonly kind: 'summary'; readonly range: string; readonly count: number; readonly unit: 'cells' | 'records' };

/** One line of history before it is rendered in the workbook's language. */
export interface HistoryEntry {
  /** ISO 8601 date and time in the spreadsheet's time zone, with its offset. */
  readonly time: string;
  readonly user: string;
  readonly tab: string;
  /** Asset Tag, CI ID or other key of the row; '' when the register has no key field or the cell is blank. */
  readonly recordKey: string;
  /** Sheet row at the time of the change, or null for a summary. */
  readonly row: number | null;
  readonly change: HistoryChange;
  readonly source: HistorySource;
}

/** Converts a cell to the plain text logged in history: dates as YYYY-MM-DD, booleans as TRUE/FALSE. */
export function historyText(value: CellValue | null | undefined): string {
  if (value === undefined || value === null) {
    return '';
  }
  if (typeof value === 'object') {
    return value.date;
  }
  if (typeof value === 'boolean') {
    return value ? 'TRUE' : 'FALSE';
  }
  return String(value);
}

/** A range in the shape of the edit event's `e.range`, 1-based. */
export interface EditedRange {
  readonly row: number;
  readonly column: number;
  readonly numRows: number;
  readonly numColumns: number;
}

/** One edit typed or pasted into a register tab, as the on-edit trigger observed it. */
export interface SheetEdit {
  readonly sheetName: string;
  readonly registerId: RegisterId;
  readonly range: EditedRange;
  /** Row 1 of the tab; a column without a header is logged by its letter. */
  readonly headerRow: readonly CellValue[];
  /** Key cell of each edited row, top to bottom; empty when the register has no key field. */
  readonly keyColumnValues: readonly CellValue[];
  /**
   * Value before a single-cell edit as the event reports it, undefined when that cell was empty.
   * Ignored for a multi-cell edit, where Sheets does not report old values.
   */
  readonly oldValue?: CellValue;
  /** Values of the range after the edit, numRows × numColumns; unused (and may be empty) above the cell limit. */
  readonly newValues: readonly (readonly CellValue[])[];
  readonly userEmail: string;
  readonly timestamp: string;
}

/**
 * Builds the history lines of one edit. A single-cell edit logs old and new values, and nothing
 * when the value did not change. A multi-cell edit logs every cell of the range with the old value
 * unknown, because Sheets reports no old values then. Above `limit` cells the edit is one summary
 * line with the range and the cell count.
 */
export function entriesForEdit(edit: SheetEdit, limit: number = DEFAULT_HISTORY_CELL_LIMIT): HistoryEntry[] {
  const { range } = edit;
  const cellCount = range.numRows * range.numColumns;
  const base = { time: edit.timestamp, user: edit.userEmail, tab: edit.sheetName, source: 'edit' as const };

  if (cellCount > limit) {
    return [{ ...base, recordKey: '', row: null, change: { kind: 'summary', range: rangeA1(range), count: cellCount, unit: 'cells' } }];
  }
  if (edit.newValues.length !== range.numRows || edit.newValues.some((values) => values.length !== range.numColumns)) {
    throw new Error(`Edit of ${rangeA1(range)} on "${edit.sheetName}" carries values of another size than the range.`);
  }

  const single = cellCount === 1;
  const entries: HistoryEntry[] = [];
  for (let rowOffset = 0; rowOffset < range.numRows; rowOffset++) {
    const row = range.row + rowOffset;
    const recordKey = row === HEADER_ROW ? '' : historyText(edit.keyColumnValues[rowOffset]).trim();

    for (let columnOffset = 0; columnOffset < range.numColumns; columnOffset++) {
      const column = range.column + columnOffset;
      const newValue = historyText(edit.newValues[rowOffset][columnOffset]);
      const oldValue = single ? historyText(edit.oldValue) : null;
      if (single && oldValue === newValue) {
        continue;
      }
      const field = historyText(edit.headerRow[column - 1]).trim();
      entries.push({ ...base, recordKey, row, change: { kind: 'cell', field, column, oldValue, newValue } });
    }
  }
  return entries;
}

function rangeA1(range: EditedRange): string {
  const topLeft = a1(range.row, range.column);
  if (range.numRows === 1 && range.numColumns === 1) {
    return topLeft;
  }
  return `${topLeft}:${a1(range.row + range.numRows - 1, range.column + range.numColumns - 1)}`;
}

/** Source, user and time of a change made through the tool. */
export interface ChangeAuthor {
  readonly source: Exclude<HistorySource, 'edit'>;
  readonly userEmail: string;
  readonly timestamp: string;
}

/** One cell the tool changes in a register. */
export interface ToolChange {
  readonly tab: string;
  readonly recordKey: string;
  readonly row: number | null;
  /** Header of the changed column as it appears on the tab. */
  readonly field: string;
  /** Value before the change, or null when the tool does not know it. */
  readonly oldValue: CellValue | null;
  readonly newValue: CellValue;
}

/**
 * Builds the history lines for cells the tool changes, to be appended in the same batch as the change.
 * Unchanged cells are skipped. Above `limit` changed cells, each tab gets one summary line.
 */
export function entriesForToolChange(changes: readonly ToolChange[], author: ChangeAuthor, limit: number = DEFAULT_HISTORY_CELL_LIMIT): HistoryEntry[] {
  const base = { time: author.timestamp, user: author.userEmail, source: author.source };
  const changed = changes.filter((change) => change.oldValue === null || historyText(change.oldValue) !== historyText(change.newValue));

  if (changed.length > limit) {
    return countByTab(changed.map((change) => change.tab)).map(([tab, count]) => ({
      ...base,
      tab,
      recordKey: '',
      row: null,
      change: { kind: 'summary', range: '', count, unit: 'cells' },
    }));
  }
  return changed.map((change) => ({
    ...base,
    tab: change.tab,
    recordKey: change.recordKey,
    row: change.row,
    change: {
      kind: 'cell',
      field: change.field,
      column: null,
      oldValue: change.oldValue === null ? null : historyText(change.oldValue),
      newValue: historyText(change.newValue),
    },
  }));
}

/** A row the tool adds to a register (import, setup, sidebar "new asset"). */
export interface NewRecord {
  readonly tab: string;
  readonly recordKey: string;
  readonly row: number;
}

/** Builds one history line per added row, or one summary line per tab above `limit` rows. */
export function entriesForNewRecords(records: readonly NewRecord[], author: ChangeAuthor, limit: number = DEFAULT_HISTORY_CELL_LIMIT): HistoryEntry[] {
  const base = { time: author.timestamp, user: author.userEmail, source: author.source };

  if (records.length > limit) {
    return countByTab(records.map((record) => record.tab)).map(([tab, count]) => ({
      ...base,
      tab,
      recordKey: '',
      row: null,
      change: { kind: 'summary', range: '', count, unit: 'records' },
    }));
  }
  return records.map((record) => ({ ...base, tab: record.tab, recordKey: record.recordKey, row: record.row, change: { kind: 'newRecord' } }));
}

function countByTab(tabs: readonly string[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const tab of tabs) {
    counts.set(tab, (counts.get(tab) ?? 0) + 1);
  }
  return [...counts];
}

/**
 * Renders entries as Change History rows in the workbook language. Every value is a plain string, so
 * the port writes user text that starts with = + - @ as text, never as a formula.
 */
export function historyRows(entries: readonly HistoryEntry[], lang: Lang): string[][] {
  const unknown = translate(lang, 'history.value.unknown');

  return entries.map((entry) => {
    const recordKey = entry.recordKey !== '' || entry.row === null ? entry.recordKey : translate(lang, 'history.value.rowRecord', { row: entry.row });
    const [field, oldValue, newValue] = renderChange(entry.change, lang, unknown);
    return [entry.time, entry.user, entry.tab, recordKey, field, oldValue, newValue, translate(lang, `history.source.${entry.source}`)];
  });
}

function renderChange(change: HistoryChange, lang: Lang, unknown: string): [string, string, string] {
  switch (change.kind) {
    case 'cell': {
      const field = change.field !== '' || change.column === null ? change.field : translate(lang, 'history.value.columnField', { column: columnLetters(change.column) });
      return [field, change.oldValue ?? unknown, change.newValue];
    }
    case 'newRecord':
      return [translate(lang, 'history.value.newRecord'), '', ''];
    case 'summary': {
      if (change.unit === 'records') {
        return [change.range, '', translate(lang, 'history.value.recordCount', { count: change.count })];
      }
      return [change.range, unknown, translate(lang, 'history.value.cellCount', { count: change.count })];
    }
  }
}
