import { isoFromParts, type IsoDate } from '../calendar/calendarDate';
import { failure, success, type DateOrder, type ParseResult } from './parseResult';

/**
 * Dates written as three numbers between separators ('2025/2/3', '04/05/16', '13.01.2025'), read in the
 * declared order or, without one, in the only order that names a real day.
 */

/** Two-digit years 00–69 are 2000–2069 and 70–99 are 1970–1999, which covers the dates registers hold. */
const TWO_DIGIT_YEAR_PIVOT = 70;

export function fullYear(twoDigitYear: number): number {
  return twoDigitYear < TWO_DIGIT_YEAR_PIVOT ? 2000 + twoDigitYear : 1900 + twoDigitYear;
}

interface Reading {
  readonly year: string;
  readonly month: string;
  readonly day: string;
}

function readingOf(order: DateOrder, first: string, second: string, third: string): Reading {
  switch (order) {
    case 'ymd':
      return { year: first, month: second, day: third };
    case 'mdy':
      return { year: third, month: first, day: second };
    case 'dmy':
      return { year: third, month: second, day: first };
  }
}

function dateOf(reading: Reading): IsoDate | null {
  const year = Number(reading.year);
  return isoFromParts(reading.year.length === 2 ? fullYear(year) : year, Number(reading.month), Number(reading.day));
}

/** Lists the orders in which the fields can name a date: a year has two or four digits, never one or three. */
function possibleOrders(first: string, third: string): readonly DateOrder[] {
  if (first.length === 4) {
    return third.length <= 2 ? ['ymd'] : [];
  }
  if (third.length === 4) {
    return first.length <= 2 ? ['mdy', 'dmy'] : [];
  }
  if (first.length > 2 || third.length > 2) {
    return [];
  }

  const orders: DateOrder[] = [];
  if (first.length === 2) {
    orders.push('ymd');
  }
  if (third.length === 2) {
    orders.push('mdy', 'dmy');
  }
  return orders;
}

/**
 * Reads three digit fields. The declared order applies when the fields fit it. Otherwise the text is
 * accepted when the orders that fit name exactly one real day, so '13/01/2025' is read without a
 * declared order, and '04/05/2016' stays ambiguous under a declared 'ymd'.
 */
export function readSeparatedDate(first: string, second: string, third: string, text: string, declared: DateOrder | null): ParseResult<IsoDate> {
  const possible = possibleOrders(first, third);
  if (possible.length === 0) {
    return failure('invalidDate');
  }

  const orders = declared !== null && possible.includes(declared) ? [declared] : possible;

  let found: IsoDate | null = null;
  for (const order of orders) {
    const date = dateOf(readingOf(order, first, second, third));
    if (date === null || date === found) {
      continue;
    }
    if (found !== null) {
      return failure('ambiguousDate');
    }
    found = date;
  }
  return found === null ? failure('impossibleDate', { detail: text }) : success(found);
}
