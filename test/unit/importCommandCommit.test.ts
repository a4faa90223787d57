import { CHANGE_HISTORY_ID, changeHistoryLayout } from '../../src/core/history/changeHistory';
import { translate } from '../../src/core/i18n';
import { commitImport, type ImportCommitOptions } from '../../src/core/importing/importCommit';
import { IMPORT_REPORT_SHEET_ID } from '../../src/core/importing/importReportSheet';
import type { ImportResult } from '../../src/core/importing/importResult';
import { importRows, type ImportOptions } from '../../src/core/importing/importRows';
import { readRegisterSnapshot } from '../../src/core/importing/registerSnapshot';
import { decodeText } from '../../src/core/importing/textDecoding';
import { registerById } from '../../src/core/registers/definitions';
import type { Lang } from '../../src/core/registers/schema';
import { setupWorkbook } from '../../src/core/setup/setupWorkbook';
import type { CellValue } from '../../src/core/workbook/port';
import { MemoryWorkbookPort } from '../support/memoryWorkbookPort';

const assets = registerById('assets');
const categories = registerById('categories');
const COMMIT: ImportCommitOptions = { userEmail: 'kim@example.com', timestamp: '2025-06-30T12:00:00+09:00' };

function preview(port: MemoryWorkbookPort, registerId: 'assets' | 'categories', text: string, lang: Lang = 'en'): ImportResult {
  const register = registerById(registerId);
  const snapshot = readRegisterSnapshot(port, register);
  const options: ImportOptions = { source: 'generic', dateOrder: null, asOf: '2025-06-30', settings: snapshot.settings, lang };
  return importRows({ kind: 'csv', decoded: decodeText(new Uint8Array(Buffer.from(text, 'utf8'))) }, register, snapshot.tab, options);
}

function tab(port: MemoryWorkbookPort, marker: string): CellValue[][] {
  const sheet = port.sheets.find((candidate) => candidate.marker === marker);
  if (sheet === undefined) {
    throw new Error(`No tab is marked ${marker}.`);
  }
  return sheet.values;
}

const TWO_ASSETS = 'Asset Tag,Name,Category,Status,Purchase Date,Purchase Cost\nIT-1,Laptop,HW,deployed,2024-03-15,1200000\n,Monitor,HW,in stock,,\n';

