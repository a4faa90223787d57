import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { SidebarServer } from '../../src/core/sidebar/sidebarContract';
import * as main from '../../src/gas/main';
import { panelServer } from '../../src/gas/sidebarServer';
import { SpreadsheetPort } from '../../src/gas/spreadsheetPort';
import { plainDataProblem } from '../../src/node/preview/panelRpc';
import { FIXTURE_NOW } from '../browser/support/panelWorkbook';
import { createPanelWorld, removePanelWorld, type PanelWorld } from '../browser/support/panelWorld';
import { asGasSpreadsheet, installGasFakes, uninstallGasFakes } from '../fakes';

/**
 * The asset panel's Apps Script server functions over the GAS fakes: argument checks, one batch write
 * per tab under the document lock, Change History, plain JSON results and plain failure messages.
 * The fixture has IT-2024-0001 (deployed, row 2) and IT-2024-0002 (in stock, row 3); it is
 * 2025-01-15 09:00 in Seoul.
 */

let world: PanelWorld;
let server: SidebarServer;

function setUp(lang: 'ko' | 'en'): void {
  world = createPanelWorld(lang);
  server = world.server();
  world.fakes.calls.reset();
}

afterEach(() => {
  removePanelWorld();
});

/** Entry points of main.ts, typed by the interface the client wrapper uses: a signature drift fails to compile. */
const ENTRY_POINTS: SidebarServer = {
  sidebarBootstrap: main.sidebarBootstrap,
  sidebarAddAsset: main.sidebarAddAsset,
  sidebarFindAssets: main.sidebarFindAssets,
  sidebarAssetDetails: main.sidebarAssetDetails,
  sidebarApplyAction: main.sidebarApplyAction,
  sidebarShowRow: main.sidebarShowRow,
};

function expectPlainJson(value: unknown): void {
  expect(plainDataProblem(value)).toBeNull();
  expect(JSON.parse(JSON.stringify(value))).toEqual(value);
}

