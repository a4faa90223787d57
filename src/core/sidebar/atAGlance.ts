import type { HistoryRecord } from '../history/assetHistory';
import { translate } from '../i18n';
import type { RecalcContext } from '../recalc/view';
import { computeRenewals, type RenewalItem } from '../renewals/renewalSchedule';
import { computeRiskRegister, riskMessage } from '../risk/riskRegister';
import { rowLink } from './panelText';
import type { AtAGlance, RenewalLine, RiskLine, RowLink } from './sidebarContract';

/** Days ahead that the panel lists renewals for, as the demo summary and the issue count them. */
export const GLANCE_DAYS = 30;

/** Lines listed in each part of the panel; the count above a list covers every item. */
const MAX_LINES = 20;

/**
 * Lists the renewals whose deadline falls within the next 30 days (today included, expired terms left
 * out) and the open high risks of the risk register, each with a link to its source row.
 */
export function atAGlance(context: RecalcContext, history: readonly HistoryRecord[]): AtAGlance {
  const { lang } = context;
  const due = computeRenewals(context).filter((item) => item.daysLeft >= 0 && item.daysLeft <= GLANCE_DAYS && item.status !== 'expired');
  const highRisks = computeRiskRegister(context, history).filter((risk) => risk.severity === 'high');

  const renewals: RenewalLine[] = due.slice(0, MAX_LINES).map((item) => renewalLine(context, item));
  const risks: RiskLine[] = highRisks.slice(0, MAX_LINES).map((risk) => ({
    message: riskMessage(lang, risk),
    ref: risk.ref,
    link: risk.sheet !== null && risk.row !== null ? rowLink(lang, risk.sheet, risk.row) : null,
  }));

  return {
    asOf: context.asOf,
    renewals,
    renewalCount: due.length,
    renewalNote: moreNote(context, renewals.length, due.length),
    highRiskCount: highRisks.length,
    highRisks: risks,
    highRiskNote: moreNote(context, risks.length, highRisks.length),
  };
}

function renewalLine(context: RecalcContext, item: RenewalItem): RenewalLine {
  const { lang } = context;
  const days = item.daysLeft === 0 ? translate(lang, 'sidebar.glance.dueToday') : translate(lang, 'sidebar.glance.daysLeft', { days: item.daysLeft });
  const sheet = context.locations[item.sourceRegister]?.sheetName ?? null;
  const link: RowLink | null = sheet === null ? null : rowLink(lang, sheet, item.sourceRow);
  return {
    title: item.title === item.id ? item.id : `${item.id} ${item.title}`,
    detail: [translate(lang, `sidebar.renewal.${item.kind}`), item.deadline, days].join(' · '),
    deadline: item.deadline,
    daysLeft: item.daysLeft,
    link,
  };
}

function moreNote(context: RecalcContext, shown: number, count: number): string {
  return shown < count ? translate(context.lang, 'sidebar.glance.more', { shown, count }) : '';
}
