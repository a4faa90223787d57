/**
 * Decimal numbers as typed in a cell: digits with optional comma thousands separators and a period as
 * the decimal mark. A comma is never a decimal mark here, so '12,50' is rejected instead of being read
 * as 1250 or 12.5, and groups must have three digits ('1,23,4' and Indian '1,00,000' are rejected).
 */

const PLAIN_DECIMAL = /^(?:\d+(?:\.\d+)?|\.\d+)$/;
const GROUPED_DECIMAL = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const COMMAS = /,/g;

/** Returns the decimal without thousands separators ('1,234.5' → '1234.5'), or null when it is malformed. */
export function plainDecimal(text: string): string | null {
  if (PLAIN_DECIMAL.test(text)) {
    return text;
  }
  if (GROUPED_DECIMAL.test(text)) {
    return text.replace(COMMAS, '');
  }
  return null;
}

/**
 * Multiplies a plain decimal by 10^places by moving its decimal point in the text, so that '1.15' × 10^4
 * is exactly 11500 where the floating-point product would be 11499.999999999998.
 */
export function shiftDecimalPoint(plain: string, places: number): number {
  const point = plain.indexOf('.');
  const integerDigits = point === -1 ? plain : plain.slice(0, point);
  const digits = point === -1 ? plain : integerDigits + plain.slice(point + 1);
  const newPoint = integerDigits.length + places;

  if (newPoint <= 0) {
    return Number(`0.${'0'.repeat(-newPoint)}${digits}`);
  }
  if (newPoint >= digits.length) {
    return Number(digits + '0'.repeat(newPoint - digits.length));
  }
  return Number(`${digits.slice(0, newPoint)}.${digits.slice(newPoint)}`);
}
