import { countCalls } from './callCounter';
import type { FakeEnvironment, SentMail } from './fakeEnvironment';

const SEND_MAIL_SCOPE = 'https://www.googleapis.com/auth/script.send_mail';
/** MailApp accepts at most 50 recipients (to, cc and bcc together) per message. */
export const MAX_RECIPIENTS_PER_MESSAGE = 50;

interface MailMessage {
  to?: string;
  cc?: string;
  bcc?: string;
  subject?: string;
  body?: string;
  htmlBody?: string;
  name?: string;
  replyTo?: string;
  noReply?: boolean;
}

function addressList(text: string | undefined): string[] {
  return (text ?? '')
    .split(',')
    .map((address) => address.trim())
    .filter((address) => address !== '');
}

/** Normalizes the three call forms: (message), (recipient, subject, body, options?) and (to, replyTo, subject, body). */
function messageFrom(args: unknown[]): MailMessage {
  if (args.length === 1 && typeof args[0] === 'object' && args[0] !== null) {
    return args[0] as MailMessage;
  }
  if (args.length === 4 && args.every((arg) => typeof arg === 'string')) {
    const [to, replyTo, subject, body] = args as string[];
    return { to, replyTo, subject, body };
  }
  const [to, subject, body, options] = args as [string, string, string, Partial<MailMessage> | undefined];
  return { ...(options ?? {}), to, subject, body };
}

/**
 * Records messages instead of sending them. Quota and per-recipient failures are set by the test through
 * GasFakes.hooks; a failed send consumes no quota and records nothing.
 */
export class FakeMailApp {
  constructor(readonly env: FakeEnvironment) {}

  sendEmail(...args: unknown[]): void {
    this.env.requireScope('MailApp.sendEmail', SEND_MAIL_SCOPE);
    const message = messageFrom(args);
    const to = addressList(message.to);
    const cc = addressList(message.cc);
    const bcc = addressList(message.bcc);
    const recipients = [...to, ...cc, ...bcc];

    if (recipients.length === 0) {
      throw new Error('Failed to send email: no recipient');
    }
    for (const address of recipients) {
      if (!/^[^@\s]+@[^@\s]+$/.test(address)) {
        throw new Error(`Invalid email: ${address}`);
      }
    }
    if (recipients.length > MAX_RECIPIENTS_PER_MESSAGE) {
      throw new Error('Limit Exceeded: Email Recipients Per Message.');
    }
    for (const address of recipients) {
      const failure = this.env.mailFailures.get(address.toLowerCase());
      if (failure !== undefined) {
        throw new Error(failure);
      }
    }
    if (recipients.length > this.env.mailQuota) {
      throw new Error('Service invoked too many times for one day: email.');
    }

    this.env.mailQuota -= recipients.length;
    const sent: SentMail = {
      to,
      cc,
      bcc,
      subject: message.subject ?? '',
      body: message.body ?? '',
      htmlBody: message.htmlBody ?? null,
      name: message.name ?? null,
      replyTo: message.replyTo ?? null,
      noReply: message.noReply ?? false,
      sentAt: this.env.clock.now(),
    };
    this.env.sentMail.push(sent);
  }

  /** Recipients that may still be sent to today. */
  getRemainingDailyQuota(): number {
    return this.env.mailQuota;
  }
}

countCalls(FakeMailApp, 'MailApp');
