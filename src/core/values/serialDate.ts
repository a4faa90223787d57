import { dateFromSerial, serialFromDate, type IsoDate } from '../calendar/calendarDate';

/**
 * Spreadsheet serial numbers in date columns. Excel and Sheets count days from 1899-12-30, so 45678 is
 * 2025-01-21. Serials below 61 are rejected because Excel counts a fictitious 1900-02-29 there, which makes
 * the two programs name different days. 2958465 is 9999-12-31, the last day both accept.
 */
const FIRST_SERIAL = 61;
const LAST_SERIAL = 2958465;

/**
 * A whole number in this range in a date column is a year typed alone ('2025'), not a day in 1905, so it
 * is rejected instead of read as a serial.
 */
const FIRST_YEAR_ALONE = 1900;
const LAST_YEAR_ALONE = 2100;

/** Returns the calendar date of a plausible serial, keeping the day of a fractional serial, else null. */
export function dateFromPlausibleSerial(serial: number): IsoDate | null {
  if (!(serial >= FIRST_SERIAL && serial < LAST_SERIAL + 1)) {
    return null;
  }
  if (serial >= FIRST_YEAR_ALONE && serial <= LAST_YEAR_ALONE && Number.isInteger(serial)) {
    return null;
  }
  return dateFromSerial(serial);
}

/**
 * Tells whether a date cell names a plausible date. Sheets and Excel show a number typed into a
 * date-formatted column as a date, so a year typed alone (2024 shows as 1905-07-16) or a negative number
 * reaches the parser as a date cell. It gets the same check as the number would.
 */
export function isPlausibleDateCell(date: IsoDate): boolean {
  return dateFromPlausibleSerial(serialFromDate(date)) === date;
}
