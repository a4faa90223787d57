import { translate } from '../../src/core/i18n';
import { runRecalculation, runSetup, runValidation } from '../../src/gas/menuActions';
import type { GasFakes } from '../fakes';
import { addLedgerCost, alertTexts, classifySummaries, installFaultWorld, snapshot, summaryTabs, uninstallFaultWorld, userTabs, type WorkbookSnapshot } from './faultWorld';

/**
 * Recalculation from the ITAM menu over the fake Apps Script services, with a service failing halfway.
 * After each fault the registers are unchanged, every summary tab is wholly the previous run's or wholly
 * the next run's, the user sees what failed, and the next run completes.
 */

let fakes: GasFakes;
/** The workbook after a first successful recalculation and one more ledger cost. */
let before: WorkbookSnapshot;
/** Range.setValues calls of one complete recalculation of this workbook. */
let writesPerRun: number;

/** Installs the base workbook, recalculates it once and adds a ledger cost for the next run. */
function preparedWorld(): GasFakes {
  const world = installFaultWorld('en');
  runRecalculation();
  addLedgerCost(world, 70000);
  world.ui.alerts.length = 0;
  return world;
}

beforeAll(() => {
  const probe = preparedWorld();
  const start = probe.calls.count('Range.setValues');
  runRecalculation();
  writesPerRun = probe.calls.count('Range.setValues') - start;
  uninstallFaultWorld();
});

beforeEach(() => {
  fakes = preparedWorld();
  before = snapshot(fakes);
});

afterEach(() => {
  uninstallFaultWorld();
});

function expectRegistersUnchanged(after: WorkbookSnapshot): void {
  expect(userTabs(after)).toEqual(userTabs(before));
}

/** Completes a clean run and returns the workbook it leaves. */
function completeNextRun(): WorkbookSnapshot {
  fakes.hooks.clear();
  const outcome = runRecalculation();
  expect(outcome).not.toBeNull();
  return snapshot(fakes);
}

describe('write fails halfway through recalculation', () => {
  test.each([
    ['first write', () => 1],
    ['middle write', () => Math.ceil(writesPerRun / 2)],
    ['last write', () => writesPerRun],
  ])('%s', (_label, nth) => {
    const failing = nth();
    fakes.hooks.failOnCall('Range.setValues', failing, 'Service Spreadsheets failed while accessing document.');

    expect(() => runRecalculation()).toThrow('Service Spreadsheets failed while accessing document.');
    const during = snapshot(fakes);
    const after = completeNextRun();

    expectRegistersUnchanged(during);
    const kinds = classifySummaries(before, during, after);
    expect(Object.entries(kinds).filter(([, kind]) => kind === 'mixed' || kind === 'missing')).toEqual([]);
    // The added ledger cost makes the two runs differ, so a half-written workbook would show.
    expect(summaryTabs(after)).not.toEqual(summaryTabs(before));
    expect(Object.values(kinds).filter((kind) => kind === 'new').length).toBeLessThanOrEqual(failing - 1);
    expect(alertTexts(fakes)[0]).toBe(translate('en', 'error.unexpected', { reason: 'Service Spreadsheets failed while accessing document.' }));
    expect(fakes.logs.some((entry) => entry.level === 'error' && entry.message.includes('Service Spreadsheets failed'))).toBe(true);
    expectRegistersUnchanged(after);
    expect(alertTexts(fakes)[1]).toContain('Recalculated as of 2025-06-30');
  });

  test('a failed write leaves the next run nothing to repair', () => {
    fakes.hooks.failOnCall('Range.setValues', Math.ceil(writesPerRun / 2));
    expect(() => runRecalculation()).toThrow();
    const afterFault = completeNextRun();

    uninstallFaultWorld();
    const clean = preparedWorld();
    runRecalculation();
    const reference = snapshot(clean);

    expect([...summaryTabs(afterFault)]).toEqual([...summaryTabs(reference)]);
  });
});

