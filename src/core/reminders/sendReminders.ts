import type { IsoDate } from '../calendar/calendarDate';
import type { Finding } from '../findings/finding';
import type { RecalcContext } from '../recalc/view';
import { computeRenewals } from '../renewals/renewalSchedule';
import type { WorkbookPort } from '../workbook/port';
import { renderDigest, type ReminderMessage } from './reminderDigest';
import { openReminderLedger, recordSentDigest } from './reminderLedger';
import { planReminders, type ReminderDigest, type RowLink } from './reminderPlan';

/** Sends mail from Apps Script (MailApp), where every call is synchronous. */
export interface ReminderMailer {
  /** Recipients that may still be sent to today; each digest has one recipient. */
  remainingQuota(): number;
  /** Sends one digest; throws when this message could not be sent. */
  send(message: ReminderMessage): void;
}

/** Sends mail from Node (an .eml outbox or SMTP through nodemailer). */
export interface AsyncReminderMailer {
  remainingQuota(): number;
  send(message: ReminderMessage): Promise<void>;
}

/** The step a run is in, recorded in the run log when it fails. */
export type ReminderStep = 'readLedger' | 'plan' | 'send' | 'record';

export interface SendOptions {
  readonly rowLink: RowLink;
  /** The sent-at time written to the ledger: ISO 8601 in the spreadsheet's zone, taken when each digest is recorded. */
  readonly timestamp: () => string;
  /** Called after each digest's ledger rows are written, to make them durable (SpreadsheetApp.flush, a journal file). */
  readonly afterRecord?: (sent: SentDigest) => void;
  readonly onStep?: (step: ReminderStep) => void;
  readonly log?: (message: string) => void;
}

export interface AsyncSendOptions extends Omit<SendOptions, 'afterRecord'> {
  readonly afterRecord?: (sent: SentDigest) => Promise<void>;
}

export interface SentDigest {
  readonly digest: ReminderDigest;
  readonly message: ReminderMessage;
  readonly sentAt: string;
}

export interface FailedDigest {
  readonly digest: ReminderDigest;
  readonly reason: string;
}

/**
 * Result of one run. Deferred and failed digests are not in the ledger, so the next run plans their
 * reminders again (at the stage due on that day).
 */
export interface SendOutcome {
  readonly asOf: IsoDate;
  readonly sent: readonly SentDigest[];
  /** Left for the next run because today's mail quota could not cover them. */
  readonly deferred: readonly ReminderDigest[];
  readonly failed: readonly FailedDigest[];
  readonly findings: readonly Finding[];
}

/** Error of a run that stopped at `step`. `outcome` lists what was sent and recorded before it stopped. */
export class ReminderRunError extends Error {
  constructor(
    readonly step: ReminderStep,
    readonly reason: unknown,
    readonly outcome: SendOutcome,
  ) {
    super(`Reminder run failed at step ${step}: ${reason instanceof Error ? reason.message : String(reason)}`);
    this.name = 'ReminderRunError';
  }
}

interface PreparedRun {
  readonly ledgerSheet: string;
  readonly toSend: readonly ReminderDigest[];
  readonly deferred: readonly ReminderDigest[];
  readonly findings: readonly Finding[];
}

/** Mutable tally of one run, turned into a SendOutcome when the run ends or fails. */
class RunTally {
  step: ReminderStep = 'readLedger';
  readonly sent: SentDigest[] = [];
  readonly failed: FailedDigest[] = [];
  deferred: readonly ReminderDigest[] = [];
  findings: readonly Finding[] = [];

  constructor(
    readonly asOf: IsoDate,
    private readonly onStep?: (step: ReminderStep) => void,
  ) {}

  enter(step: ReminderStep): void {
    this.step = step;
    this.onStep?.(step);
  }

  outcome(): SendOutcome {
    return { asOf: this.asOf, sent: [...this.sent], deferred: this.deferred, failed: [...this.failed], findings: this.findings };
  }
}

