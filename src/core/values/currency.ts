/**
 * Currency marks written next to an amount, mapped to ISO 4217 codes. '$' is read as USD and '¥' as JPY,
 * their most common meanings. For another currency, write its ISO code, such as CAD or CNY.
 */

const SYMBOL_CURRENCIES: ReadonlyMap<string, string> = new Map([
  ['₩', 'KRW'],
  ['$', 'USD'],
  ['US$', 'USD'],
  ['€', 'EUR'],
  ['£', 'GBP'],
  ['¥', 'JPY'],
  ['JP¥', 'JPY'],
  ['CN¥', 'CNY'],
  ['원', 'KRW'],
  ['달러', 'USD'],
  ['엔', 'JPY'],
  ['유로', 'EUR'],
  ['위안', 'CNY'],
  ['파운드', 'GBP'],
]);

/** Codes accepted before or after an amount, in any letter case. */
const ISO_CODES: ReadonlySet<string> = new Set([
  'KRW', 'USD', 'EUR', 'JPY', 'GBP', 'CNY', 'HKD', 'TWD', 'SGD', 'AUD', 'CAD', 'NZD', 'CHF', 'SEK', 'NOK', 'DKK',
  'INR', 'VND', 'THB', 'PHP', 'IDR', 'MYR', 'MXN', 'BRL', 'ZAR', 'AED', 'SAR', 'ILS', 'PLN', 'CZK', 'HUF', 'TRY',
]);

/** Returns the ISO code for a currency symbol, Korean currency word or ISO code, or null when unknown. */
export function currencyOf(mark: string): string | null {
  const upper = mark.toUpperCase();
  const symbol = SYMBOL_CURRENCIES.get(upper);
  if (symbol !== undefined) {
    return symbol;
  }
  return ISO_CODES.has(upper) ? upper : null;
}
