import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vm from 'vm';
import { SpreadsheetPort } from '../../src/gas/spreadsheetPort';
import { asGasSpreadsheet, installGasFakes, uninstallGasFakes, type GasFakes } from '../fakes';
import { setUpReminderWorkbook } from '../unit/reminders/reminderWorkbookFile';

const ROOT = path.resolve(__dirname, '../..');
const MANIFEST = JSON.parse(fs.readFileSync(path.join(ROOT, 'appsscript.json'), 'utf8')) as { oauthScopes: string[] };

/** 2025-05-10 08:30 in Asia/Seoul. */
const TRIGGER_TIME = Date.UTC(2025, 4, 9, 23, 30, 0);

let outDir: string;
let code: string;

beforeAll(() => {
  outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'itam-bundle-daily-'));
  const build = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs'), '--gas-only', '--out-dir', outDir], { cwd: ROOT, encoding: 'utf8' });
  if (build.status !== 0) {
    throw new Error(`The build failed:\n${build.stdout}\n${build.stderr}`);
  }
  code = fs.readFileSync(path.join(outDir, 'Code.js'), 'utf8');
});

afterAll(() => {
  fs.rmSync(outDir, { recursive: true, force: true });
});

afterEach(() => {
  uninstallGasFakes(globalThis);
});

/**
 * Loads dist/Code.js in a fresh context over fakes with the manifest's scopes, with a clock frozen at
 * `now` (Date without arguments and Date.now). The test's own realm shares the fakes to seed the workbook.
 */
function loadBundle(now: number): { context: vm.Context; fakes: GasFakes } {
  const context = vm.createContext({});
  const fakes = installGasFakes(context, { oauthScopes: MANIFEST.oauthScopes, scriptTimeZone: 'America/Los_Angeles', ui: false, spreadsheet: { timeZone: 'Asia/Seoul', locale: 'ko_KR' } });
  installGasFakes(globalThis, fakes);
  fakes.uncounted(() => setUpReminderWorkbook(new SpreadsheetPort(asGasSpreadsheet(fakes.spreadsheet))));

  vm.runInContext(
    `(() => {
      const RealDate = Date;
      Date = class extends RealDate {
        constructor(...args) { if (args.length === 0) { super(${now}); } else { super(...args); } }
        static now() { return ${now}; }
      };
    })();`,
    context,
  );
  vm.runInContext(code, context, { filename: 'Code.js' });
  return { context, fakes };
}

describe('dist/Code.js daily job', () => {
  test('sends once per day', () => {
    const { context, fakes } = loadBundle(TRIGGER_TIME);
    vm.runInContext('itamDailyJob({ triggerUid: "1" })', context);
    vm.runInContext('itamDailyJob({ triggerUid: "1" })', context);

    expect(fakes.sentMail.map((mail) => [mail.to, mail.subject])).toEqual([
      [['lee@corp.kr'], '[ITAM] 조치할 항목 2건 (가장 빠른 조치기한 2025-05-13)'],
      [['kim@corp.kr'], '[ITAM] 조치할 항목 1건 (조치기한 2025-05-27)'],
    ]);
    const runLog = fakes.uncounted(() => fakes.spreadsheet.getSheetByName('실행 기록')!.getDataRange().getValues());
    expect(runLog.slice(1).map((row) => [row[0], row[3], row[4]])).toEqual([
      ['2025-05-10T08:30:00+09:00', '완료', 2],
      ['2025-05-10T08:30:00+09:00', '완료', 0],
    ]);
    expect(fakes.logs.map((entry) => entry.message)).toContain('ITAM daily job as of 2025-05-10: completed, 2 digests sent, 0 deferred, 0 failed.');
  });

  test('install is idempotent', () => {
    const { context, fakes } = loadBundle(TRIGGER_TIME);
    vm.runInContext('itamInstallAutomation(); itamInstallAutomation();', context);

    expect(fakes.triggers.map((trigger) => [trigger.handler, trigger.schedule])).toEqual([
      ['itamDailyJob', { everyDays: 1, atHour: 8, timeZone: 'Asia/Seoul' }],
      ['itamOnEdit', null],
    ]);
  });

  test('error is rethrown to Apps Script', () => {
    const { context, fakes } = loadBundle(TRIGGER_TIME);
    fakes.hooks.failOnCall('MailApp.getRemainingDailyQuota', 1, 'Service unavailable: Gmail');

    expect(() => vm.runInContext('itamDailyJob({})', context)).toThrow('Service unavailable: Gmail');
    expect(fakes.sentMail).toEqual([]);
  });
});
