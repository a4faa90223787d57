import {
  addDays,
  addMonths,
  dateFromDayNumber,
  dateFromSerial,
  dayNumber,
  daysBetween,
  fiscalYearOf,
  isoFromParts,
  monthIndex,
  serialFromDate,
} from '../../../src/core/calendar/calendarDate';
import { calendarDateIn } from '../../../src/core/calendar/today';

describe('calendarDate', () => {
  test('daysBetween counts calendar days', () => {
    expect(daysBetween('2024-05-31', '2024-11-15')).toBe(168);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2023-02-28', '2023-03-01')).toBe(1);
    expect(daysBetween('2025-01-01', '2024-12-31')).toBe(-1);
  });

  test('dayNumber round trips across eras', () => {
    for (const date of ['0001-01-01', '1899-12-30', '1970-01-01', '2000-02-29', '2024-12-31', '9999-12-31']) {
      expect(dateFromDayNumber(dayNumber(date))).toBe(date);
    }
    expect(dayNumber('1970-01-01')).toBe(0);
  });

  test('addMonths clamps to month end', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2023-01-31', 1)).toBe('2023-02-28');
    expect(addMonths('2024-12-15', 14)).toBe('2026-02-15');
    expect(addMonths('2024-03-31', -1)).toBe('2024-02-29');
  });

  test('addDays crosses year and leap day', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
  });

  test('impossible parts give null', () => {
    expect(isoFromParts(2025, 2, 30)).toBeNull();
    expect(isoFromParts(2025, 13, 1)).toBeNull();
    expect(isoFromParts(2024, 2, 29)).toBe('2024-02-29');
  });

  test('serials follow the 1899-12-30 epoch', () => {
    expect(dateFromSerial(45678)).toBe('2025-01-21');
    expect(serialFromDate('2025-01-21')).toBe(45678);
    expect(dateFromSerial(45678.75)).toBe('2025-01-21');
  });

  test('month index and fiscal year', () => {
    expect(monthIndex('2024-12-31') - monthIndex('2024-03-15') + 1).toBe(10);
    expect(fiscalYearOf('2025-03-31', 4)).toBe(2024);
    expect(fiscalYearOf('2025-04-01', 4)).toBe(2025);
    expect(fiscalYearOf('2025-04-01', 1)).toBe(2025);
  });

  test('calendarDateIn uses the given zone', () => {
    const instant = new Date(Date.UTC(2025, 1, 2, 15, 30));
    expect(calendarDateIn(instant, 'Asia/Seoul')).toBe('2025-02-03');
    expect(calendarDateIn(instant, 'America/Los_Angeles')).toBe('2025-02-02');
    expect(calendarDateIn(instant, 'UTC')).toBe('2025-02-02');
  });
});
