import type { Lang } from '../../../src/core/registers/schema';
import type { SidebarServer } from '../../../src/core/sidebar/sidebarContract';
import type { CellValue } from '../../../src/core/workbook/port';
import { panelServer } from '../../../src/gas/sidebarServer';
import { SpreadsheetPort } from '../../../src/gas/spreadsheetPort';
import { asGasSpreadsheet, installGasFakes, uninstallGasFakes, type GasFakes } from '../../fakes';
import { FIXTURE_NOW, seedDemoWorkbook, seedPanelWorkbook } from './panelWorkbook';

/** A fake Apps Script world holding one seeded spreadsheet, and the panel's server functions over it. */
export interface PanelWorld {
  readonly fakes: GasFakes;
  /** The Apps Script server functions, as google.script.run calls them, at the fixture's instant. */
  readonly server: () => SidebarServer;
  /** Values of a tab as getValues returns them (Date objects for dates). */
  values(sheetName: string): unknown[][];
  /** Formulas of a tab as getFormulas returns them ('' for a cell without one). */
  formulas(sheetName: string): string[][];
  /** Values of a tab as the port reads them: calendar dates as { date }. */
  cells(sheetName: string): CellValue[][];
}

export const USER_EMAIL = 'minsu.kim@example.com';

/**
 * Installs the GAS fakes on globalThis with a Korean or English spreadsheet in Asia/Seoul, seeded for
 * the panel. HtmlService reads pages from `htmlDirectory`.
 */
export function createPanelWorld(lang: Lang, seed: 'fixture' | 'demo' = 'fixture', htmlDirectory?: string): PanelWorld {
  const fakes = installGasFakes(globalThis, {
    ...(htmlDirectory === undefined ? {} : { htmlDirectory }),
    now: FIXTURE_NOW,
    activeUserEmail: USER_EMAIL,
    userLocale: lang,
    spreadsheet: { locale: lang === 'ko' ? 'ko_KR' : 'en_US', timeZone: 'Asia/Seoul' },
  });
  fakes.uncounted(() => {
    const port = new SpreadsheetPort(asGasSpreadsheet(fakes.spreadsheet));
    if (seed === 'fixture') {
      seedPanelWorkbook(port, lang);
    } else {
      seedDemoWorkbook(port, lang);
    }
  });

  const sheet = (name: string) => {
    const found = fakes.spreadsheet.getSheetByName(name);
    if (found === null) {
      throw new Error(`The fake spreadsheet has no tab named ${name}.`);
    }
    return found;
  };
  return {
    fakes,
    server: () => panelServer(() => new Date(FIXTURE_NOW)),
    values: (name) => fakes.uncounted(() => sheet(name).getDataRange().getValues()),
    formulas: (name) => fakes.uncounted(() => sheet(name).getDataRange().getFormulas()),
    cells: (name) => fakes.uncounted(() => new SpreadsheetPort(asGasSpreadsheet(fakes.spreadsheet)).readValues(name)),
  };
}

export function removePanelWorld(): void {
  uninstallGasFakes(globalThis);
}