describe('argument checks', () => {
  /** Calls that the panel never sends, with the message each must return (workbook in English). */
  const cases: [string, (server: SidebarServer) => unknown, string][] = [
    ['query not text', (s) => s.sidebarFindAssets(42 as unknown as string), 'The search text must be text. Reload the panel and try again.'],
    ['query too long', (s) => s.sidebarFindAssets('x'.repeat(201)), 'The search text is 201 characters long; the limit is 200. Shorten it.'],
    ['tag an object', (s) => s.sidebarAssetDetails({ toString: 'x' } as unknown as string), 'The asset tag must be text. Reload the panel and try again.'],
    ['tag blank', (s) => s.sidebarAssetDetails('   '), 'The asset tag is empty.'],
    ['tag too long', (s) => s.sidebarApplyAction('T'.repeat(501), 'checkIn', {}), 'The asset tag is 501 characters long; the limit is 500. Shorten it.'],
    ['unknown action', (s) => s.sidebarApplyAction('IT-2024-0001', 'delete' as never, {}), 'Unknown lifecycle action "delete". Reload the panel and try again.'],
    ['input an array', (s) => s.sidebarApplyAction('IT-2024-0001', 'checkIn', [] as never), 'The action form is invalid: expected named values. Reload the panel and try again.'],
    ['input unknown key', (s) => s.sidebarApplyAction('IT-2024-0001', 'checkIn', { status: 'lost' }), 'The action form has an unknown entry "status". Reload the panel and try again.'],
    ['input a number', (s) => s.sidebarApplyAction('IT-2024-0001', 'checkIn', { location: 5 as unknown as string }), 'The action form must be text. Reload the panel and try again.'],
    ['payload a string', (s) => s.sidebarAddAsset('name=x' as never, {}), 'The asset form is invalid: expected named values. Reload the panel and try again.'],
    ['options unknown key', (s) => s.sidebarAddAsset({ name: 'x' }, { dryRun: true } as never), 'The options has an unknown entry "dryRun". Reload the panel and try again.'],
    ['options not boolean', (s) => s.sidebarAddAsset({ name: 'x' }, { validateOnly: 'yes' } as never), 'The options entry "validateOnly" must be true or false. Reload the panel and try again.'],
    ['row zero', (s) => s.sidebarShowRow('Assets', 0), 'Row 0 is not a row number of the sheet. Refresh the panel and try again.'],
    ['row a fraction', (s) => s.sidebarShowRow('Assets', 2.5), 'Row 2.5 is not a row number of the sheet. Refresh the panel and try again.'],
    ['row text', (s) => s.sidebarShowRow('Assets', '2' as unknown as number), 'Row 2 is not a row number of the sheet. Refresh the panel and try again.'],
    ['unknown sheet', (s) => s.sidebarShowRow('Secrets', 2), 'The sheet "Secrets" was not found. It may have been renamed; refresh the panel.'],
  ];

  test.each(cases)('%s is rejected', (_name, call, message) => {
    setUp('en');
    const before = world.cells('Assets');

    const result = call(server);

    expect(result).toEqual({ ok: false, message, fieldErrors: [] });
    expect(world.cells('Assets')).toEqual(before);
    expect(world.fakes.calls.count('Range.setValues')).toBe(0);
  });

  test('asset form fields are each checked', () => {
    setUp('en');
    const result = server.sidebarAddAsset(
      { name: 'x'.repeat(501), category: 'HW', status: 'broken', purchaseDate: '2025-02-30', purchaseCost: '-5', notes: 'n'.repeat(5001), owner: 'me', serialNumber: 7 as unknown as string },
      {},
    );

    expect(result.ok).toBe(false);
    const errors = result.ok ? [] : result.fieldErrors;
    expect(errors).toEqual([
      { field: 'owner', message: 'Unknown field "owner". Reload the panel and try again.' },
      { field: 'name', message: 'The text is 501 characters long; the limit is 500. Shorten it.' },
      { field: 'serialNumber', message: 'Serial Number must be text.' },
      { field: 'status', message: 'Not an allowed value. Choose one of: requested (요청), ordered (발주), in stock (재고), deployed (사용중), in repair (수리중), retired (사용중지), disposed (폐기), lost (분실).' },
      { field: 'purchaseDate', message: 'This date does not exist (2025-02-30). Check the day and month.' },
      { field: 'purchaseCost', message: 'Must be at least 0.' },
      { field: 'notes', message: 'The text is 5,001 characters long; the limit is 5,000. Shorten it.' },
    ]);
    expect(result.ok ? '' : result.message).toBe('7 fields need a fix. Each message is next to its field.');
    expect(world.fakes.calls.count('Range.setValues')).toBe(0);
  });

  test('main entry points match the interface', () => {
    expect(Object.keys(ENTRY_POINTS).sort()).toEqual(['sidebarAddAsset', 'sidebarApplyAction', 'sidebarAssetDetails', 'sidebarBootstrap', 'sidebarFindAssets', 'sidebarShowRow']);
  });
});

