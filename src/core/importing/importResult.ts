import type { IsoDate } from '../calendar/calendarDate';
import type { MessageParams } from '../findings/finding';
import { translate } from '../i18n';
import { registerById } from '../registers/definitions';
import type { Lang, RegisterId } from '../registers/schema';
import type { OutputValue } from '../workbook/port';
import type { MessageSpec, ImportSourceId } from './sources/importSource';
import type { EncodingDetection, TextEncoding } from './textDecoding';

/** A message with its i18n key and parameters, and its text rendered in the import's language. */
export interface ImportMessage {
  readonly code: string;
  readonly params: MessageParams;
  readonly text: string;
}

export interface AcceptedRow {
  /** 1-based line of the file where the row starts. */
  readonly line: number;
  /** 1-based row number as a spreadsheet shows the file (the header is row 1). */
  readonly row: number;
  /** The row's key (asset tag, license ID…), typed or generated; null for registers without a key. */
  readonly key: string | null;
  /** Cell values in the order of the register's fields, as they are written to the register tab. */
  readonly values: readonly OutputValue[];
  /** Reasons to check the row before or after committing it; an accepted row with flags is "flagged". */
  readonly flags: readonly ImportMessage[];
}

export interface RejectedRow {
  readonly line: number;
  readonly row: number;
  /** The key cell as written in the file, or '' when blank. */
  readonly key: string;
  readonly reasons: readonly ImportMessage[];
}

/** The preview of an import: every data row of the file is in exactly one of `accepted` and `rejected`. */
export interface ImportResult {
  readonly register: RegisterId;
  readonly source: ImportSourceId;
  readonly asOf: IsoDate;
  readonly lang: Lang;
  /** Null when the rows came from a spreadsheet rather than text. */
  readonly encoding: TextEncoding | null;
  readonly encodingDetection: EncodingDetection | null;
  readonly accepted: readonly AcceptedRow[];
  readonly rejected: readonly RejectedRow[];
  /** Problems with the whole file; when there are any, every row is rejected. */
  readonly errors: readonly ImportMessage[];
  readonly warnings: readonly ImportMessage[];
}

/** Maximum length of cell text quoted in a message. The full value stays in the file. */
const QUOTED_VALUE_LIMIT = 80;

function quotedValue(value: string | number): string | number {
  if (typeof value === 'number' || value.length <= QUOTED_VALUE_LIMIT) {
    return value;
  }
  return `${value.slice(0, QUOTED_VALUE_LIMIT - 1)}…`;
}

/**
 * Renders a message. A cell problem (a `problem.*` or `finding.*` code with `column` and `value`
 * parameters) is prefixed with the column and the value, so each reason names what to fix.
 */
export function renderImportMessage(lang: Lang, spec: MessageSpec): ImportMessage {
  const params: Record<string, string | number> = { ...spec.params };
  if (typeof params.value === 'string') {
    params.value = quotedValue(params.value);
  }
  const isCellProblem = /^(problem|finding)\./.test(spec.code) && params.column !== undefined && params.value !== undefined;
  const message = translate(lang, spec.code, params);
  const text = isCellProblem ? translate(lang, 'import.reason.cell', { column: params.column, value: params.value, message }) : message;
  return { code: spec.code, params: spec.params, text };
}

export function isFlagged(row: AcceptedRow): boolean {
  return row.flags.length > 0;
}

/** Converts a result to the shape printed by `itam import --json`: values by field key, messages as text, dates as ISO strings. */
export function importResultJson(result: ImportResult): Record<string, unknown> {
  const fields = registerById(result.register).fields;
  const plain = (value: OutputValue): string | number | boolean | null => {
    if (value !== null && typeof value === 'object') {
      return 'date' in value ? value.date : `=${value.formula}`;
    }
    return value;
  };
  const byField = (values: readonly OutputValue[]): Record<string, string | number | boolean | null> =>
    Object.fromEntries(fields.map((field, index) => [field.key, plain(values[index] ?? '')]));
  return {
    register: result.register,
    source: result.source,
    encoding: result.encoding,
    encodingDetection: result.encodingDetection,
    accepted: result.accepted.map((row) => ({ row: row.row, line: row.line, key: row.key, values: byField(row.values), flags: row.flags.map((flag) => flag.text) })),
    rejected: result.rejected.map((row) => ({ row: row.row, line: row.line, key: row.key, reasons: row.reasons.map((reason) => reason.text) })),
    errors: result.errors.map((error) => error.text),
    warnings: result.warnings.map((warning) => warning.text),
  };
}
