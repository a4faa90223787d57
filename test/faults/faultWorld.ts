import { REGISTERS } from '../../src/core/registers/definitions';
import type { Lang } from '../../src/core/registers/schema';
import { SpreadsheetPort } from '../../src/gas/spreadsheetPort';
import { SHEET_MARKER_KEY } from '../../src/gas/sheetMarker';
import { registerRow, registerSheetName, writeBaseWorkbook } from '../corpus/baseWorkbook';
import { asGasSpreadsheet, installGasFakes, uninstallGasFakes, type GasFakes } from '../fakes';

/**
 * A fake Apps Script world holding the corpus base workbook, for runs that fail halfway. The clock is
 * fixed so that every run of a test uses the same as-of date.
 */

/** 2025-06-30 12:00 in Asia/Seoul. */
export const RUN_INSTANT = new Date(Date.UTC(2025, 5, 30, 3, 0, 0));

/** Tabs that users own: the registers and the change history. Everything else the tool rebuilds. */
const USER_OWNED = new Set<string>([...REGISTERS.map((register) => register.id), 'changeHistory']);

export interface SheetState {
  readonly marker: string | null;
  readonly values: unknown[][];
}

export type WorkbookSnapshot = ReadonlyMap<string, SheetState>;

/** Node's console, put back after a world whose fake console records what the product logs. */
const nodeConsole = globalThis.console;

export function installFaultWorld(lang: Lang = 'en'): GasFakes {
  jest.useFakeTimers({ now: RUN_INSTANT, doNotFake: ['nextTick', 'setImmediate', 'setTimeout', 'setInterval', 'clearTimeout', 'clearInterval', 'clearImmediate', 'queueMicrotask', 'performance', 'hrtime'] });
  const fakes = installGasFakes(globalThis, { spreadsheet: { locale: lang === 'ko' ? 'ko_KR' : 'en_US', timeZone: 'Asia/Seoul' } }, { console: true });
  fakes.uncounted(() => writeBaseWorkbook(portOf(fakes), lang));
  return fakes;
}

export function uninstallFaultWorld(): void {
  uninstallGasFakes(globalThis);
  globalThis.console = nodeConsole;
  jest.useRealTimers();
}

export function portOf(fakes: GasFakes): SpreadsheetPort {
  return new SpreadsheetPort(asGasSpreadsheet(fakes.spreadsheet));
}

/** Reads every tab's marker and values without counting calls or firing hooks. */
export function snapshot(fakes: GasFakes): WorkbookSnapshot {
  return fakes.uncounted(() => {
    const sheets = new Map<string, SheetState>();
    for (const sheet of fakes.spreadsheet.getSheets()) {
      const marker = sheet.getDeveloperMetadata().find((item) => item.getKey() === SHEET_MARKER_KEY)?.getValue() ?? null;
      sheets.set(sheet.getName(), { marker, values: sheet.getDataRange().getValues() });
    }
    return sheets;
  });
}

export function isUserOwned(state: SheetState): boolean {
  return state.marker === null || USER_OWNED.has(state.marker);
}

/** Returns the user-owned tabs of a snapshot: registers, change history and unmarked tabs. */
export function userTabs(snapshot: WorkbookSnapshot): Map<string, SheetState> {
  return new Map([...snapshot].filter(([, state]) => isUserOwned(state)));
}

/** Returns the computed tabs of a snapshot, keyed by marker so that a recreated tab is compared with its old self. */
export function summaryTabs(snapshot: WorkbookSnapshot): Map<string, unknown[][]> {
  return new Map([...snapshot.values()].filter((state) => !isUserOwned(state)).map((state) => [state.marker as string, state.values]));
}

/**
 * Sorts each summary tab of `during` as 'old' (equal to `before`), 'new' (equal to `after`) or 'mixed',
 * where a tab equal to both counts as old.
 */
export function classifySummaries(before: WorkbookSnapshot, during: WorkbookSnapshot, after: WorkbookSnapshot): Record<string, 'old' | 'new' | 'mixed' | 'missing'> {
  const old = summaryTabs(before);
  const current = summaryTabs(during);
  const next = summaryTabs(after);
  const result: Record<string, 'old' | 'new' | 'mixed' | 'missing'> = {};
  for (const marker of new Set([...old.keys(), ...next.keys()])) {
    const values = current.get(marker);
    if (values === undefined) {
      result[marker] = 'missing';
    } else if (JSON.stringify(values) === JSON.stringify(old.get(marker))) {
      result[marker] = 'old';
    } else if (JSON.stringify(values) === JSON.stringify(next.get(marker))) {
      result[marker] = 'new';
    } else {
      result[marker] = 'mixed';
    }
  }
  return result;
}

/** Appends a ledger cost so that the next recalculation's TCO differs from the previous one. */
export function addLedgerCost(fakes: GasFakes, amount: number): void {
  fakes.uncounted(() => {
    const port = portOf(fakes);
    port.appendRows(registerSheetName(port, 'ledger'), [registerRow('ledger', { date: { date: '2025-06-01' }, kind: 'cost', costType: 'support', amount, assetTag: 'IT-0002' })]);
  });
}

export function alertTexts(fakes: GasFakes): string[] {
  return fakes.ui.alerts.map((alert) => alert.prompt);
}