describe('adding', () => {
  test('one read of each tab and one write each', () => {
    setUp('ko');
    const result = server.sidebarAddAsset({ name: '=1+1', category: 'HW', status: '재고', purchaseCost: '1,234,000원' }, {});

    expect(result).toEqual({
      ok: true,
      written: true,
      assetTag: 'IT-2025-0001',
      row: 4,
      link: { sheetName: '자산', row: 4, text: '자산 4행' },
      message: '자산 탭 4행에 IT-2025-0001을(를) 등록했습니다.',
      nextTagHint: '비워 두면 다음 번호 IT-2025-0002이(가) 부여됩니다.',
    });
    // Settings for the language, then the Assets tab inside the lock.
    expect(world.fakes.calls.count('Range.getValues')).toBe(2);
    expect(world.fakes.calls.count('Range.setValues')).toBe(2);
    expect(world.fakes.lockHolder('document')).toBe('free');
  });

  test('formula-looking text stays text, amounts stay numbers', () => {
    setUp('en');
    server.sidebarAddAsset({ name: '=IMPORTXML("http://x","//a")', model: '-5', manufacturer: '+1', notes: '@me', category: 'HW', status: 'in stock', purchaseCost: '1,234,000' }, {});
    const port = new SpreadsheetPort(asGasSpreadsheet(world.fakes.spreadsheet));
    world.fakes.uncounted(() => port.appendRows('Costs & Benefits', [[{ date: '2025-01-15' }, 'cost', 'other', -50000, 'KRW', '', '', '', '', '', '-refund']]));

    const row = world.values('Assets')[3];
    expect([row[1], row[3], row[4], row[20]]).toEqual(['=IMPORTXML("http://x","//a")', '-5', '+1', '@me']);
    expect(row[11]).toBe(1234000);
    const ledger = world.values('Costs & Benefits')[2];
    expect([ledger[3], ledger[10]]).toEqual([-50000, '-refund']);
    for (const tab of ['Assets', 'Costs & Benefits', 'Change History']) {
      expect(world.formulas(tab).flat().filter((formula) => formula !== '')).toEqual([]);
    }
  });

  test('tag comes from a fresh read', () => {
    setUp('en');
    const boot = server.sidebarBootstrap();
    expect(boot).toMatchObject({ ok: true, form: { tagPreview: 'IT-2025-0001' } });
    // Another editor types the previewed tag into the sheet before this person submits.
    world.fakes.uncounted(() => world.fakes.spreadsheet.getSheetByName('Assets')!.appendRow(['IT-2025-0001', 'Typed by hand', 'HW', '', '', '', 'in stock']));

    const result = server.sidebarAddAsset({ name: 'From the panel', category: 'HW', status: 'in stock' }, {});

    expect(result).toMatchObject({ ok: true, assetTag: 'IT-2025-0002', row: 5 });
    expect(world.values('Assets').map((row) => row[0])).toEqual(['Asset Tag', 'IT-2024-0001', 'IT-2024-0002', 'IT-2025-0001', 'IT-2025-0002']);
  });

  test('second add during first waits for the lock', () => {
    setUp('en');
    let nested: unknown = null;
    // While the first add holds the lock and writes its row, a second execution tries to add.
    world.fakes.hooks.beforeCall('Range.setValues', 1, () => {
      nested = world.server().sidebarAddAsset({ name: 'Second', category: 'HW', status: 'in stock' }, {});
    });

    const first = server.sidebarAddAsset({ name: 'First', category: 'HW', status: 'in stock' }, {});

    expect(first.ok).toBe(true);
    expect(nested).toEqual({ ok: false, message: 'Another ITAM run is in progress. Try again in a minute.', fieldErrors: [] });
    expect(world.values('Assets')).toHaveLength(4);
  });

  test('busy lock writes nothing', () => {
    setUp('en');
    world.fakes.hooks.holdLock('document');

    const result = server.sidebarAddAsset({ name: 'Blocked', category: 'HW', status: 'in stock' }, {});

    expect(result).toEqual({ ok: false, message: 'Another ITAM run is in progress. Try again in a minute.', fieldErrors: [] });
    expect(world.fakes.calls.count('Range.setValues')).toBe(0);
  });

  test('validate only writes nothing', () => {
    setUp('en');
    const result = server.sidebarAddAsset({ name: 'Check', category: 'HW', status: 'in stock' }, { validateOnly: true });

    expect(result).toEqual({
      ok: true,
      written: false,
      assetTag: 'IT-2025-0001',
      row: null,
      link: null,
      message: 'The values are valid. The asset will get the tag IT-2025-0001.',
      nextTagHint: 'Leave blank to get the next tag, IT-2025-0001.',
    });
    expect(world.fakes.calls.count('Range.setValues')).toBe(0);
  });

  test('service failure is a plain message', () => {
    setUp('ko');
    const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    world.fakes.hooks.failOnCall('Range.setValues', 1, 'Service Spreadsheets timed out while accessing document with id 123.');

    const result = server.sidebarAddAsset({ name: '실패', category: 'HW', status: '재고' }, {});

    expect(result).toEqual({
      ok: false,
      message:
        '자산 패널 작업을 마치지 못했습니다: Service Spreadsheets timed out while accessing document with id 123. 다시 시도하고, 계속 실패하면 ITAM 메뉴에서 데이터 검증을 실행하세요.',
      fieldErrors: [],
    });
    expect(logged).toHaveBeenCalledTimes(1);
    expect(String(logged.mock.calls[0][0])).toMatch(/^Error: Service Spreadsheets timed out[\s\S]*\n\s+at /);
    expect(world.fakes.lockHolder('document')).toBe('free');
    logged.mockRestore();
  });
});