/**
 * Reads the ledger (creating the Reminder Log when missing), plans the day's digests and splits them by
 * the remaining quota: the earliest deadlines are sent, the rest deferred unrecorded.
 */
function prepareRun(port: WorkbookPort, context: RecalcContext, quota: () => number, options: Omit<SendOptions, 'afterRecord'>, tally: RunTally): PreparedRun {
  tally.enter('readLedger');
  const ledger = openReminderLedger(port, context.lang);

  tally.enter('plan');
  const plan = planReminders(context, computeRenewals(context), ledger.keys, options.rowLink);
  tally.findings = plan.findings;

  tally.enter('send');
  const remaining = Math.max(0, Math.floor(quota()));
  const toSend = plan.digests.slice(0, remaining);
  const deferred = plan.digests.slice(toSend.length);
  tally.deferred = deferred;
  if (deferred.length > 0) {
    const reminders = deferred.reduce((total, digest) => total + digest.reminders.length, 0);
    options.log?.(
      `Deferred ${deferred.length} reminder digests (${reminders} reminders) to the next run: the mail quota left today is ${remaining} recipients for ${plan.digests.length} digests.`,
    );
  }
  return { ledgerSheet: ledger.sheetName, toSend, deferred, findings: plan.findings };
}

function failure(digest: ReminderDigest, error: unknown, log?: (message: string) => void): FailedDigest {
  const reason = error instanceof Error ? error.message : String(error);
  log?.(`Sending the reminder digest to ${digest.recipient} failed; the next run retries it. Reason: ${reason}`);
  return { digest, reason };
}

/**
 * Sends the day's reminder digests through a synchronous mailer (Apps Script). Each digest's ledger rows
 * are written in one batch right after it is sent, so a crash between the two can repeat that one digest
 * once and nothing else. A digest that fails to send is not recorded and is retried by the next run; the
 * others still go out. A failure to record stops the run, because every later digest would be sent
 * without a record and repeated.
 */
export function sendReminders(port: WorkbookPort, context: RecalcContext, mailer: ReminderMailer, options: SendOptions): SendOutcome {
  const tally = new RunTally(context.asOf, options.onStep);
  try {
    const run = prepareRun(port, context, () => mailer.remainingQuota(), options, tally);

    for (const digest of run.toSend) {
      tally.enter('send');
      const message = renderDigest(digest, { lang: context.lang, asOf: context.asOf, currency: context.settings.currency });
      try {
        mailer.send(message);
      } catch (error) {
        tally.failed.push(failure(digest, error, options.log));
        continue;
      }

      tally.enter('record');
      const sentAt = options.timestamp();
      recordSentDigest(port, run.ledgerSheet, digest, sentAt, context.lang);
      const sent = { digest, message, sentAt };
      tally.sent.push(sent);
      options.afterRecord?.(sent);
    }
  } catch (error) {
    throw new ReminderRunError(tally.step, error, tally.outcome());
  }
  return tally.outcome();
}

/** Runs the same steps as sendReminders through an asynchronous mailer (Node: .eml outbox or SMTP). */
export async function sendRemindersAsync(port: WorkbookPort, context: RecalcContext, mailer: AsyncReminderMailer, options: AsyncSendOptions): Promise<SendOutcome> {
  const tally = new RunTally(context.asOf, options.onStep);
  try {
    const run = prepareRun(port, context, () => mailer.remainingQuota(), options, tally);

    for (const digest of run.toSend) {
      tally.enter('send');
      const message = renderDigest(digest, { lang: context.lang, asOf: context.asOf, currency: context.settings.currency });
      try {
        await mailer.send(message);
      } catch (error) {
        tally.failed.push(failure(digest, error, options.log));
        continue;
      }

      tally.enter('record');
      const sentAt = options.timestamp();
      recordSentDigest(port, run.ledgerSheet, digest, sentAt, context.lang);
      const sent = { digest, message, sentAt };
      tally.sent.push(sent);
      await options.afterRecord?.(sent);
    }
  } catch (error) {
    throw new ReminderRunError(tally.step, error, tally.outcome());
  }
  return tally.outcome();
}
