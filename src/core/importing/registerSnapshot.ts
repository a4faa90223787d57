import { resolveLang } from '../i18n';
import { registerById } from '../registers/definitions';
import { findRegisterSheet } from '../registers/loadWorkbook';
import { readRegister } from '../registers/readRegister';
import type { SettingRecord } from '../registers/records';
import type { Lang, RegisterDef } from '../registers/schema';
import { parseSettings } from '../settings/parseSettings';
import type { Settings } from '../settings/settings';
import type { SheetInfo, WorkbookPort } from '../workbook/port';
import type { ExistingRegister } from './rowIdentity';

/** The workbook's language and settings, read from the Settings tab alone. */
export interface WorkbookSettings {
  readonly lang: Lang;
  readonly settings: Settings;
  readonly timeZone: string;
}

/** What an import or an export reads: the workbook settings and one register tab. */
export interface RegisterSnapshot extends WorkbookSettings {
  /** The register tab with every value, header row included, or null when the workbook has no such tab. */
  readonly tab: ExistingRegister | null;
}

/**
 * Reads the Settings tab with one batch read and resolves the language as loadWorkbook does: the
 * language setting, else the spreadsheet locale. Invalid settings fall back to their defaults; the
 * Data Quality tab reports them on the next recalculation.
 */
export function readWorkbookSettings(port: WorkbookPort, sheets: readonly SheetInfo[] = port.listSheets()): WorkbookSettings {
  const settingsRegister = registerById('settings');
  const sheetName = findRegisterSheet(settingsRegister, sheets);

  let settings: Settings;
  if (sheetName === null) {
    settings = parseSettings([], null).settings;
  } else {
    const read = readRegister(settingsRegister, sheetName, port.readValues(sheetName));
    settings = parseSettings(read.records as SettingRecord[], {
      sheetName,
      keyColumn: read.columns.key ?? 1,
      valueColumn: read.columns.value ?? 2,
      valueHeader: read.headers.value ?? 'Value',
    }).settings;
  }
  return { lang: resolveLang(settings.language, port.locale()), settings, timeZone: port.timeZone() };
}

/** Reads the settings and one register tab, one batch read each, without loading the other registers. */
export function readRegisterSnapshot(port: WorkbookPort, register: RegisterDef): RegisterSnapshot {
  const sheets = port.listSheets();
  const workbook = readWorkbookSettings(port, sheets);

  const sheetName = findRegisterSheet(register, sheets);
  const tab = sheetName === null ? null : { sheetName, values: port.readValues(sheetName) };
  return { ...workbook, tab };
}
