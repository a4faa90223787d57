import { CHANGE_HISTORY_ID, changeHistoryLayout, entriesForNewRecords, historyRows, type ChangeAuthor, type NewRecord } from '../history/changeHistory';
import { resolveLang, translate } from '../i18n';
import { REGISTERS } from '../registers/definitions';
import { matchHeaders } from '../registers/headerMatching';
import { findRegisterSheet } from '../registers/loadWorkbook';
import type { FieldDef, FieldType, Lang, RegisterDef } from '../registers/schema';
import { defaultSettingRows } from '../settings/settingRows';
import type { ColumnFormat, OutputValue, RegisterSheetLayout, WorkbookPort } from '../workbook/port';
import { defaultCategoryRows } from './defaultCategories';
import { selectLayoutColumns } from './layoutColumns';

export interface SetupOptions {
  /** Language of new tabs; omitted, it follows the Settings tab, then the spreadsheet locale. */
  readonly lang?: Lang;
  /** Author of the setup run. When given, the starter rows of new tabs are recorded in Change History. */
  readonly author?: ChangeAuthor;
}

export interface SetupReport {
  readonly lang: Lang;
  /** Names of the tabs created by this run. */
  readonly created: string[];
  /** Count of missing columns appended to existing tabs. */
  readonly addedColumns: number;
}

const FORMAT_BY_TYPE: Record<FieldType, ColumnFormat> = {
  text: 'text',
  id: 'text',
  idList: 'text',
  date: 'date',
  money: 'money',
  number: 'number',
  integer: 'integer',
  boolean: 'text',
  enum: 'text',
  emails: 'text',
};

function headerNote(field: FieldDef, lang: Lang): string {
  const lines = [field.note[lang]];
  if (field.required) {
    lines.push(translate(lang, 'setup.note.required'));
  }
  if (field.enumValues) {
    const allowed = field.enumValues.map((value) => value.label[lang]).join(', ');
    lines.push(translate(lang, 'setup.note.allowed', { allowed }));
  }
  return lines.join('\n');
}

/** Describes a register tab in one language: headers, notes, formats, dropdowns and starter rows. */
export function registerLayout(register: RegisterDef, lang: Lang): RegisterSheetLayout {
  const initialRows = initialRowsFor(register, lang);
  return {
    registerId: register.id,
    name: register.tab[lang],
    headers: register.fields.map((field) => field.header[lang]),
    notes: register.fields.map((field) => headerNote(field, lang)),
    formats: register.fields.map((field) => FORMAT_BY_TYPE[field.type]),
    validations: register.fields.flatMap((field, column) =>
      field.enumValues ? [{ column, values: field.enumValues.map((value) => value.label[lang]) }] : [],
    ),
    ...(initialRows ? { initialRows } : {}),
  };
}

function initialRowsFor(register: RegisterDef, lang: Lang): OutputValue[][] | undefined {
  if (register.id === 'settings') {
    return defaultSettingRows(lang).map((row) => [row.key, row.key === 'language' ? lang : row.defaultText, row.description[lang]]);
  }
  if (register.id === 'categories') {
    return defaultCategoryRows(lang);
  }
  return undefined;
}

/**
 * Creates missing register tabs and appends missing columns to existing ones. It is idempotent and
 * never changes existing rows or user columns; tabs are found by marker, so renamed tabs are kept.
 */
export function setupWorkbook(port: WorkbookPort, options: SetupOptions = {}): SetupReport {
  const sheets = port.listSheets();
  const lang = options.lang ?? languageOf(port, sheets);

  const created: string[] = [];
  const newRecords: NewRecord[] = [];
  let addedColumns = 0;
  for (const register of REGISTERS) {
    const existing = findRegisterSheet(register, sheets);
    const layout = registerLayout(register, lang);
    if (existing === null) {
      const name = port.ensureRegisterSheet(layout, null);
      created.push(name);
      (layout.initialRows ?? []).forEach((row, index) => newRecords.push({ tab: name, recordKey: String(row[0] ?? ''), row: index + 2 }));
      continue;
    }
    const missing = missingColumns(register, port.readValues(existing)[0] ?? [], layout);
    const unmarked = sheets.some((sheet) => sheet.name === existing && sheet.marker !== register.id);
    if (missing.headers.length > 0 || unmarked) {
      port.ensureRegisterSheet(missing, existing);
      addedColumns += missing.headers.length;
    }
  }
  let historySheet = sheets.find((sheet) => sheet.marker === CHANGE_HISTORY_ID)?.name ?? null;
  if (historySheet === null) {
    historySheet = port.ensureRegisterSheet(changeHistoryLayout(lang), null);
    created.push(historySheet);
  }
  if (options.author && newRecords.length > 0) {
    port.appendRows(historySheet, historyRows(entriesForNewRecords(newRecords, options.author), lang));
  }
  return { lang, created, addedColumns };
}

/** Narrows a layout to the fields that no header of the existing tab matches (aliases included). */
export function missingColumns(register: RegisterDef, headerRow: readonly unknown[], layout: RegisterSheetLayout): RegisterSheetLayout {
  const matched = matchHeaders(register, headerRow).columns;
  return selectLayoutColumns(
    layout,
    register.fields.map((field) => !(field.key in matched)),
  );
}

function languageOf(port: WorkbookPort, sheets: ReturnType<WorkbookPort['listSheets']>): Lang {
  const settingsRegister = REGISTERS.find((register) => register.id === 'settings') as RegisterDef;
  const settingsSheet = findRegisterSheet(settingsRegister, sheets);
  if (settingsSheet !== null) {
    const rows = port.readValues(settingsSheet);
    const languageRow = rows.find((row) => String(row[0]).trim() === 'language');
    if (languageRow) {
      return resolveLang(String(languageRow[1] ?? ''), port.locale());
    }
  }
  return resolveLang(null, port.locale());
}
