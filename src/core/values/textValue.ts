import type { CellValue } from '../workbook/port';
import { formulaErrorOf } from './formulaError';
import { EMPTY_RESULT, failure, success, type ParseResult } from './parseResult';
import { isPlaceholder } from './placeholder';

/**
 * Text, identifier and identifier-list cells. Text keeps what the user typed apart from the surrounding
 * whitespace. Identifiers (asset tags, serial numbers) stay strings, so '0003' keeps its zeros.
 */

/** Google Sheets stores at most 50,000 characters in a cell. This parser counts UTF-16 code units. */
export const TEXT_LIMIT = 50000;

const REPLACEMENT_CHARACTER = '\ufffd';

/**
 * C0 control characters other than tab, line feed and carriage return. They come from damaged files or
 * binary data read as text, keyboards do not produce them, and .xlsx files cannot hold them as plain
 * characters.
 */
const CONTROL_CHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/;

/**
 * Excel displays a long number in the General format as '6.37702E+15' and writes that display text to
 * CSV, so the digits beyond those shown are lost. The explicit exponent sign distinguishes it from
 * tags such as '1E5'.
 */
const SCIENTIFIC_NOTATION = /^[+-]?\d(?:\.\d+)?E[+-]\d{1,3}$/i;

/**
 * A number of 16 or more digits in an ID column is flagged because Excel keeps 15 significant digits and
 * a double cannot hold every 16-digit integer, so its last digits cannot be trusted.
 */
const FIRST_DAMAGED_NUMBER = 1e15;

const LIST_SEPARATORS = /[,;\r\n]+/;

export function parseText(cell: CellValue): ParseResult<string> {
  const error = formulaErrorOf(cell);
  if (error !== null) {
    return error;
  }

  const text = textOf(cell).trim();
  if (text.length === 0) {
    return EMPTY_RESULT;
  }
  if (text.indexOf(REPLACEMENT_CHARACTER) !== -1) {
    return failure('replacementCharacter');
  }
  const control = CONTROL_CHARACTER.exec(text);
  if (control !== null) {
    return failure('controlCharacter', { character: `U+${control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` });
  }
  if (text.length > TEXT_LIMIT) {
    return failure('tooLong', { length: text.length, limit: TEXT_LIMIT });
  }
  return success(text);
}

/** Reads an identifier. A number becomes its digits ('3', never '3.0'), and placeholders such as '-' are empty. */
export function parseId(cell: CellValue): ParseResult<string> {
  if (typeof cell === 'number') {
    return idFromNumber(cell);
  }

  const text = parseText(cell);
  if (!text.ok || text.value === null) {
    return text;
  }
  if (isPlaceholder(text.value)) {
    return EMPTY_RESULT;
  }
  if (SCIENTIFIC_NOTATION.test(text.value)) {
    return failure('damagedId', { detail: text.value });
  }
  return text;
}

/**
 * Reads a list of identifiers split on commas, semicolons and line breaks. Items are trimmed, empty items
 * dropped and repeats removed, keeping the first occurrence's position. An empty list is null.
 */
export function parseIdList(cell: CellValue): ParseResult<readonly string[]> {
  if (typeof cell === 'number') {
    const id = idFromNumber(cell);
    if (!id.ok) {
      return id;
    }
    return id.value === null ? EMPTY_RESULT : success([id.value]);
  }

  const error = formulaErrorOf(cell);
  if (error !== null) {
    return error;
  }
  const text = textOf(cell);
  if (text.trim().length === 0) {
    return EMPTY_RESULT;
  }

  const ids = new Set<string>();
  for (const item of text.split(LIST_SEPARATORS)) {
    const id = parseId(item);
    if (!id.ok) {
      return id;
    }
    if (id.value !== null) {
      ids.add(id.value);
    }
  }
  return ids.size === 0 ? EMPTY_RESULT : success(Array.from(ids));
}

function idFromNumber(value: number): ParseResult<string> {
  if (!Number.isFinite(value) || Math.abs(value) >= FIRST_DAMAGED_NUMBER) {
    return failure('damagedId', { detail: scientificText(value) });
  }
  return success(String(value));
}

/** Formats a number the way Excel shows it in scientific notation ('6.37702E+15'). */
function scientificText(value: number): string {
  return Number.isFinite(value) ? value.toExponential().toUpperCase() : String(value);
}

/** Returns the text a spreadsheet shows for a cell: TRUE/FALSE for booleans, the ISO date for dates. */
function textOf(cell: CellValue): string {
  if (typeof cell === 'string') {
    return cell;
  }
  if (typeof cell === 'number') {
    return String(cell);
  }
  if (typeof cell === 'boolean') {
    return cell ? 'TRUE' : 'FALSE';
  }
  return typeof cell === 'object' && cell !== null && typeof cell.date === 'string' ? cell.date : '';
}
