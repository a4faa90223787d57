import { translate } from '../core/i18n';
import { readWorkbookSettings } from '../core/importing/registerSnapshot';
import { failure, reasonOf } from '../core/sidebar/panelFailure';
import { SIDEBAR_FUNCTION_NAMES, type SidebarServer } from '../core/sidebar/sidebarContract';
import type { SidebarEnvironment } from '../core/sidebar/sidebarEnvironment';
import { sidebarService } from '../core/sidebar/sidebarService';
import { activeUserEmail, openSpreadsheet, uiLang, withDocumentLock } from './gasContext';
import { SpreadsheetPort } from './spreadsheetPort';

/** File name of the built asset panel in dist/, without .html. */
const SIDEBAR_FILE = 'sidebar';

/**
 * Opens the asset panel as the spreadsheet's sidebar, titled in the workbook language that the panel
 * itself uses: the Settings tab's language, else the spreadsheet locale.
 */
export function openSidebar(): void {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  let lang = uiLang(spreadsheet);
  try {
    lang = readWorkbookSettings(new SpreadsheetPort(spreadsheet)).lang;
  } catch (error) {
    console.error(`ITAM asset panel: the Settings tab could not be read, so the title follows the spreadsheet locale: ${reasonOf(error)}`);
  }
  const page = HtmlService.createHtmlOutputFromFile(SIDEBAR_FILE).setTitle(translate(lang, 'sidebar.ui.title'));
  SpreadsheetApp.getUi().showSidebar(page);
}

/**
 * Returns the panel's server functions over the active spreadsheet. Writes run under the document
 * lock; Change History names the active user, whose email Apps Script withholds ('') under some
 * domain settings. `clock` gives the current instant (tests pass a fixed one).
 */
export function panelServer(clock: () => Date = () => new Date()): SidebarServer {
  let environment: SidebarEnvironment;
  try {
    environment = gasEnvironment(openSpreadsheet(), clock);
  } catch (error) {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    const message = translate(uiLang(null), 'sidebar.error.failed', { reason: reasonOf(error) });
    return unavailableServer(message);
  }
  return sidebarService(environment);
}

function gasEnvironment(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, clock: () => Date): SidebarEnvironment {
  return {
    port: new SpreadsheetPort(spreadsheet),
    runLocked: withDocumentLock,
    now: clock,
    userEmail: activeUserEmail,
    showRow: (sheetName, row) => {
      const sheet = spreadsheet.getSheetByName(sheetName);
      if (sheet === null) {
        return false;
      }
      sheet.activate();
      sheet.getRange(row, 1).activate();
      return true;
    },
    reportError: (error) => console.error(error instanceof Error ? (error.stack ?? error.message) : String(error)),
  };
}

/** A server whose every function returns the same failure, when no spreadsheet can be opened. */
function unavailableServer(message: string): SidebarServer {
  const server = {} as Record<keyof SidebarServer, () => ReturnType<typeof failure>>;
  for (const name of SIDEBAR_FUNCTION_NAMES) {
    server[name] = () => failure(message);
  }
  return server as unknown as SidebarServer;
}
