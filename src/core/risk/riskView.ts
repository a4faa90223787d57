import type { HistoryRecord } from '../history/assetHistory';
import { translate } from '../i18n';
import type { RecalcContext, SummaryView } from '../recalc/view';
import type { Lang } from '../registers/schema';
import type { ConditionalRule, OutputBlock, OutputSheet, OutputValue } from '../workbook/port';
import { DATA_QUALITY_RISK_PREFIX } from './dataQualityRisks';
import { computeRiskRegister, riskMessage, riskRegisterOf } from './riskRegister';
import { RISK_SEVERITIES, type RiskItem, type RiskSeverity } from './riskItem';

export const RISKS_SHEET_ID = 'risks';

const SEVERITY_BACKGROUNDS: Readonly<Record<RiskSeverity, string>> = {
  high: '#f4c7c3',
  medium: '#fce8b2',
  low: '#fff2cc',
};

/** Every rule in the order of the summary block, with its severity and the catalog key of its short label. */
const RULES: readonly { readonly code: string; readonly severity: RiskSeverity; readonly label: string }[] = [
  { code: 'risk.license.overDeployed', severity: 'high', label: 'risk.label.licenseOverDeployed' },
  { code: 'risk.license.expiredInUse', severity: 'high', label: 'risk.label.licenseExpiredInUse' },
  { code: 'risk.contract.noticePassed', severity: 'high', label: 'risk.label.contractNoticePassed' },
  { code: 'risk.asset.pastSupport', severity: 'high', label: 'risk.label.assetPastSupport' },
  { code: 'configuration.risk.assetPastSupport', severity: 'high', label: 'risk.label.ciAssetPastSupport' },
  { code: 'configuration.risk.assetInRepair', severity: 'high', label: 'risk.label.ciAssetInRepair' },
  { code: 'risk.asset.warrantyExpired', severity: 'medium', label: 'risk.label.assetWarrantyExpired' },
  { code: 'risk.audit.overdue', severity: 'medium', label: 'risk.label.auditOverdue' },
  { code: 'risk.budget.over', severity: 'medium', label: 'risk.label.budgetOver' },
  { code: 'risk.software.unlicensed', severity: 'medium', label: 'risk.label.softwareUnlicensed' },
  { code: 'history.risk.skippedTransition', severity: 'medium', label: 'risk.label.skippedTransition' },
  { code: DATA_QUALITY_RISK_PREFIX, severity: 'medium', label: 'risk.label.dataQuality' },
  { code: 'risk.asset.unassigned', severity: 'low', label: 'risk.label.assetUnassigned' },
];

/** Returns the short label of a risk's rule in the user's language. Every data-quality code shares one label. */
export function riskLabel(lang: Lang, code: string): string {
  const rule = RULES.find((candidate) => candidate.code === ruleCodeOf(code));
  if (rule === undefined) {
    throw new Error(`Risk code "${code}" has no label in the Risks sheet's rule list.`);
  }
  return translate(lang, rule.label);
}

function ruleCodeOf(code: string): string {
  return code.startsWith(DATA_QUALITY_RISK_PREFIX) ? DATA_QUALITY_RISK_PREFIX : code;
}

function severityLabel(lang: Lang, severity: RiskSeverity): string {
  return translate(lang, `risk.severity.${severity}`);
}

function severityRules(lang: Lang, column: number): ConditionalRule[] {
  return RISK_SEVERITIES.map((severity) => ({ kind: 'textEquals', column, text: severityLabel(lang, severity), background: SEVERITY_BACKGROUNDS[severity] }));
}

function riskRow(lang: Lang, risk: RiskItem): OutputValue[] {
  return [
    severityLabel(lang, risk.severity),
    riskLabel(lang, risk.code),
    risk.ref,
    risk.sheet ?? '',
    risk.row,
    riskMessage(lang, risk),
    risk.amount?.amount ?? null,
    risk.amount?.currency ?? '',
  ];
}

