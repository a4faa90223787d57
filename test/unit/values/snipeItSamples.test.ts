import { readFileSync } from 'fs';
import { resolve } from 'path';
import { parse } from 'csv-parse/sync';
import { parseBoolean } from '../../../src/core/values/booleanValue';
import { parseDate } from '../../../src/core/values/dateValue';
import { parseEmails } from '../../../src/core/values/emailValue';
import { parseMoney } from '../../../src/core/values/moneyValue';
import { parseNumber } from '../../../src/core/values/numberValue';
import { parseId } from '../../../src/core/values/textValue';

/** Public Snipe-IT sample exports kept next to the repository, read in place and never copied. */
const SAMPLES = resolve(__dirname, '../../../../shared/samples/snipe-it');

function readRecords(file: string, encoding: BufferEncoding, recordDelimiter?: string): Record<string, string>[] {
  const text = readFileSync(resolve(SAMPLES, file), encoding);
  return parse(text, { columns: true, bom: true, record_delimiter: recordDelimiter, relax_column_count: true, group_columns_by_name: true });
}

function columnOf(records: readonly Record<string, string>[], column: string): string[] {
  return records.map((record) => record[column]);
}

/** Returns the m/d/y reading of a US date as ISO, the oracle for the declared 'mdy' order. */
function usDate(text: string): string {
  const [month, day, year] = text.split('/').map(Number);
  let fullYear = year;
  if (year < 70) {
    fullYear = 2000 + year;
  } else if (year < 100) {
    fullYear = 1900 + year;
  }
  return `${fullYear}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

describe('Snipe-IT license sample', () => {
  const records = readRecords('licenses-sample.csv', 'utf8');

  test('has the expected rows', () => {
    expect(records).toHaveLength(50);
  });

  test('dollar costs keep their currency', () => {
    for (const cost of columnOf(records, 'purchase cost')) {
      expect(parseMoney(cost)).toEqual({ ok: true, value: { amount: Number(cost.replace('$', '')), currency: 'USD' } });
    }
  });

  test('US dates read with declared order', () => {
    for (const column of ['purchase date', 'expiration date']) {
      for (const text of columnOf(records, column).filter((value) => value !== '')) {
        expect(parseDate(text, { dateOrder: 'mdy' })).toEqual({ ok: true, value: usDate(text) });
      }
    }
  });

  test('US dates without order are exact or ambiguous', () => {
    for (const text of columnOf(records, 'expiration date').filter((value) => value !== '')) {
      const result = parseDate(text);
      if (result.ok) {
        expect(result.value).toBe(usDate(text));
      } else {
        expect(result.problem).toBe('ambiguousDate');
      }
    }
  });

  test('mixed booleans read except sometimes', () => {
    const invalid = new Set<string>();
    for (const column of ['maintained', 'reassignable']) {
      for (const text of columnOf(records, column)) {
        if (!parseBoolean(text).ok) {
          invalid.add(text);
        }
      }
    }
    expect([...invalid]).toEqual(['sometimes']);
  });

  test('seats are whole numbers', () => {
    for (const seats of columnOf(records, 'seats').filter((value) => value !== '')) {
      expect(parseNumber(seats, { integer: true, min: 0 })).toEqual({ ok: true, value: Number(seats) });
    }
  });

  test('emails are valid', () => {
    for (const column of ['Email', 'Licensed to Email']) {
      for (const email of columnOf(records, column).filter((value) => value !== '')) {
        expect(parseEmails(email)).toEqual({ ok: true, value: [email] });
      }
    }
  });
});

describe('Snipe-IT damaged asset sample', () => {
  // The file is in a legacy single-byte encoding with CR line ends, and the columns read here are ASCII.
  const records = readRecords('assets-sample-BLANKS.csv', 'latin1', '\r');

  test('has the expected rows', () => {
    expect(records).toHaveLength(200);
  });

  test('every model number is damaged', () => {
    const numbers = columnOf(records, 'Model Number');
    const damaged = numbers.filter((text) => {
      const result = parseId(text);
      return !result.ok && result.problem === 'damagedId';
    });
    expect(damaged).toHaveLength(200);
    expect(parseId(numbers[0])).toEqual({ ok: false, problem: 'damagedId', detail: { detail: '6.37702E+15' } });
  });

  test('asset tags are kept', () => {
    for (const tag of columnOf(records, 'Asset Tag').filter((value) => value !== '')) {
      expect(parseId(tag)).toEqual({ ok: true, value: tag });
    }
  });

  test('two-digit-year dates read with declared order', () => {
    const dates = columnOf(records, 'Purchase Date').filter((value) => value !== '');
    expect(dates.length).toBeGreaterThan(0);
    for (const text of dates) {
      expect(parseDate(text, { dateOrder: 'mdy' })).toEqual({ ok: true, value: usDate(text) });
    }
  });

  test('first purchase date is ambiguous alone', () => {
    expect(columnOf(records, 'Purchase Date')[0]).toBe('4/5/16');
    expect(parseDate('4/5/16')).toEqual({ ok: false, problem: 'ambiguousDate' });
  });
});
