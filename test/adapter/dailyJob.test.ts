import { readReminderLedger } from '../../src/core/reminders/reminderLedger';
import { runDailyJob } from '../../src/gas/dailyJob';
import { TRIGGER_SPREADSHEET_PREFIX } from '../../src/gas/gasContext';
import { SpreadsheetPort } from '../../src/gas/spreadsheetPort';
import { asGasSpreadsheet, installGasFakes, uninstallGasFakes, type FakeSpreadsheet, type GasFakes, type GasFakesOptions } from '../fakes';
import { setUpReminderWorkbook } from '../unit/reminders/reminderWorkbookFile';

/** 2025-05-10 08:30 in Asia/Seoul, still 2025-05-09 in Los Angeles and in UTC. */
const MAY_10_0830_SEOUL = new Date('2025-05-09T23:30:00Z');
const DAY_MS = 24 * 60 * 60 * 1000;

let fakes: GasFakes;

function setUp(options: GasFakesOptions = {}): FakeSpreadsheet {
  fakes = installGasFakes(globalThis, { scriptTimeZone: 'America/Los_Angeles', ui: false, spreadsheet: { timeZone: 'Asia/Seoul', locale: 'ko_KR' }, ...options });
  const spreadsheet = fakes.spreadsheet;
  fakes.uncounted(() => setUpReminderWorkbook(new SpreadsheetPort(asGasSpreadsheet(spreadsheet))));
  return spreadsheet;
}

let consoleLog: jest.SpyInstance;

beforeEach(() => {
  consoleLog = jest.spyOn(console, 'log').mockImplementation(() => undefined);
  jest.spyOn(console, 'error').mockImplementation(() => undefined);
});

afterEach(() => {
  uninstallGasFakes(globalThis);
  jest.restoreAllMocks();
});

function at(instant: Date): () => Date {
  return () => instant;
}

function mailTo(): string[][] {
  return fakes.sentMail.map((mail) => mail.to);
}

function sheetRows(name: string): unknown[][] {
  return fakes.uncounted(() => fakes.spreadsheet.getSheetByName(name)?.getDataRange().getValues() ?? []);
}

function runLog(): unknown[][] {
  return sheetRows('실행 기록').slice(1);
}

