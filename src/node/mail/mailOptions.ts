import type Mail from 'nodemailer/lib/mailer';
import type { ReminderMessage } from '../../core/reminders/reminderDigest';

/** Sender used when neither --from nor ITAM_MAIL_FROM is given. */
export const DEFAULT_MAIL_FROM = 'ITAM <itam@localhost>';

/**
 * Builds the nodemailer message of a digest. nodemailer encodes a non-ASCII subject as an RFC 2047 encoded word
 * and chooses quoted-printable or base64 for the UTF-8 bodies.
 */
export function reminderMailOptions(message: ReminderMessage, from: string): Mail.Options {
  return {
    from,
    to: message.to,
    subject: message.subject,
    text: message.text,
    html: message.html,
  };
}