describe('reading', () => {
  test('bootstrap is plain JSON with the form', () => {
    setUp('ko');
    const boot = server.sidebarBootstrap();

    expectPlainJson(boot);
    if (!boot.ok) {
      throw new Error(boot.message);
    }
    expect(boot.lang).toBe('ko');
    expect(boot.labels['tab.add']).toBe('등록');
    expect(boot.form.fields.slice(0, 4).map((field) => [field.key, field.required, field.type])).toEqual([
      ['assetTag', false, 'id'],
      ['name', true, 'text'],
      ['category', true, 'choice'],
      ['status', true, 'enum'],
    ]);
    const field = (key: string) => boot.form.fields.find((candidate) => candidate.key === key)!;
    expect(field('status').options.map((option) => option.label)).toEqual(['요청', '발주', '재고', '사용중', '수리중', '사용중지', '폐기', '분실']);
    expect(field('category').options[1]).toEqual({ value: 'HW-LAPTOP', label: 'HW-LAPTOP · 노트북' });
    expect(field('department').suggestions).toEqual(['개발팀', '인프라팀']);
    expect(field('location').suggestions).toEqual(['본사 3층', '전산실']);
    expect(field('vendor').suggestions).toEqual(['한빛상사']);
    expect(field('notes').group).toBe('more');
    expect(boot.glance.renewals).toEqual([
      { title: 'IT-2024-0001 개발용 노트북', detail: '보증 만료 · 2025-02-10 · 26일 남음', deadline: '2025-02-10', daysLeft: 26, link: { sheetName: '자산', row: 2, text: '자산 2행' } },
    ]);
  });

  test('high risks count repair of a production server', () => {
    setUp('en');
    const before = server.sidebarBootstrap();
    expect(server.sidebarApplyAction('IT-2024-0002', 'sendToRepair', {}).ok).toBe(true);
    const after = server.sidebarBootstrap();

    if (!before.ok || !after.ok) {
      throw new Error('bootstrap failed');
    }
    expect(before.glance.highRisks.map((risk) => risk.ref)).toEqual(['IT-2024-0001']);
    expect(after.glance.highRiskCount).toBe(before.glance.highRiskCount + 2);
    expect(after.glance.highRisks.map((risk) => risk.ref)).toEqual(['APP-1', 'APP-2', 'IT-2024-0001']);
    expect(after.glance.highRisks[0].link).toEqual({ sheetName: 'Configuration Items', row: 2, text: 'Configuration Items row 2' });
  });

  test('details give TCO and book value', () => {
    setUp('ko');
    const result = server.sidebarAssetDetails(' it-2024-0002 ');

    expectPlainJson(result);
    if (!result.ok) {
      throw new Error(result.message);
    }
    const section = (id: string) => result.asset.sections.find((candidate) => candidate.id === id)!;
    // Declining-balance at the Korean 5-year rate 0.451 over 20 months (2023-06 to 2025-01):
    // 12,000,000 × 0.451 = 5,412,000 in year 1; 6,588,000 × 0.451 × 8/12 = 1,980,792 since.
    expect(section('costs').lines).toEqual([
      { primary: '총소유비용(TCO)', secondary: '12,300,000원' },
      { primary: '취득가액', secondary: '12,000,000원' },
      { primary: '비용·효익 탭의 비용', secondary: '300,000원' },
      { primary: '장부가액', secondary: '4,607,208원 (감가상각누계액 7,392,792원, 정률법)' },
    ]);
    expect(section('contracts').lines).toEqual([{ primary: 'CT-001 서버 유지보수', secondary: '유지보수 · 한빛상사 · 2025-12-31 종료' }]);
    expect(section('impact').lines).toEqual([
      { primary: 'APP-1 파일 공유', secondary: '이 자산에서 운영' },
      { primary: 'APP-2 그룹웨어', secondary: 'APP-1 경유, 2단계' },
    ]);
    expect(result.asset.actions.map((offer) => offer.action)).toEqual(['checkOut', 'sendToRepair', 'retire', 'markLost']);

    const laptop = server.sidebarAssetDetails('IT-2024-0001');
    const licenses = laptop.ok ? laptop.asset.sections.find((candidate) => candidate.id === 'licenses')!.lines : [];
    expect(licenses).toEqual([{ primary: 'LIC-001 Microsoft 365', secondary: '2024-03-20 할당' }]);
  });

  test('invalid cell shows as typed', () => {
    setUp('en');
    world.fakes.uncounted(() => world.fakes.spreadsheet.getSheetByName('Assets')!.getRange(3, 11).setValue("'2025-02-30"));

    const result = server.sidebarAssetDetails('IT-2024-0002');

    const line = result.ok ? result.asset.fields.find((candidate) => candidate.primary === 'Purchase Date') : undefined;
    expect(line).toEqual({ primary: 'Purchase Date', secondary: '2025-02-30 (invalid: This date does not exist (2025-02-30). Check the day and month.)' });
  });

  test('find ranks tag matches first and stops at 20', () => {
    setUp('en');
    const rows = Array.from({ length: 25 }, (_, index) => [`MON-${String(index + 1).padStart(2, '0')}`, `Monitor ${index + 1}`, 'HW-MONITOR', '', '', '', 'in stock']);
    world.fakes.uncounted(() => world.fakes.spreadsheet.getSheetByName('Assets')!.getRange(4, 1, rows.length, 7).setValues(rows));

    const many = server.sidebarFindAssets('  MONITOR ');
    const exact = server.sidebarFindAssets('mon-07');

    expect(many).toMatchObject({ ok: true, total: 25, message: 'Showing the first 20 of 25 assets. Type more of the name or tag to narrow the search.' });
    expect(many.ok ? many.assets : []).toHaveLength(20);
    expect(exact.ok ? exact.assets[0] : null).toEqual({ assetTag: 'MON-07', name: 'Monitor 7', status: 'in stock', assignedTo: '', serialNumber: '', row: 10 });
    expect(server.sidebarFindAssets('Minsu')).toMatchObject({ ok: true, total: 1, message: '1 assets found.' });
    expect(server.sidebarFindAssets('zzz')).toMatchObject({ ok: true, total: 0, message: 'No asset matches "zzz". Check the spelling, or search by asset tag or serial number.' });
  });

  test('unknown tag is not found', () => {
    setUp('en');
    expect(server.sidebarAssetDetails('IT-9999')).toEqual({
      ok: false,
      message: 'Asset IT-9999 was not found on the Assets tab. It may have been renamed or deleted; search again.',
      fieldErrors: [],
    });
  });
});