describe('runDailyJob', () => {
  test('sends each digest once per day', () => {
    setUp();
    const first = runDailyJob({}, at(MAY_10_0830_SEOUL));
    const second = runDailyJob({}, at(new Date(MAY_10_0830_SEOUL.getTime() + 60_000)));

    expect(first.status).toBe('done');
    expect(mailTo()).toEqual([['lee@corp.kr'], ['kim@corp.kr']]);
    expect(fakes.sentMail[0]).toMatchObject({ name: 'ITAM', subject: '[ITAM] 조치할 항목 2건 (가장 빠른 조치기한 2025-05-13)' });
    expect(fakes.sentMail[0].htmlBody).toContain('&lt;script&gt;');
    expect(fakes.sentMail[0].body).toContain('1. [계약] CT-2 ERP 라이선스');
    expect(second).toMatchObject({ status: 'done', record: { digestsSent: 0, result: 'completed' } });
    expect(runLog().map((row) => row.slice(0, 10))).toEqual([
      ['2025-05-10T08:30:00+09:00', '2025-05-10T08:30:00+09:00', expect.any(Date), '완료', 2, 3, 0, 0, '', ''],
      ['2025-05-10T08:31:00+09:00', '2025-05-10T08:31:00+09:00', expect.any(Date), '완료', 0, 0, 0, 0, '', ''],
    ]);
  });

  test('ledger rows and protection', () => {
    setUp();
    runDailyJob({}, at(MAY_10_0830_SEOUL));
    const log = sheetRows('알림 발송 기록');
    const protection = fakes.uncounted(() => fakes.spreadsheet.getSheetByName('알림 발송 기록')!.getProtections('SHEET'));

    expect(log[0]).toEqual(['키', '항목 구분', '항목 ID', '항목명', '알림 단계', '조치기한', '수신자', '발송 일시', '결과']);
    expect(log.slice(1).map((row) => [row[0], row[7], row[8]])).toEqual([
      ['lee@corp.kr|contract|CT-2|2025-05-13|D-7', '2025-05-10T08:30:00+09:00', '발송됨'],
      ['lee@corp.kr|contract|CT-1|2025-05-27|D-30', '2025-05-10T08:30:00+09:00', '발송됨'],
      ['kim@corp.kr|contract|CT-1|2025-05-27|D-30', '2025-05-10T08:30:00+09:00', '발송됨'],
    ]);
    expect(protection).toHaveLength(1);
    expect(protection[0].isWarningOnly()).toBe(true);
    expect(protection[0].getDescription()).toContain('다시 발송됩니다');
  });

  test('one ledger write per digest', () => {
    setUp();
    const appendRows = jest.spyOn(SpreadsheetPort.prototype, 'appendRows');
    fakes.calls.reset();
    runDailyJob({}, at(MAY_10_0830_SEOUL));

    expect(appendRows.mock.calls.map(([sheetName, rows]) => [sheetName, rows.length])).toEqual([
      ['알림 발송 기록', 2],
      ['알림 발송 기록', 1],
      ['실행 기록', 1],
    ]);
    expect(fakes.calls.count('MailApp.sendEmail')).toBe(2);
    expect(fakes.calls.count('MailApp.getRemainingDailyQuota')).toBe(1);
    expect(fakes.calls.count('SpreadsheetApp.flush')).toBe(2);
  });

  test('spreadsheet zone decides the day', () => {
    setUp();
    // 2025-05-13 01:30 in Seoul is 2025-05-12 09:30 in Los Angeles, the script's zone. CT-1 (deadline
    // 2025-05-27) enters its 14-day stage on 05-13; on 05-12 it would still be in its 30-day stage.
    const result = runDailyJob({}, at(new Date('2025-05-12T16:30:00Z')));

    expect(Session.getScriptTimeZone()).toBe('America/Los_Angeles');
    expect(result).toMatchObject({ status: 'done', record: { asOf: '2025-05-13' } });
    expect(fakes.sentMail.map((mail) => [mail.to[0], mail.body.includes('14일 전 알림'), mail.body.includes('30일 전 알림')])).toEqual([
      ['lee@corp.kr', true, false],
      ['kim@corp.kr', true, false],
    ]);
  });

  test('quota exhaustion defers to next day', () => {
    setUp({ mailQuota: 1 });
    const first = runDailyJob({}, at(MAY_10_0830_SEOUL));

    expect(mailTo()).toEqual([['lee@corp.kr']]);
    expect(first).toMatchObject({ record: { result: 'completed', digestsSent: 1, deferred: 1 } });
    expect(runLog()[0][9]).toBe('다음 실행으로 연기(메일 한도): kim@corp.kr.');

    fakes.hooks.setMailQuota(100);
    runDailyJob({}, at(new Date(MAY_10_0830_SEOUL.getTime() + DAY_MS)));

    expect(mailTo()).toEqual([['lee@corp.kr'], ['kim@corp.kr']]);
    expect(fakes.sentMail[1].body).toContain('CT-1');
  });

  test('held lock exits without sending', () => {
    setUp();
    fakes.hooks.holdLock('document');
    const busy = runDailyJob({}, at(MAY_10_0830_SEOUL));

    expect(busy).toEqual({ status: 'busy' });
    expect(fakes.sentMail).toEqual([]);
    expect(runLog()).toEqual([]);
    expect(consoleLog).toHaveBeenCalledWith('ITAM daily job: another run holds the lock for spreadsheet fake-spreadsheet-1, so this run exits without sending anything.');
  });

  test('overlapping runs send once', () => {
    setUp();
    let overlapping: ReturnType<typeof runDailyJob> | null = null;
    // A second trigger run starts while the first is sending its first email.
    fakes.hooks.beforeCall('MailApp.sendEmail', 1, () => {
      overlapping = runDailyJob({}, at(MAY_10_0830_SEOUL));
    });
    runDailyJob({}, at(MAY_10_0830_SEOUL));

    expect(overlapping).toEqual({ status: 'busy' });
    expect(mailTo()).toEqual([['lee@corp.kr'], ['kim@corp.kr']]);
    expect(fakes.lockHolder('document')).toBe('free');
  });

  test('failed recipient retried, others sent', () => {
    setUp();
    fakes.hooks.failMailFor('kim@corp.kr');
    const first = runDailyJob({}, at(MAY_10_0830_SEOUL));

    expect(mailTo()).toEqual([['lee@corp.kr']]);
    expect(first).toMatchObject({ record: { result: 'partial', digestsSent: 1, failed: 1 } });
    expect(runLog()[0][3]).toBe('일부 발송');
    expect(runLog()[0][9]).toBe('발송 실패, 다음 실행에서 다시 보냄: kim@corp.kr: Failed to send email to kim@corp.kr: the mail server rejected the recipient..');

    fakes.hooks.clear();
    runDailyJob({}, at(new Date(MAY_10_0830_SEOUL.getTime() + 3_600_000)));

    expect(mailTo()).toEqual([['lee@corp.kr'], ['kim@corp.kr']]);
  });

  test('error recorded with step and rethrown', () => {
    setUp();
    fakes.hooks.failOnCall('MailApp.getRemainingDailyQuota', 1, 'Service unavailable: Gmail');

    expect(() => runDailyJob({}, at(MAY_10_0830_SEOUL))).toThrow('Service unavailable: Gmail');
    expect(runLog()[0].slice(3, 10)).toEqual(['실패', 0, 0, 0, 0, '메일 발송', '오류: Service unavailable: Gmail']);
    expect(fakes.lockHolder('document')).toBe('free');
  });

  test('record failure stops the run', () => {
    setUp();
    // Another editor deletes the Reminder Log while the second email is being sent.
    fakes.hooks.deleteSheetOnCall('알림 발송 기록', 'MailApp.sendEmail', 2);

    expect(() => runDailyJob({}, at(MAY_10_0830_SEOUL))).toThrow('The sheet "알림 발송 기록" was not found.');
    expect(mailTo()).toEqual([['lee@corp.kr'], ['kim@corp.kr']]);
    expect(runLog().map((row) => [row[3], row[4], row[8]])).toEqual([['실패', 1, '발송 기록']]);
  });

  test('no active spreadsheet opens by trigger id', () => {
    fakes = installGasFakes(globalThis, { scriptTimeZone: 'America/Los_Angeles', ui: false, spreadsheet: null });
    const spreadsheet = fakes.addSpreadsheet({ id: 'sheet-42', timeZone: 'Asia/Seoul', locale: 'ko_KR' });
    fakes.uncounted(() => setUpReminderWorkbook(new SpreadsheetPort(asGasSpreadsheet(spreadsheet))));
    PropertiesService.getUserProperties().setProperty(`${TRIGGER_SPREADSHEET_PREFIX}trigger-7`, 'sheet-42');

    const result = runDailyJob({ triggerUid: 'trigger-7' }, at(MAY_10_0830_SEOUL));

    expect(result).toMatchObject({ status: 'done', record: { digestsSent: 2 } });
    expect(readReminderLedger(new SpreadsheetPort(asGasSpreadsheet(spreadsheet))).keys.size).toBe(3);
    expect(fakes.lockHolder('user')).toBe('free');
  });
});
