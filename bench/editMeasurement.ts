import { ASSET_STATUSES, registerById } from '../src/core/registers/definitions';
import { recordEdit } from '../src/gas/onEditHistory';
import type { GasFakes, FakeSpreadsheet } from '../test/fakes';
import { FakeUser } from '../test/fakes/protection';
import { BENCH_LANG } from './benchSizes';
import { countCalls, timed, type CallCounts } from './measure';

/** One single-cell edit recorded by the on-edit handler. */
export interface EditRun {
  readonly ms: number;
  readonly calls: CallCounts;
}

/** The moment the edits are recorded at; the handler only formats it. */
const EDIT_TIME = new Date('2026-06-30T01:00:00Z');

/**
 * Changes the Status cell of one asset row as a user would, then records the edit. With `coldCache`
 * the document cache is emptied first, as for the first edit after the cache entries expire.
 */
export function measureStatusEdit(fakes: GasFakes, spreadsheet: FakeSpreadsheet, row: number, coldCache: boolean): EditRun {
  const assets = registerById('assets');
  const statusColumn = assets.fields.findIndex((field) => field.key === 'status') + 1;
  const event = fakes.uncounted(() => {
    const sheet = spreadsheet.getSheetByName(assets.tab[BENCH_LANG]);
    if (sheet === null) {
      throw new Error(`The benchmark workbook has no "${assets.tab[BENCH_LANG]}" tab.`);
    }
    const cell = sheet.getRange(row, statusColumn);
    const oldValue = String(cell.getValue());
    const newValue = ASSET_STATUSES.map((status) => status.label[BENCH_LANG]).find((label) => label !== oldValue) as string;
    cell.setValue(`'${newValue}`);
    const user = new FakeUser(fakes.env, 'kim.minji@corp.example.com');
    return { source: spreadsheet, range: cell, oldValue, value: newValue, user, authMode: 'FULL', triggerUid: 'bench' } as unknown as GoogleAppsScript.Events.SheetsOnEdit;
  });
  if (coldCache) {
    fakes.env.caches.clear();
  }

  const run = timed(() => countCalls(fakes.calls, () => recordEdit(event, EDIT_TIME)));
  return { ms: run.ms, calls: run.result.calls };
}
