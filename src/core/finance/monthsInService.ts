import { compareDates, monthIndex, type IsoDate } from '../calendar/calendarDate';

/**
 * Counts months in service (월할): the acquisition month and the month of the as-of date both count as
 * whole months, so 2024-03-15 to 2024-12-31 is 10 months. Before the purchase date the count is 0. With a
 * useful life the count stops at it. Without one (null) it keeps growing, as TCO per month needs.
 */
export function monthsInService(purchaseDate: IsoDate, asOf: IsoDate, usefulLifeMonths: number | null = null): number {
  if (compareDates(asOf, purchaseDate) < 0) {
    return 0;
  }

  const months = monthIndex(asOf) - monthIndex(purchaseDate) + 1;
  return usefulLifeMonths === null ? months : Math.min(months, usefulLifeMonths);
}
