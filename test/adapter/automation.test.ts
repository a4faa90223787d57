import { TRIGGER_SCHEDULE_PREFIX, automationStatus, installAutomation, uninstallAutomation } from '../../src/gas/automation';
import { runDailyJob } from '../../src/gas/dailyJob';
import { TRIGGER_SPREADSHEET_PREFIX } from '../../src/gas/gasContext';
import { itamAutomationStatus, itamInstallAutomation, itamPreviewReminders, itamUninstallAutomation } from '../../src/gas/main';
import { SpreadsheetPort } from '../../src/gas/spreadsheetPort';
import { asGasSpreadsheet, installGasFakes, uninstallGasFakes, type FakeSpreadsheet, type GasFakes } from '../fakes';
import { setUpReminderWorkbook } from '../unit/reminders/reminderWorkbookFile';

let fakes: GasFakes;
let spreadsheet: FakeSpreadsheet;

beforeEach(() => {
  jest.spyOn(console, 'log').mockImplementation(() => undefined);
  fakes = installGasFakes(globalThis, { scriptTimeZone: 'America/Los_Angeles', spreadsheet: { id: 'sheet-1', timeZone: 'Asia/Seoul', locale: 'ko_KR' } });
  spreadsheet = fakes.spreadsheet;
  fakes.uncounted(() => setUpReminderWorkbook(port()));
});

afterEach(() => {
  uninstallGasFakes(globalThis);
  jest.restoreAllMocks();
  jest.useRealTimers();
});

function port(): SpreadsheetPort {
  return new SpreadsheetPort(asGasSpreadsheet(spreadsheet));
}

function gasSpreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet {
  return asGasSpreadsheet(spreadsheet);
}

/** Sets dailyJobHour in the Settings tab. */
function setJobHour(hour: number): void {
  fakes.uncounted(() => {
    const settingsPort = port();
    const sheet = settingsPort.listSheets().find((candidate) => candidate.marker === 'settings')!;
    const row = settingsPort.readValues(sheet.name).findIndex((cells) => cells[0] === 'dailyJobHour');
    settingsPort.updateRange(sheet.name, row + 1, 2, [[String(hour)]]);
  });
}

function triggerSummary(): unknown[] {
  return fakes.triggers.map((trigger) => [trigger.handler, trigger.eventType, trigger.sourceId, trigger.schedule]);
}

describe('installAutomation', () => {
  test('creates daily and on-edit triggers', () => {
    const result = installAutomation(gasSpreadsheet(), 8);
    const daily = fakes.triggers.find((trigger) => trigger.handler === 'itamDailyJob')!;

    expect(result).toEqual({ daily: 'created', onEdit: 'created', hour: 8, timeZone: 'Asia/Seoul', duplicatesRemoved: 0 });
    expect(triggerSummary()).toEqual([
      ['itamDailyJob', 'CLOCK', null, { everyDays: 1, atHour: 8, timeZone: 'Asia/Seoul' }],
      ['itamOnEdit', 'ON_EDIT', 'sheet-1', null],
    ]);
    expect(fakes.properties('user')[`${TRIGGER_SPREADSHEET_PREFIX}${daily.uniqueId}`]).toBe('sheet-1');
    expect(fakes.properties('user')[`${TRIGGER_SCHEDULE_PREFIX}${daily.uniqueId}`]).toBe('8|Asia/Seoul');
  });

  test('second install creates nothing', () => {
    installAutomation(gasSpreadsheet(), 8);
    const second = installAutomation(gasSpreadsheet(), 8);

    expect(second).toMatchObject({ daily: 'kept', onEdit: 'kept' });
    expect(fakes.triggers).toHaveLength(2);
  });

  test('changed hour replaces the daily trigger', () => {
    installAutomation(gasSpreadsheet(), 8);
    const moved = installAutomation(gasSpreadsheet(), 6);

    expect(moved.daily).toBe('replaced');
    expect(triggerSummary()).toEqual([
      ['itamOnEdit', 'ON_EDIT', 'sheet-1', null],
      ['itamDailyJob', 'CLOCK', null, { everyDays: 1, atHour: 6, timeZone: 'Asia/Seoul' }],
    ]);
    expect(Object.keys(fakes.properties('user')).filter((key) => key.startsWith(TRIGGER_SCHEDULE_PREFIX))).toHaveLength(1);
  });

  test('duplicate daily triggers are removed', () => {
    ScriptApp.newTrigger('itamDailyJob').timeBased().everyDays(1).atHour(8).create();
    ScriptApp.newTrigger('itamDailyJob').timeBased().everyDays(1).atHour(8).create();
    const result = installAutomation(gasSpreadsheet(), 8);

    expect(result.duplicatesRemoved).toBe(1);
    expect(fakes.triggers.filter((trigger) => trigger.handler === 'itamDailyJob')).toHaveLength(1);
  });

  test('other spreadsheet trigger is not ours', () => {
    const other = ScriptApp.newTrigger('itamDailyJob').timeBased().everyDays(1).atHour(8).create();
    PropertiesService.getUserProperties().setProperty(`${TRIGGER_SPREADSHEET_PREFIX}${other.getUniqueId()}`, 'sheet-2');

    installAutomation(gasSpreadsheet(), 8);
    const removed = uninstallAutomation(gasSpreadsheet());

    expect(removed).toBe(2);
    expect(fakes.triggers.map((trigger) => trigger.uniqueId)).toEqual([other.getUniqueId()]);
    expect(fakes.properties('user')).toEqual({ [`${TRIGGER_SPREADSHEET_PREFIX}${other.getUniqueId()}`]: 'sheet-2' });
  });
});