describe('lifecycle', () => {
  test('check out writes adjacent cells once', () => {
    setUp('en');
    const result = server.sidebarApplyAction('IT-2024-0002', 'checkOut', { assignedTo: 'Seoyeon Lee' });

    expectPlainJson(result);
    expect(result).toMatchObject({ ok: true, message: 'IT-2024-0002 is now deployed.' });
    expect(world.values('Assets')[2].slice(6, 10)).toEqual(['deployed', 'Seoyeon Lee', 'Infrastructure', 'Server room']);
    // Status and Assigned To are adjacent: one write for the row and one for Change History.
    expect(world.fakes.calls.count('Range.setValues')).toBe(2);
    const history = world.values('Change History').slice(-2).map((line) => line.slice(3, 7));
    expect(history).toEqual([
      ['IT-2024-0002', 'Status', 'in stock', 'deployed'],
      ['IT-2024-0002', 'Assigned To', '', 'Seoyeon Lee'],
    ]);
  });

  test('disposal adds a ledger benefit', () => {
    setUp('en');
    server.sidebarApplyAction('IT-2024-0002', 'retire', {});
    const result = server.sidebarApplyAction('IT-2024-0002', 'dispose', { date: '2025. 1. 14.', proceeds: '$1,200' });

    expect(result).toMatchObject({
      ok: true,
      message: 'IT-2024-0002 is now disposed. The proceeds of 1,200 USD were added to Costs & Benefits in row 3.',
      ledgerLink: { sheetName: 'Costs & Benefits', row: 3, text: 'Costs & Benefits row 3' },
    });
    expect(world.cells('Costs & Benefits')[2]).toEqual([{ date: '2025-01-14' }, 'benefit', 'disposal', 1200, 'USD', 'IT-2024-0002', '', '', '', 'Infrastructure', 'Disposal proceeds']);
    expect(world.values('Change History').slice(-1)[0].slice(2, 5)).toEqual(['Costs & Benefits', 'row 3', '(new record)']);
  });

  test('disposal input errors name their field', () => {
    setUp('en');
    server.sidebarApplyAction('IT-2024-0002', 'retire', {});
    world.fakes.calls.reset();

    expect(server.sidebarApplyAction('IT-2024-0002', 'dispose', { proceeds: '100' })).toEqual({
      ok: false,
      message: 'Enter the disposal date, for example 2025-02-03.',
      fieldErrors: [{ field: 'date', message: 'Enter the disposal date, for example 2025-02-03.' }],
    });
    expect(server.sidebarApplyAction('IT-2024-0002', 'dispose', { date: '2025-01-14', proceeds: '-100' })).toMatchObject({
      ok: false,
      fieldErrors: [{ field: 'proceeds', message: 'Not an amount. Type it as 1,234,000, 1,234,000원 or 120만원.' }],
    });
    expect(world.fakes.calls.count('Range.setValues')).toBe(0);
  });

  test('disallowed transition is refused', () => {
    setUp('en');
    const result = server.sidebarApplyAction('IT-2024-0002', 'dispose', { date: '2025-01-14' });

    expect(result).toEqual({
      ok: false,
      message: 'Moving an asset from "in stock" to "disposed" is not allowed by the transition table in Settings.',
      fieldErrors: [{ field: '', message: 'Moving an asset from "in stock" to "disposed" is not allowed by the transition table in Settings.' }],
    });
    expect(world.values('Assets')[2][6]).toBe('in stock');
  });

  test('show row selects the sheet', () => {
    setUp('en');
    expect(server.sidebarShowRow('Contracts', 2)).toEqual({ ok: true, message: 'Selected row 2 of Contracts.' });
    expect(world.fakes.calls.count('Range.activate')).toBe(1);
    expect(world.fakes.uncounted(() => world.fakes.spreadsheet.getActiveSheet().getName())).toBe('Contracts');
  });
});

