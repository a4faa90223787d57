import { calendarDateIn } from '../calendar/today';
import { translate } from '../i18n';
import { readRegisterSnapshot, readWorkbookSettings } from '../importing/registerSnapshot';
import { REGISTERS } from '../registers/definitions';
import type { Lang } from '../registers/schema';
import type { CellValue, WorkbookPort } from '../workbook/port';
import { registerToCsv, type ExportHeaders } from './csvExport';

/**
 * The server side of the export dialog. The CSV text goes back to the browser, which saves it as a
 * file, so the add-on needs no Drive scope.
 */

export interface ExportDialogEnvironment {
  readonly port: WorkbookPort;
  readonly now: () => Date;
}

export interface ExportDialogSetup {
  readonly lang: Lang;
  readonly strings: Readonly<Record<ExportDialogString, string>>;
  readonly registers: readonly { readonly value: string; readonly label: string }[];
  readonly headerModes: readonly { readonly value: string; readonly label: string }[];
}

export type ExportResponse =
  | { readonly status: 'ok'; readonly fileName: string; readonly csv: string; readonly message: string }
  | { readonly status: 'missing' | 'invalid'; readonly message: string };

const DIALOG_STRINGS = {
  title: 'export.dialog.title',
  intro: 'export.dialog.intro',
  register: 'export.dialog.register',
  headers: 'export.dialog.headers',
  download: 'export.dialog.download',
  close: 'export.dialog.close',
  working: 'export.dialog.working',
  failed: 'export.dialog.failed',
} as const;

export type ExportDialogString = keyof typeof DIALOG_STRINGS;

const HEADER_MODES: readonly ExportHeaders[] = ['localized', 'keys'];

/** Characters that Windows, macOS or Linux do not allow in a file name. */
const FILE_NAME_UNSAFE = /[\\/:*?"<>|\u0000-\u001f]/g;

export function exportDialogSetup(environment: ExportDialogEnvironment): ExportDialogSetup {
  const { lang } = readWorkbookSettings(environment.port);
  const strings = Object.fromEntries(Object.entries(DIALOG_STRINGS).map(([name, key]) => [name, translate(lang, key)])) as Record<ExportDialogString, string>;
  return {
    lang,
    strings,
    registers: REGISTERS.map((register) => ({ value: register.id, label: register.tab[lang] })),
    headerModes: HEADER_MODES.map((mode) => ({ value: mode, label: translate(lang, `export.dialog.headers.${mode}`) })),
  };
}

/**
 * Returns one register tab as CSV text with a file name such as Assets_2025-06-30.csv. Both arguments
 * come from the browser and are checked against the register ids and the header modes.
 */
export function exportRegisterCsv(environment: ExportDialogEnvironment, registerId: unknown, headerMode: unknown): ExportResponse {
  const register = REGISTERS.find((candidate) => candidate.id === registerId);
  const headers = HEADER_MODES.find((mode) => mode === headerMode);
  if (register === undefined || headers === undefined) {
    const { lang } = readWorkbookSettings(environment.port);
    return { status: 'invalid', message: translate(lang, 'export.request.invalidField', { field: register === undefined ? 'registerId' : 'headerMode' }) };
  }

  const snapshot = readRegisterSnapshot(environment.port, register);
  if (snapshot.tab === null) {
    return { status: 'missing', message: translate(snapshot.lang, 'export.missingTab', { sheet: register.tab[snapshot.lang] }) };
  }
  const csv = registerToCsv(register, snapshot.tab.values, { headers, lang: snapshot.lang });
  const asOf = calendarDateIn(environment.now(), snapshot.timeZone);
  const fileName = `${snapshot.tab.sheetName.replace(FILE_NAME_UNSAFE, '_')}_${asOf}.csv`;
  const message = translate(snapshot.lang, 'export.done', { rows: dataRowCount(snapshot.tab.values), sheet: snapshot.tab.sheetName, file: fileName });
  return { status: 'ok', fileName, csv, message };
}

/** Counts the rows below the header that registerToCsv writes: every row with a non-blank cell. */
export function dataRowCount(values: readonly (readonly CellValue[])[]): number {
  return values.slice(1).filter((row) => row.some((cell) => !(typeof cell === 'string' && cell.trim() === ''))).length;
}
