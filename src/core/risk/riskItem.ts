/**
 * One line of the Risks sheet. `code` is an i18n message key rendered later in the user's language with
 * `params`, so a rule fills params with text that is already in that language (status labels, paths).
 */
export interface RiskItem {
  readonly code: string;
  readonly severity: 'high' | 'medium' | 'low';
  /** Key of the record at risk, such as a CI ID or an asset tag. */
  readonly ref: string;
  /** Tab name of the record as the user sees it, or null when the risk has no single source row. */
  readonly sheet: string | null;
  /** 1-based sheet row of the record, or null. */
  readonly row: number | null;
  readonly params: Record<string, string | number>;
}
