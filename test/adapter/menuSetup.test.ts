import { readHistory } from '../../src/core/history/assetHistory';
import { CHANGE_HISTORY_ID } from '../../src/core/history/changeHistory';
import { REGISTERS } from '../../src/core/registers/definitions';
import { itamSetup } from '../../src/gas/main';
import { SpreadsheetPort } from '../../src/gas/spreadsheetPort';
import { asGasSpreadsheet, installGasFakes, uninstallGasFakes, type GasFakes } from '../fakes';

let fakes: GasFakes;

beforeEach(() => {
  jest.spyOn(console, 'log').mockImplementation(() => undefined);
  fakes = installGasFakes(globalThis, { scriptTimeZone: 'America/Los_Angeles', spreadsheet: { id: 'sheet-1', timeZone: 'Asia/Seoul', locale: 'ko_KR' } });
});

afterEach(() => {
  uninstallGasFakes(globalThis);
  jest.restoreAllMocks();
});

function historySheet(): GoogleAppsScript.Spreadsheet.Sheet {
  const spreadsheet = asGasSpreadsheet(fakes.spreadsheet);
  const name = new SpreadsheetPort(spreadsheet).listSheets().find((sheet) => sheet.marker === CHANGE_HISTORY_ID)?.name;
  return spreadsheet.getSheetByName(name ?? '') as GoogleAppsScript.Spreadsheet.Sheet;
}

describe('menu setup', () => {
  test('creates registers in Korean and reports', () => {
    itamSetup();

    const names = asGasSpreadsheet(fakes.spreadsheet)
      .getSheets()
      .map((sheet) => sheet.getName());
    for (const register of REGISTERS) {
      expect(names).toContain(register.tab.ko);
    }
    expect(fakes.ui.alerts.at(-1)?.prompt).toContain('새 탭 12개');
  });

  test('protects change history with a warning', () => {
    itamSetup();

    const protections = historySheet().getProtections(SpreadsheetApp.ProtectionType.SHEET);
    expect(protections).toHaveLength(1);
    expect(protections[0].isWarningOnly()).toBe(true);
  });

  test('records starter rows in change history', () => {
    itamSetup();

    const history = readHistory(historySheet().getDataRange().getValues() as never);
    expect(history.filter((entry) => entry.tab === '설정').length).toBeGreaterThan(10);
    expect(history.every((entry) => entry.source === 'setup')).toBe(true);
    expect(history[0].time).toMatch(/\+09:00$/);
  });

  test('second run adds nothing', () => {
    itamSetup();
    const rows = historySheet().getLastRow();
    itamSetup();

    expect(historySheet().getLastRow()).toBe(rows);
    expect(fakes.ui.alerts.at(-1)?.prompt).toContain('새 탭 0개');
  });
});
