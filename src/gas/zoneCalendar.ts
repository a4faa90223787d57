import { partsOf, type IsoDate } from '../core/calendar/calendarDate';

/** Recognizes Date objects from any JavaScript realm (Object.prototype.toString works across realms). */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** Parses Utilities.formatDate's 'Z' output (+0900, -0330) into minutes east of UTC. */
function offsetMinutes(text: string): number {
  const match = /^([+-])(\d{2})(\d{2})$/.exec(text);
  if (!match) {
    throw new Error(`Unexpected time zone offset "${text}" from Utilities.formatDate.`);
  }
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

/**
 * Converts between Sheets' Date values and calendar dates in the spreadsheet's time zone, which can
 * differ from the script's zone. Results are cached per instant and per date because a register
 * repeats the same dates and each Utilities call crosses into the Apps Script runtime.
 */
export class ZoneCalendar {
  private readonly datesByInstant = new Map<number, IsoDate>();
  private readonly instantsByDate = new Map<IsoDate, number>();

  constructor(readonly timeZone: string) {}

  /** Returns the calendar date that the spreadsheet shows for a Date cell. */
  isoDateOf(value: Date): IsoDate {
    const instant = value.getTime();
    let date = this.datesByInstant.get(instant);
    if (date === undefined) {
      date = Utilities.formatDate(value, this.timeZone, 'yyyy-MM-dd');
      this.datesByInstant.set(instant, date);
    }
    return date;
  }

  /**
   * Returns a Date at local noon of the given calendar day in the spreadsheet's zone. Noon keeps the
   * day right when a daylight-saving change moves that day's clock by an hour, and midnight does not
   * (Brazil skipped 00:00 on 2018-11-04). The offset is read at 12:00 UTC of that day, at most 14 hours
   * from local noon, so a change in between shifts the result by an hour and never off the day.
   */
  dateOf(date: IsoDate): Date {
    let instant = this.instantsByDate.get(date);
    if (instant === undefined) {
      const { year, month, day } = partsOf(date);
      const noonUtc = Date.UTC(year, month - 1, day, 12);
      const offset = offsetMinutes(Utilities.formatDate(new Date(noonUtc), this.timeZone, 'Z'));
      instant = noonUtc - offset * 60000;
      this.instantsByDate.set(date, instant);
    }
    return new Date(instant);
  }
}
