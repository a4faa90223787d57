import * as path from 'node:path';
import { renderFinding } from '../../core/dataQuality/renderFinding';
import { historyTimestamp } from '../../core/history/historyTimestamp';
import { translate } from '../../core/i18n';
import { contextOf } from '../../core/recalc/recalculate';
import { loadWorkbook } from '../../core/registers/loadWorkbook';
import type { Lang } from '../../core/registers/schema';
import type { ReminderDigest } from '../../core/reminders/reminderPlan';
import { ledgerRows } from '../../core/reminders/reminderLedger';
import { ReminderRunError, sendRemindersAsync, type AsyncReminderMailer, type SendOutcome } from '../../core/reminders/sendReminders';
import { EmlOutbox } from '../mail/emlOutbox';
import { DEFAULT_MAIL_FROM } from '../mail/mailOptions';
import { SentJournal } from '../mail/sentJournal';
import { SmtpMailer, isSmtpUrl } from '../mail/smtpMailer';
import { workbookPathArgument } from './arguments';
import { AS_OF_OPTION, asOfDate } from './asOfOption';
import { type CliCommand, type CommandContext, EXIT_SUCCESS, UsageError } from './command';
import { loadXlsxPort } from './loadXlsxPort';

/** At least one digest could not be delivered; the next run retries it. */
export const EXIT_DELIVERY_FAILED = 1;

const DEFAULT_OUTBOX = 'outbox';

/**
 * `itam remind <file.xlsx> [--as-of YYYY-MM-DD] [--outbox DIR | --smtp URL] [--from ADDRESS] [--json]`:
 * plans the reminders due on the as-of date from the Reminder Log inside the workbook, delivers one digest
 * per recipient as an .eml file or over SMTP, and records each delivered digest in the Reminder Log. Each
 * delivery is journaled to disk at once (see SentJournal) and the workbook saved at the end, so an
 * interrupted run repeats at most the digest in flight.
 */
export const remindCommand: CliCommand = {
  name: 'remind',
  summaryKey: 'cli.remind.summary',
  usageKey: 'cli.remind.usage',
  descriptionKey: 'cli.remind.description',
  options: {
    'as-of': AS_OF_OPTION,
    outbox: { type: 'string', valueName: 'DIR', helpKey: 'cli.remind.option.outbox' },
    smtp: { type: 'string', valueName: 'URL', helpKey: 'cli.remind.option.smtp' },
    from: { type: 'string', valueName: 'ADDRESS', helpKey: 'cli.remind.option.from' },
    json: { type: 'boolean', helpKey: 'cli.remind.option.json' },
  },
  async run(context) {
    const file = workbookPathArgument(context, remindCommand);
    const delivery = deliveryOption(context);
    const { XlsxWorkbookPort } = await loadXlsxPort();

    const port = await XlsxWorkbookPort.open(file);
    // A workbook that cannot record what was sent would make the next run send it again, so check first.
    await port.assertCanSave(file);
    const loaded = loadWorkbook(port);
    const asOf = asOfDate(context, loaded.timeZone);
    const from = stringOption(context, 'from') ?? context.io.env.ITAM_MAIL_FROM ?? DEFAULT_MAIL_FROM;
    const mailer = delivery.kind === 'smtp' ? new SmtpMailer(delivery.url, from) : new EmlOutbox(delivery.directory, from, asOf);

    const journal = SentJournal.forWorkbook(file);
    const recovered = await journal.recover(port, loaded.lang);
    let outcome: SendOutcome;
    try {
      outcome = await sendRemindersAsync(port, contextOf(loaded, asOf), mailer, {
        rowLink: () => null,
        timestamp: () => historyTimestamp(context.io.now(), loaded.timeZone),
        afterRecord: (sent) => journal.append(ledgerRows(sent.digest, sent.sentAt, loaded.lang)),
        log: (message) => context.io.stderr(message),
      });
    } catch (error) {
      if (error instanceof ReminderRunError && error.outcome.sent.length > 0) {
        await saveAndClearJournal(port, file, journal);
      }
      throw error;
    } finally {
      if (mailer instanceof SmtpMailer) {
        mailer.close();
      }
    }
    if (outcome.sent.length > 0 || recovered > 0) {
      await saveAndClearJournal(port, file, journal);
    }

    if (context.options.json === true) {
      context.io.stdout(JSON.stringify(remindJson(outcome, loaded.lang), null, 2));
    } else {
      printText(context, outcome, mailer, file, loaded.lang);
    }
    return outcome.failed.length > 0 ? EXIT_DELIVERY_FAILED : EXIT_SUCCESS;
  },
};