describe('environment', () => {
  test('no Assets tab asks for setup', () => {
    installGasFakes(globalThis, { now: FIXTURE_NOW, spreadsheet: { locale: 'ko_KR' } });
    expect(panelServer(() => new Date(FIXTURE_NOW)).sidebarBootstrap()).toEqual({
      ok: false,
      message: '자산 탭이 없습니다. 먼저 ITAM 메뉴에서 시트 설정을 실행하세요.',
      fieldErrors: [],
    });
  });

  test('no spreadsheet is a plain failure', () => {
    installGasFakes(globalThis, { spreadsheet: null, userLocale: 'en' });
    const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const result = panelServer().sidebarFindAssets('x');
    logged.mockRestore();

    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.message).toMatch(/^The asset panel could not finish: No active spreadsheet/);
    uninstallGasFakes(globalThis);
  });

  test('sidebar title follows the language setting', () => {
    const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'itam-sidebar-'));
    fs.writeFileSync(path.join(directory, 'sidebar.html'), '<p>panel</p>');
    world = createPanelWorld('ko', 'fixture', directory);
    const settings = world.values('설정');
    const languageRow = settings.findIndex((row) => row[0] === 'language') + 1;
    world.fakes.uncounted(() => world.fakes.spreadsheet.getSheetByName('설정')!.getRange(languageRow, 2).setValue('en'));

    main.itamOpenSidebar();

    expect(world.fakes.ui.sidebars.map((sidebar) => sidebar.title)).toEqual(['ITAM asset panel']);
    fs.rmSync(directory, { recursive: true, force: true });
  });

  test('menu opens the built page as sidebar', () => {
    const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'itam-sidebar-'));
    fs.writeFileSync(path.join(directory, 'sidebar.html'), '<p>panel</p>');
    const fakes = installGasFakes(globalThis, { htmlDirectory: directory, spreadsheet: { locale: 'ko_KR' } });

    main.itamOpenSidebar();

    expect(fakes.ui.sidebars).toEqual([{ title: 'ITAM 자산 패널', content: '<p>panel</p>' }]);
    fs.rmSync(directory, { recursive: true, force: true });
  });
});
