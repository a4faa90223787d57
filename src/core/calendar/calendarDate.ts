/**
 * Calendar dates as ISO strings ('YYYY-MM-DD') with arithmetic on day numbers.
 *
 * A register date is the calendar date the user sees in the spreadsheet's time zone, so the core never
 * keeps a JavaScript Date: adapters convert Date cells with the spreadsheet's zone before the core sees
 * them. Day counts come from the proleptic Gregorian day number, never from subtracting milliseconds,
 * so daylight-saving changes and the script's own time zone cannot shift a count.
 */

export type IsoDate = string;

export interface DateParts {
  readonly year: number;
  readonly month: number; // 1..12
  readonly day: number; // 1..31
}

const DASH = 0x2d;
const DIGIT_ZERO = 0x30;
const DIGIT_NINE = 0x39;

/** Days per month of a common year; February gets one more in a leap year. */
const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : MONTH_LENGTHS[month - 1];
}

export function isValidDateParts(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= 1 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** Builds an ISO date, or returns null when the parts name no real day (2025-02-30). */
export function isoFromParts(year: number, month: number, day: number): IsoDate | null {
  if (!isValidDateParts(year, month, day)) {
    return null;
  }
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function isIsoDate(value: string): boolean {
  const parts = isoParts(value);
  return parts !== null && isValidDateParts(parts.year, parts.month, parts.day);
}

/** Splits an ISO date; throws on a malformed string because callers only pass dates they validated. */
export function partsOf(date: IsoDate): DateParts {
  const parts = isoParts(date);
  if (parts === null || !isValidDateParts(parts.year, parts.month, parts.day)) {
    throw new Error(`Invalid calendar date "${date}": expected YYYY-MM-DD.`);
  }
  return parts;
}

/**
 * Reads the numbers of a 'YYYY-MM-DD' string (ASCII digits, without checking the day exists), or returns
 * null for any other string. Reading character codes instead of running a regular expression matters
 * because the views split millions of dates in a large workbook.
 */
function isoParts(text: string): DateParts | null {
  if (typeof text !== 'string' || text.length !== 10 || text.charCodeAt(4) !== DASH || text.charCodeAt(7) !== DASH) {
    return null;
  }
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 7);
  const day = digitsAt(text, 8, 10);
  return year < 0 || month < 0 || day < 0 ? null : { year, month, day };
}

/** Returns the number written by the ASCII digits from `start` to `end`, or -1 when another character is there. */
function digitsAt(text: string, start: number, end: number): number {
  let value = 0;
  for (let index = start; index < end; index += 1) {
    const code = text.charCodeAt(index);
    if (code < DIGIT_ZERO || code > DIGIT_NINE) {
      return -1;
    }
    value = value * 10 + (code - DIGIT_ZERO);
  }
  return value;
}

/** Returns the count of days since 1970-01-01 (Howard Hinnant's days_from_civil algorithm). */
export function dayNumber(date: IsoDate): number {
  const { year, month, day } = partsOf(date);
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const monthFromMarch = month > 2 ? month - 3 : month + 9;
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** Inverse of dayNumber. */
export function dateFromDayNumber(days: number): IsoDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  const iso = isoFromParts(year, month, day);
  if (iso === null) {
    throw new Error(`Day number ${days} is outside the years 1 to 9999.`);
  }
  return iso;
}

/** Returns the calendar days from `from` to `to`: negative when `to` is earlier. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return dateFromDayNumber(dayNumber(date) + days);
}

/** Adds calendar months, clamping the day to the target month's length (2024-01-31 + 1 month is 2024-02-29). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const { year, month, day } = partsOf(date);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  const targetDay = Math.min(day, daysInMonth(targetYear, targetMonth));
  return isoFromParts(targetYear, targetMonth, targetDay) as IsoDate;
}

/** Returns a month counter (year × 12 + month − 1) so that month spans are plain subtraction. */
export function monthIndex(date: IsoDate): number {
  const { year, month } = partsOf(date);
  return year * 12 + (month - 1);
}

export function compareDates(a: IsoDate, b: IsoDate): number {
  if (a < b) {
    return -1;
  }
  return a > b ? 1 : 0;
}

/** Returns the fiscal year that contains `date`, named by the calendar year in which it starts. */
export function fiscalYearOf(date: IsoDate, startMonth: number): number {
  const { year, month } = partsOf(date);
  return month >= startMonth ? year : year - 1;
}

/** Excel and Sheets serial day 0 is 1899-12-30, so serial 45678 is 2025-01-21. */
const SERIAL_EPOCH_DAY_NUMBER = -25569;

export function dateFromSerial(serial: number): IsoDate {
  return dateFromDayNumber(SERIAL_EPOCH_DAY_NUMBER + Math.floor(serial));
}

export function serialFromDate(date: IsoDate): number {
  return dayNumber(date) - SERIAL_EPOCH_DAY_NUMBER;
}
