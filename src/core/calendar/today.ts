import type { IsoDate } from './calendarDate';

/**
 * Returns the calendar date of an instant in a time zone (Asia/Seoul: 2025-02-02T15:30Z is 2025-02-03).
 * The caller passes the instant, so the core never reads the clock.
 */
export function calendarDateIn(instant: Date, timeZone: string): IsoDate {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(instant);
  const part = (type: string): string => parts.find((candidate) => candidate.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}