describe('automation menu', () => {
  test('install uses the settings hour', () => {
    setJobHour(6);
    itamInstallAutomation();

    expect(fakes.triggers.find((trigger) => trigger.handler === 'itamDailyJob')?.schedule).toEqual({ everyDays: 1, atHour: 6, timeZone: 'Asia/Seoul' });
    expect(fakes.ui.alerts.map((alert) => alert.prompt)).toEqual([
      '일일 작업을 설치했습니다. 매일 6시~7시(Asia/Seoul) 사이에 실행됩니다.\n변경 이력 기록을 설치했습니다.\n알림은 작업을 설치한 계정 user@example.com에서 발송됩니다.',
    ]);
  });

  test('uninstall reports count', () => {
    itamInstallAutomation();
    itamUninstallAutomation();

    expect(fakes.triggers).toEqual([]);
    expect(fakes.ui.alerts[1].prompt).toBe('이 스프레드시트의 트리거 2개를 지웠습니다. 알림 발송 기록과 실행 기록 탭은 그대로 둡니다.');
  });

  test('status before install', () => {
    const status = automationStatus(gasSpreadsheet(), new Date('2025-05-09T23:30:00Z'));

    expect(status.split('\n')).toEqual([
      '일일 작업: 설치되지 않음. ITAM → 자동화 → 일일 작업 설치를 선택하세요.',
      '변경 이력 기록: 설치되지 않음.',
      '',
      '마지막 실행: 아직 없음.',
      '',
      '오늘(2025-05-10): 아직 보내지 않은 메일 2통(알림 3건), 수신자 lee@corp.kr, kim@corp.kr.',
      // After today's run, CT-2 (deadline 05-13) enters its 1-day stage on 05-12.
      '다음 알림: 2025-05-12, 메일 1통(알림 1건).',
    ]);
  });

  test('status after a run', () => {
    installAutomation(gasSpreadsheet(), 8);
    runDailyJob({}, () => new Date('2025-05-09T23:30:00Z'));
    const status = automationStatus(gasSpreadsheet(), new Date('2025-05-10T01:00:00Z'));

    expect(status).toContain('일일 작업: 설치됨, 매일 8시~9시(Asia/Seoul) 사이에 실행.');
    expect(status).toContain('변경 이력 기록: 설치됨.');
    expect(status).toContain('마지막 실행:\n  시작: 2025-05-10T08:30:00+09:00\n  종료: 2025-05-10T08:30:00+09:00\n  기준일: 2025-05-10\n  결과: 완료\n  발송 메일: 2\n  발송 알림: 3');
    expect(status).toContain('오늘(2025-05-10): 남은 알림이 없습니다.');
  });

  test('status from the menu', () => {
    itamAutomationStatus();

    expect(fakes.ui.alerts).toHaveLength(1);
    expect(fakes.ui.alerts[0].prompt).toContain('마지막 실행: 아직 없음.');
  });

  test('preview sends and writes nothing', () => {
    // The menu reads the clock: 2025-05-10 08:30 in Seoul.
    jest.useFakeTimers({ now: new Date('2025-05-09T23:30:00Z') });
    const sheetsBefore = fakes.uncounted(() => spreadsheet.getSheets().map((sheet) => sheet.getName()));
    fakes.calls.reset();
    itamPreviewReminders();
    const dialog = fakes.ui.dialogs[0];

    expect(fakes.sentMail).toEqual([]);
    expect(fakes.calls.count('Range.setValues')).toBe(0);
    expect(fakes.uncounted(() => spreadsheet.getSheets().map((sheet) => sheet.getName()))).toEqual(sheetsBefore);
    expect(dialog.modal).toBe(true);
    expect(dialog.title).toBe('2025-05-10 알림 미리보기');
    expect(dialog.content).toContain('<div><strong>받는 사람:</strong> lee@corp.kr</div>');
    expect(dialog.content).toContain('<div><strong>받는 사람:</strong> kim@corp.kr</div>');
    expect(dialog.content).toContain('1. [계약] CT-1 &lt;script&gt;alert(1)&lt;/script&gt; 그룹웨어 유지보수');
    expect(dialog.content).not.toContain('<script>');
  });
});
