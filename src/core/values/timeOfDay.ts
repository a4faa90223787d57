/**
 * The time written after a date ('2025-02-03T09:00:00', '2025. 2. 3 오후 3:15:00', '1/23/23 10:00 AM').
 * A date column keeps the date as written: a zone suffix such as 'Z' or '+09:00' never shifts the day.
 */

const TIME_SUFFIX =
  /^(.*?)(?:T|\s+)(?:(오전|오후|AM|PM)\s*)?(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:\s*(오전|오후|AM|PM))?(?:\s*(?:Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?))?$/i;

export interface DateAndTime {
  /** The text before the time, trimmed. */
  readonly datePart: string;
  /** False when the time names no real clock time (25:00, 13:00 PM). */
  readonly validTime: boolean;
}

/** Splits a trailing time from the date text, or returns null when the text has no time part. */
export function splitTimeOfDay(text: string): DateAndTime | null {
  if (text.indexOf(':') === -1) {
    return null;
  }
  const match = TIME_SUFFIX.exec(text);
  if (match === null) {
    return null;
  }

  const hour = Number(match[3]);
  const minute = Number(match[4]);
  const second = match[5] === undefined ? 0 : Number(match[5]);
  const meridiem = match[2] ?? match[6];
  const bothMeridiems = match[2] !== undefined && match[6] !== undefined;
  const maxHour = meridiem === undefined ? 23 : 12;
  const validTime = !bothMeridiems && hour <= maxHour && minute <= 59 && second <= 59;

  return { datePart: match[1].trim(), validTime };
}
