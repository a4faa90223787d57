import { calendarDateIn } from '../calendar/today';
import { historyTimestamp } from '../history/historyTimestamp';
import { translate } from '../i18n';
import { registerById } from '../registers/definitions';
import type { Lang } from '../registers/schema';
import type { MessageParams } from '../findings/finding';
import type { WorkbookPort } from '../workbook/port';
import { commitImport } from './importCommit';
import { ENCODING_NAMES } from './importReportSheet';
import { DATE_ORDERS, MAX_IMPORT_BYTES, checkImportRequest, megabytes, type ImportRequest } from './importRequest';
import { countsOf, importPreviewOf, sameCounts, type ImportPreview } from './importPreview';
import type { ImportResult } from './importResult';
import { importRows } from './importRows';
import type { LegacyDecoder } from './legacyEncodingDetection';
import { IMPORT_REGISTERS } from './registerName';
import { readRegisterSnapshot, readWorkbookSettings } from './registerSnapshot';
import { IMPORT_SOURCES } from './sources/importSource';
import { importSourceById } from './sources/knownSources';
import { ENCODING_CHOICES, decodeText } from './textDecoding';

/**
 * The server side of the import dialog, written against a WorkbookPort and an environment so that it
 * runs the same under Apps Script and in tests. The dialog previews first, then commits: the commit
 * recomputes the preview under the document lock and writes only when the counts the user confirmed
 * still hold.
 */

export interface ImportDialogEnvironment {
  readonly port: WorkbookPort;
  /** Runs an action under the document lock; returns null when another run holds it. */
  readonly runLocked: <T>(action: () => T) => T | null;
  readonly now: () => Date;
  /** Email of the person importing, or '' when Apps Script does not reveal it. */
  readonly userEmail: () => string;
  /** Decodes validated base64 text to bytes (Utilities.base64Decode in Apps Script). */
  readonly decodeBase64: (text: string) => Uint8Array;
  readonly decodeLegacy: LegacyDecoder;
}

/** Error of a legacy decoder that the runtime cannot run, so the dialog can name the code page. */
export class LegacyDecodingError extends Error {
  constructor(
    readonly encoding: string,
    readonly reason: string,
  ) {
    super(`Decoding ${encoding} failed: ${reason}`);
    this.name = 'LegacyDecodingError';
  }
}

export interface DialogOption {
  readonly value: string;
  readonly label: string;
}

export interface ImportDialogSetup {
  readonly lang: Lang;
  readonly strings: Readonly<Record<ImportDialogString, string>>;
  readonly registers: readonly DialogOption[];
  readonly sources: readonly DialogOption[];
  readonly encodings: readonly DialogOption[];
  /** '' stands for no date order, which rejects ambiguous dates. */
  readonly dateOrders: readonly DialogOption[];
  /** Largest file accepted, in bytes; the browser checks it before uploading and the server again. */
  readonly maxBytes: number;
}

export type ImportDialogResponse =
  | { readonly status: 'preview'; readonly preview: ImportPreview }
  | { readonly status: 'committed'; readonly message: string; readonly preview: ImportPreview }
  | { readonly status: 'changed'; readonly message: string; readonly preview: ImportPreview }
  | { readonly status: 'busy'; readonly message: string }
  | { readonly status: 'invalid'; readonly message: string };

/** Texts of the dialog page by name, with their catalog keys. */
const DIALOG_STRINGS = {
  title: 'import.dialog.title',
  intro: 'import.dialog.intro',
  file: 'import.dialog.file',
  register: 'import.dialog.register',
  source: 'import.dialog.source',
  encoding: 'import.dialog.encoding',
  dateOrder: 'import.dialog.dateOrder',
  preview: 'import.dialog.preview',
  commit: 'import.dialog.commit',
  close: 'import.dialog.close',
  reading: 'import.dialog.reading',
  checking: 'import.dialog.checking',
  committing: 'import.dialog.committing',
  chooseFile: 'import.dialog.chooseFile',
  nothingToImport: 'import.dialog.nothingToImport',
  errorsTitle: 'import.dialog.errorsTitle',
  warningsTitle: 'import.report.warningsTitle',
  rowsTitle: 'import.report.rowsTitle',
  failed: 'import.dialog.failed',
  headerRow: 'import.report.header.row',
  headerLine: 'import.report.header.line',
  headerResult: 'import.report.header.result',
  headerKey: 'import.report.header.key',
  headerDetails: 'import.report.header.details',
  accepted: 'import.report.result.accepted',
  flagged: 'import.report.result.flagged',
  rejected: 'import.report.result.rejected',
} as const;

/** Names of the dialog's texts; tooLarge carries the size limit in its sentence. */
export type ImportDialogString = keyof typeof DIALOG_STRINGS | 'tooLarge';

