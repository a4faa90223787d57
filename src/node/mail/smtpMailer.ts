import nodemailer, { type Transporter } from 'nodemailer';
import type { ReminderMessage } from '../../core/reminders/reminderDigest';
import type { AsyncReminderMailer } from '../../core/reminders/sendReminders';
import { reminderMailOptions } from './mailOptions';

/**
 * Sends digests over SMTP with nodemailer, one connection per message. The URL takes nodemailer's form:
 * smtp://user:password@host:587, smtps://host:465, and options such as ?ignoreTLS=true as query
 * parameters. The server's own limits apply; this mailer sets no quota.
 */
export class SmtpMailer implements AsyncReminderMailer {
  private readonly transport: Transporter;

  constructor(
    url: string,
    private readonly from: string,
  ) {
    this.transport = nodemailer.createTransport(url);
  }

  remainingQuota(): number {
    return Number.POSITIVE_INFINITY;
  }

  async send(message: ReminderMessage): Promise<void> {
    await this.transport.sendMail(reminderMailOptions(message, this.from));
  }

  close(): void {
    this.transport.close();
  }
}

/** Returns true for an smtp: or smtps: URL with a host. */
export function isSmtpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'smtp:' || url.protocol === 'smtps:') && url.hostname !== '';
  } catch {
    return false;
  }
}
