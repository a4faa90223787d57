import fc from 'fast-check';
import { isIsoDate, isoFromParts, serialFromDate } from '../../../src/core/calendar/calendarDate';
import { ASSET_STATUSES, REGISTERS } from '../../../src/core/registers/definitions';
import { parseBoolean } from '../../../src/core/values/booleanValue';
import { parseCell } from '../../../src/core/values/parseCell';
import { parseDate } from '../../../src/core/values/dateValue';
import { isPlausibleDateCell } from '../../../src/core/values/serialDate';
import { parseEmails } from '../../../src/core/values/emailValue';
import { parseEnum } from '../../../src/core/values/enumValue';
import { parseMoney } from '../../../src/core/values/moneyValue';
import { parseNumber } from '../../../src/core/values/numberValue';
import { parseId, parseIdList, parseText } from '../../../src/core/values/textValue';
import type { CellValue } from '../../../src/core/workbook/port';

const RUNS = { numRuns: 2000 };

/** Characters that the parsers treat specially, so that generated text reaches their deeper branches. */
const TRICKY_CHARACTERS = [
  ...'0123456789', '.', ',', '/', '-', ' ', ':', '+', '(', ')', '%', '#', '!', '?', 'T', 'E', 'e', 'Z',
  '₩', '$', '€', '£', '¥', '원', '만', '억', '조', '천', '백', '십', '년', '월', '일', '오', '전', '후',
  '１', '２', '，', '．', '－', '\u2212', '\u3000', '\u00a0', '\n', ';', '@', '<', '>', 'A', 'M', 'P', 'N', '/',
];

const trickyText = fc.string({ unit: fc.constantFrom(...TRICKY_CHARACTERS), maxLength: 24 });
const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 40 }), trickyText);
const anyNumber = fc.oneof(fc.double(), fc.integer(), fc.integer({ min: -3000000, max: 3000000 }));
const anyCell: fc.Arbitrary<CellValue> = fc.oneof(
  anyText,
  anyNumber,
  fc.boolean(),
  fc.record({ date: fc.oneof(anyText, fc.constant('2025-02-03')) }),
);

const validDateParts = fc
  .record({ year: fc.integer({ min: 1, max: 2199 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
  .filter(({ year, month, day }) => isoFromParts(year, month, day) !== null);

function isFiniteOrNull(value: number | null): boolean {
  return value === null || Number.isFinite(value);
}

describe('parsers on arbitrary cells', () => {
  test('never throw', () => {
    const fields = REGISTERS.flatMap((register) => register.fields);
    fc.assert(
      fc.property(anyCell, fc.constantFrom(null, 'ymd', 'mdy', 'dmy' as const), (cell, dateOrder) => {
        for (const field of fields) {
          parseCell(cell, field, { dateOrder });
        }
        parseBoolean(cell);
        parseNumber(cell, { integer: true, min: 0 });
      }),
      RUNS,
    );
  });

  test('amounts and numbers are finite', () => {
    fc.assert(
      fc.property(anyCell, (cell) => {
        const money = parseMoney(cell);
        const number = parseNumber(cell);
        expect(money.ok ? isFiniteOrNull(money.value?.amount ?? null) : true).toBe(true);
        expect(number.ok ? isFiniteOrNull(number.value) : true).toBe(true);
        if (money.ok && money.value !== null) {
          expect(Math.abs(money.value.amount)).toBeLessThanOrEqual(Number.MAX_SAFE_INTEGER);
        }
      }),
      RUNS,
    );
  });

  test('dates are real calendar dates', () => {
    const dateShaped = fc
      .tuple(fc.nat(9999), fc.constantFrom('/', '.', '-', '. '), fc.nat(99), fc.nat(9999), fc.constantFrom('', '.'))
      .map(([first, separator, second, third, end]) => `${first}${separator}${second}${separator}${third}${end}`);
    fc.assert(
      fc.property(fc.oneof(anyCell, dateShaped), fc.constantFrom(null, 'ymd', 'mdy', 'dmy' as const), (cell, dateOrder) => {
        const result = parseDate(cell, { dateOrder });
        if (result.ok && result.value !== null) {
          expect(isIsoDate(result.value)).toBe(true);
        }
      }),
      RUNS,
    );
  });

  test('text without digits is never a date', () => {
    const noDigits = anyText.filter((text) => !/[0-9\uff10-\uff19]/.test(text));
    fc.assert(
      fc.property(noDigits, (text) => {
        const result = parseDate(text);
        expect(result.ok ? result.value : null).toBeNull();
      }),
      RUNS,
    );
  });

  test('text without digits is never an amount', () => {
    const noDigits = anyText.filter((text) => !/[0-9\uff10-\uff19]/.test(text) && !/[만억조천백십]/.test(text));
    fc.assert(
      fc.property(noDigits, (text) => {
        const result = parseMoney(text);
        expect(result.ok ? result.value : null).toBeNull();
      }),
      RUNS,
    );
  });

  test('text output is trimmed and typed', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const result = parseText(text);
        if (result.ok && result.value !== null) {
          expect(result.value).toBe(result.value.trim());
          expect(text).toContain(result.value);
        }
      }),
      RUNS,
    );
  });

  test('id lists are trimmed, non-empty and unique', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const result = parseIdList(text);
        if (result.ok && result.value !== null) {
          expect(new Set(result.value).size).toBe(result.value.length);
          for (const id of result.value) {
            expect(id.length).toBeGreaterThan(0);
            expect(id).toBe(id.trim());
            expect(text).toContain(id);
          }
        }
      }),
      RUNS,
    );
  });

  test('email lists contain only addresses', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const result = parseEmails(text);
        if (result.ok && result.value !== null) {
          for (const address of result.value) {
            expect(address).toMatch(/^[^\s@]+@[^\s@]+\.[^\s@]+$/);
          }
        }
      }),
      RUNS,
    );
  });
});

