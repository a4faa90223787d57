import { addMonths, dateFromDayNumber, dayNumber, daysInMonth, isoFromParts, monthIndex, type IsoDate } from '../calendar/calendarDate';

/** Calendar steps on day numbers (days since 1970-01-01), which the generators use to stay fast. */

const shifted = new Map<number, number>();
/** Entries kept before the memo starts over; distinct (day, months) pairs in one workbook stay far below it. */
const SHIFT_MEMO_LIMIT = 200_000;

/** Returns the day `months` calendar months after `day`, clamped to the end of a shorter month. */
export function shiftMonths(day: number, months: number): number {
  const key = day * 4096 + months;
  let result = shifted.get(key);
  if (result === undefined) {
    result = dayNumber(addMonths(dateFromDayNumber(day), months));
    if (shifted.size >= SHIFT_MEMO_LIMIT) {
      shifted.clear();
    }
    shifted.set(key, result);
  }
  return result;
}

/** Returns the calendar year of a day number. */
export function yearOfDay(day: number): number {
  return Number(dateFromDayNumber(day).slice(0, 4));
}

/** Returns `dayOfMonth` of the month with counter `month` (year × 12 + month − 1), clamped to the month's length. */
export function dayInMonth(month: number, dayOfMonth: number): number {
  const year = Math.floor(month / 12);
  const monthOfYear = (month % 12) + 1;
  return dayNumber(isoFromParts(year, monthOfYear, Math.min(dayOfMonth, daysInMonth(year, monthOfYear))) as IsoDate);
}

/** Returns the month counter (year × 12 + month − 1) of a day number. */
export function monthOfDay(day: number): number {
  return monthIndex(dateFromDayNumber(day));
}
