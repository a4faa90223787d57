import type { Finding } from '../findings/finding';
import type { RiskItem } from './riskItem';

/** Prefix of the code of a risk raised by a data-quality finding: 'dataQuality.' + the finding's code. */
export const DATA_QUALITY_RISK_PREFIX = 'dataQuality.';

/**
 * Raises a medium risk for every finding of severity error. An invalid cell is read as blank, so every
 * figure that uses it is incomplete until it is fixed. It is medium and not high because the invalid
 * value itself exposes nothing: the rule that the missing value hides (an expired license, an end of
 * support) is high on its own once the cell is fixed. Warnings stay on the Data Quality sheet only.
 */
export function dataQualityRisks(findings: readonly Finding[]): RiskItem[] {
  return findings
    .filter((finding) => finding.severity === 'error')
    .map((finding) => ({
      code: `${DATA_QUALITY_RISK_PREFIX}${finding.code}`,
      severity: 'medium' as const,
      ref: finding.cell === null ? finding.sheet : `${finding.sheet}!${finding.cell}`,
      sheet: finding.sheet,
      row: finding.row,
      params: { ...finding.params },
      messageKey: finding.code,
    }));
}