describe('date round trips', () => {
  function isoOf(year: number, month: number, day: number): string {
    return isoFromParts(year, month, day) as string;
  }

  test('ISO text', () => {
    fc.assert(
      fc.property(validDateParts, ({ year, month, day }) => {
        const iso = isoOf(year, month, day);
        expect(parseDate(iso)).toEqual({ ok: true, value: iso });
        expect(parseDate({ date: iso })).toEqual(isPlausibleDateCell(iso) ? { ok: true, value: iso } : { ok: false, problem: 'invalidDate' });
        expect(parseDate(`${iso}T12:34:56Z`)).toEqual({ ok: true, value: iso });
      }),
      RUNS,
    );
  });

  test('Korean and year-first forms', () => {
    const fourDigitYears = validDateParts.filter(({ year }) => year >= 1000);
    fc.assert(
      fc.property(fourDigitYears, ({ year, month, day }) => {
        const iso = isoOf(year, month, day);
        expect(parseDate(`${year}. ${month}. ${day}.`)).toEqual({ ok: true, value: iso });
        expect(parseDate(`${year}/${month}/${day}`)).toEqual({ ok: true, value: iso });
        expect(parseDate(`${year}년 ${month}월 ${day}일`)).toEqual({ ok: true, value: iso });
      }),
      RUNS,
    );
  });

  test('declared orders', () => {
    const modernYears = validDateParts.filter(({ year }) => year >= 1000);
    fc.assert(
      fc.property(modernYears, ({ year, month, day }) => {
        const iso = isoOf(year, month, day);
        expect(parseDate(`${month}/${day}/${year}`, { dateOrder: 'mdy' })).toEqual({ ok: true, value: iso });
        expect(parseDate(`${day}.${month}.${year}`, { dateOrder: 'dmy' })).toEqual({ ok: true, value: iso });
      }),
      RUNS,
    );
  });

  test('undeclared order is exact or ambiguous', () => {
    const modernYears = validDateParts.filter(({ year }) => year >= 1000);
    fc.assert(
      fc.property(modernYears, ({ year, month, day }) => {
        const result = parseDate(`${month}/${day}/${year}`);
        const swappedIsDate = day <= 12 && day !== month;
        expect(result).toEqual(swappedIsDate ? { ok: false, problem: 'ambiguousDate' } : { ok: true, value: isoOf(year, month, day) });
      }),
      RUNS,
    );
  });

  test('serial numbers', () => {
    const serialYears = validDateParts.filter(({ year }) => year >= 1906);
    fc.assert(
      fc.property(serialYears, fc.double({ min: 0, max: 0.999999, noNaN: true }), ({ year, month, day }, timeOfDay) => {
        const iso = isoOf(year, month, day);
        const serial = serialFromDate(iso);
        expect(parseDate(serial)).toEqual({ ok: true, value: iso });
        expect(parseDate(serial + timeOfDay)).toEqual({ ok: true, value: iso });
        expect(parseDate(String(serial))).toEqual({ ok: true, value: iso });
      }),
      RUNS,
    );
  });

  test('blank forms are never a date', () => {
    const padding = fc.string({ unit: fc.constantFrom(' ', '\t', '\n', '\u3000', '\u00a0'), maxLength: 4 });
    fc.assert(
      fc.property(padding, fc.constantFrom('', '0', '-', 'N/A', '—'), padding, (before, blank, after) => {
        expect(parseDate(before + blank + after)).toEqual({ ok: true, value: null });
      }),
      RUNS,
    );
  });
});

