/**
 * One line of the Risks sheet. `code` names the rule and is, unless `messageKey` is set, the i18n message
 * key rendered later in the user's language with `params`. A rule therefore fills params with text that
 * is already in that language (status labels, paths).
 */
export interface RiskItem {
  readonly code: string;
  readonly severity: RiskSeverity;
  /** Key of the record at risk, such as a CI ID or an asset tag. */
  readonly ref: string;
  /** Tab name of the record as the user sees it, or null when the risk has no single source row. */
  readonly sheet: string | null;
  /** 1-based sheet row of the record, or null. */
  readonly row: number | null;
  readonly params: Record<string, string | number>;
  /**
   * Message key when it differs from `code`: a rule with several wordings (an audit never done), or a
   * data-quality risk, whose message is the finding's own.
   */
  readonly messageKey?: string;
  /** Money at stake (exposure, annual cost, overspend), rounded to the currency's minor unit. */
  readonly amount?: RiskAmount | null;
}

export type RiskSeverity = 'high' | 'medium' | 'low';

export interface RiskAmount {
  readonly amount: number;
  /** ISO 4217 code. */
  readonly currency: string;
}

/** Severities from the most to the least urgent; the Risks sheet sorts by this order. */
export const RISK_SEVERITIES: readonly RiskSeverity[] = ['high', 'medium', 'low'];
