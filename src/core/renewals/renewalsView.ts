import { translate } from '../i18n';
import { renewalsOf } from '../recalc/sharedCalculations';
import type { RecalcContext, SummaryView } from '../recalc/view';
import type { Lang } from '../registers/schema';
import type { OutputSheet, OutputValue } from '../workbook/port';
import { findRenewalProblems, type RenewalItem } from './renewalSchedule';

export const RENEWALS_SHEET_ID = 'renewals';

const STATUS_COLUMN = 2;

function itemRow(lang: Lang, item: RenewalItem, workbookCurrency: string): OutputValue[] {
  return [
    { date: item.deadline },
    item.daysLeft,
    translate(lang, `renewals.status.${item.status}`),
    translate(lang, `renewals.kind.${item.kind}`),
    item.id,
    item.title,
    { date: item.endDate },
    item.owner ?? '',
    item.annualCost?.amount ?? null,
    item.annualCost === null ? '' : (item.annualCost.currency ?? workbookCurrency),
    item.recipients.join(', '),
  ];
}

function buildSheet(context: RecalcContext, items: readonly RenewalItem[]): OutputSheet {
  const { lang } = context;
  const header = (key: string): string => translate(lang, `renewals.header.${key}`);
  const status = (key: string): string => translate(lang, `renewals.status.${key}`);
  const dueWithinDays = Math.max(0, ...context.settings.reminderLeadDays);

  return {
    id: RENEWALS_SHEET_ID,
    name: translate(lang, 'renewals.sheetName'),
    preamble: [translate(lang, 'renewals.preamble.asOf', { asOf: context.asOf }), translate(lang, 'renewals.preamble.status', { days: dueWithinDays })],
    blocks: [
      {
        columns: [
          { header: header('deadline'), format: 'date', width: 100 },
          { header: header('daysLeft'), format: 'integer', width: 80 },
          { header: header('status'), format: 'text', width: 90 },
          { header: header('kind'), format: 'text', width: 100 },
          { header: header('id'), format: 'text', width: 110 },
          { header: header('title'), format: 'text', width: 220 },
          { header: header('endDate'), format: 'date', width: 100 },
          { header: header('owner'), format: 'text', width: 160 },
          { header: header('annualCost'), format: 'money', width: 120 },
          { header: header('currency'), format: 'text', width: 70 },
          { header: header('recipients'), format: 'text', width: 240 },
        ],
        rows: actionableFirst(items).map((item) => itemRow(lang, item, context.settings.currency)),
        conditional: [
          { kind: 'textEquals', column: STATUS_COLUMN, text: status('overdue'), background: '#f4c7c3' },
          { kind: 'textEquals', column: STATUS_COLUMN, text: status('due'), background: '#fce8b2' },
          { kind: 'textEquals', column: STATUS_COLUMN, text: status('expired'), background: '#e0e0e0' },
        ],
      },
    ],
    protectionWarning: translate(lang, 'licensing.protection'),
  };
}

/**
 * Orders the sheet for action: items still open by deadline, then expired ones from the most recent, so
 * years of lapsed warranties never push the next deadline off the screen.
 */
function actionableFirst(items: readonly RenewalItem[]): RenewalItem[] {
  const expired = items.filter((item) => item.status === 'expired').reverse();
  return [...items.filter((item) => item.status !== 'expired'), ...expired];
}

/** Renewals sheet (open items by deadline, then expired ones); JSON `renewals` sorted by deadline. */
export const renewalsView: SummaryView = (context) => {
  const items = renewalsOf(context);

  const renewals = items.map((item) => ({
    kind: item.kind,
    id: item.id,
    title: item.title,
    deadline: item.deadline,
    endDate: item.endDate,
    daysLeft: item.daysLeft,
    status: item.status,
    owner: item.owner,
  }));

  return { sheets: [buildSheet(context, items)], json: { renewals }, findings: findRenewalProblems(context) };
};