describe('amount round trips', () => {
  const safeIntegers = fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER });

  test('numbers are kept', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }), (amount) => {
        expect(parseMoney(amount)).toEqual({ ok: true, value: { amount: amount + 0, currency: null } });
        expect(parseNumber(amount)).toEqual({ ok: true, value: amount + 0 });
      }),
      RUNS,
    );
  });

  test('thousands separators', () => {
    fc.assert(
      fc.property(safeIntegers, (amount) => {
        const grouped = Math.abs(amount).toLocaleString('en-US');
        const sign = amount < 0 ? '-' : '';
        expect(parseMoney(`${sign}${grouped}`)).toEqual({ ok: true, value: { amount: amount + 0, currency: null } });
        expect(parseMoney(`${sign}₩${grouped}`)).toEqual({ ok: true, value: { amount: amount + 0, currency: 'KRW' } });
        expect(parseMoney(`${sign}${grouped}원`)).toEqual({ ok: true, value: { amount: amount + 0, currency: 'KRW' } });
        expect(parseNumber(`${sign}${grouped}`)).toEqual({ ok: true, value: amount + 0 });
        if (amount < 0) {
          expect(parseMoney(`(${grouped})`)).toEqual({ ok: true, value: { amount, currency: null } });
        }
      }),
      RUNS,
    );
  });

  test('cents', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 12 }), fc.integer({ min: 0, max: 99 }), (dollars, cents) => {
        const text = `$${dollars.toLocaleString('en-US')}.${String(cents).padStart(2, '0')}`;
        expect(parseMoney(text)).toEqual({ ok: true, value: { amount: Number(`${dollars}.${String(cents).padStart(2, '0')}`), currency: 'USD' } });
      }),
      RUNS,
    );
  });

  test('Korean units', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10 ** 15 }), (amount) => {
        const jo = Math.floor(amount / 1e12);
        const eok = Math.floor((amount % 1e12) / 1e8);
        const man = Math.floor((amount % 1e8) / 1e4);
        const ones = amount % 1e4;
        fc.pre(!((jo > 0 || eok > 0) && man === 0 && ones > 0));

        const parts = [jo > 0 ? `${jo}조` : '', eok > 0 ? `${eok}억` : '', man > 0 ? `${man.toLocaleString('en-US')}만` : '', ones > 0 ? `${ones}` : ''];
        const text = `${parts.filter((part) => part !== '').join(' ')}원`;
        expect(parseMoney(text)).toEqual({ ok: true, value: { amount, currency: 'KRW' } });
      }),
      RUNS,
    );
  });

  test('ones right after 억 are rejected', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 9999 }), (eok, ones) => {
        expect(parseMoney(`${eok}억 ${ones}원`)).toEqual({ ok: false, problem: 'invalidMoney' });
      }),
      RUNS,
    );
  });
});

describe('word round trips', () => {
  const caseVariant = (word: string): fc.Arbitrary<string> =>
    fc.array(fc.boolean(), { minLength: word.length, maxLength: word.length }).map((upper) =>
      Array.from(word, (character, index) => (upper[index] ? character.toUpperCase() : character.toLowerCase())).join(''),
    );

  test('booleans in any case', () => {
    const words = fc.oneof(
      fc.constantFrom('true', 'yes', 'y', 'o', '예', '네').chain(caseVariant).map((word) => [word, true] as const),
      fc.constantFrom('false', 'no', 'n', 'x', '아니오', '아니요').chain(caseVariant).map((word) => [word, false] as const),
    );
    fc.assert(
      fc.property(words, ([word, expected]) => {
        expect(parseBoolean(` ${word} `)).toEqual({ ok: true, value: expected });
      }),
    );
  });

  test('enum keys with any separator and case', () => {
    const spellings = fc.constantFrom(...ASSET_STATUSES).chain((value) =>
      fc
        .tuple(caseVariant(value.label.en), fc.constantFrom(' ', '_', '-', '  '))
        .map(([spelling, separator]) => [spelling.replace(/ /g, separator), value.key] as const),
    );
    fc.assert(
      fc.property(spellings, ([spelling, key]) => {
        expect(parseEnum(spelling, ASSET_STATUSES)).toEqual({ ok: true, value: key });
      }),
    );
  });

  test('ids keep what was typed', () => {
    const ids = fc.string({ unit: fc.constantFrom(...'0123456789ABCXYZ-_/'), minLength: 1, maxLength: 20 }).filter((id) => !/^-{1,2}$/.test(id));
    fc.assert(
      fc.property(ids, (id) => {
        expect(parseId(id)).toEqual({ ok: true, value: id });
      }),
      RUNS,
    );
  });
});

describe('long hostile input', () => {
  // Inputs on which a backtracking pattern can run for minutes, so the parsers must bound them.
  const size = 50000;
  const hostile = [
    `Feb${' '.repeat(size)}x`,
    `${'1 '.repeat(size / 2)}x`,
    `${'1만'.repeat(size / 2)}`,
    `2025-02-03 ${'1:'.repeat(size / 2)}`,
    `${' 1:00'.repeat(size / 5)}`,
    `${'a.'.repeat(size / 2)}@b`,
    `a@${'a-'.repeat(size / 2)}`,
  ];

  test.each(hostile.map((text) => [text.slice(0, 12), text]))('%p is rejected', (_start, text) => {
    expect(parseDate(text).ok).toBe(false);
    expect(parseMoney(text).ok).toBe(false);
    expect(parseNumber(text).ok).toBe(false);
    expect(parseEmails(text).ok).toBe(false);
  });
});