describe('run stopped near the 6-minute limit', () => {
  test('late stop keeps each tab whole', () => {
    const late = Math.max(1, writesPerRun - 2);
    fakes.hooks.beforeCall('Range.setValues', late, () => {
      throw new Error('Exceeded maximum execution time');
    });

    expect(() => runRecalculation()).toThrow('Exceeded maximum execution time');
    const during = snapshot(fakes);
    const after = completeNextRun();

    expectRegistersUnchanged(during);
    expect(Object.values(classifySummaries(before, during, after)).filter((kind) => kind === 'mixed' || kind === 'missing')).toEqual([]);
    expect(Object.values(classifySummaries(before, during, after)).filter((kind) => kind === 'new').length).toBeLessThanOrEqual(late - 1);
    expect(alertTexts(fakes)[0]).toContain('Exceeded maximum execution time');
  });
});

describe('sheet deleted during a run', () => {
  test('summary tab deleted before it is written is recreated', () => {
    const tco = [...before.entries()].find(([, state]) => state.marker === 'tco')?.[0] as string;
    fakes.hooks.deleteSheetOnCall(tco, 'Range.getValues', 1);

    const outcome = runRecalculation();
    const after = snapshot(fakes);

    expect(outcome).not.toBeNull();
    expectRegistersUnchanged(after);
    expect(after.get(tco)?.marker).toBe('tco');
    const reference = completeNextRun();
    expect([...summaryTabs(after)]).toEqual([...summaryTabs(reference)]);
  });

  test('summary tab deleted while it is written fails cleanly', () => {
    const tco = [...before.entries()].find(([, state]) => state.marker === 'tco')?.[0] as string;
    fakes.hooks.deleteSheetOnCall(tco, 'Sheet.clearFormats', 1);

    expect(() => runRecalculation()).toThrow();
    const during = snapshot(fakes);
    const after = completeNextRun();

    expectRegistersUnchanged(during);
    const kinds = classifySummaries(before, during, after);
    expect(kinds.tco).toBe('missing');
    expect(Object.entries(kinds).filter(([marker, kind]) => marker !== 'tco' && (kind === 'mixed' || kind === 'missing'))).toEqual([]);
    expect(alertTexts(fakes)[0]).toMatch(/^ITAM could not finish: /);
    expect(after.get(tco)?.marker).toBe('tco');
  });

  test('register tab deleted before it is read stops the run', () => {
    fakes.hooks.deleteSheetOnCall('Licenses', 'Range.getValues', 1);

    expect(() => runRecalculation()).toThrow('The sheet "Licenses" was not found. It may have been renamed or deleted during the run; run the command again.');
    const during = snapshot(fakes);

    expect(during.has('Licenses')).toBe(false);
    const withoutLicenses = new Map([...userTabs(before)].filter(([name]) => name !== 'Licenses'));
    expect(userTabs(during)).toEqual(withoutLicenses);
    expect([...summaryTabs(during)]).toEqual([...summaryTabs(before)]);
    expect(alertTexts(fakes)[0]).toBe(
      translate('en', 'error.unexpected', { reason: 'The sheet "Licenses" was not found. It may have been renamed or deleted during the run; run the command again.' }),
    );

    const outcome = runRecalculation();
    expect(outcome?.findings.some((finding) => finding.code === 'finding.missingRegister' && finding.sheet === 'Licenses')).toBe(true);
  });
});

describe('lock that cannot be taken', () => {
  test('menu actions report busy and change nothing', () => {
    fakes.hooks.holdLock('document');
    const writes = fakes.calls.count('Range.setValues');

    expect(runRecalculation()).toBeNull();
    expect(runValidation()).toBeNull();
    expect(runSetup()).toBeNull();

    expect(snapshot(fakes)).toEqual(before);
    expect(fakes.calls.count('Range.setValues')).toBe(writes);
    expect(alertTexts(fakes)).toEqual([translate('en', 'error.busy'), translate('en', 'error.busy'), translate('en', 'error.busy')]);

    fakes.hooks.releaseHeldLock('document');
    expect(runRecalculation()).not.toBeNull();
  });
});