/** Returns the labels and choices the dialog page shows, in the workbook's language. */
export function importDialogSetup(environment: ImportDialogEnvironment): ImportDialogSetup {
  const { lang } = readWorkbookSettings(environment.port);
  const fixed = Object.entries(DIALOG_STRINGS).map(([name, key]) => [name, translate(lang, key)]);
  const strings = { ...Object.fromEntries(fixed), tooLarge: translate(lang, 'import.dialog.tooLarge', { limit: megabytes(MAX_IMPORT_BYTES) }) } as Record<ImportDialogString, string>;

  return {
    lang,
    strings,
    registers: IMPORT_REGISTERS.map((register) => ({ value: register.id, label: register.tab[lang] })),
    sources: IMPORT_SOURCES.map((source) => ({ value: source, label: importSourceById(source).label[lang] })),
    encodings: ENCODING_CHOICES.map((encoding) => ({ value: encoding, label: encoding === 'auto' ? translate(lang, 'import.dialog.encoding.auto') : ENCODING_NAMES[encoding] })),
    dateOrders: [{ value: '', label: translate(lang, 'import.dialog.dateOrder.none') }, ...DATE_ORDERS.map((order) => ({ value: order, label: translate(lang, `import.dialog.dateOrder.${order}`) }))],
    maxBytes: MAX_IMPORT_BYTES,
  };
}

/** Checks the request and returns the preview of every row. Nothing is written. */
export function importPreview(environment: ImportDialogEnvironment, raw: unknown): ImportDialogResponse {
  const checked = checkImportRequest(raw);
  if (!checked.ok) {
    return invalidResponse(environment, checked.problem.code, checked.problem.params);
  }
  const computed = computeImport(environment, checked.request);
  if (!computed.ok) {
    return computed.response;
  }
  return { status: 'preview', preview: importPreviewOf(computed.result) };
}

/**
 * Recomputes the preview under the document lock and commits it when its counts equal the ones the
 * user confirmed. Otherwise nothing is written and the new preview is returned to confirm again.
 */
export function importCommit(environment: ImportDialogEnvironment, raw: unknown): ImportDialogResponse {
  const checked = checkImportRequest(raw);
  if (!checked.ok) {
    return invalidResponse(environment, checked.problem.code, checked.problem.params);
  }
  const request = checked.request;
  if (request.expected === null) {
    return invalidResponse(environment, 'import.request.invalidField', { field: 'expected' });
  }

  const response = environment.runLocked((): ImportDialogResponse => {
    const computed = computeImport(environment, request);
    if (!computed.ok) {
      return computed.response;
    }
    const { result } = computed;
    const preview = importPreviewOf(result);
    if (!sameCounts(countsOf(result), request.expected as NonNullable<ImportRequest['expected']>)) {
      return { status: 'changed', message: translate(result.lang, 'import.preview.changed'), preview };
    }

    const now = environment.now();
    const outcome = commitImport(environment.port, registerById(request.register), result, {
      userEmail: environment.userEmail(),
      timestamp: historyTimestamp(now, environment.port.timeZone()),
    });
    const message =
      outcome.firstRow === null || outcome.lastRow === null || outcome.historySheet === null
        ? translate(result.lang, 'import.committedNothing', { report: outcome.reportSheet })
        : translate(result.lang, 'import.committed', {
            count: outcome.added,
            sheet: outcome.sheetName,
            first: outcome.firstRow,
            last: outcome.lastRow,
            history: outcome.historySheet,
            report: outcome.reportSheet,
          });
    return { status: 'committed', message, preview };
  });

  if (response === null) {
    return { status: 'busy', message: translate(readWorkbookSettings(environment.port).lang, 'error.busy') };
  }
  return response;
}

type Computed = { readonly ok: true; readonly result: ImportResult } | { readonly ok: false; readonly response: ImportDialogResponse };

/** Decodes the file and runs the importer against the register tab as it is now. */
function computeImport(environment: ImportDialogEnvironment, request: ImportRequest): Computed {
  const register = registerById(request.register);
  const snapshot = readRegisterSnapshot(environment.port, register);
  const bytes = environment.decodeBase64(request.contentBase64);

  let decoded;
  try {
    decoded = decodeText(bytes, { encoding: request.encoding, decodeLegacy: environment.decodeLegacy });
  } catch (error) {
    if (error instanceof LegacyDecodingError) {
      const message = translate(snapshot.lang, 'import.request.legacyUnreadable', { encoding: error.encoding, reason: error.reason });
      return { ok: false, response: { status: 'invalid', message } };
    }
    throw error;
  }

  const result = importRows({ kind: 'csv', decoded }, register, snapshot.tab, {
    source: request.source,
    dateOrder: request.dateOrder,
    asOf: calendarDateIn(environment.now(), snapshot.timeZone),
    settings: snapshot.settings,
    lang: snapshot.lang,
  });
  return { ok: true, result };
}

function invalidResponse(environment: ImportDialogEnvironment, code: string, params: MessageParams): ImportDialogResponse {
  const { lang } = readWorkbookSettings(environment.port);
  return { status: 'invalid', message: translate(lang, code, params) };
}
