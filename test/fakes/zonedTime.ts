/**
 * Wall-clock conversions between an instant and an IANA time zone, using the ICU data bundled with
 * Node (Intl.DateTimeFormat). The fakes use them for Utilities.formatDate and for text that Sheets
 * parses as a date in the spreadsheet's zone.
 */

export interface WallClock {
  readonly year: number;
  readonly month: number; // 1..12
  readonly day: number;
  readonly hour: number; // 0..23
  readonly minute: number;
  readonly second: number;
  readonly millisecond: number;
  /** ISO weekday: 1 is Monday, 7 is Sunday. */
  readonly weekday: number;
  /** Offset from UTC in minutes at that instant (+540 for Asia/Seoul). */
  readonly offsetMinutes: number;
}

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
        weekday: 'short',
        era: 'short',
      });
    } catch {
      throw new Error(`Invalid time zone "${timeZone}": expected an IANA name such as Asia/Seoul.`);
    }
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Throws when the zone is not a valid IANA name. */
export function assertTimeZone(timeZone: string): void {
  formatterFor(timeZone);
}

export function wallClockAt(instant: number, timeZone: string): WallClock {
  const parts: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(instant))) {
    parts[part.type] = part.value;
  }
  const era = parts.era === 'BC' ? -1 : 1;
  const year = era === 1 ? Number(parts.year) : 1 - Number(parts.year);
  const month = Number(parts.month);
  const day = Number(parts.day);
  const hour = Number(parts.hour);
  const minute = Number(parts.minute);
  const second = Number(parts.second);
  const millisecond = ((instant % 1000) + 1000) % 1000;
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second, millisecond);
  return {
    year,
    month,
    day,
    hour,
    minute,
    second,
    millisecond,
    weekday: WEEKDAYS.indexOf(parts.weekday) + 1,
    offsetMinutes: Math.round((asUtc - instant) / 60000),
  };
}

/**
 * Returns the instant at which the zone's clock shows the given wall-clock time. A time skipped by a
 * daylight-saving change resolves to the instant one offset later, as java.util.Calendar does.
 */
export function instantOf(year: number, month: number, day: number, hour: number, minute: number, second: number, timeZone: string): number {
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second);
  let instant = asUtc - wallClockAt(asUtc, timeZone).offsetMinutes * 60000;
  instant = asUtc - wallClockAt(instant, timeZone).offsetMinutes * 60000;
  return instant;
}
