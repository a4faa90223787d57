import type { Finding, Severity } from '../findings/finding';
import { translate } from '../i18n';
import type { Lang } from '../registers/schema';

export interface RenderedFinding {
  readonly sheet: string;
  readonly cell: string;
  readonly value: string;
  readonly severity: Severity;
  readonly message: string;
}

/** Renders a finding in the user's language for the Data Quality sheet and `itam validate --json`. */
export function renderFinding(finding: Finding, lang: Lang): RenderedFinding {
  return {
    sheet: finding.sheet,
    cell: finding.cell ?? '',
    value: finding.value,
    severity: finding.severity,
    message: translate(lang, finding.code, finding.params),
  };
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Orders findings by severity, then sheet, then row, so the most urgent fixes come first. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      a.sheet.localeCompare(b.sheet) ||
      (a.row ?? 0) - (b.row ?? 0) ||
      (a.cell ?? '').localeCompare(b.cell ?? ''),
  );
}
