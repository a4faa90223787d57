import type { ColumnFormat } from '../core/workbook/port';

/**
 * Sheets number format patterns per column format. Money has no decimals because KRW has no minor
 * unit; the currency is stated in the header, so the pattern carries no symbol. '@' is plain text,
 * which also keeps what users type into identifier columns (0003) as text.
 */
export const NUMBER_FORMATS: Readonly<Record<ColumnFormat, string>> = {
  text: '@',
  integer: '#,##0',
  number: '#,##0.00',
  money: '#,##0',
  percent: '0.0%',
  date: 'yyyy-mm-dd',
  datetime: 'yyyy-mm-dd hh:mm',
};
