import type { Finding } from '../findings/finding';
import { readHistory, type HistoryRecord } from '../history/assetHistory';
import { CHANGE_HISTORY_ID } from '../history/changeHistory';
import { resolveLang } from '../i18n';
import type { RegisterLocation } from '../recalc/view';
import { parseSettings } from '../settings/parseSettings';
import type { Settings } from '../settings/settings';
import type { ParseOptions } from '../values/parseResult';
import type { SheetInfo, WorkbookPort } from '../workbook/port';
import { REGISTERS } from './definitions';
import { normalizeHeader } from './headerMatching';
import { readRegister } from './readRegister';
import type { RegisterData, SettingRecord } from './records';
import { checkReferences } from './referenceChecks';
import type { Lang, RegisterDef, RegisterId } from './schema';

export interface LoadedWorkbook {
  readonly lang: Lang;
  readonly settings: Settings;
  readonly data: RegisterData;
  readonly locations: Partial<Record<RegisterId, RegisterLocation>>;
  readonly findings: readonly Finding[];
  readonly timeZone: string;
  readonly locale: string;
  /** Header text as typed in each register, by field key (for messages and the sidebar). */
  readonly headers: Partial<Record<RegisterId, Record<string, string>>>;
  /** Lines of the Change History tab, or null when the workbook has none. */
  readonly changeHistory: readonly HistoryRecord[] | null;
}

export interface LoadOptions {
  readonly parse?: ParseOptions;
}

/** Finds a register's tab by its marker first (survives renaming), then by its English or Korean name. */
export function findRegisterSheet(register: RegisterDef, sheets: readonly SheetInfo[]): string | null {
  const marked = sheets.find((sheet) => sheet.marker === register.id);
  if (marked) {
    return marked.name;
  }
  const names = [register.tab.en, register.tab.ko].map(normalizeHeader);
  const named = sheets.find((sheet) => sheet.marker === null && names.includes(normalizeHeader(sheet.name)));
  return named ? named.name : null;
}

/**
 * Reads every register with one batch read each, parses the settings, resolves the language and
 * collects all data-quality findings. A missing tab is a finding, never an exception.
 */
export function loadWorkbook(port: WorkbookPort, options: LoadOptions = {}): LoadedWorkbook {
  const sheets = port.listSheets();
  const locale = port.locale();
  const findings: Finding[] = [];
  const locations: Partial<Record<RegisterId, RegisterLocation>> = {};
  const headers: Partial<Record<RegisterId, Record<string, string>>> = {};
  const data: Record<string, unknown[]> = {};

  for (const register of REGISTERS) {
    const sheetName = findRegisterSheet(register, sheets);
    if (sheetName === null) {
      data[register.id] = [];
      continue;
    }
    const result = readRegister(register, sheetName, port.readValues(sheetName), options.parse ?? {});
    data[register.id] = result.records;
    locations[register.id] = { sheetName, columns: result.columns };
    headers[register.id] = result.headers;
    findings.push(...result.findings);
  }

  const settingsLocation = locations.settings;
  const parsedSettings = parseSettings(
    data.settings as SettingRecord[],
    settingsLocation
      ? {
          sheetName: settingsLocation.sheetName,
          keyColumn: settingsLocation.columns.key ?? 1,
          valueColumn: settingsLocation.columns.value ?? 2,
          valueHeader: headers.settings?.value ?? 'Value',
        }
      : null,
  );
  findings.push(...parsedSettings.findings);
  const lang = resolveLang(parsedSettings.settings.language, locale);

  for (const register of REGISTERS) {
    if (!locations[register.id] && register.id !== 'settings') {
      findings.push({
        sheet: register.tab[lang],
        row: null,
        column: null,
        cell: null,
        value: '',
        severity: register.id === 'assets' ? 'error' : 'info',
        code: 'finding.missingRegister',
        params: { sheet: register.tab[lang] },
      });
    }
  }

  const historySheet = sheets.find((sheet) => sheet.marker === CHANGE_HISTORY_ID)?.name ?? null;
  const changeHistory = historySheet === null ? null : readHistory(port.readValues(historySheet));

  const registerData = data as unknown as RegisterData;
  findings.push(...checkReferences(registerData, locations, headers));

  return {
    lang,
    settings: parsedSettings.settings,
    data: registerData,
    locations,
    findings,
    timeZone: port.timeZone(),
    locale,
    headers,
    changeHistory,
  };
}
