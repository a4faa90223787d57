import { roundMoney } from '../finance/moneyRounding';
import { formatNumber, translate } from '../i18n';
import { ASSET_STATUSES } from '../registers/definitions';
import type { AssetStatus } from '../registers/records';
import type { Lang } from '../registers/schema';
import type { RowLink } from './sidebarContract';

/** Formats an amount rounded to its currency's minor unit: 1,234,000원 in Korean for KRW, else 1,234,000 KRW. */
export function formatMoney(lang: Lang, amount: number, currency: string): string {
  const text = formatNumber(lang, roundMoney(amount, currency));
  return lang === 'ko' && currency.toUpperCase() === 'KRW' ? `${text}원` : `${text} ${currency}`;
}

export function statusLabel(status: AssetStatus, lang: Lang): string {
  return ASSET_STATUSES.find((candidate) => candidate.key === status)?.label[lang] ?? status;
}

export function rowLink(lang: Lang, sheetName: string, row: number): RowLink {
  return { sheetName, row, text: translate(lang, 'sidebar.row.text', { sheet: sheetName, row: String(row) }) };
}
