import { matchHeaders } from '../registers/headerMatching';
import type { Lang, RegisterDef } from '../registers/schema';
import type { CellValue } from '../workbook/port';

/**
 * A register tab as a CSV file for Excel and other tools: UTF-8 with a byte order mark (so Excel reads
 * Korean text correctly), fields quoted per RFC 4180, CRLF line ends.
 *
 * Text that starts with =, +, -, @, a tab or a carriage return is prefixed with a single quote, because
 * spreadsheet programs would run it as a formula (CSV injection; OWASP's recommended defence). Number
 * cells are never prefixed, so an amount of -50000 stays a number, while the text '-50,000원' becomes
 * '-50,000원 with its quote.
 */

/** `localized`: headers in the user's language; `keys`: the field keys, stable for scripts. */
export type ExportHeaders = 'localized' | 'keys';

export interface CsvExportOptions {
  readonly headers: ExportHeaders;
  readonly lang: Lang;
}

const BYTE_ORDER_MARK = '\uFEFF';
const LINE_END = '\r\n';
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

const EXPONENT_FORM = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/;

/**
 * Writes a number in plain decimal digits. String() switches to exponent form below 1e-6 and from
 * 1e21, and some tools read that back as text. The digits stay the shortest ones String() chose.
 */
function numberText(value: number): string {
  const text = String(value);
  const exponentForm = EXPONENT_FORM.exec(text);
  if (exponentForm === null) {
    return text;
  }
  const [, sign, lead, fraction = '', exponent] = exponentForm;
  const digits = lead + fraction;
  const point = 1 + Number(exponent);
  if (point <= 0) {
    return `${sign}0.${'0'.repeat(-point)}${digits}`;
  }
  if (point >= digits.length) {
    return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
  }
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/** Returns the text of one cell as written to the CSV, before quoting. */
export function csvCellText(cell: CellValue): string {
  if (typeof cell === 'number') {
    return numberText(cell);
  }
  if (typeof cell === 'boolean') {
    return cell ? 'TRUE' : 'FALSE';
  }
  if (typeof cell === 'object' && cell !== null) {
    return cell.date;
  }
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

export function quoteCsvField(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function headerText(header: CellValue, fieldByColumn: ReadonlyMap<number, RegisterDef['fields'][number]>, column: number, options: CsvExportOptions): CellValue {
  const field = fieldByColumn.get(column);
  if (field === undefined) {
    return header;
  }
  return options.headers === 'keys' ? field.key : field.header[options.lang];
}

function isBlankRow(row: readonly CellValue[]): boolean {
  return row.every((cell) => cell === '' || (typeof cell === 'string' && cell.trim() === ''));
}

/**
 * Converts a register tab (header row first, as WorkbookPort.readValues returns it) to CSV text. The
 * tab's column order is kept; register columns get their localized label or field key as header, and
 * the user's own columns keep their header. Blank rows are left out.
 */
export function registerToCsv(register: RegisterDef, values: readonly (readonly CellValue[])[], options: CsvExportOptions): string {
  if (values.length === 0) {
    return BYTE_ORDER_MARK;
  }

  const headerRow = values[0];
  const match = matchHeaders(register, headerRow);
  const fieldByColumn = new Map(register.fields.filter((field) => field.key in match.columns).map((field) => [match.columns[field.key], field]));
  const width = Math.max(...values.map((row) => row.length));

  const lines: string[] = [];
  const header = Array.from({ length: width }, (_, index) => headerText(headerRow[index] ?? '', fieldByColumn, index + 1, options));
  lines.push(header.map((cell) => quoteCsvField(csvCellText(cell))).join(','));
  for (const row of values.slice(1)) {
    if (isBlankRow(row)) {
      continue;
    }
    const cells = Array.from({ length: width }, (_, index) => row[index] ?? '');
    lines.push(cells.map((cell) => quoteCsvField(csvCellText(cell))).join(','));
  }
  return BYTE_ORDER_MARK + lines.join(LINE_END) + LINE_END;
}
