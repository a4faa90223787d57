import type { IsoDate } from '../calendar/calendarDate';
import type { Finding } from '../findings/finding';
import { translate } from '../i18n';
import type { Lang } from '../registers/schema';
import type { OutputSheet } from '../workbook/port';
import { renderFinding, sortFindings } from './renderFinding';

export const DATA_QUALITY_SHEET_ID = 'dataQuality';

/** Longest value text shown in the sheet; the full text stays in the register cell the row points to. */
const MAX_VALUE_LENGTH = 500;

/** Builds the Data Quality sheet: one row per finding with its tab, cell, value, severity and message. */
export function buildDataQualitySheet(findings: readonly Finding[], lang: Lang, asOf: IsoDate): OutputSheet {
  const sorted = sortFindings(findings);
  const errors = sorted.filter((finding) => finding.severity === 'error').length;
  const warnings = sorted.filter((finding) => finding.severity === 'warning').length;

  const rows = sorted.map((finding) => {
    const rendered = renderFinding(finding, lang);
    const value = rendered.value.length > MAX_VALUE_LENGTH ? `${rendered.value.slice(0, MAX_VALUE_LENGTH)}…` : rendered.value;
    return [rendered.sheet, rendered.cell, finding.column ?? '', value, translate(lang, `severity.${finding.severity}`), rendered.message];
  });

  return {
    id: DATA_QUALITY_SHEET_ID,
    name: translate(lang, 'dataQuality.sheetName'),
    preamble: [translate(lang, 'dataQuality.preamble', { asOf, errors, warnings })],
    blocks: [
      {
        columns: [
          { header: translate(lang, 'dataQuality.header.sheet'), format: 'text', width: 140 },
          { header: translate(lang, 'dataQuality.header.cell'), format: 'text', width: 60 },
          { header: translate(lang, 'dataQuality.header.column'), format: 'text', width: 120 },
          { header: translate(lang, 'dataQuality.header.value'), format: 'text', width: 160 },
          { header: translate(lang, 'dataQuality.header.severity'), format: 'text', width: 70 },
          { header: translate(lang, 'dataQuality.header.message'), format: 'text', width: 480 },
        ],
        rows,
        conditional: [
          { kind: 'textEquals', column: 4, text: translate(lang, 'severity.error'), background: '#f4c7c3' },
          { kind: 'textEquals', column: 4, text: translate(lang, 'severity.warning'), background: '#fce8b2' },
        ],
      },
    ],
    protectionWarning: translate(lang, 'dataQuality.protection'),
  };
}
