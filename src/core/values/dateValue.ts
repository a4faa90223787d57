import { isIsoDate, isoFromParts, type IsoDate } from '../calendar/calendarDate';
import type { CellValue } from '../workbook/port';
import { formulaErrorOf } from './formulaError';
import { toHalfWidth } from './halfWidth';
import { readMonthNameDate } from './monthNameDate';
import { EMPTY_RESULT, failure, success, type ParseOptions, type ParseResult } from './parseResult';
import { isPlaceholder } from './placeholder';
import { fullYear, readSeparatedDate } from './separatedDate';
import { dateFromPlausibleSerial, isPlausibleDateCell } from './serialDate';
import { splitTimeOfDay } from './timeOfDay';

/**
 * Date cells. A date is the calendar date shown in the sheet, so a date cell from the adapter is taken as is
 * when it passes the serial-number checks, and a time or zone written after a date never moves it to
 * another day. Blank, 0, '-', 'N/A' and the
 * zero date '0000-00-00' of database exports are empty, never 1970-01-01.
 */

/** Three numbers with the same separator twice, and the final period of the Korean style ('2025. 2. 3.'). */
const SEPARATED_DATE = /^(\d{1,4})\s*([./-])\s*(\d{1,2})\s*\2\s*(\d{1,4})(\s*\.)?$/;
const KOREAN_DATE = /^(\d{4}|\d{2})\s*년\s*(\d{1,2})\s*월\s*(\d{1,2})\s*일$/;
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})$/;
const SERIAL_TEXT = /^\d+(?:\.\d+)?$/;
const ZERO_DATE = /^0000-00-00(?:[T\s]00:00(?::00)?)?$/;
/** Maximum length of date text, above the longest form read ('2025-02-03T09:00:00.123456789+09:00', 35). */
const MAX_DATE_LENGTH = 64;

const INVALID_DATE = failure('invalidDate');

/** Reads a date cell as an ISO date. `options.dateOrder` settles the order of dates such as 04/05/16. */
export function parseDate(cell: CellValue, options: ParseOptions = {}): ParseResult<IsoDate> {
  const result = parseAnyDate(cell, options);
  if (result.ok && result.value !== null && result.value > LATEST_DATE) {
    return failure('dateOutOfRange', { detail: result.value });
  }
  return result;
}

/**
 * Latest date accepted. Placeholders such as 9999-12-31 ("no end") would otherwise flow into renewal
 * and depreciation arithmetic that must stay inside the calendar's years 1 to 9999.
 */
export const LATEST_DATE = '2199-12-31';

function parseAnyDate(cell: CellValue, options: ParseOptions): ParseResult<IsoDate> {
  if (typeof cell === 'string') {
    return parseDateText(cell, options);
  }
  if (typeof cell === 'number') {
    return parseSerial(cell);
  }
  if (typeof cell === 'object' && cell !== null && typeof cell.date === 'string') {
    return isIsoDate(cell.date) && isPlausibleDateCell(cell.date) ? success(cell.date) : INVALID_DATE;
  }
  return INVALID_DATE;
}

function parseSerial(serial: number): ParseResult<IsoDate> {
  if (serial === 0) {
    return EMPTY_RESULT;
  }
  const date = dateFromPlausibleSerial(serial);
  return date === null ? INVALID_DATE : success(date);
}

function parseDateText(cell: string, options: ParseOptions): ParseResult<IsoDate> {
  const error = formulaErrorOf(cell);
  if (error !== null) {
    return error;
  }

  const text = toHalfWidth(cell).trim();
  if (isIsoDate(text)) {
    return success(text);
  }
  if (text.length === 0 || text === '0' || isPlaceholder(text) || ZERO_DATE.test(text)) {
    return EMPTY_RESULT;
  }
  if (text.length > MAX_DATE_LENGTH) {
    return INVALID_DATE;
  }

  const timed = splitTimeOfDay(text);
  if (timed === null) {
    return parseDateOnly(text, options);
  }
  if (!timed.validTime) {
    return INVALID_DATE;
  }
  return parseDateOnly(timed.datePart, options);
}

/** Reads a date without a time part from text that is trimmed and folded to half-width characters. */
function parseDateOnly(text: string, options: ParseOptions): ParseResult<IsoDate> {
  const separated = SEPARATED_DATE.exec(text);
  if (separated !== null) {
    const trailingPeriod = separated[5] !== undefined;
    if (trailingPeriod && separated[2] !== '.') {
      return INVALID_DATE;
    }
    return readSeparatedDate(separated[1], separated[3], separated[4], text, options.dateOrder ?? null);
  }

  const korean = KOREAN_DATE.exec(text);
  if (korean !== null) {
    const year = korean[1].length === 2 ? fullYear(Number(korean[1])) : Number(korean[1]);
    return dateFromParts(year, Number(korean[2]), Number(korean[3]), text);
  }

  const compact = COMPACT_DATE.exec(text);
  if (compact !== null) {
    return dateFromParts(Number(compact[1]), Number(compact[2]), Number(compact[3]), text);
  }

  if (SERIAL_TEXT.test(text)) {
    return parseSerial(Number(text));
  }

  return readMonthNameDate(text) ?? INVALID_DATE;
}

function dateFromParts(year: number, month: number, day: number, text: string): ParseResult<IsoDate> {
  const date = isoFromParts(year, month, day);
  return date === null ? failure('impossibleDate', { detail: text }) : success(date);
}
