import { historyHeaders } from '../../src/core/history/changeHistory';
import { recordEdit } from '../../src/gas/onEditHistory';
import { installGasFakes, uninstallGasFakes, type FakeSheet, type GasFakes, type SheetSeed } from '../fakes';
import { FakeUser } from '../fakes/protection';

const HEADERS = ['Asset Tag', 'Name', 'Category', 'Status', 'Assigned To', 'Department', 'Location', 'Purchase Date', 'Vendor', 'Notes'];
const NOW = new Date('2025-03-04T00:15:02Z');
const TIME = '2025-03-04T09:15:02+09:00';

/** Asset rows IT-0001… in rows 2.., each deployed. */
function assetRows(count: number): string[][] {
  return Array.from({ length: count }, (_, index) => {
    const tag = `IT-${String(index + 1).padStart(4, '0')}`;
    return [tag, `Laptop ${index + 1}`, 'HW-LAPTOP', 'deployed', '', 'IT', 'HQ', '', '', ''];
  });
}

interface World {
  readonly fakes: GasFakes;
  readonly assets: FakeSheet;
  readonly history: FakeSheet | null;
}

function world(assetCount: number, options: { readonly historyTab?: boolean; readonly extraSheets?: readonly SheetSeed[] } = {}): World {
  const sheets: SheetSeed[] = [
    { name: 'Assets', values: [HEADERS, ...assetRows(assetCount)], metadata: { 'itam.sheet': 'assets' }, maxRows: assetCount + 20, maxColumns: 12 },
    ...(options.historyTab === false ? [] : [{ name: 'Change History', values: [historyHeaders('en')], metadata: { 'itam.sheet': 'changeHistory' }, maxRows: 3 }]),
    ...(options.extraSheets ?? []),
  ];
  const fakes = installGasFakes(globalThis, { spreadsheet: { timeZone: 'Asia/Seoul', locale: 'en_US', sheets }, outOfGridWrites: 'throw' });
  const spreadsheet = fakes.spreadsheet;
  return fakes.uncounted(() => ({ fakes, assets: spreadsheet.getSheetByName('Assets') as FakeSheet, history: spreadsheet.getSheetByName('Change History') }));
}

/** Writes the values as the user would, then builds the edit event Sheets would send. */
function userEdit(
  fakes: GasFakes,
  sheet: FakeSheet,
  a1: string,
  values: unknown[][],
  event: { readonly oldValue?: string; readonly email?: string | null } = {},
): GoogleAppsScript.Events.SheetsOnEdit {
  return fakes.uncounted(() => {
    const range = sheet.getRange(a1);
    range.setValues(values);
    const e: Record<string, unknown> = { source: fakes.spreadsheet, range, authMode: 'FULL', triggerUid: 'trigger-1' };
    if (event.oldValue !== undefined) {
      e.oldValue = event.oldValue;
    }
    if (values.length === 1 && values[0].length === 1) {
      e.value = String(values[0][0]);
    }
    if (event.email !== null) {
      e.user = new FakeUser(fakes.env, event.email ?? 'kim@example.co.kr');
    }
    return e as unknown as GoogleAppsScript.Events.SheetsOnEdit;
  });
}

function historyValues(fakes: GasFakes): unknown[][] {
  return fakes.uncounted(() => {
    const history = fakes.spreadsheet.getSheetByName('Change History') as FakeSheet;
    return history.getRange(1, 1, history.getLastRow(), 8).getValues();
  });
}

afterEach(() => {
  uninstallGasFakes(globalThis);
});

