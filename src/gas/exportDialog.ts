import { exportDialogSetup, exportRegisterCsv, type ExportDialogEnvironment, type ExportDialogSetup, type ExportResponse } from '../core/exporting/exportDialogServer';
import { translate } from '../core/i18n';
import { readWorkbookSettings } from '../core/importing/registerSnapshot';
import { openSpreadsheet } from './gasContext';
import { SpreadsheetPort } from './spreadsheetPort';

const DIALOG_WIDTH = 420;
const DIALOG_HEIGHT = 300;

function gasEnvironment(): ExportDialogEnvironment {
  return { port: new SpreadsheetPort(openSpreadsheet()), now: () => new Date() };
}

/** Opens the export dialog (sidebar/export.html), where the browser saves the CSV file itself. */
export function openExportDialog(): void {
  const port = new SpreadsheetPort(openSpreadsheet());
  const { lang } = readWorkbookSettings(port);
  const page = HtmlService.createHtmlOutputFromFile('export').setWidth(DIALOG_WIDTH).setHeight(DIALOG_HEIGHT);
  SpreadsheetApp.getUi().showModalDialog(page, translate(lang, 'export.dialog.title'));
}

export function runExportDialogSetup(): ExportDialogSetup {
  return exportDialogSetup(gasEnvironment());
}

/** Reads the register tab only; the workbook is not changed and no lock is taken. */
export function runExportRegisterCsv(registerId: unknown, headerMode: unknown): ExportResponse {
  return exportRegisterCsv(gasEnvironment(), registerId, headerMode);
}
