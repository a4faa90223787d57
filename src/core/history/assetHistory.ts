import { translate } from '../i18n';
import { REGISTERS } from '../registers/definitions';
import { headerCandidates, normalizeHeader } from '../registers/headerMatching';
import type { CellValue } from '../workbook/port';
import { HISTORY_COLUMNS, HISTORY_SOURCES, historyText, type HistoryColumn, type HistorySource } from './changeHistory';
import { referenceKey } from '../registers/referenceKey';

/** One line read back from the Change History tab; every value is the text stored there. */
export interface HistoryRecord {
  /** 1-based sheet row. */
  readonly row: number;
  readonly time: string;
  readonly user: string;
  readonly tab: string;
  readonly recordKey: string;
  readonly field: string;
  readonly oldValue: string;
  readonly newValue: string;
  /** The source parsed from its English or Korean label, or null when the cell contains something else. */
  readonly source: HistorySource | null;
}

/**
 * Reads the Change History tab's values (header row included). Columns are found by their English or
 * Korean header, so a tab whose columns were moved still reads. A column whose header is missing falls
 * back to its position in the layout. Blank rows are skipped.
 */
export function readHistory(values: readonly (readonly CellValue[])[]): HistoryRecord[] {
  if (values.length === 0) {
    return [];
  }
  const columns = historyColumnIndexes(values[0]);
  const sources = sourceLabels();

  const records: HistoryRecord[] = [];
  for (let index = 1; index < values.length; index++) {
    const line = values[index];
    const text = (column: HistoryColumn): string => historyText(line[columns[column]] ?? '');
    if (HISTORY_COLUMNS.every((column) => text(column).trim() === '')) {
      continue;
    }
    records.push({
      row: index + 1,
      time: text('time'),
      user: text('user'),
      tab: text('tab'),
      recordKey: text('recordKey'),
      field: text('field'),
      oldValue: text('oldValue'),
      newValue: text('newValue'),
      source: sources.get(normalizeHeader(text('source'))) ?? null,
    });
  }
  return records;
}

function historyColumnIndexes(headerRow: readonly CellValue[]): Record<HistoryColumn, number> {
  const headers = headerRow.map((cell) => normalizeHeader(historyText(cell)));
  const indexes = {} as Record<HistoryColumn, number>;
  HISTORY_COLUMNS.forEach((column, position) => {
    const labels = [translate('en', `history.header.${column}`), translate('ko', `history.header.${column}`)].map(normalizeHeader);
    const found = headers.findIndex((header) => labels.includes(header));
    indexes[column] = found === -1 ? position : found;
  });
  return indexes;
}

function sourceLabels(): Map<string, HistorySource> {
  const labels = new Map<string, HistorySource>();
  for (const source of HISTORY_SOURCES) {
    labels.set(normalizeHeader(source), source);
    labels.set(normalizeHeader(translate('en', `history.source.${source}`)), source);
    labels.set(normalizeHeader(translate('ko', `history.source.${source}`)), source);
  }
  return labels;
}

export interface HistoryFilter {
  /** Keep only lines of this tab (compared like headers), for keys that two registers could share. */
  readonly tab?: string;
  /** Keep at most this many lines, newest first. */
  readonly limit?: number;
}

/**
 * Returns the history of one record, newest first (the tab is append-only, so sheet order is time
 * order). Keys compare like register keys: NFC, trimmed, case folded. A line that renamed the record
 * (its key column changed from this key to another) belongs to the history too.
 */
export function historyOf(records: readonly HistoryRecord[], recordKey: string, filter: HistoryFilter = {}): HistoryRecord[] {
  const key = referenceKey(recordKey);
  if (key === '') {
    return [];
  }
  const tab = filter.tab === undefined ? null : normalizeHeader(filter.tab);
  const keyHeaders = keyFieldHeaders();

  const matching = records.filter((record) => {
    if (tab !== null && normalizeHeader(record.tab) !== tab) {
      return false;
    }
    if (referenceKey(record.recordKey) === key) {
      return true;
    }
    return referenceKey(record.oldValue) === key && keyHeaders.has(normalizeHeader(record.field));
  });

  const newestFirst = matching.reverse();
  return filter.limit === undefined ? newestFirst : newestFirst.slice(0, filter.limit);
}


/** Headers (any language or alias) of the fields that name a row in each register. */
function keyFieldHeaders(): Set<string> {
  const headers = new Set<string>();
  for (const register of REGISTERS) {
    const keyField = register.fields.find((field) => field.key === register.keyField);
    if (keyField) {
      for (const header of headerCandidates(keyField)) {
        headers.add(header);
      }
    }
  }
  return headers;
}
