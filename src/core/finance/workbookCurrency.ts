import type { Money } from '../values/parseResult';

/**
 * Acceptance of an amount in the workbook currency (the Settings currency). Finance adds amounts of one
 * currency only: an amount in another currency is left out with a finding, because the workbook holds no
 * exchange rates to convert it.
 */
export type CurrencyCheck =
  | { readonly ok: true; readonly amount: number }
  | { readonly ok: false; readonly reason: 'otherCurrency'; readonly currency: string }
  /** The Currency cell and the currency written in the amount cell disagree (USD beside "1,000원"). */
  | { readonly ok: false; readonly reason: 'conflict'; readonly currencyCell: string; readonly amountCurrency: string };

/**
 * Checks an amount against the workbook currency. The currency is the Currency cell when the register
 * has one, else the currency written in the amount cell, else the workbook currency.
 */
export function amountInWorkbookCurrency(money: Money, workbookCurrency: string, currencyCell: string | null = null): CurrencyCheck {
  const expected = workbookCurrency.trim().toUpperCase();
  const fromCell = currencyCell === null || currencyCell.trim() === '' ? null : currencyCell.trim().toUpperCase();
  const fromAmount = money.currency === null ? null : money.currency.trim().toUpperCase();

  if (fromCell !== null && fromAmount !== null && fromCell !== fromAmount) {
    return { ok: false, reason: 'conflict', currencyCell: fromCell, amountCurrency: fromAmount };
  }

  const currency = fromCell ?? fromAmount ?? expected;
  if (currency !== expected) {
    return { ok: false, reason: 'otherCurrency', currency };
  }
  return { ok: true, amount: money.amount };
}

/** Returns the amount as the user typed it, for a finding's value: "1200 USD", or "1200" without a currency. */
export function moneyText(money: Money): string {
  return money.currency === null ? String(money.amount) : `${money.amount} ${money.currency}`;
}
