import { readHistory, type HistoryRecord } from '../history/assetHistory';
import { CHANGE_HISTORY_ID, changeHistoryLayout, type ChangeAuthor } from '../history/changeHistory';
import { historyTimestamp } from '../history/historyTimestamp';
import { translate } from '../i18n';
import { normalizeHeader } from '../registers/headerMatching';
import type { Lang } from '../registers/schema';
import type { SheetInfo, WorkbookPort } from '../workbook/port';

/** Finds the Change History tab by its marker, then by its English or Korean name; null when missing. */
export function findHistoryTab(sheets: readonly SheetInfo[]): string | null {
  const marked = sheets.find((sheet) => sheet.marker === CHANGE_HISTORY_ID);
  if (marked) {
    return marked.name;
  }
  const names = [translate('en', 'history.sheetName'), translate('ko', 'history.sheetName')].map(normalizeHeader);
  return sheets.find((sheet) => sheet.marker === null && names.includes(normalizeHeader(sheet.name)))?.name ?? null;
}

/** Returns the Change History tab, creating it as setup does when the workbook has none yet. */
export function ensureHistoryTab(port: WorkbookPort, lang: Lang): string {
  return findHistoryTab(port.listSheets()) ?? port.ensureRegisterSheet(changeHistoryLayout(lang), null);
}

/** Reads every Change History line with one batch read; [] when the tab is missing. */
export function readHistoryLines(port: WorkbookPort, sheets: readonly SheetInfo[]): HistoryRecord[] {
  const sheetName = findHistoryTab(sheets);
  return sheetName === null ? [] : readHistory(port.readValues(sheetName));
}

/** The author of a change made in the asset panel, timed in the workbook's time zone. */
export function panelAuthor(now: Date, timeZone: string, userEmail: string): ChangeAuthor {
  return { source: 'sidebar', userEmail, timestamp: historyTimestamp(now, timeZone) };
}
