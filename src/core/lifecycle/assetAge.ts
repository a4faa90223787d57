import { addMonths, compareDates, monthIndex, type IsoDate } from '../calendar/calendarDate';

/** Age bands of the Lifecycle sheet, youngest first, then purchases dated after the as-of date and blank dates. */
export type AgeBucket = 'lessThan1' | 'from1To2' | 'from2To3' | 'from3To4' | 'from4To5' | 'atLeast5' | 'purchasedLater' | 'noPurchaseDate';

export const AGE_BUCKETS: readonly AgeBucket[] = ['lessThan1', 'from1To2', 'from2To3', 'from3To4', 'from4To5', 'atLeast5', 'purchasedLater', 'noPurchaseDate'];

const YEAR_BUCKETS: readonly AgeBucket[] = ['lessThan1', 'from1To2', 'from2To3', 'from3To4', 'from4To5'];

/**
 * Counts the calendar months completed from `from` to `to`: the largest n for which `from` + n months
 * (day clamped to the month's length) is on or before `to`. So 2020-03-15 to 2021-03-14 is 11 and to
 * 2021-03-15 is 12, and 2020-02-29 completes a year on 2021-02-28. Requires `from` on or before `to`.
 */
export function completedMonths(from: IsoDate, to: IsoDate): number {
  if (compareDates(from, to) > 0) {
    throw new RangeError(`Cannot count months from ${from} back to ${to}.`);
  }
  const months = monthIndex(to) - monthIndex(from);
  return compareDates(addMonths(from, months), to) > 0 ? months - 1 : months;
}

/** Places an asset in its age band by the whole years completed from its purchase date to the as-of date. */
export function ageBucketOf(purchaseDate: IsoDate | null, asOf: IsoDate): AgeBucket {
  if (purchaseDate === null) {
    return 'noPurchaseDate';
  }
  if (compareDates(purchaseDate, asOf) > 0) {
    return 'purchasedLater';
  }
  const years = Math.floor(completedMonths(purchaseDate, asOf) / 12);
  return YEAR_BUCKETS[years] ?? 'atLeast5';
}
