import type ExcelJS from 'exceljs';
import { isoFromParts, partsOf } from '../core/calendar/calendarDate';
import type { CellValue, ColumnFormat, OutputValue } from '../core/workbook/port';

/** Excel number formats for the port's column formats. */
export const NUMBER_FORMATS: Readonly<Record<ColumnFormat, string>> = {
  // '@' keeps what users type in the column as text, so an ID such as 0003 keeps its zeros.
  text: '@',
  integer: '0',
  number: 'General',
  money: '#,##0',
  percent: '0.0%',
  date: 'yyyy-mm-dd',
  datetime: 'yyyy-mm-dd hh:mm',
};

/**
 * Converts one exceljs cell to the shape Apps Script's getValues returns: '' for an empty cell,
 * a merged cell other than the top-left one, or a formula without a cached result.
 */
export function readCellValue(cell: ExcelJS.Cell): CellValue {
  if (cell.isMerged && cell.master.address !== cell.address) {
    return '';
  }
  return convertValue(cell.value);
}

function convertValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) {
    return '';
  }
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return value;
  }
  if (value instanceof Date) {
    return dateCellFromExcelDate(value);
  }
  if ('error' in value) {
    return value.error;
  }
  if ('richText' in value) {
    return value.richText.map((run) => run.text).join('');
  }
  if ('hyperlink' in value) {
    return convertValue(value.text as ExcelJS.CellValue);
  }
  if ('formula' in value || 'sharedFormula' in value) {
    // NOTE: exceljs does not calculate formulas, so a formula saved without a cached result (as exceljs
    // itself writes them) reads as empty until Excel or LibreOffice has opened and saved the file.
    return convertValue(value.result as ExcelJS.CellValue);
  }
  return '';
}

/**
 * Takes the UTC calendar date of an exceljs date. An Excel serial has no time zone: it counts days of
 * the wall-clock calendar shown in the cell, and exceljs maps serial 45678 to 2025-01-21T00:00:00Z.
 * The UTC fields are therefore the date the cell displays, whatever the process's or workbook's time zone.
 */
function dateCellFromExcelDate(value: Date): CellValue {
  if (Number.isNaN(value.getTime())) {
    return '';
  }
  const iso = isoFromParts(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
  return iso === null ? '' : { date: iso };
}

/**
 * Characters that .xlsx text must write as an _xHHHH_ escape (ECMA-376 Part 1, ST_Xstring). These are
 * the control characters that XML 1.0 cannot hold, the carriage return that XML parsers turn into a line
 * feed, and an underscore that starts text which reads as an escape. exceljs 4.4.0 drops control
 * characters on write and decodes escapes on read, so 'a_x0041_' would come back as 'aA'. Excel decodes
 * such escapes the same way.
 */
const NEEDS_ESCAPE = /_(?=x[0-9A-Fa-f]{4}_)|[\u0000-\u0008\u000b-\u001f\ufffe\uffff]/g;

/** Escapes text for an .xlsx cell so that it reads back exactly as given. */
export function excelText(text: string): string {
  return text.replace(NEEDS_ESCAPE, (character) => `_x${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);
}

/** Converts a port value for exceljs; a string is always stored as text, never parsed as a formula. */
export function toExcelValue(value: OutputValue): ExcelJS.CellValue {
  if (typeof value === 'string') {
    return excelText(value);
  }
  if (value === null || typeof value === 'boolean') {
    return value;
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) {
      throw new Error(`Cannot write the number ${value} to a workbook cell: only finite numbers are allowed.`);
    }
    return value;
  }
  if ('formula' in value) {
    return { formula: value.formula.replace(/^=/, '') } as ExcelJS.CellFormulaValue;
  }
  const { year, month, day } = partsOf(value.date);
  // setUTCFullYear, unlike Date.UTC, does not map the years 0 to 99 to 1900 to 1999.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date;
}

/** Writes one value, giving a date a date format when the cell has none so it does not show as a serial. */
export function writeCell(cell: ExcelJS.Cell, value: OutputValue): void {
  cell.value = toExcelValue(value);
  if (value !== null && typeof value === 'object' && 'date' in value && !isDateFormat(cell.numFmt)) {
    cell.numFmt = NUMBER_FORMATS.date;
  }
}

function isDateFormat(format: string | undefined): boolean {
  return format !== undefined && /[dy]/i.test(format.replace(/"[^"]*"|\[[^\]]*\]/g, ''));
}
