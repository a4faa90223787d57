import { historyOf, readHistory } from '../../../src/core/history/assetHistory';
import { entriesForEdit, historyHeaders, historyRows } from '../../../src/core/history/changeHistory';
import type { CellValue } from '../../../src/core/workbook/port';

const KOREAN_SHEET: CellValue[][] = [
  historyHeaders('ko'),
  ['2025-03-01T09:00:00+09:00', 'kim@example.co.kr', '자산', 'IT-1', '상태', '재고', '사용중', '직접 수정'],
  ['2025-03-02T09:00:00+09:00', 'lee@example.co.kr', '자산', 'IT-2', '사용자', '', '박지민', '사이드바'],
  ['', '', '', '', '', '', '', ''],
  ['2025-03-03T09:00:00+09:00', 'kim@example.co.kr', '자산', 'it-1 ', '상태', '사용중', '수리중', 'edit'],
  ['2025-03-04T09:00:00+09:00', 'kim@example.co.kr', '자산', 'IT-100', '자산번호', 'IT-1', 'IT-100', '직접 수정'],
  ['2025-03-05T09:00:00+09:00', 'kim@example.co.kr', '구성항목', 'IT-1', '이름', '', 'ERP', 'CLI'],
  ['2025-03-06T09:00:00+09:00', 'kim@example.co.kr', '자산', '', 'B2:K1001', '(알 수 없음)', '셀 10,000개 변경', '가져오기?'],
];

describe('readHistory', () => {
  test('Korean sheet read by header', () => {
    const records = readHistory(KOREAN_SHEET);

    expect(records).toHaveLength(6);
    expect(records[0]).toEqual({
      row: 2,
      time: '2025-03-01T09:00:00+09:00',
      user: 'kim@example.co.kr',
      tab: '자산',
      recordKey: 'IT-1',
      field: '상태',
      oldValue: '재고',
      newValue: '사용중',
      source: 'edit',
    });
    expect(records.map((record) => record.row)).toEqual([2, 3, 5, 6, 7, 8]);
    expect(records.map((record) => record.source)).toEqual(['edit', 'sidebar', 'edit', 'edit', 'cli', null]);
  });

  test('moved columns found by English header', () => {
    const values: CellValue[][] = [
      ['Source', 'Time', 'User', 'Sheet', 'Record', 'Field', 'Old Value', 'New Value'],
      ['import', '2025-03-01T09:00:00+09:00', '', 'Assets', 'IT-9', 'Name', '', 'Laptop'],
    ];

    const [record] = readHistory(values);

    expect(record.source).toBe('import');
    expect(record.recordKey).toBe('IT-9');
    expect(record.newValue).toBe('Laptop');
  });

  test('written rows read back unchanged', () => {
    const entries = entriesForEdit({
      sheetName: 'Assets',
      registerId: 'assets',
      range: { row: 3, column: 2, numRows: 1, numColumns: 1 },
      headerRow: ['Asset Tag', 'Name'],
      keyColumnValues: ['007'],
      oldValue: '+82 old',
      newValues: [['=new']],
      userEmail: 'a@b.c',
      timestamp: '2025-03-01T09:00:00+09:00',
    });

    const [record] = readHistory([historyHeaders('en'), ...historyRows(entries, 'en')]);

    expect(record).toEqual({
      row: 2,
      time: '2025-03-01T09:00:00+09:00',
      user: 'a@b.c',
      tab: 'Assets',
      recordKey: '007',
      field: 'Name',
      oldValue: '+82 old',
      newValue: '=new',
      source: 'edit',
    });
  });

  test('empty sheet has no records', () => {
    expect(readHistory([])).toEqual([]);
    expect(readHistory([historyHeaders('en')])).toEqual([]);
  });
});

describe('historyOf', () => {
  const records = readHistory(KOREAN_SHEET);

  test('one asset newest first with rename', () => {
    expect(historyOf(records, 'IT-1').map((record) => record.row)).toEqual([7, 6, 5, 2]);
  });

  test('tab filter drops other registers', () => {
    expect(historyOf(records, 'IT-1', { tab: '자산' }).map((record) => record.row)).toEqual([6, 5, 2]);
  });

  test('limit keeps newest', () => {
    expect(historyOf(records, 'IT-1', { tab: '자산', limit: 2 }).map((record) => record.row)).toEqual([6, 5]);
  });

  test('blank key matches nothing', () => {
    expect(historyOf(records, ' ')).toEqual([]);
  });

  test('renamed record has its own history', () => {
    expect(historyOf(records, 'IT-100').map((record) => record.row)).toEqual([6]);
  });
});
