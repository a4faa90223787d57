import { rowForColumns } from '../assets/assetInput';
import { CHANGE_HISTORY_ID, changeHistoryLayout, entriesForNewRecords, historyRows } from '../history/changeHistory';
import { translate } from '../i18n';
import { matchHeaders, normalizeHeader } from '../registers/headerMatching';
import { findRegisterSheet } from '../registers/loadWorkbook';
import type { Lang, RegisterDef } from '../registers/schema';
import { missingColumns, registerLayout } from '../setup/setupWorkbook';
import type { CellValue, OutputValue, SheetInfo, WorkbookPort } from '../workbook/port';
import { IMPORT_REPORT_SHEET_ID, buildImportReportSheet } from './importReportSheet';
import type { ImportResult } from './importResult';

export interface ImportCommitOptions {
  /** Who imported, as recorded in Change History: an email in Sheets, a user name in the CLI, or ''. */
  readonly userEmail: string;
  /** Time of the import as ISO 8601 in the workbook's time zone (see historyTimestamp). */
  readonly timestamp: string;
}

export interface ImportCommitOutcome {
  /** The register tab the rows went to. */
  readonly sheetName: string;
  readonly added: number;
  /** Sheet rows of the first and last added row; null when no row was accepted. */
  readonly firstRow: number | null;
  readonly lastRow: number | null;
  /** The workbook had no tab for the register, so the import created it. */
  readonly createdTab: boolean;
  /** Register columns the tab lacked, appended to its right so that no accepted value is lost. */
  readonly addedColumns: number;
  /** The Change History tab, or null when no row was added. */
  readonly historySheet: string | null;
  readonly reportSheet: string;
}

interface TargetTab {
  readonly sheetName: string;
  /** Every value of the tab after it was created or extended, header row included. */
  readonly values: readonly (readonly CellValue[])[];
  readonly createdTab: boolean;
  readonly addedColumns: number;
}

/**
 * Commits an import preview: appends every accepted row to the register tab in one write, in the
 * tab's own column order, then logs one Change History line per added row in one more write, then
 * rewrites the Import Report sheet. The register tab is created when missing and gets the register
 * columns it lacks, as setup would add them. Existing rows are never changed. The result must have
 * been computed from the tab as it is now, so that its key checks still hold.
 */
export function commitImport(port: WorkbookPort, register: RegisterDef, result: ImportResult, options: ImportCommitOptions): ImportCommitOutcome {
  if (result.register !== register.id) {
    throw new Error(`The import result is for the register "${result.register}", not "${register.id}".`);
  }
  const lang = result.lang;

  let target: TargetTab | null = null;
  let firstRow: number | null = null;
  let historySheet: string | null = null;
  if (result.accepted.length > 0) {
    target = ensureRegisterTab(port, register, lang);
    const headerRow = target.values[0] ?? [];
    const columns = matchHeaders(register, headerRow).columns;
    const rows = result.accepted.map((row) => rowInTabOrder(register, row.values, columns, headerRow.length, target as TargetTab));
    // Row 1 is the header even when the tab had no other content.
    firstRow = Math.max(target.values.length, 1) + 1;
    port.appendRows(target.sheetName, rows);

    const author = { source: 'import' as const, userEmail: options.userEmail, timestamp: options.timestamp };
    const records = result.accepted.map((row, index) => ({ tab: (target as TargetTab).sheetName, recordKey: row.key ?? '', row: (firstRow as number) + index }));
    historySheet = changeHistorySheet(port, port.listSheets(), lang);
    port.appendRows(historySheet, historyRows(entriesForNewRecords(records, author), lang));
  }

  const report = buildImportReportSheet(result, lang);
  port.writeOutputSheet(report);
  const reportSheet = port.listSheets().find((sheet) => sheet.marker === IMPORT_REPORT_SHEET_ID)?.name ?? report.name;

  return {
    sheetName: target?.sheetName ?? findRegisterSheet(register, port.listSheets()) ?? register.tab[lang],
    added: result.accepted.length,
    firstRow,
    lastRow: firstRow === null ? null : firstRow + result.accepted.length - 1,
    createdTab: target?.createdTab ?? false,
    addedColumns: target?.addedColumns ?? 0,
    historySheet,
    reportSheet,
  };
}

/**
 * Finds the register tab, creating it or appending its missing columns. A tab created here gets no
 * starter rows (the default categories), because the imported rows were checked against an empty tab.
 */
function ensureRegisterTab(port: WorkbookPort, register: RegisterDef, lang: Lang): TargetTab {
  const sheets = port.listSheets();
  const layout = registerLayout(register, lang);
  const existing = findRegisterSheet(register, sheets);

  if (existing === null) {
    const sheetName = port.ensureRegisterSheet({ ...layout, initialRows: undefined }, null);
    return { sheetName, values: port.readValues(sheetName), createdTab: true, addedColumns: 0 };
  }

  const values = port.readValues(existing);
  const missing = missingColumns(register, values[0] ?? [], layout);
  const unmarked = sheets.some((sheet) => sheet.name === existing && sheet.marker !== register.id);
  if (missing.headers.length === 0 && !unmarked) {
    return { sheetName: existing, values, createdTab: false, addedColumns: 0 };
  }
  port.ensureRegisterSheet(missing, existing);
  return { sheetName: existing, values: port.readValues(existing), createdTab: false, addedColumns: missing.headers.length };
}

/** Lays out one accepted row (values in register field order) in the tab's columns. */
function rowInTabOrder(register: RegisterDef, values: readonly OutputValue[], columns: Readonly<Record<string, number>>, width: number, target: TargetTab): OutputValue[] {
  const byField: Record<string, OutputValue> = {};
  register.fields.forEach((field, index) => {
    const value = values[index] ?? '';
    if (value === '' || value === null) {
      return;
    }
    if (columns[field.key] === undefined) {
      throw new Error(`The tab "${target.sheetName}" has no column for ${field.header.en} after setup, so the import would lose its values.`);
    }
    byField[field.key] = value;
  });
  return rowForColumns(columns, byField, width);
}

/** Finds the Change History tab by its marker, then by its name in either language, and creates it when missing. */
function changeHistorySheet(port: WorkbookPort, sheets: readonly SheetInfo[], lang: Lang): string {
  const marked = sheets.find((sheet) => sheet.marker === CHANGE_HISTORY_ID);
  if (marked) {
    return marked.name;
  }
  const names = (['ko', 'en'] as const).map((language) => normalizeHeader(translate(language, 'history.sheetName')));
  const named = sheets.find((sheet) => names.includes(normalizeHeader(sheet.name)));
  if (named) {
    return named.name;
  }
  return port.ensureRegisterSheet(changeHistoryLayout(lang), null);
}
