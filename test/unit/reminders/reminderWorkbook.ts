import type { IsoDate } from '../../../src/core/calendar/calendarDate';
import { DEMO_SCALE, generateDemoRegisters } from '../../../src/core/demo/demoWorkbook';
import { REGISTERS } from '../../../src/core/registers/definitions';
import type { Lang } from '../../../src/core/registers/schema';
import type { ReminderMessage } from '../../../src/core/reminders/reminderDigest';
import type { ReminderMailer } from '../../../src/core/reminders/sendReminders';
import type { CellValue, OutputValue } from '../../../src/core/workbook/port';
import { MemoryWorkbookPort } from '../../support/memoryWorkbookPort';

function cellOf(value: OutputValue): CellValue {
  if (value === null) {
    return '';
  }
  if (typeof value === 'object' && 'formula' in value) {
    return `=${value.formula}`;
  }
  return value;
}

/** Builds a memory workbook of the seeded demo registers of a Korean company, each tab marked with its register id. */
export function demoPort(asOf: IsoDate, lang: Lang = 'ko'): MemoryWorkbookPort {
  const registers = generateDemoRegisters({ seed: 7, asOf, lang, scale: DEMO_SCALE, deliberateErrors: false });
  const port = new MemoryWorkbookPort('Asia/Seoul', lang === 'ko' ? 'ko_KR' : 'en_US');
  for (const register of REGISTERS) {
    const sheet = registers[register.id];
    port.addSheet(register.tab[lang], [sheet.headers, ...sheet.rows.map((row) => row.map(cellOf))], register.id);
  }
  return port;
}

/** A mailer that records messages, with a recipient quota and addresses that fail. */
export class RecordingMailer implements ReminderMailer {
  readonly sent: ReminderMessage[] = [];
  readonly failing = new Set<string>();

  constructor(public quota = Number.POSITIVE_INFINITY) {}

  remainingQuota(): number {
    return this.quota;
  }

  send(message: ReminderMessage): void {
    if (this.failing.has(message.to.toLowerCase())) {
      throw new Error(`Mailbox unavailable: ${message.to}`);
    }
    if (this.quota < 1) {
      throw new Error('Service invoked too many times for one day: email.');
    }
    this.quota -= 1;
    this.sent.push(message);
  }
}
