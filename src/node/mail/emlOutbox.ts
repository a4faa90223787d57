import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import nodemailer from 'nodemailer';
import type { IsoDate } from '../../core/calendar/calendarDate';
import type { ReminderMessage } from '../../core/reminders/reminderDigest';
import type { AsyncReminderMailer } from '../../core/reminders/sendReminders';
import { reminderMailOptions } from './mailOptions';

/**
 * Writes each digest as an .eml file (RFC 5322, CRLF line ends, UTF-8) into a directory instead of
 * sending it, for review or for a mail client to send. A file is written under a temporary name and
 * renamed, so the outbox never contains a half-written message. There is no quota.
 */
export class EmlOutbox implements AsyncReminderMailer {
  /** Paths of the files written, in order. */
  readonly files: string[] = [];
  private readonly transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });

  constructor(
    readonly directory: string,
    private readonly from: string,
    private readonly asOf: IsoDate,
  ) {}

  remainingQuota(): number {
    return Number.POSITIVE_INFINITY;
  }

  async send(message: ReminderMessage): Promise<void> {
    const info = await this.transport.sendMail(reminderMailOptions(message, this.from));
    await fs.mkdir(this.directory, { recursive: true });

    const target = await this.freeFileName(message.to);
    const temporary = path.join(this.directory, `.${path.basename(target)}.${randomBytes(4).toString('hex')}.tmp`);
    await fs.writeFile(temporary, info.message as Buffer, { flag: 'wx' });
    await fs.rename(temporary, target);
    this.files.push(target);
  }

  /** <as-of>-<recipient>.eml, with -2, -3… when an earlier run of the day wrote that name. */
  private async freeFileName(recipient: string): Promise<string> {
    const base = `${this.asOf}-${recipient.toLowerCase().replace(/[^a-z0-9@._-]+/g, '_')}`;
    for (let attempt = 1; ; attempt++) {
      const candidate = path.join(this.directory, attempt === 1 ? `${base}.eml` : `${base}-${attempt}.eml`);
      if (!(await exists(candidate))) {
        return candidate;
      }
    }
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await fs.lstat(file);
    return true;
  } catch {
    return false;
  }
}
