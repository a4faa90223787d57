import { plainDecimal, shiftDecimalPoint } from './decimalText';

/**
 * Amounts written with Korean number units: 만 (10^4), 억 (10^8) and 조 (10^12), each preceded by a group
 * that may use 천 (10^3), 백 (10^2) and 십 (10) or digits. '120만' is 1,200,000, '1억 2천만' and
 * '1억2000만' are 120,000,000, '3천' is 3,000 and a bare '만' is 10,000.
 */

const TERM = /(\d[\d,]*(?:\.\d+)?|\.\d+)?[ ]*([조억만천백십])?[ ]*/y;
export const KOREAN_UNIT = /[조억만천백십]/;

const UNIT_EXPONENTS: ReadonlyMap<string, number> = new Map([
  ['조', 12],
  ['억', 8],
  ['만', 4],
  ['천', 3],
  ['백', 2],
  ['십', 1],
]);

/** The exponent of 만: units from 만 up close a group, and smaller units build one. */
const BIG_UNIT = 4;

/** A decimal value written as digits × 10^exponent, so that sums of units stay exact. */
interface DecimalTerm {
  readonly digits: string;
  readonly exponent: number;
}

const ONE: DecimalTerm = { digits: '1', exponent: 0 };

function termOf(plain: string, unitExponent: number): DecimalTerm {
  const point = plain.indexOf('.');
  if (point === -1) {
    return { digits: plain, exponent: unitExponent };
  }
  const fraction = plain.slice(point + 1);
  return { digits: plain.slice(0, point) + fraction, exponent: unitExponent - fraction.length };
}

/**
 * Adds the terms exactly. Whole terms are added as numbers: the sum is exact up to
 * Number.MAX_SAFE_INTEGER, and a larger sum stays above that bound, where the caller rejects it. Terms
 * with decimals are added in BigInt at the scale of the smallest exponent.
 */
function sumOf(terms: readonly DecimalTerm[]): number {
  const lowest = Math.min(0, ...terms.map((term) => term.exponent));
  if (lowest === 0) {
    let total = 0;
    for (const term of terms) {
      total += Number(term.digits) * 10 ** term.exponent;
    }
    return total;
  }

  let total = BigInt(0);
  for (const term of terms) {
    total += BigInt(term.digits) * BigInt(10) ** BigInt(term.exponent - lowest);
  }
  return shiftDecimalPoint(total.toString(), lowest);
}

/**
 * Reads an unsigned amount with Korean units, or returns null when it is malformed. Units must descend
 * (조 before 억 before 만, and 천 before 백 before 십 inside a group), and each group must fit below the
 * unit before it ('1억 12000만' is rejected). After 억 or 조, a last group without 만 is rejected because
 * people say '1억 5천' for 1억 5천만, and reading it as 100,005,000 would invent an amount.
 */
export function readKoreanAmount(text: string): number | null {
  const terms: DecimalTerm[] = [];
  let group: DecimalTerm[] = [];
  let previousBig: number | null = null;
  let previousSmall: number | null = null;
  let position = 0;

  while (position < text.length) {
    TERM.lastIndex = position;
    const match = TERM.exec(text);
    if (match === null || (match[1] === undefined && match[2] === undefined)) {
      return null;
    }
    position = TERM.lastIndex;

    const plain = match[1] === undefined ? null : plainDecimal(match[1]);
    if (match[1] !== undefined && plain === null) {
      return null;
    }
    const unit = match[2] === undefined ? null : (UNIT_EXPONENTS.get(match[2]) as number);

    if (unit !== null && unit < BIG_UNIT) {
      if (previousSmall !== null && unit >= previousSmall) {
        return null;
      }
      group.push(termOf(plain ?? '1', unit));
      previousSmall = unit;
      continue;
    }

    // A number without a small unit is the ones of its group, so it ends the group.
    if (plain !== null) {
      if (previousSmall !== null && Number(plain) >= 10 ** previousSmall) {
        return null;
      }
      group.push(termOf(plain, 0));
    }
    if (unit === null) {
      if (position < text.length) {
        return null;
      }
      break;
    }

    if (previousBig !== null && unit >= previousBig) {
      return null;
    }
    if (group.length === 0) {
      group.push(ONE);
    }
    if (previousBig !== null && !fitsBelow(group, previousBig - unit)) {
      return null;
    }
    for (const term of group) {
      terms.push({ digits: term.digits, exponent: term.exponent + unit });
    }
    previousBig = unit;
    previousSmall = null;
    group = [];
  }

  if (group.length > 0) {
    if (previousBig !== null && (previousBig > BIG_UNIT || !fitsBelow(group, previousBig))) {
      return null;
    }
    terms.push(...group);
  }
  return terms.length === 0 ? null : sumOf(terms);
}

/** Returns true when the group's value is below 10^places. */
function fitsBelow(group: readonly DecimalTerm[], places: number): boolean {
  return sumOf(group) < 10 ** places;
}