describe('recordEdit', () => {
  test('single-cell edit logs old and new', () => {
    const { fakes, assets } = world(10);
    const e = userEdit(fakes, assets, 'D5', [['in_repair']], { oldValue: 'deployed' });

    recordEdit(e, NOW);

    expect(historyValues(fakes)).toEqual([historyHeaders('en'), [TIME, 'kim@example.co.kr', 'Assets', 'IT-0004', 'Status', 'deployed', 'in_repair', 'edit']]);
  });

  test('paste logs every cell', () => {
    const { fakes, assets } = world(10);
    const e = userEdit(fakes, assets, 'B3:C4', [
      ['Desktop A', 'HW-DESKTOP'],
      ['Desktop B', ''],
    ]);

    recordEdit(e, NOW);

    expect(historyValues(fakes).slice(1)).toEqual([
      [TIME, 'kim@example.co.kr', 'Assets', 'IT-0002', 'Name', '(unknown)', 'Desktop A', 'edit'],
      [TIME, 'kim@example.co.kr', 'Assets', 'IT-0002', 'Category', '(unknown)', 'HW-DESKTOP', 'edit'],
      [TIME, 'kim@example.co.kr', 'Assets', 'IT-0003', 'Name', '(unknown)', 'Desktop B', 'edit'],
      [TIME, 'kim@example.co.kr', 'Assets', 'IT-0003', 'Category', '(unknown)', '', 'edit'],
    ]);
  });

  test('paste over key column uses new keys', () => {
    const { fakes, assets } = world(10);
    const e = userEdit(fakes, assets, 'A2:B2', [['IT-9001', 'Renamed']]);

    recordEdit(e, NOW);

    expect(historyValues(fakes).slice(1).map((row) => row.slice(3, 7))).toEqual([
      ['IT-9001', 'Asset Tag', '(unknown)', 'IT-9001'],
      ['IT-9001', 'Name', '(unknown)', 'Renamed'],
    ]);
  });

  test('10,000-cell paste is one summary', () => {
    const { fakes, assets } = world(1000);
    const pasted = Array.from({ length: 1000 }, (_, row) => HEADERS.map((_, column) => `v${row}-${column}`));
    const e = userEdit(fakes, assets, 'A2:J1001', pasted);

    recordEdit(e, NOW);

    expect(historyValues(fakes).slice(1)).toEqual([[TIME, 'kim@example.co.kr', 'Assets', '', 'A2:J1001', '(unknown)', 'cells changed: 10,000', 'edit']]);
    expect(fakes.calls.cellsRead).toBeLessThan(HEADERS.length + 10);
  });

  /** Counts one cold edit (empty cache) in row 5 and one warm edit in the register's last row. */
  function measureEdits(assetCount: number): { cold: Record<string, number>; warm: Record<string, number>; coldTotal: number; warmTotal: number; cellsRead: number; fakes: GasFakes } {
    const { fakes, assets } = world(assetCount);
    const coldEvent = userEdit(fakes, assets, 'D5', [['in_repair']], { oldValue: 'deployed' });
    fakes.calls.reset();
    recordEdit(coldEvent, NOW);
    const cold = fakes.calls.byMethod();
    const coldTotal = fakes.calls.total;

    const warmEvent = userEdit(fakes, assets, `D${assetCount + 1}`, [['retired']], { oldValue: 'deployed' });
    fakes.calls.reset();
    recordEdit(warmEvent, NOW);
    return { cold, warm: fakes.calls.byMethod(), coldTotal, warmTotal: fakes.calls.total, cellsRead: fakes.calls.cellsRead, fakes };
  }

  test('call count independent of register size', () => {
    const small = measureEdits(10);
    uninstallGasFakes(globalThis);
    const large = measureEdits(50000);

    expect(large.cold).toEqual(small.cold);
    expect(large.warm).toEqual(small.warm);
    expect(large.cellsRead).toBe(small.cellsRead);
    // Row 1, the edited cell and its key cell.
    expect(small.cellsRead).toBe(HEADERS.length + 2);
    expect(small.coldTotal).toBe(37);
    expect(small.warmTotal).toBe(26);
    expect(historyValues(large.fakes)[2]).toEqual([TIME, 'kim@example.co.kr', 'Assets', 'IT-50000', 'Status', 'deployed', 'retired', 'edit']);
  });

  test('second edit uses cached lookups', () => {
    const { fakes, assets } = world(10);
    recordEdit(userEdit(fakes, assets, 'D5', [['in_repair']], { oldValue: 'deployed' }), NOW);

    fakes.calls.reset();
    recordEdit(userEdit(fakes, assets, 'D6', [['in_stock']], { oldValue: 'deployed' }), NOW);

    expect(fakes.calls.count('Sheet.getDeveloperMetadata')).toBe(0);
    expect(fakes.calls.count('Spreadsheet.createDeveloperMetadataFinder')).toBe(0);
    expect(fakes.calls.count('Range.setValues')).toBe(1);
    expect(historyValues(fakes)).toHaveLength(3);
  });

  test('renamed header read fresh', () => {
    const { fakes, assets } = world(10);
    recordEdit(userEdit(fakes, assets, 'D5', [['in_repair']], { oldValue: 'deployed' }), NOW);
    fakes.uncounted(() => assets.getRange('D1').setValue('상태'));

    recordEdit(userEdit(fakes, assets, 'D6', [['in_stock']], { oldValue: 'deployed' }), NOW);

    expect(historyValues(fakes)[2][4]).toBe('상태');
  });

  test('text stays text in history', () => {
    const { fakes, assets } = world(10);
    const e = userEdit(fakes, assets, 'J4', [["'=IMPORTXML(\"http://x\")"]], { oldValue: '007' });

    recordEdit(e, NOW);

    const cells = fakes.uncounted(() => {
      const history = fakes.spreadsheet.getSheetByName('Change History') as FakeSheet;
      return { old: history.getRange('F2'), new: history.getRange('G2') };
    });
    expect(fakes.uncounted(() => cells.new.getFormula())).toBe('');
    expect(fakes.uncounted(() => cells.new.getValue())).toBe('=IMPORTXML("http://x")');
    expect(fakes.uncounted(() => cells.old.getValue())).toBe('007');
    expect(historyValues(fakes)[1][0]).toBe(TIME);
  });

  test('date cell logged as calendar date', () => {
    const { fakes, assets } = world(10);
    // Serial 45658 is 2025-01-01; the new value is typed as an ISO date and stored as a date.
    const e = userEdit(fakes, assets, 'H3', [['2025-03-01']], { oldValue: '45658' });

    recordEdit(e, NOW);

    expect(historyValues(fakes)[1].slice(3, 7)).toEqual(['IT-0002', 'Purchase Date', '2025-01-01', '2025-03-01']);
  });

  test('unchanged value logs nothing', () => {
    const { fakes, assets } = world(10);

    recordEdit(userEdit(fakes, assets, 'D5', [['deployed']], { oldValue: 'deployed' }), NOW);

    expect(historyValues(fakes)).toHaveLength(1);
  });

  test('missing editor email left blank', () => {
    const { fakes, assets } = world(10);

    recordEdit(userEdit(fakes, assets, 'D5', [['lost']], { oldValue: 'deployed', email: null }), NOW);

    expect(historyValues(fakes)[1][1]).toBe('');
  });

  test('edit outside registers ignored', () => {
    const { fakes } = world(10, { extraSheets: [{ name: 'Notes', values: [['memo']] }] });
    const notes = fakes.uncounted(() => fakes.spreadsheet.getSheetByName('Notes') as FakeSheet);

    recordEdit(userEdit(fakes, notes, 'A2', [['hello']]), NOW);

    expect(historyValues(fakes)).toHaveLength(1);
    expect(fakes.calls.count('Range.getValues')).toBe(0);
  });

  test('edit of Change History ignored', () => {
    const { fakes, history } = world(10);

    recordEdit(userEdit(fakes, history as FakeSheet, 'B2', [['me@example.com']]), NOW);

    expect(historyValues(fakes)).toEqual([historyHeaders('en'), ['', 'me@example.com', '', '', '', '', '', '']]);
  });

  test('unmarked tab found by Korean name', () => {
    const { fakes } = world(10, {
      extraSheets: [{ name: '구성항목', values: [['구성항목ID', '이름', '의존대상'], ['APP-1', 'ERP', '']] }],
    });
    const items = fakes.uncounted(() => fakes.spreadsheet.getSheetByName('구성항목') as FakeSheet);

    recordEdit(userEdit(fakes, items, 'C2', [['DB-1']], {}), NOW);

    expect(historyValues(fakes)[1].slice(2, 7)).toEqual(['구성항목', 'APP-1', '의존대상', '', 'DB-1']);
  });

  test('missing history tab created', () => {
    const { fakes, assets } = world(10, { historyTab: false });

    recordEdit(userEdit(fakes, assets, 'D5', [['in_repair']], { oldValue: 'deployed' }), NOW);

    const created = fakes.uncounted(() => fakes.spreadsheet.getSheetByName('Change History') as FakeSheet);
    expect(historyValues(fakes)).toEqual([historyHeaders('en'), [TIME, 'kim@example.co.kr', 'Assets', 'IT-0004', 'Status', 'deployed', 'in_repair', 'edit']]);
    const marker = fakes.uncounted(() => created.getDeveloperMetadata().map((metadata) => [metadata.getKey(), metadata.getValue()]));
    expect(marker).toEqual([['itam.sheet', 'changeHistory']]);
    const protections = fakes.uncounted(() => created.getProtections('SHEET'));
    expect(protections).toHaveLength(1);
    expect(fakes.uncounted(() => protections[0].isWarningOnly())).toBe(true);
    expect(fakes.uncounted(() => protections[0].getDescription())).toBe(
      'ITAM appends a line here for every change to the registers. Editing or deleting lines breaks the audit trail.',
    );
  });

  test('full history tab grows', () => {
    const { fakes, assets } = world(10);
    // The history tab was seeded with 3 rows; five pasted cells need rows 2 to 6.
    const e = userEdit(fakes, assets, 'B2:B6', [['a'], ['b'], ['c'], ['d'], ['e']]);

    recordEdit(e, NOW);

    expect(historyValues(fakes)).toHaveLength(6);
  });

  test('busy lock appends row by row', () => {
    const { fakes, assets } = world(10);
    fakes.hooks.holdLock('document');

    recordEdit(
      userEdit(fakes, assets, 'B2:B3', [['x'], ['y']]),
      NOW,
    );

    expect(fakes.calls.count('Sheet.appendRow')).toBe(2);
    expect(historyValues(fakes).slice(1).map((row) => row[6])).toEqual(['x', 'y']);
    fakes.hooks.releaseHeldLock('document');
  });
});
