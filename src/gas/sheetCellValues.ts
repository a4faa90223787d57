import { a1 } from '../core/findings/finding';
import type { CellValue, OutputValue } from '../core/workbook/port';
import { isDate, type ZoneCalendar } from './zoneCalendar';

/** A value as Range.setValues takes it. */
export type SheetValue = string | number | boolean | Date;

/**
 * Writes text so that Sheets stores it as typed. Sheets parses a string written by setValues like
 * typed input: '=…' becomes a formula, '0003' and '-5' numbers, '2025-02-03' a date and 'TRUE' a
 * boolean. A leading apostrophe makes Sheets keep the text as typed, and it is not part of the stored
 * value. So every non-empty string gets one, and user text never becomes a formula.
 */
export function asText(text: string): string {
  return text === '' ? '' : `'${text}`;
}

/** Converts one output value; `where` names the cell in the error for a value Sheets cannot hold. */
export function toSheetValue(value: OutputValue, calendar: ZoneCalendar, where: () => string): SheetValue {
  if (value === null) {
    return '';
  }
  if (typeof value === 'string') {
    return asText(value);
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) {
      throw new Error(`Cannot write ${value} to ${where()}: only finite numbers can be stored.`);
    }
    return value;
  }
  if (typeof value === 'boolean') {
    return value;
  }
  if ('formula' in value) {
    return value.formula.startsWith('=') ? value.formula : `=${value.formula}`;
  }
  return calendar.dateOf(value.date);
}

/** Converts rows of output values, padding each row with empty cells to `width`. */
export function toSheetRows(
  rows: readonly (readonly OutputValue[])[],
  width: number,
  calendar: ZoneCalendar,
  sheetName: string,
  firstRow: number,
  firstColumn: number,
): SheetValue[][] {
  return rows.map((row, rowIndex) => {
    if (row.length > width) {
      throw new Error(`Row ${firstRow + rowIndex} of sheet "${sheetName}" has ${row.length} values for ${width} columns.`);
    }
    const line: SheetValue[] = [];
    for (let column = 0; column < width; column += 1) {
      const value = column < row.length ? row[column] : null;
      // Text and finite numbers, most cells of a large sheet, are converted here without creating the
      // closure that names the cell in an error, so a million-cell sheet allocates no million closures.
      if (typeof value === 'string') {
        line.push(asText(value));
      } else if (typeof value === 'number' && Number.isFinite(value)) {
        line.push(value);
      } else {
        line.push(toSheetValue(value, calendar, () => `cell ${a1(firstRow + rowIndex, firstColumn + column)} of sheet "${sheetName}"`));
      }
    }
    return line;
  });
}

/** Converts a value from Range.getValues: a Date becomes the calendar date shown in the spreadsheet. */
export function fromSheetValue(value: unknown, calendar: ZoneCalendar): CellValue {
  if (isDate(value)) {
    return { date: calendar.isoDateOf(value) };
  }
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return value;
  }
  return value === null || value === undefined ? '' : String(value);
}
