import { translate } from '../i18n';
import { licenseComplianceOf } from '../recalc/sharedCalculations';
import type { RecalcContext, SummaryView } from '../recalc/view';
import { LICENSE_METRICS } from '../registers/definitions';
import type { Lang } from '../registers/schema';
import type { OutputSheet, OutputValue } from '../workbook/port';
import type { LicensePosition } from './licensePosition';

export const LICENSE_COMPLIANCE_SHEET_ID = 'licenseCompliance';

const RED = '#f4c7c3';
const AMBER = '#fce8b2';
const GREEN = '#d9ead3';

/** Zero-based columns of the licenses block, named for the conditional rules and the chart. */
const ENTITLED_COLUMN = 3;
const USED_COLUMN = 4;
const POSITION_COLUMN = 5;
const STATUS_COLUMN = 7;

/** Writes a position as words: "over by 3" for −3, "3 free" for 3. */
export function positionText(lang: Lang, position: number | null): string {
  if (position === null) {
    return translate(lang, 'licensing.position.unlimited');
  }
  if (position < 0) {
    return translate(lang, 'licensing.position.over', { count: -position });
  }
  return position === 0 ? translate(lang, 'licensing.position.exact') : translate(lang, 'licensing.position.free', { count: position });
}

function metricLabel(lang: Lang, metric: string): string {
  return LICENSE_METRICS.find((choice) => choice.key === metric)?.label[lang] ?? metric;
}

function positionRow(lang: Lang, position: LicensePosition): OutputValue[] {
  return [
    position.licenseId,
    position.software ?? '',
    metricLabel(lang, position.metric),
    position.entitled,
    position.used,
    position.position,
    positionText(lang, position.position),
    translate(lang, `licensing.status.${position.status}`),
    position.expiryDate === null ? null : { date: position.expiryDate },
    position.unitCost?.amount ?? null,
    position.exposure,
    position.savings,
    position.currency,
  ];
}

/** Formats a fraction as a percentage for the preamble (0.7 → "70%"). */
function percentText(fraction: number): string {
  return `${Math.round(fraction * 1000) / 10}%`;
}

function buildSheet(context: RecalcContext, positions: readonly LicensePosition[], unlicensed: readonly { software: string; installs: number }[]): OutputSheet {
  const { lang } = context;
  const header = (key: string): string => translate(lang, `licensing.compliance.header.${key}`);
  const status = (key: string): string => translate(lang, `licensing.status.${key}`);

  return {
    id: LICENSE_COMPLIANCE_SHEET_ID,
    name: translate(lang, 'licensing.compliance.sheetName'),
    preamble: [
      translate(lang, 'licensing.compliance.preamble.asOf', { asOf: context.asOf }),
      translate(lang, 'licensing.compliance.preamble.rules', { threshold: percentText(context.settings.underUseThreshold) }),
    ],
    blocks: [
      {
        title: translate(lang, 'licensing.compliance.block.licenses'),
        columns: [
          { header: header('licenseId'), format: 'text', width: 110 },
          { header: header('software'), format: 'text', width: 200 },
          { header: header('metric'), format: 'text', width: 90 },
          { header: header('entitled'), format: 'integer', width: 80 },
          { header: header('used'), format: 'integer', width: 80 },
          { header: header('position'), format: 'integer', width: 80 },
          { header: header('positionText'), format: 'text', width: 110 },
          { header: header('status'), format: 'text', width: 130 },
          { header: header('expiryDate'), format: 'date', width: 100 },
          { header: header('unitCost'), format: 'money', width: 110 },
          { header: header('exposure'), format: 'money', width: 120 },
          { header: header('savings'), format: 'money', width: 120 },
          { header: header('currency'), format: 'text', width: 70 },
        ],
        rows: positions.map((position) => positionRow(lang, position)),
        conditional: [
          { kind: 'numberBelow', column: POSITION_COLUMN, threshold: 0, background: RED },
          { kind: 'textEquals', column: STATUS_COLUMN, text: status('over_deployed'), background: RED },
          { kind: 'textEquals', column: STATUS_COLUMN, text: status('expired_in_use'), background: RED },
          { kind: 'textEquals', column: STATUS_COLUMN, text: status('under_used'), background: AMBER },
          { kind: 'textEquals', column: STATUS_COLUMN, text: status('compliant'), background: GREEN },
        ],
      },
      {
        title: translate(lang, 'licensing.compliance.block.unlicensed'),
        columns: [
          { header: header('installedTitle'), format: 'text', width: 260 },
          { header: header('installs'), format: 'integer', width: 100 },
        ],
        rows: unlicensed.map((title) => [title.software, title.installs]),
      },
    ],
    charts: [{ kind: 'bar', title: translate(lang, 'licensing.compliance.chart.seats'), labelColumn: 0, valueColumns: [ENTITLED_COLUMN, USED_COLUMN], block: 0 }],
    protectionWarning: translate(lang, 'licensing.protection'),
  };
}

/** License Compliance sheet; JSON `licenses` (entitled and position null for site licenses) and `unlicensed`. */
export const licenseComplianceView: SummaryView = (context) => {
  const compliance = licenseComplianceOf(context);

  const licenses = compliance.positions.map((position) => ({
    licenseId: position.licenseId,
    metric: position.metric,
    entitled: position.entitled,
    used: position.used,
    position: position.position,
    status: position.status,
    exposure: position.exposure,
    savings: position.savings,
  }));
  const unlicensed = compliance.unlicensed.map((title) => ({ software: title.software, installs: title.installs }));

  return {
    sheets: [buildSheet(context, compliance.positions, compliance.unlicensed)],
    json: { licenses, unlicensed },
    findings: compliance.findings,
  };
};
