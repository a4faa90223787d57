import type { IsoDate } from '../calendar/calendarDate';
import { roundMoney } from '../finance/moneyRounding';
import { formatNumber, translate } from '../i18n';
import type { Lang } from '../registers/schema';
import type { Money } from '../values/parseResult';
import { escapeHtml, safeLinkUrl } from './htmlText';
import type { PlannedReminder, ReminderDigest } from './reminderPlan';

/** One email, ready for MailApp or nodemailer: the same content as plain text and as HTML. */
export interface ReminderMessage {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

export interface DigestSettings {
  readonly lang: Lang;
  readonly asOf: IsoDate;
  /** Workbook currency, used for amounts typed without one. */
  readonly currency: string;
}

/** The cells of one digest line, already in the workbook's language. */
interface ReminderLine {
  readonly deadline: string;
  readonly daysLeft: string;
  readonly kind: string;
  readonly id: string;
  readonly title: string;
  readonly amount: string;
  readonly stage: string;
  readonly location: string;
  readonly link: string | null;
}

/** Writes one recipient's digest in the workbook's language. Every text taken from cells is escaped in the HTML. */
export function renderDigest(digest: ReminderDigest, settings: DigestSettings): ReminderMessage {
  const lang = settings.lang;
  const lines = digest.reminders.map((reminder) => reminderLine(reminder, settings));
  const first = digest.reminders[0].item.deadline;
  const subject =
    digest.reminders.length === 1
      ? translate(lang, 'reminders.subject.one', { deadline: first })
      : translate(lang, 'reminders.subject.other', { count: digest.reminders.length, deadline: first });
  const greeting = translate(lang, 'reminders.body.greeting', { recipient: digest.recipient, asOf: settings.asOf });

  return {
    to: digest.recipient,
    subject,
    text: plainText(greeting, lines, lang),
    html: htmlBody(subject, greeting, lines, lang),
  };
}

function reminderLine(reminder: PlannedReminder, settings: DigestSettings): ReminderLine {
  const lang = settings.lang;
  const item = reminder.item;
  return {
    deadline: item.deadline,
    daysLeft: daysLeftText(item.daysLeft, lang),
    kind: translate(lang, `renewals.kind.${item.kind}`),
    id: item.id,
    title: item.title,
    amount: item.annualCost === null ? translate(lang, 'reminders.amount.unknown') : moneyText(item.annualCost, settings.currency, lang),
    stage: reminder.stage === 'overdue' ? translate(lang, 'reminders.stage.overdue') : translate(lang, 'reminders.stage.lead', { days: reminder.stage }),
    location: `${reminder.sheetName}!A${reminder.row}`,
    link: safeLinkUrl(reminder.link),
  };
}

/** "28 days left", "due today" or "3 days overdue" (Korean: 28일 남음, 오늘까지, 3일 지남). */
export function daysLeftText(daysLeft: number, lang: Lang): string {
  if (daysLeft === 0) {
    return translate(lang, 'reminders.daysLeft.today');
  }
  const days = Math.abs(daysLeft);
  const form = days === 1 ? 'one' : 'other';
  return translate(lang, daysLeft > 0 ? `reminders.daysLeft.${form}` : `reminders.overdue.${form}`, { days });
}

/** Formats an amount rounded to its currency's minor unit, with the currency code: "12,000,000 KRW". */
function moneyText(money: Money, workbookCurrency: string, lang: Lang): string {
  const currency = (money.currency ?? workbookCurrency).toUpperCase();
  return `${formatNumber(lang, roundMoney(money.amount, currency))} ${currency}`;
}

function plainText(greeting: string, lines: readonly ReminderLine[], lang: Lang): string {
  const out: string[] = [greeting, '', translate(lang, 'reminders.body.intro'), ''];
  lines.forEach((line, index) => {
    out.push(`${index + 1}. [${line.kind}] ${line.id} ${line.title}`);
    out.push(`   ${translate(lang, 'renewals.header.deadline')}: ${line.deadline} (${line.daysLeft}) · ${translate(lang, 'reminders.header.stage')}: ${line.stage}`);
    out.push(`   ${translate(lang, 'renewals.header.annualCost')}: ${line.amount}`);
    out.push(`   ${translate(lang, 'reminders.header.row')}: ${line.location}${line.link === null ? '' : ` ${line.link}`}`);
    out.push('');
  });
  out.push(translate(lang, 'reminders.body.footer'));
  return out.join('\n');
}

const CELL_STYLE = 'border:1px solid #dadce0;padding:4px 8px;text-align:left;vertical-align:top';

function htmlBody(subject: string, greeting: string, lines: readonly ReminderLine[], lang: Lang): string {
  const headers = [
    translate(lang, 'renewals.header.deadline'),
    translate(lang, 'renewals.header.daysLeft'),
    translate(lang, 'renewals.header.kind'),
    translate(lang, 'renewals.header.id'),
    translate(lang, 'renewals.header.title'),
    translate(lang, 'renewals.header.annualCost'),
    translate(lang, 'reminders.header.stage'),
    translate(lang, 'reminders.header.row'),
  ];
  const headerRow = headers.map((header) => `<th style="${CELL_STYLE};background:#f1f3f4">${escapeHtml(header)}</th>`).join('');
  const rows = lines.map((line) => {
    const location = line.link === null ? escapeHtml(line.location) : `<a href="${escapeHtml(line.link)}">${escapeHtml(line.location)}</a>`;
    const cells = [line.deadline, line.daysLeft, line.kind, line.id, line.title, line.amount, line.stage].map((text) => `<td style="${CELL_STYLE}">${escapeHtml(text)}</td>`);
    return `<tr>${cells.join('')}<td style="${CELL_STYLE}">${location}</td></tr>`;
  });

  return [
    `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>`,
    '<body style="font-family:Arial,\'Malgun Gothic\',sans-serif;font-size:14px;color:#202124">',
    `<p>${escapeHtml(greeting)}</p>`,
    `<p>${escapeHtml(translate(lang, 'reminders.body.intro'))}</p>`,
    `<table style="border-collapse:collapse"><thead><tr>${headerRow}</tr></thead><tbody>${rows.join('')}</tbody></table>`,
    `<p style="color:#5f6368;font-size:12px">${escapeHtml(translate(lang, 'reminders.body.footer'))}</p>`,
    '</body></html>',
  ].join('\n');
}
