import { addDays } from '../../../src/core/calendar/calendarDate';
import { contextOf } from '../../../src/core/recalc/recalculate';
import type { RecalcContext } from '../../../src/core/recalc/view';
import type { ContractRecord } from '../../../src/core/registers/records';
import { loadWorkbook } from '../../../src/core/registers/loadWorkbook';
import { openReminderLedger, readReminderLedger, REMINDER_LOG_ID } from '../../../src/core/reminders/reminderLedger';
import { reminderStage } from '../../../src/core/reminders/reminderStage';
import { ReminderRunError, sendReminders, type SendOptions } from '../../../src/core/reminders/sendReminders';
import { computeRenewals } from '../../../src/core/renewals/renewalSchedule';
import { MemoryWorkbookPort } from '../../support/memoryWorkbookPort';
import { contract, recalcContext } from '../licensing/recalcContextBuilder';
import { RecordingMailer, demoPort } from './reminderWorkbook';

const OPTIONS: SendOptions = { rowLink: () => null, timestamp: () => '2025-05-10T08:15:00+09:00' };

function manualContract(row: number, id: string, endDate: string, owner: string): ContractRecord {
  return contract(row, { contractId: id, title: `Contract ${id}`, renewalType: 'manual', endDate, noticeDays: 30, owner });
}

/** Three contracts with their own owners and deadlines 2025-05-27, 05-31 and 06-06: the 30-day stage on 05-10 and 05-11. */
function threeOwners(asOf = '2025-05-10'): RecalcContext {
  return recalcContext({
    asOf,
    lang: 'en',
    data: {
      contracts: [
        manualContract(2, 'C-LATE', '2025-07-06', 'late@corp.kr'),
        manualContract(3, 'C-EARLY', '2025-06-26', 'early@corp.kr'),
        manualContract(4, 'C-MID', '2025-06-30', 'mid@corp.kr'),
      ],
    },
  });
}

describe('reminder ledger', () => {
  test('created with marker and read back', () => {
    const port = new MemoryWorkbookPort();
    const ledger = openReminderLedger(port, 'ko');
    port.appendRows(ledger.sheetName, [['a@corp.kr|contract|C-1|2025-06-01|D-30'], ['  b@corp.kr|license|L-1|2025-06-01|D-7 ']]);

    expect(ledger.sheetName).toBe('알림 발송 기록');
    expect(port.listSheets()).toEqual([{ name: '알림 발송 기록', marker: REMINDER_LOG_ID }]);
    expect(port.sheet('알림 발송 기록')?.values[0]).toEqual(['키', '항목 구분', '항목 ID', '항목명', '알림 단계', '조치기한', '수신자', '발송 일시', '결과']);
    expect([...readReminderLedger(port).keys]).toEqual(['a@corp.kr|contract|C-1|2025-06-01|D-30', 'b@corp.kr|license|L-1|2025-06-01|D-7']);
  });

  test('key column found by header', () => {
    const port = new MemoryWorkbookPort().addSheet('Reminder Log', [
      ['Recipient', 'Key'],
      ['a@corp.kr', 'a@corp.kr|contract|C-1|2025-06-01|D-30'],
    ]);

    expect(readReminderLedger(port)).toEqual({ sheetName: 'Reminder Log', keys: new Set(['a@corp.kr|contract|C-1|2025-06-01|D-30']) });
  });

  test('preview read creates nothing', () => {
    const port = new MemoryWorkbookPort();

    expect(readReminderLedger(port)).toEqual({ sheetName: null, keys: new Set() });
    expect(port.writes).toBe(0);
  });
});