/** Saves the workbook with the new Reminder Log rows; the journal goes only once the save succeeded. */
async function saveAndClearJournal(port: { save(file: string): Promise<void> }, file: string, journal: SentJournal): Promise<void> {
  await port.save(file);
  await journal.remove();
}

type Delivery = { readonly kind: 'smtp'; readonly url: string } | { readonly kind: 'outbox'; readonly directory: string };

function stringOption(context: CommandContext, name: string): string | undefined {
  const value = context.options[name];
  return typeof value === 'string' ? value : undefined;
}

/** --smtp sends over SMTP; otherwise the digests go to --outbox (default ./outbox). Both at once is a usage error. */
function deliveryOption(context: CommandContext): Delivery {
  const smtp = stringOption(context, 'smtp');
  const outbox = stringOption(context, 'outbox');
  if (smtp !== undefined && outbox !== undefined) {
    throw new UsageError('cli.remind.error.outboxAndSmtp', {});
  }
  if (smtp !== undefined) {
    if (!isSmtpUrl(smtp)) {
      throw new UsageError('cli.remind.error.invalidSmtp', { value: smtp });
    }
    return { kind: 'smtp', url: smtp };
  }
  return { kind: 'outbox', directory: path.resolve(outbox ?? DEFAULT_OUTBOX) };
}

function itemsJson(digest: ReminderDigest): { kind: string; id: string; stage: number | 'overdue'; deadline: string }[] {
  return digest.reminders.map((reminder) => ({ kind: reminder.item.kind, id: reminder.item.id, stage: reminder.stage, deadline: reminder.item.deadline }));
}

/** Builds the --json output. `stage` is the lead in days (60, 30…) or "overdue". */
export function remindJson(outcome: SendOutcome, lang: Lang): Record<string, unknown> {
  return {
    asOf: outcome.asOf,
    sent: outcome.sent.map((entry) => ({ to: entry.digest.recipient, subject: entry.message.subject, items: itemsJson(entry.digest) })),
    deferred: outcome.deferred.map((digest) => ({ to: digest.recipient, items: itemsJson(digest) })),
    failed: outcome.failed.map((entry) => ({ to: entry.digest.recipient, reason: entry.reason, items: itemsJson(entry.digest) })),
    findings: outcome.findings.map((finding) => renderFinding(finding, lang)),
  };
}

/** Prints the CLI's lines in the terminal language and the findings in the workbook's, as validate does. */
function printText(context: CommandContext, outcome: SendOutcome, mailer: AsyncReminderMailer, file: string, workbookLang: Lang): void {
  const lang = context.lang;
  const reminders = outcome.sent.reduce((total, entry) => total + entry.digest.reminders.length, 0);
  const target = mailer instanceof EmlOutbox ? mailer.directory : 'SMTP';
  context.io.stdout(translate(lang, 'cli.remind.result', { asOf: outcome.asOf, digests: outcome.sent.length, reminders, target }));
  for (const entry of outcome.sent) {
    context.io.stdout(`  ${entry.digest.recipient}  ${entry.message.subject}`);
  }
  for (const entry of outcome.failed) {
    context.io.stdout(translate(lang, 'cli.remind.failed', { recipient: entry.digest.recipient, reason: entry.reason }));
  }
  for (const finding of outcome.findings.map((item) => renderFinding(item, workbookLang))) {
    const location = finding.cell === '' ? finding.sheet : `${finding.sheet}!${finding.cell}`;
    context.io.stdout(`${location}  ${finding.message}`);
  }
  if (outcome.sent.length > 0) {
    context.io.stdout(translate(lang, 'cli.saved', { file }));
  }
}