describe('commitImport', () => {
  test('rows follow the tab column order', () => {
    const port = new MemoryWorkbookPort('Asia/Seoul', 'en_US');
    port.addSheet('Assets', [['Status', 'Name', 'Asset Tag', 'Own column', 'Category'], ['deployed', 'Old', 'IT-0', 'keep', 'HW']], 'assets');
    const result = preview(port, 'assets', TWO_ASSETS);

    const outcome = commitImport(port, assets, result, COMMIT);

    const values = tab(port, 'assets');
    const header = values[0];
    const column = (name: string): number => header.indexOf(name);
    expect(values[1]).toEqual(['deployed', 'Old', 'IT-0', 'keep', 'HW']);
    expect(values[2][column('Asset Tag')]).toBe('IT-1');
    expect(values[2][column('Status')]).toBe('deployed');
    expect(values[2][column('Own column')]).toBe('');
    expect(values[2][column('Purchase Date')]).toEqual({ date: '2024-03-15' });
    expect(values[2][column('Purchase Cost')]).toBe(1200000);
    expect(values[3][column('Asset Tag')]).toBe('IT-2025-0001');
    expect(values[3][column('Name')]).toBe('Monitor');
    expect(outcome).toMatchObject({ sheetName: 'Assets', added: 2, firstRow: 3, lastRow: 4, createdTab: false });
  });

  test('missing register columns appended first', () => {
    const port = new MemoryWorkbookPort('Asia/Seoul', 'en_US');
    port.addSheet('Assets', [['Asset Tag', 'Name', 'Category', 'Status']]);
    const outcome = commitImport(port, assets, preview(port, 'assets', TWO_ASSETS), COMMIT);

    // The tab had 4 of the register's columns and no marker, so it is marked and gets the others.
    expect(outcome.addedColumns).toBe(assets.fields.length - 4);
    expect(port.sheet('Assets')?.marker).toBe('assets');
    expect(tab(port, 'assets')[0]).toEqual([...['Asset Tag', 'Name', 'Category', 'Status'], ...assets.fields.slice(0).filter((field) => !['assetTag', 'name', 'category', 'status'].includes(field.key)).map((field) => field.header.en)]);
  });

  test('one append per tab', () => {
    const port = new MemoryWorkbookPort('Asia/Seoul', 'en_US');
    setupWorkbook(port, { lang: 'en' });
    const result = preview(port, 'assets', TWO_ASSETS);
    const appendRows = jest.spyOn(port, 'appendRows');

    commitImport(port, assets, result, COMMIT);

    expect(appendRows).toHaveBeenCalledTimes(2);
    expect(appendRows.mock.calls[0][0]).toBe('Assets');
    expect(appendRows.mock.calls[0][1]).toHaveLength(2);
    expect(appendRows.mock.calls[1][0]).toBe('Change History');
    expect(appendRows.mock.calls[1][1]).toHaveLength(2);
  });

  test('history line per added row', () => {
    const port = new MemoryWorkbookPort('Asia/Seoul', 'en_US');
    setupWorkbook(port, { lang: 'en' });
    commitImport(port, assets, preview(port, 'assets', TWO_ASSETS), COMMIT);

    const history = tab(port, CHANGE_HISTORY_ID);
    const newRecord = translate('en', 'history.value.newRecord');
    const source = translate('en', 'history.source.import');
    expect(history).toEqual([
      [...changeHistoryLayout('en').headers],
      ['2025-06-30T12:00:00+09:00', 'kim@example.com', 'Assets', 'IT-1', newRecord, '', '', source],
      ['2025-06-30T12:00:00+09:00', 'kim@example.com', 'Assets', 'IT-2025-0001', newRecord, '', '', source],
    ]);
  });

  test('Korean workbook logs in Korean', () => {
    const port = new MemoryWorkbookPort('Asia/Seoul', 'ko_KR');
    setupWorkbook(port, { lang: 'ko' });
    const result = preview(port, 'assets', '자산번호,자산명,분류,상태\nIT-9,노트북,HW,사용중\n', 'ko');
    const outcome = commitImport(port, assets, result, COMMIT);

    expect(outcome.sheetName).toBe('자산');
    expect(outcome.historySheet).toBe(translate('ko', 'history.sheetName'));
    expect(outcome.reportSheet).toBe('가져오기 결과');
    const values = tab(port, 'assets');
    expect(values[1][values[0].indexOf('자산번호')]).toBe('IT-9');
    expect(values[1][values[0].indexOf('상태')]).toBe('사용중');
    expect(tab(port, CHANGE_HISTORY_ID)[1].slice(2)).toEqual(['자산', 'IT-9', translate('ko', 'history.value.newRecord'), '', '', translate('ko', 'history.source.import')]);
  });

  test('existing history tab found by name', () => {
    const port = new MemoryWorkbookPort('Asia/Seoul', 'en_US');
    port.addSheet('Change History', [[...changeHistoryLayout('en').headers], ['earlier', '', 'Assets', 'IT-0', 'Name', 'a', 'b', 'edit']]);
    const outcome = commitImport(port, assets, preview(port, 'assets', TWO_ASSETS), COMMIT);

    expect(outcome.historySheet).toBe('Change History');
    expect(port.sheets.filter((sheet) => sheet.name.startsWith('Change History'))).toHaveLength(1);
    expect(port.sheet('Change History')?.values).toHaveLength(4);
  });

  test('missing tab created without starter rows', () => {
    const port = new MemoryWorkbookPort('Asia/Seoul', 'en_US');
    const result = preview(port, 'categories', 'Code,Name\nLAPTOP,Laptops\n');
    const outcome = commitImport(port, categories, result, COMMIT);

    // Setup would add the default categories to a new tab; the import adds only its own rows.
    expect(outcome.createdTab).toBe(true);
    expect(outcome.firstRow).toBe(2);
    const values = tab(port, 'categories');
    expect(values).toHaveLength(2);
    expect(values[1].slice(0, 2)).toEqual(['LAPTOP', 'Laptops']);
  });

  test('nothing accepted writes only the report', () => {
    const port = new MemoryWorkbookPort('Asia/Seoul', 'en_US');
    const result = preview(port, 'assets', 'Asset Tag,Name,Category,Status\nIT-1,,HW,deployed\n');
    const appendRows = jest.spyOn(port, 'appendRows');

    const outcome = commitImport(port, assets, result, COMMIT);

    expect(appendRows).not.toHaveBeenCalled();
    expect(outcome).toMatchObject({ added: 0, firstRow: null, lastRow: null, historySheet: null, reportSheet: 'Import Report' });
    expect(port.sheets.map((sheet) => sheet.marker)).toEqual([IMPORT_REPORT_SHEET_ID]);
    expect(port.output(IMPORT_REPORT_SHEET_ID)?.blocks[0].rows).toHaveLength(1);
  });

  test('report lists every row of the file', () => {
    const port = new MemoryWorkbookPort('Asia/Seoul', 'en_US');
    setupWorkbook(port, { lang: 'en' });
    commitImport(port, assets, preview(port, 'assets', `${TWO_ASSETS}IT-1,Copy,HW,deployed,,\n`), COMMIT);

    const rows = port.output(IMPORT_REPORT_SHEET_ID)?.blocks[0].rows ?? [];
    expect(rows.map((row) => [row[0], row[2], row[3]])).toEqual([
      [2, 'rejected', 'IT-1'],
      [3, 'accepted, check', 'IT-2025-0001'],
      [4, 'rejected', 'IT-1'],
    ]);
  });

  test('re-importing the same file adds nothing', () => {
    const port = new MemoryWorkbookPort('Asia/Seoul', 'en_US');
    setupWorkbook(port, { lang: 'en' });
    commitImport(port, assets, preview(port, 'assets', TWO_ASSETS), COMMIT);
    const rowsAfterFirst = tab(port, 'assets').length;
    const historyAfterFirst = tab(port, CHANGE_HISTORY_ID).length;

    const second = preview(port, 'assets', TWO_ASSETS);
    const outcome = commitImport(port, assets, second, COMMIT);

    expect(second.accepted).toEqual([]);
    expect(second.rejected.map((row) => row.reasons[0].code)).toEqual(['import.reason.alreadyInRegister', 'import.reason.sameAsExistingWithoutKey']);
    expect(outcome.added).toBe(0);
    expect(tab(port, 'assets')).toHaveLength(rowsAfterFirst);
    expect(tab(port, CHANGE_HISTORY_ID)).toHaveLength(historyAfterFirst);
  });

  test('result of another register rejected', () => {
    const port = new MemoryWorkbookPort('Asia/Seoul', 'en_US');
    const result = preview(port, 'assets', TWO_ASSETS);

    expect(() => commitImport(port, categories, result, COMMIT)).toThrow('The import result is for the register "assets", not "categories".');
  });
});