function risksBlock(lang: Lang, risks: readonly RiskItem[]): OutputBlock {
  const header = (key: string): string => translate(lang, `risk.header.${key}`);
  return {
    title: translate(lang, 'risk.block.risks'),
    columns: [
      { header: header('severity'), format: 'text', width: 70 },
      { header: header('rule'), format: 'text', width: 200 },
      { header: header('reference'), format: 'text', width: 140 },
      { header: header('sheet'), format: 'text', width: 120 },
      { header: header('row'), format: 'integer', width: 60 },
      { header: header('message'), format: 'text', width: 520 },
      { header: header('amount'), format: 'money', width: 120 },
      { header: header('currency'), format: 'text', width: 70 },
    ],
    rows: risks.map((risk) => riskRow(lang, risk)),
    conditional: severityRules(lang, 0),
  };
}

/** Counts risks per rule. The transition rule shows a blank count when the Change History was not read. */
function summaryBlock(lang: Lang, risks: readonly RiskItem[], historyChecked: boolean): OutputBlock {
  const header = (key: string): string => translate(lang, `risk.header.${key}`);
  // One pass over the risks, instead of one pass per rule over every risk.
  const countsByRule = new Map<string, number>();
  for (const risk of risks) {
    const ruleCode = ruleCodeOf(risk.code);
    countsByRule.set(ruleCode, (countsByRule.get(ruleCode) ?? 0) + 1);
  }
  const rows = RULES.map((rule): OutputValue[] => {
    const count = countsByRule.get(rule.code) ?? 0;
    const checked = historyChecked || rule.code !== 'history.risk.skippedTransition';
    return [translate(lang, rule.label), severityLabel(lang, rule.severity), checked ? count : null];
  });
  return {
    title: translate(lang, 'risk.block.summary'),
    columns: [
      { header: header('rule'), format: 'text', width: 200 },
      { header: header('severity'), format: 'text', width: 70 },
      { header: header('count'), format: 'integer', width: 70 },
    ],
    rows,
    conditional: severityRules(lang, 1),
  };
}

function buildSheet(context: RecalcContext, risks: readonly RiskItem[], historyChecked: boolean): OutputSheet {
  const { lang } = context;
  const count = (severity: RiskSeverity): number => risks.filter((risk) => risk.severity === severity).length;

  return {
    id: RISKS_SHEET_ID,
    name: translate(lang, 'risk.sheetName'),
    preamble: [
      translate(lang, 'risk.preamble.asOf', { asOf: context.asOf, high: count('high'), medium: count('medium'), low: count('low') }),
      translate(lang, 'risk.preamble.audit', { months: context.settings.auditIntervalMonths }),
      translate(lang, 'risk.preamble.dataQuality'),
      translate(lang, historyChecked ? 'risk.preamble.history' : 'risk.preamble.noHistory'),
    ],
    blocks: [risksBlock(lang, risks), summaryBlock(lang, risks, historyChecked)],
    protectionWarning: translate(lang, 'risk.protection'),
  };
}

/**
 * Builds the Risks view. Status changes are checked against the allowed transitions with the Change
 * History lines passed here, else those in the context. Without either that rule is skipped, and the
 * sheet's preamble states it.
 */
export function riskView(history: readonly HistoryRecord[] | null = null): SummaryView {
  return (context) => {
    const risks = history === null ? riskRegisterOf(context) : computeRiskRegister(context, history);

    const json = risks.map((risk) => ({
      code: risk.code,
      severity: risk.severity,
      ref: risk.ref,
      message: riskMessage(context.lang, risk),
      sheet: risk.sheet,
      row: risk.row,
      amount: risk.amount?.amount ?? null,
      currency: risk.amount?.currency ?? null,
    }));

    const historyChecked = history !== null || (context.changeHistory ?? null) !== null;
    return { sheets: [buildSheet(context, risks, historyChecked)], json: { risks: json }, findings: [] };
  };
}

/** The Risks view as recalculation runs it, without the Change History (see riskView). */
export const riskViews: SummaryView[] = [riskView()];
