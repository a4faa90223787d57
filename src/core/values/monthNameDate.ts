import { isoFromParts, type IsoDate } from '../calendar/calendarDate';
import { failure, success, type ParseResult } from './parseResult';
import { fullYear } from './separatedDate';

/**
 * Dates with an English month name, as Excel exports them ('3-Feb-25', '3 February 2025', 'Feb 3, 2025').
 * The name fixes the month, so these dates are never ambiguous.
 */

const DAY_MONTH_YEAR = /^(\d{1,2})(?:st|nd|rd|th)?[-\s]+([a-z]{3,9})\.?[-\s,]+(\d{4}|\d{2})$/i;
const MONTH_DAY_YEAR = /^([a-z]{3,9})\.?[-\s]+(\d{1,2})(?:st|nd|rd|th)?,?[-\s]+(\d{4}|\d{2})$/i;

const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** Returns the month 1..12 of a full English month name or an abbreviation of at least three letters. */
function monthOf(word: string): number | null {
  const lower = word.toLowerCase();
  const index = MONTH_NAMES.findIndex((name) => name.startsWith(lower));
  return index === -1 ? null : index + 1;
}

/** Reads a date with a month name, or returns null when the text has no such form. */
export function readMonthNameDate(text: string): ParseResult<IsoDate> | null {
  const dayFirst = DAY_MONTH_YEAR.exec(text);
  const match = dayFirst ?? MONTH_DAY_YEAR.exec(text);
  if (match === null) {
    return null;
  }

  const dayText = dayFirst !== null ? match[1] : match[2];
  const monthWord = dayFirst !== null ? match[2] : match[1];
  const yearText = match[3];
  const month = monthOf(monthWord);
  if (month === null) {
    return failure('invalidDate');
  }

  const year = yearText.length === 2 ? fullYear(Number(yearText)) : Number(yearText);
  const date = isoFromParts(year, month, Number(dayText));
  return date === null ? failure('impossibleDate', { detail: text }) : success(date);
}
