import type { RegisterId } from '../registers/schema';
import type { DateOrder } from '../values/parseResult';
import { IMPORT_REGISTER_IDS } from './registerName';
import { IMPORT_SOURCES, type ImportSourceId, type MessageSpec } from './sources/importSource';
import { ENCODING_CHOICES, type EncodingChoice } from './textDecoding';

/**
 * Validation of the import dialog's requests. They come from the browser, so anyone with edit access
 * can send anything: every field is checked for type, size and allowed values before any work starts.
 */

/** Largest file the add-on imports, in bytes. Larger files go through the `itam import` command. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/** Base64 text of MAX_IMPORT_BYTES bytes: 4 characters for every 3 bytes, padded. */
export const MAX_IMPORT_BASE64_LENGTH = 4 * Math.ceil(MAX_IMPORT_BYTES / 3);

const MAX_FILE_NAME_LENGTH = 255;
const CSV_FILE_NAME = /\.(csv|txt)$/i;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

export const DATE_ORDERS: readonly DateOrder[] = ['ymd', 'mdy', 'dmy'];

/** Counts the user saw in the preview; the commit stops when the recomputed preview differs. */
export interface ExpectedCounts {
  readonly accepted: number;
  readonly flagged: number;
  readonly rejected: number;
}

export interface ImportRequest {
  readonly fileName: string;
  /** The file's bytes as base64, decoded by the adapter. */
  readonly contentBase64: string;
  readonly register: RegisterId;
  readonly source: ImportSourceId;
  readonly encoding: EncodingChoice;
  /** Order of ambiguous slash dates; null leaves them as problems. */
  readonly dateOrder: DateOrder | null;
  readonly expected: ExpectedCounts | null;
}

export type RequestCheck<T> = { readonly ok: true; readonly request: T } | { readonly ok: false; readonly problem: MessageSpec };

const REQUEST_FIELDS = ['fileName', 'contentBase64', 'register', 'source', 'encoding', 'dateOrder', 'expected'];
const COUNT_FIELDS = ['accepted', 'flagged', 'rejected'];

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;
}

function isOneOf<T extends string>(value: unknown, allowed: readonly T[]): value is T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value);
}

function invalid(field: string): { ok: false; problem: MessageSpec } {
  return { ok: false, problem: { code: 'import.request.invalidField', params: { field } } };
}

/** Returns the byte count that base64 text decodes to, padding excluded. */
export function base64ByteLength(text: string): number {
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  return (text.length / 4) * 3 - padding;
}

/** Megabytes with one decimal, for messages about the size limit. */
export function megabytes(bytes: number): number {
  return Math.round((bytes / (1024 * 1024)) * 10) / 10;
}

/** Megabytes rounded up to one decimal, so a file just over the limit never reads as the limit itself. */
function megabytesAbove(bytes: number): number {
  return Math.ceil((bytes / (1024 * 1024)) * 10) / 10;
}

function checkExpected(value: unknown): ExpectedCounts | null | undefined {
  if (value === null || value === undefined) {
    return null;
  }
  if (!isPlainObject(value) || Object.keys(value).some((key) => !COUNT_FIELDS.includes(key))) {
    return undefined;
  }
  const counts = COUNT_FIELDS.map((key) => value[key]);
  if (!counts.every((count) => typeof count === 'number' && Number.isSafeInteger(count) && count >= 0)) {
    return undefined;
  }
  const [accepted, flagged, rejected] = counts as number[];
  return { accepted, flagged, rejected };
}

/** Validates a request of the import dialog (preview or commit). */
export function checkImportRequest(raw: unknown): RequestCheck<ImportRequest> {
  if (!isPlainObject(raw)) {
    return { ok: false, problem: { code: 'import.request.notObject', params: {} } };
  }
  const unknownField = Object.keys(raw).find((key) => !REQUEST_FIELDS.includes(key));
  if (unknownField !== undefined) {
    return { ok: false, problem: { code: 'import.request.unknownField', params: { field: unknownField.slice(0, 40) } } };
  }

  const { fileName, contentBase64, register, source, encoding, dateOrder } = raw;
  if (typeof fileName !== 'string' || fileName.trim() === '' || fileName.length > MAX_FILE_NAME_LENGTH) {
    return invalid('fileName');
  }
  if (!CSV_FILE_NAME.test(fileName.trim())) {
    return { ok: false, problem: { code: 'import.request.notCsv', params: { file: fileName.trim() } } };
  }
  if (typeof contentBase64 !== 'string') {
    return invalid('contentBase64');
  }
  if (contentBase64.length > MAX_IMPORT_BASE64_LENGTH) {
    return { ok: false, problem: { code: 'import.request.tooLarge', params: { size: megabytesAbove(Math.floor((contentBase64.length * 3) / 4)), limit: megabytes(MAX_IMPORT_BYTES) } } };
  }
  if (contentBase64.length % 4 !== 0 || !BASE64.test(contentBase64)) {
    return invalid('contentBase64');
  }
  if (base64ByteLength(contentBase64) > MAX_IMPORT_BYTES) {
    return { ok: false, problem: { code: 'import.request.tooLarge', params: { size: megabytesAbove(base64ByteLength(contentBase64)), limit: megabytes(MAX_IMPORT_BYTES) } } };
  }
  if (!isOneOf(register, IMPORT_REGISTER_IDS)) {
    return invalid('register');
  }
  if (!isOneOf(source, IMPORT_SOURCES)) {
    return invalid('source');
  }
  if (!isOneOf(encoding, ENCODING_CHOICES)) {
    return invalid('encoding');
  }
  if (dateOrder !== null && !isOneOf(dateOrder, DATE_ORDERS)) {
    return invalid('dateOrder');
  }
  const expected = checkExpected(raw.expected);
  if (expected === undefined) {
    return invalid('expected');
  }

  return { ok: true, request: { fileName: fileName.trim(), contentBase64, register, source, encoding, dateOrder, expected } };
}
