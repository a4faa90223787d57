import type { CellValue } from '../workbook/port';
import { plainDecimal, shiftDecimalPoint } from './decimalText';
import { formulaErrorOf } from './formulaError';
import { toHalfWidth } from './halfWidth';
import { EMPTY_RESULT, failure, success, type ParseResult } from './parseResult';
import { isPlaceholder } from './placeholder';

/**
 * Number cells: numbers, '1,234', '12.5', '-3' and percentages ('70%' is 0.7, as a spreadsheet stores a
 * percent-formatted cell). Units or words ('12개', '3 months') are rejected rather than stripped. Values
 * beyond Number.MAX_SAFE_INTEGER are rejected because they cannot be held exactly.
 */

export interface NumberOptions {
  /** Require a whole number. */
  readonly integer?: boolean;
  /** Inclusive lower bound. */
  readonly min?: number;
}

const NUMBER_FORM = /^([+-])?\s*([\d.,]+)\s*(%)?$/;
/** Maximum length of number text, above the longest safe number ('-9,007,199,254,740,991.5%', 25). */
const MAX_NUMBER_LENGTH = 64;
const INVALID_NUMBER = failure('invalidNumber');

export function parseNumber(cell: CellValue, options: NumberOptions = {}): ParseResult<number> {
  const value = numberOf(cell);
  if (typeof value !== 'number') {
    return value;
  }

  if (options.integer === true && !Number.isInteger(value)) {
    return failure('notInteger');
  }
  return minimumProblem(value, options.min) ?? success(value);
}

/** Returns the 'belowMinimum' problem when `value` is below the inclusive `min`, else null. */
export function minimumProblem(value: number, min: number | undefined): ParseResult<never> | null {
  return min !== undefined && value < min ? failure('belowMinimum', { min }) : null;
}

/** Reads the number, or returns the empty or failed result to pass back unchanged. */
function numberOf(cell: CellValue): number | ParseResult<number> {
  if (typeof cell === 'number') {
    return finiteNumber(cell);
  }
  if (typeof cell !== 'string') {
    return INVALID_NUMBER;
  }

  const error = formulaErrorOf(cell);
  if (error !== null) {
    return error;
  }
  const text = toHalfWidth(cell).trim();
  if (text.length === 0 || isPlaceholder(text)) {
    return EMPTY_RESULT;
  }
  if (text.length > MAX_NUMBER_LENGTH) {
    return INVALID_NUMBER;
  }

  const form = NUMBER_FORM.exec(text);
  const plain = form === null ? null : plainDecimal(form[2]);
  if (form === null || plain === null) {
    return INVALID_NUMBER;
  }
  const magnitude = form[3] === undefined ? Number(plain) : shiftDecimalPoint(plain, -2);
  return finiteNumber(form[1] === '-' ? -magnitude : magnitude);
}

function finiteNumber(value: number): number | ParseResult<number> {
  if (!Number.isFinite(value) || Math.abs(value) > Number.MAX_SAFE_INTEGER) {
    return INVALID_NUMBER;
  }
  // Adding 0 turns -0 into 0.
  return value + 0;
}
