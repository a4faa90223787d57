import type { StoredValue } from './sheetState';
import { instantOf, wallClockAt } from './zonedTime';

/** Recognizes Date objects from any realm, including a Node vm context running the bundle. */
export function isDateObject(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

export interface WrittenCell {
  readonly value: StoredValue;
  readonly formula: string;
}

const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;
const GROUPED_NUMBER = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;
const PERCENT = /^[+-]?(\d+(\.\d*)?|\.\d+)%$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/**
 * Interprets text written by setValue(s) as Sheets interprets typed input: a leading apostrophe
 * marks text and is dropped, '=' starts a formula, and numbers, percentages, TRUE/FALSE and ISO dates
 * become numbers, booleans and dates unless the cell's number format is plain text ('@').
 * NOTE: Sheets also parses locale-specific forms (1.234,5 in de_DE, "Jan 5" in en_US); the fake
 * parses only the forms listed here.
 */
function interpretText(text: string, numberFormat: string | null, timeZone: string): WrittenCell {
  if (text === '') {
    return { value: '', formula: '' };
  }
  if (text.startsWith("'")) {
    return { value: text.slice(1), formula: '' };
  }
  if (numberFormat === '@') {
    return { value: text, formula: '' };
  }
  if (text.startsWith('=') && text.length > 1) {
    return { value: '', formula: text };
  }

  const trimmed = text.trim();
  if (PLAIN_NUMBER.test(trimmed)) {
    return { value: Number(trimmed), formula: '' };
  }
  if (GROUPED_NUMBER.test(trimmed)) {
    return { value: Number(trimmed.replace(/,/g, '')), formula: '' };
  }
  if (PERCENT.test(trimmed)) {
    return { value: Number(trimmed.slice(0, -1)) / 100, formula: '' };
  }
  if (/^(true|false)$/i.test(trimmed)) {
    return { value: trimmed.toLowerCase() === 'true', formula: '' };
  }
  const date = ISO_DATE.exec(trimmed);
  if (date) {
    const [year, month, day] = [Number(date[1]), Number(date[2]), Number(date[3])];
    const probe = new Date(Date.UTC(year, month - 1, day));
    if (probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day) {
      return { value: new Date(instantOf(year, month, day, 0, 0, 0, timeZone)), formula: '' };
    }
  }
  return { value: text, formula: '' };
}

/**
 * Converts one value passed to setValue(s) into what the cell stores. Types Sheets cannot store
 * (objects, arrays, NaN, invalid dates) throw, so an adapter that passes them fails its tests.
 * NOTE: what Apps Script does with such values is not documented; rejecting them is the fake's choice.
 */
export function interpretWrittenValue(raw: unknown, numberFormat: string | null, timeZone: string, cellA1: string): WrittenCell {
  if (raw === null || raw === undefined) {
    return { value: '', formula: '' };
  }
  if (typeof raw === 'string') {
    return interpretText(raw, numberFormat, timeZone);
  }
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) {
      throw new Error(`Cannot write ${raw} to cell ${cellA1}: a cell holds only finite numbers.`);
    }
    return { value: raw, formula: '' };
  }
  if (typeof raw === 'boolean') {
    return { value: raw, formula: '' };
  }
  if (isDateObject(raw)) {
    if (Number.isNaN(raw.getTime())) {
      throw new Error(`Cannot write an invalid Date to cell ${cellA1}.`);
    }
    return { value: new Date(raw.getTime()), formula: '' };
  }
  throw new Error(`Cannot write a value of type ${Array.isArray(raw) ? 'array' : typeof raw} to cell ${cellA1}: use a string, number, boolean or Date.`);
}

/** Returns a value as getValues hands it out: Dates are copies, so callers cannot change the cell. */
export function readValue(value: StoredValue): StoredValue {
  return isDateObject(value) ? new Date(value.getTime()) : value;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/**
 * Approximates getDisplayValues for the fake: ISO dates, TRUE/FALSE and plain numbers. Sheets formats
 * by number format and locale, so no test may parse display values.
 */
export function displayValue(value: StoredValue, timeZone: string): string {
  if (isDateObject(value)) {
    const clock = wallClockAt(value.getTime(), timeZone);
    const date = `${pad(clock.year, 4)}-${pad(clock.month, 2)}-${pad(clock.day, 2)}`;
    if (clock.hour === 0 && clock.minute === 0 && clock.second === 0) {
      return date;
    }
    return `${date} ${pad(clock.hour, 2)}:${pad(clock.minute, 2)}:${pad(clock.second, 2)}`;
  }
  if (typeof value === 'boolean') {
    return value ? 'TRUE' : 'FALSE';
  }
  return String(value);
}
