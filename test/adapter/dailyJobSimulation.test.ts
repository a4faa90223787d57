import { addDays, type IsoDate } from '../../src/core/calendar/calendarDate';
import { generateDemoRegisters, type DemoScale } from '../../src/core/demo/demoWorkbook';
import { contextOf } from '../../src/core/recalc/recalculate';
import { REGISTERS } from '../../src/core/registers/definitions';
import { loadWorkbook } from '../../src/core/registers/loadWorkbook';
import { reminderStage, stageKey } from '../../src/core/reminders/reminderStage';
import { computeRenewals } from '../../src/core/renewals/renewalSchedule';
import { setupWorkbook } from '../../src/core/setup/setupWorkbook';
import { runDailyJob } from '../../src/gas/dailyJob';
import { SpreadsheetPort } from '../../src/gas/spreadsheetPort';
import { asGasSpreadsheet, installGasFakes, uninstallGasFakes, type GasFakes } from '../fakes';

const START: IsoDate = '2026-01-05';
const DAYS = 120;

/** A quarter of the demo company, so that 120 runs with a full recalculation each stay within a test's time. */
const SMALL_SCALE: DemoScale = {
  assets: 100,
  configurationItems: 15,
  licenses: 20,
  licenseAssignments: 150,
  installations: 300,
  contracts: 20,
  vendors: 25,
  ledger: 400,
  budgets: 20,
};

let fakes: GasFakes;

beforeEach(() => {
  jest.spyOn(console, 'log').mockImplementation(() => undefined);
});

afterEach(() => {
  uninstallGasFakes(globalThis);
  jest.restoreAllMocks();
});

/** Sets up the tabs and writes the seeded demo registers below their headers, one write per register. */
function seedDemo(port: SpreadsheetPort): void {
  setupWorkbook(port, { lang: 'ko' });
  const registers = generateDemoRegisters({ seed: 11, asOf: START, lang: 'ko', scale: SMALL_SCALE, deliberateErrors: false });
  for (const register of REGISTERS) {
    const sheet = port.listSheets().find((candidate) => candidate.marker === register.id);
    if (!sheet) {
      throw new Error(`Setup did not create the ${register.id} tab.`);
    }
    const rows = registers[register.id].rows.map((row) => row.map((cell) => cell ?? ''));
    const existing = port.readValues(sheet.name).length - 1;
    while (rows.length < existing) {
      rows.push(Array(register.fields.length).fill(''));
    }
    if (rows.length > 0) {
      port.updateRange(sheet.name, 2, 1, rows);
    }
  }
}

/** Lists every (recipient, item, deadline, stage) key due on some day of the run, computed from the renewal items alone. */
function expectedKeys(port: SpreadsheetPort): Set<string> {
  const loaded = loadWorkbook(port);
  const keys = new Set<string>();
  for (let offset = 0; offset < DAYS; offset++) {
    for (const item of computeRenewals(contextOf(loaded, addDays(START, offset)))) {
      const stage = reminderStage(item, loaded.settings.reminderLeadDays);
      if (stage === null) {
        continue;
      }
      for (const recipient of new Set([...item.recipients, ...loaded.settings.defaultRecipients].map((address) => address.toLowerCase()))) {
        keys.add([recipient, item.kind, item.id, item.deadline, stageKey(stage)].join('|'));
      }
    }
  }
  return keys;
}

test('120 daily trigger runs send each reminder once', () => {
  fakes = installGasFakes(globalThis, { scriptTimeZone: 'America/Los_Angeles', ui: false, spreadsheet: { timeZone: 'Asia/Seoul', locale: 'ko_KR' } });
  const port = new SpreadsheetPort(asGasSpreadsheet(fakes.spreadsheet));
  fakes.uncounted(() => seedDemo(port));

  for (let offset = 0; offset < DAYS; offset++) {
    // The trigger fires at 08:xx in Seoul, which is 23:xx UTC and 16:xx in Los Angeles on the previous day.
    const instant = new Date(`${addDays(START, offset - 1)}T23:20:00Z`);
    fakes.hooks.setMailQuota(100);
    const result = runDailyJob({}, () => instant);

    expect(result).toMatchObject({ status: 'done', record: { asOf: addDays(START, offset), result: 'completed', deferred: 0 } });
  }

  const ledger = fakes.uncounted(() => port.readValues('알림 발송 기록').slice(1).map((row) => String(row[0])));
  const remindersMailed = fakes.sentMail.reduce((total, mail) => total + (mail.body.match(/^\d+\. \[/gm) ?? []).length, 0);

  expect(new Set(ledger).size).toBe(ledger.length);
  expect(new Set(ledger)).toEqual(fakes.uncounted(() => expectedKeys(port)));
  expect(remindersMailed).toBe(ledger.length);
  expect(ledger.length).toBeGreaterThan(50);
});
