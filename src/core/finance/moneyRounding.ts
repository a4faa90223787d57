/**
 * Rounding of money to the currency's minor unit. Calculators keep unrounded amounts and round only the
 * figure that is shown, so a rounding error never accumulates month after month.
 */

/** ISO 4217 currencies whose minor unit is not 2 decimals. Every other code rounds to cents. */
const MINOR_UNIT_DECIMALS: Readonly<Record<string, number>> = {
  KRW: 0,
  JPY: 0,
  VND: 0,
  CLP: 0,
  ISK: 0,
  PYG: 0,
  UGX: 0,
  BHD: 3,
  KWD: 3,
  OMR: 3,
  JOD: 3,
  TND: 3,
};

/** Returns the decimals of the currency's minor unit: 0 for KRW and JPY, 2 for USD and unknown codes. */
export function currencyDecimals(currency: string): number {
  return MINOR_UNIT_DECIMALS[currency.trim().toUpperCase()] ?? 2;
}

/**
 * Rounds an amount to the currency's minor unit, half away from zero (1.5 won → 2, −1.5 won → −2).
 * The amount is first cut to 15 significant digits, the precision spreadsheets display, so that a
 * product such as 0.451 × 549,000 ÷ 2 = 123,799.5 rounds as its decimal value and not as the binary
 * 123,799.49999999999. The shift then goes through the decimal exponent, so that 1.005 dollars becomes
 * 1.01 and not 1.00 as `Math.round(1.005 * 100)` gives.
 */
export function roundMoney(amount: number, currency: string): number {
  if (!Number.isFinite(amount)) {
    throw new Error(`Cannot round the amount ${amount}: it is not a finite number.`);
  }

  const decimals = currencyDecimals(currency);
  // Whole amounts below 10^15 already have at most 15 significant digits, so in a currency without
  // minor units they are their own rounding. This path and the one below give the same result.
  if (decimals === 0 && Number.isInteger(amount) && Math.abs(amount) < 1e15) {
    return amount + 0;
  }
  const magnitude = Number(Math.abs(amount).toPrecision(15));
  // A shift by 0 places gives back the same number, so whole-unit currencies skip the two shifts.
  const rounded = decimals === 0 ? Math.round(magnitude) : shiftDecimal(Math.round(shiftDecimal(magnitude, decimals)), -decimals);

  // Math.sign keeps −0 for −0.4 won. Adding 0 turns it into 0 so that the sheet never shows "-0".
  return Math.sign(amount) * rounded + 0;
}

/** Multiplies by 10^places exactly as the decimal text reads, also for values printed as 1e-7 or 1e+21. */
function shiftDecimal(value: number, places: number): number {
  const [mantissa, exponent = '0'] = String(value).split('e');
  return Number(`${mantissa}e${Number(exponent) + places}`);
}
