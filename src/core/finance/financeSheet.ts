import type { IsoDate } from '../calendar/calendarDate';
import type { MessageParams } from '../findings/finding';
import { translate } from '../i18n';
import type { RecalcContext } from '../recalc/view';
import type { DateCell } from '../workbook/port';
import { roundMoney } from './moneyRounding';

/** Texts and cell values shared by the four finance sheets, bound to one recalculation's language and currency. */
export interface FinanceSheetWriter {
  /** Translates a finance catalog key. An unknown key throws, so the view tests catch a missing message. */
  text(key: string, params?: MessageParams): string;
  /** Rounds an amount for display in the workbook currency. */
  money(amount: number): number;
  /** Lines above every finance sheet: the as-of date, currency and rounding rule. */
  preamble(): string[];
}

export function financeSheetWriter(context: RecalcContext): FinanceSheetWriter {
  const text = (key: string, params: MessageParams = {}): string => translate(context.lang, key, params);
  return {
    text,
    money: (amount) => roundMoney(amount, context.settings.currency),
    preamble: () => [
      text('finance.preamble.asOf', { asOf: context.asOf, currency: context.settings.currency }),
      text('finance.preamble.rounding'),
    ],
  };
}

export function dateCell(date: IsoDate | null): DateCell | null {
  return date === null ? null : { date };
}

/** Formats a ratio as a percentage with up to 4 decimals: 0.05 → "5%", 0.0040741 → "0.4074%". */
export function percentText(ratio: number): string {
  const fixed = (ratio * 100).toFixed(4).replace(/0+$/, '').replace(/\.$/, '');
  return `${fixed}%`;
}