describe('sendReminders', () => {
  test('records each digest after sending it', () => {
    const port = new MemoryWorkbookPort();
    const mailer = new RecordingMailer();
    const outcome = sendReminders(port, threeOwners(), mailer, OPTIONS);

    expect(mailer.sent.map((message) => message.to)).toEqual(['early@corp.kr', 'mid@corp.kr', 'late@corp.kr']);
    expect(outcome.sent.map((entry) => entry.sentAt)).toEqual(Array(3).fill('2025-05-10T08:15:00+09:00'));
    // One write creates the ledger, then one append per digest.
    expect(port.writes).toBe(4);
    expect(port.sheet('Reminder Log')?.values.slice(1)).toEqual([
      ['early@corp.kr|contract|C-EARLY|2025-05-27|D-30', 'contract', 'C-EARLY', 'Contract C-EARLY', '30-day reminder', { date: '2025-05-27' }, 'early@corp.kr', '2025-05-10T08:15:00+09:00', 'sent'],
      ['mid@corp.kr|contract|C-MID|2025-05-31|D-30', 'contract', 'C-MID', 'Contract C-MID', '30-day reminder', { date: '2025-05-31' }, 'mid@corp.kr', '2025-05-10T08:15:00+09:00', 'sent'],
      ['late@corp.kr|contract|C-LATE|2025-06-06|D-30', 'contract', 'C-LATE', 'Contract C-LATE', '30-day reminder', { date: '2025-06-06' }, 'late@corp.kr', '2025-05-10T08:15:00+09:00', 'sent'],
    ]);
  });

  test('second run same day sends nothing', () => {
    const port = new MemoryWorkbookPort();
    const mailer = new RecordingMailer();
    sendReminders(port, threeOwners(), mailer, OPTIONS);
    const second = sendReminders(port, threeOwners(), mailer, OPTIONS);

    expect(second.sent).toEqual([]);
    expect(mailer.sent).toHaveLength(3);
  });

  test('short quota defers latest deadlines', () => {
    const port = new MemoryWorkbookPort();
    const mailer = new RecordingMailer(1);
    const logged: string[] = [];
    const first = sendReminders(port, threeOwners(), mailer, { ...OPTIONS, log: (line) => logged.push(line) });

    expect(first.sent.map((entry) => entry.digest.recipient)).toEqual(['early@corp.kr']);
    expect(first.deferred.map((digest) => digest.recipient)).toEqual(['mid@corp.kr', 'late@corp.kr']);
    expect(logged).toEqual(['Deferred 2 reminder digests (2 reminders) to the next run: the mail quota left today is 1 recipients for 3 digests.']);

    mailer.quota = 100;
    const nextDay = sendReminders(port, threeOwners('2025-05-11'), mailer, OPTIONS);

    expect(nextDay.sent.map((entry) => entry.digest.reminders[0].key)).toEqual([
      'mid@corp.kr|contract|C-MID|2025-05-31|D-30',
      'late@corp.kr|contract|C-LATE|2025-06-06|D-30',
    ]);
  });

  test('failed recipient is retried next run', () => {
    const port = new MemoryWorkbookPort();
    const mailer = new RecordingMailer();
    mailer.failing.add('mid@corp.kr');
    const first = sendReminders(port, threeOwners(), mailer, OPTIONS);

    expect(first.sent.map((entry) => entry.digest.recipient)).toEqual(['early@corp.kr', 'late@corp.kr']);
    expect(first.failed).toEqual([expect.objectContaining({ reason: 'Mailbox unavailable: mid@corp.kr' })]);
    expect([...readReminderLedger(port).keys].some((key) => key.startsWith('mid@'))).toBe(false);

    mailer.failing.clear();
    const retry = sendReminders(port, threeOwners('2025-05-11'), mailer, OPTIONS);

    expect(retry.sent.map((entry) => entry.digest.recipient)).toEqual(['mid@corp.kr']);
  });

  test('record failure stops the run', () => {
    const port = new MemoryWorkbookPort();
    const mailer = new RecordingMailer();
    let appends = 0;
    const append = port.appendRows.bind(port);
    port.appendRows = (sheetName, rows) => {
      appends += 1;
      if (appends === 2) {
        throw new Error('The sheet "Reminder Log" was not found.');
      }
      append(sheetName, rows);
    };

    let caught: unknown;
    try {
      sendReminders(port, threeOwners(), mailer, OPTIONS);
    } catch (error) {
      caught = error;
    }

    expect(caught).toBeInstanceOf(ReminderRunError);
    expect((caught as ReminderRunError).step).toBe('record');
    expect((caught as ReminderRunError).outcome.sent.map((entry) => entry.digest.recipient)).toEqual(['early@corp.kr']);
    // The second digest went out unrecorded (it may repeat once); the third was never sent.
    expect(mailer.sent.map((message) => message.to)).toEqual(['early@corp.kr', 'mid@corp.kr']);
  });

  test('crash after send repeats only that digest', () => {
    const port = new MemoryWorkbookPort();
    const mailer = new RecordingMailer();
    const append = port.appendRows.bind(port);
    let appends = 0;
    port.appendRows = (sheetName, rows) => {
      appends += 1;
      if (appends === 2) {
        throw new Error('Exceeded maximum execution time');
      }
      append(sheetName, rows);
    };
    expect(() => sendReminders(port, threeOwners(), mailer, OPTIONS)).toThrow(ReminderRunError);

    port.appendRows = append;
    sendReminders(port, threeOwners(), mailer, OPTIONS);

    expect(mailer.sent.map((message) => message.to)).toEqual(['early@corp.kr', 'mid@corp.kr', 'mid@corp.kr', 'late@corp.kr']);
  });
});

describe('120 daily runs over the demo workbook', () => {
  const START = '2026-01-05';
  const DAYS = 120;

  test('each reminder is sent exactly once', () => {
    const port = demoPort(START);
    const loaded = loadWorkbook(port);
    const mailer = new RecordingMailer();
    const sentKeys: string[] = [];
    const expectedKeys = new Set<string>();

    for (let offset = 0; offset < DAYS; offset++) {
      const day = addDays(START, offset);
      const context = contextOf(loaded, day);
      const outcome = sendReminders(port, context, mailer, { ...OPTIONS, timestamp: () => `${day}T08:00:00+09:00` });
      sentKeys.push(...outcome.sent.flatMap((entry) => entry.digest.reminders.map((reminder) => reminder.key)));

      // Independently of the plan: every recipient of every item with a stage due that day.
      for (const item of computeRenewals(context)) {
        const stage = reminderStage(item, loaded.settings.reminderLeadDays);
        if (stage === null) {
          continue;
        }
        const recipients = new Set([...item.recipients, ...loaded.settings.defaultRecipients].map((address) => address.toLowerCase()));
        for (const recipient of recipients) {
          expectedKeys.add([recipient, item.kind, item.id, item.deadline, stage === 'overdue' ? 'overdue' : `D-${stage}`].join('|'));
        }
      }
    }

    expect(new Set(sentKeys).size).toBe(sentKeys.length);
    expect(new Set(sentKeys)).toEqual(expectedKeys);
    expect(sentKeys.length).toBeGreaterThan(100);
    expect(mailer.sent.length).toBeGreaterThan(20);
    expect(readReminderLedger(port).keys.size).toBe(sentKeys.length);
  });
});
