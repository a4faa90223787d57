import type { CellValue } from '../workbook/port';
import { currencyOf } from './currency';
import { plainDecimal } from './decimalText';
import { formulaErrorOf } from './formulaError';
import { toHalfWidth } from './halfWidth';
import { KOREAN_UNIT, readKoreanAmount } from './koreanAmount';
import { EMPTY_RESULT, failure, success, type Money, type ParseOptions, type ParseResult } from './parseResult';
import { isPlaceholder } from './placeholder';

/**
 * Amount cells: numbers, '1,234,000', '₩1,234,000', '1,234,000원', '120만원', '$79.66', 'USD 79.66',
 * '-50,000' and the accounting negative '(50,000)'. The currency is the one written in the cell, or null.
 * Zero is an amount, while blank, '-' and 'N/A' are empty. Amounts beyond Number.MAX_SAFE_INTEGER are
 * rejected because they cannot be held exactly. A comma is always a thousands separator.
 */

/**
 * Optional sign, optional currency before, optional sign, the number, optional currency after. The number
 * starts and ends with a digit or unit, so the spaces around it can be matched only one way.
 */
const MONEY_FORM =
  /^([+-])?\s*(US\$|JP¥|CN¥|[₩$€£¥]|[A-Za-z]{3}(?=[\s\d.+-]))?\s*([+-])?\s*([\d.,조억만천백십](?:[\d., 조억만천백십]*[\d조억만천백십])?)\s*(원|달러|엔|유로|위안|파운드|[A-Za-z]{3})?$/i;
/** Maximum length of amount text, above the longest safe amount ('-₩9,007,199,254,740,991.99원', 28). */
const MAX_AMOUNT_LENGTH = 64;
const ACCOUNTING_NEGATIVE = /^\((.*)\)$/;
/** The most common form, a bare number with optional thousands separators, read without MONEY_FORM. */
const BARE_AMOUNT = /^-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
const COMMAS = /,/g;

const INVALID_MONEY = failure('invalidMoney');

/** Reads an amount. `options` keeps the signature of the other parsers, and no option affects amounts. */
export function parseMoney(cell: CellValue, _options: ParseOptions = {}): ParseResult<Money> {
  if (typeof cell === 'number') {
    return moneyOf(cell, null);
  }
  if (typeof cell !== 'string') {
    return INVALID_MONEY;
  }

  const error = formulaErrorOf(cell);
  if (error !== null) {
    return error;
  }
  let text = toHalfWidth(cell).trim();
  if (BARE_AMOUNT.test(text)) {
    return moneyOf(Number(text.replace(COMMAS, '')), null);
  }
  if (text.length === 0 || isPlaceholder(text)) {
    return EMPTY_RESULT;
  }
  if (text.length > MAX_AMOUNT_LENGTH) {
    return INVALID_MONEY;
  }

  const accounting = ACCOUNTING_NEGATIVE.exec(text);
  if (accounting !== null) {
    text = accounting[1].trim();
  }
  const form = MONEY_FORM.exec(text);
  if (form === null) {
    return INVALID_MONEY;
  }

  const [, leadingSign, prefix, innerSign, body, suffix] = form;
  const signs = (leadingSign === undefined ? 0 : 1) + (innerSign === undefined ? 0 : 1) + (accounting === null ? 0 : 1);
  if (signs > 1) {
    return INVALID_MONEY;
  }
  const currency = currencyFrom(prefix, suffix);
  if (currency === undefined) {
    return INVALID_MONEY;
  }

  const magnitude = amountOf(body);
  if (magnitude === null) {
    return INVALID_MONEY;
  }
  const negative = accounting !== null || leadingSign === '-' || innerSign === '-';
  return moneyOf(negative ? -magnitude : magnitude, currency);
}

/** Returns the currency named before or after the number, null for none, or undefined when invalid. */
function currencyFrom(prefix: string | undefined, suffix: string | undefined): string | null | undefined {
  const before = prefix === undefined ? null : currencyOf(prefix);
  const after = suffix === undefined ? null : currencyOf(suffix);
  if ((prefix !== undefined && before === null) || (suffix !== undefined && after === null)) {
    return undefined;
  }
  if (before !== null && after !== null && before !== after) {
    return undefined;
  }
  return before ?? after;
}

function amountOf(body: string): number | null {
  if (KOREAN_UNIT.test(body)) {
    return readKoreanAmount(body);
  }
  const plain = plainDecimal(body);
  return plain === null ? null : Number(plain);
}

function moneyOf(amount: number, currency: string | null): ParseResult<Money> {
  if (!Number.isFinite(amount) || Math.abs(amount) > Number.MAX_SAFE_INTEGER) {
    return INVALID_MONEY;
  }
  // Adding 0 turns -0 into 0, so '-0' reads as zero.
  return success({ amount: amount + 0, currency });
}
