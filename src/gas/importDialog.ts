import { translate } from '../core/i18n';
import {
  LegacyDecodingError,
  importCommit,
  importDialogSetup,
  importPreview,
  type ImportDialogEnvironment,
  type ImportDialogResponse,
  type ImportDialogSetup,
} from '../core/importing/importDialogServer';
import type { LegacyDecoder, LegacyEncoding } from '../core/importing/legacyEncodingDetection';
import { readWorkbookSettings } from '../core/importing/registerSnapshot';
import { activeUserEmail, openSpreadsheet, withDocumentLock } from './gasContext';
import { SpreadsheetPort } from './spreadsheetPort';

/** Size of the import dialog in pixels: wide enough for the preview table's Details column. */
const DIALOG_WIDTH = 960;
const DIALOG_HEIGHT = 680;

/**
 * Java charset names for Blob.getDataAsString, which turns unmappable bytes into U+FFFD.
 * NOTE: Apps Script's reference does not list the charset names it accepts. These Java names
 * (x-windows-949 is CP949, x-MacRoman is Mac Roman) have not been tried in Apps Script. When one is
 * rejected, the dialog shows the error and asks for the file as CSV UTF-8.
 */
const BLOB_CHARSETS: Readonly<Record<LegacyEncoding, string>> = {
  cp949: 'x-windows-949',
  'windows-1252': 'windows-1252',
  macintosh: 'x-MacRoman',
};

/** Apps Script byte arrays hold Java's signed bytes (-128 to 127). */
function signedBytes(bytes: Uint8Array): number[] {
  return Array.from(bytes, (byte) => (byte > 127 ? byte - 256 : byte));
}

/** Decodes a legacy code page with Utilities.newBlob(bytes).getDataAsString(charset). */
export const decodeLegacyWithBlob: LegacyDecoder = (bytes, encoding) => {
  try {
    return Utilities.newBlob(signedBytes(bytes)).getDataAsString(BLOB_CHARSETS[encoding]);
  } catch (error) {
    throw new LegacyDecodingError(BLOB_CHARSETS[encoding], error instanceof Error ? error.message : String(error));
  }
};

function decodeBase64(text: string): Uint8Array {
  return Uint8Array.from(Utilities.base64Decode(text), (byte) => (byte + 256) % 256);
}

function gasEnvironment(): ImportDialogEnvironment {
  return {
    port: new SpreadsheetPort(openSpreadsheet()),
    runLocked: withDocumentLock,
    now: () => new Date(),
    userEmail: activeUserEmail,
    decodeBase64,
    decodeLegacy: decodeLegacyWithBlob,
  };
}

/** Opens the import dialog (sidebar/import.html) as a modal dialog titled in the workbook's language. */
export function openImportDialog(): void {
  const port = new SpreadsheetPort(openSpreadsheet());
  const { lang } = readWorkbookSettings(port);
  const page = HtmlService.createHtmlOutputFromFile('import').setWidth(DIALOG_WIDTH).setHeight(DIALOG_HEIGHT);
  SpreadsheetApp.getUi().showModalDialog(page, translate(lang, 'import.dialog.title'));
}

export function runImportDialogSetup(): ImportDialogSetup {
  return importDialogSetup(gasEnvironment());
}

export function runImportPreview(request: unknown): ImportDialogResponse {
  return logged(() => importPreview(gasEnvironment(), request));
}

export function runImportCommit(request: unknown): ImportDialogResponse {
  return logged(() => importCommit(gasEnvironment(), request));
}

/** Logs an unexpected error with its stack before google.script.run hands its message to the page. */
function logged<T>(action: () => T): T {
  try {
    return action();
  } catch (error) {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    throw error;
  }
}
