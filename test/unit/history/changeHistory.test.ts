import {
  changeHistoryLayout,
  entriesForEdit,
  entriesForNewRecords,
  entriesForToolChange,
  historyRows,
  historyText,
  type SheetEdit,
} from '../../../src/core/history/changeHistory';

const ASSET_HEADERS = ['Asset Tag', 'Name', 'Category', 'Model', 'Manufacturer', 'Serial Number', 'Status', 'Assigned To'];
const TIME = '2025-03-04T09:15:02+09:00';

function edit(overrides: Partial<SheetEdit>): SheetEdit {
  return {
    sheetName: 'Assets',
    registerId: 'assets',
    range: { row: 5, column: 7, numRows: 1, numColumns: 1 },
    headerRow: ASSET_HEADERS,
    keyColumnValues: ['IT-2025-0004'],
    newValues: [['in_repair']],
    userEmail: 'kim@example.co.kr',
    timestamp: TIME,
    ...overrides,
  };
}

describe('historyText', () => {
  test('cell values become plain text', () => {
    expect(historyText('')).toBe('');
    expect(historyText(undefined)).toBe('');
    expect(historyText(1234000)).toBe('1234000');
    expect(historyText(0.5)).toBe('0.5');
    expect(historyText(true)).toBe('TRUE');
    expect(historyText({ date: '2025-02-03' })).toBe('2025-02-03');
    expect(historyText('=HYPERLINK("x")')).toBe('=HYPERLINK("x")');
  });
});

describe('entriesForEdit', () => {
  test('single cell logs old and new', () => {
    const entries = entriesForEdit(edit({ oldValue: 'deployed' }));

    expect(entries).toEqual([
      {
        time: TIME,
        user: 'kim@example.co.kr',
        tab: 'Assets',
        recordKey: 'IT-2025-0004',
        row: 5,
        change: { kind: 'cell', field: 'Status', column: 7, oldValue: 'deployed', newValue: 'in_repair' },
        source: 'edit',
      },
    ]);
    expect(historyRows(entries, 'en')).toEqual([[TIME, 'kim@example.co.kr', 'Assets', 'IT-2025-0004', 'Status', 'deployed', 'in_repair', 'edit']]);
  });

  test('single cell that was empty', () => {
    const entries = entriesForEdit(edit({ oldValue: undefined, newValues: [[{ date: '2025-03-01' }]], range: { row: 5, column: 4, numRows: 1, numColumns: 1 } }));

    expect(historyRows(entries, 'en')).toEqual([[TIME, 'kim@example.co.kr', 'Assets', 'IT-2025-0004', 'Model', '', '2025-03-01', 'edit']]);
  });

  test('unchanged single cell logs nothing', () => {
    expect(entriesForEdit(edit({ oldValue: 'in_repair' }))).toEqual([]);
    expect(entriesForEdit(edit({ oldValue: undefined, newValues: [['']] }))).toEqual([]);
  });

  test('paste logs each cell with unknown old value', () => {
    // B5:C6 pasted over two assets; the old value passed by a single-cell event is ignored here.
    const entries = entriesForEdit(
      edit({
        range: { row: 5, column: 2, numRows: 2, numColumns: 2 },
        keyColumnValues: ['IT-0004', ' IT-0005 '],
        oldValue: 'ignored',
        newValues: [
          ['Laptop A', 'HW-LAPTOP'],
          ['Laptop B', ''],
        ],
      }),
    );

    expect(historyRows(entries, 'en')).toEqual([
      [TIME, 'kim@example.co.kr', 'Assets', 'IT-0004', 'Name', '(unknown)', 'Laptop A', 'edit'],
      [TIME, 'kim@example.co.kr', 'Assets', 'IT-0004', 'Category', '(unknown)', 'HW-LAPTOP', 'edit'],
      [TIME, 'kim@example.co.kr', 'Assets', 'IT-0005', 'Name', '(unknown)', 'Laptop B', 'edit'],
      [TIME, 'kim@example.co.kr', 'Assets', 'IT-0005', 'Category', '(unknown)', '', 'edit'],
    ]);
    expect(historyRows(entries, 'ko')[0]).toEqual([TIME, 'kim@example.co.kr', 'Assets', 'IT-0004', 'Name', '(알 수 없음)', 'Laptop A', '직접 수정']);
  });

  test('500 cells still logged cell by cell', () => {
    const newValues = Array.from({ length: 500 }, (_, index) => [`name ${index}`]);
    const keyColumnValues = Array.from({ length: 500 }, (_, index) => `IT-${index}`);

    const entries = entriesForEdit(edit({ range: { row: 2, column: 2, numRows: 500, numColumns: 1 }, newValues, keyColumnValues }));

    expect(entries).toHaveLength(500);
    expect(entries[499].recordKey).toBe('IT-499');
    expect(entries[499].row).toBe(501);
  });

  test('10,000-cell paste is one summary', () => {
    // B2:K1001 is 1,000 rows × 10 columns; the summary needs no values.
    const entries = entriesForEdit(edit({ range: { row: 2, column: 2, numRows: 1000, numColumns: 10 }, newValues: [], keyColumnValues: [] }));

    expect(entries).toEqual([
      { time: TIME, user: 'kim@example.co.kr', tab: 'Assets', recordKey: '', row: null, change: { kind: 'summary', range: 'B2:K1001', count: 10000, unit: 'cells' }, source: 'edit' },
    ]);
    expect(historyRows(entries, 'en')).toEqual([[TIME, 'kim@example.co.kr', 'Assets', '', 'B2:K1001', '(unknown)', 'cells changed: 10,000', 'edit']]);
    expect(historyRows(entries, 'ko')).toEqual([[TIME, 'kim@example.co.kr', 'Assets', '', 'B2:K1001', '(알 수 없음)', '셀 10,000개 변경', '직접 수정']]);
  });

  test('limit is configurable', () => {
    const entries = entriesForEdit(edit({ range: { row: 2, column: 1, numRows: 1, numColumns: 3 }, newValues: [['a', 'b', 'c']] }), 2);

    expect(entries).toHaveLength(1);
    expect(entries[0].change).toEqual({ kind: 'summary', range: 'A2:C2', count: 3, unit: 'cells' });
  });

  test('register without key shows row', () => {
    const entries = entriesForEdit(
      edit({ sheetName: '설치 현황', registerId: 'installations', headerRow: ['호스트명', '소프트웨어'], keyColumnValues: [], range: { row: 12, column: 2, numRows: 1, numColumns: 1 }, oldValue: 'Office', newValues: [['Office 2021']] }),
    );

    expect(historyRows(entries, 'ko')).toEqual([[TIME, 'kim@example.co.kr', '설치 현황', '12행', '소프트웨어', 'Office', 'Office 2021', '직접 수정']]);
    expect(historyRows(entries, 'en')[0][3]).toBe('row 12');
  });

  test('column without header shows letter', () => {
    const entries = entriesForEdit(edit({ range: { row: 5, column: 27, numRows: 1, numColumns: 1 }, oldValue: '', newValues: [['memo']] }));

    expect(historyRows(entries, 'en')[0][4]).toBe('column AA');
    expect(historyRows(entries, 'ko')[0][4]).toBe('AA열');
  });

  test('header row edit has no record key', () => {
    const entries = entriesForEdit(edit({ range: { row: 1, column: 2, numRows: 1, numColumns: 1 }, keyColumnValues: ['Asset Tag'], oldValue: 'Name', newValues: [['자산명']], headerRow: ['Asset Tag', '자산명'] }));

    expect(historyRows(entries, 'en')).toEqual([[TIME, 'kim@example.co.kr', 'Assets', 'row 1', '자산명', 'Name', '자산명', 'edit']]);
  });

  test('formula-like text stays a plain string', () => {
    const entries = entriesForEdit(edit({ oldValue: '@deployed', newValues: [['=IMPORTXML("http://x")']] }));

    expect(historyRows(entries, 'en')[0].slice(5, 7)).toEqual(['@deployed', '=IMPORTXML("http://x")']);
  });

  test('values of wrong size rejected', () => {
    expect(() => entriesForEdit(edit({ range: { row: 5, column: 2, numRows: 2, numColumns: 1 }, newValues: [['a']] }))).toThrow(
      'Edit of B5:B6 on "Assets" carries values of another size than the range.',
    );
  });
});

describe('entriesForToolChange', () => {
  const author = { source: 'sidebar' as const, userEmail: 'lee@example.co.kr', timestamp: TIME };

  test('changed cells logged, unchanged skipped', () => {
    const entries = entriesForToolChange(
      [
        { tab: 'Assets', recordKey: 'IT-1', row: 2, field: 'Status', oldValue: 'deployed', newValue: 'in_repair' },
        { tab: 'Assets', recordKey: 'IT-1', row: 2, field: 'Location', oldValue: 'HQ 3F', newValue: 'HQ 3F' },
        { tab: 'Assets', recordKey: 'IT-1', row: 2, field: 'Last Audit', oldValue: null, newValue: { date: '2025-03-04' } },
      ],
      author,
    );

    expect(historyRows(entries, 'en')).toEqual([
      [TIME, 'lee@example.co.kr', 'Assets', 'IT-1', 'Status', 'deployed', 'in_repair', 'sidebar'],
      [TIME, 'lee@example.co.kr', 'Assets', 'IT-1', 'Last Audit', '(unknown)', '2025-03-04', 'sidebar'],
    ]);
    expect(historyRows(entries, 'ko')[0][7]).toBe('사이드바');
  });

  test('above limit one summary per tab', () => {
    const changes = [
      ...Array.from({ length: 4 }, (_, index) => ({ tab: 'Assets', recordKey: `IT-${index}`, row: index + 2, field: 'Status', oldValue: 'in_stock', newValue: 'deployed' })),
      { tab: 'Licenses', recordKey: 'LIC-1', row: 2, field: 'Quantity', oldValue: 10, newValue: 12 },
    ];

    const entries = entriesForToolChange(changes, { ...author, source: 'cli' }, 3);

    expect(historyRows(entries, 'en')).toEqual([
      [TIME, 'lee@example.co.kr', 'Assets', '', '', '(unknown)', 'cells changed: 4', 'CLI'],
      [TIME, 'lee@example.co.kr', 'Licenses', '', '', '(unknown)', 'cells changed: 1', 'CLI'],
    ]);
  });
});

describe('entriesForNewRecords', () => {
  const author = { source: 'import' as const, userEmail: '', timestamp: TIME };

  test('one line per added row', () => {
    const entries = entriesForNewRecords([{ tab: '자산', recordKey: 'IT-7', row: 9 }], author);

    expect(historyRows(entries, 'ko')).toEqual([[TIME, '', '자산', 'IT-7', '(신규 등록)', '', '', '가져오기']]);
    expect(historyRows(entries, 'en')).toEqual([[TIME, '', '자산', 'IT-7', '(new record)', '', '', 'import']]);
  });

  test('large import is one summary', () => {
    const records = Array.from({ length: 1200 }, (_, index) => ({ tab: 'Assets', recordKey: `IT-${index}`, row: index + 2 }));

    const entries = entriesForNewRecords(records, author);

    expect(historyRows(entries, 'en')).toEqual([[TIME, '', 'Assets', '', '', '', 'records added: 1,200', 'import']]);
    expect(historyRows(entries, 'ko')[0][6]).toBe('1,200건 추가');
  });
});

describe('changeHistoryLayout', () => {
  test('bilingual headers and text columns', () => {
    const english = changeHistoryLayout('en');
    const korean = changeHistoryLayout('ko');

    expect(english.registerId).toBe('changeHistory');
    expect(english.name).toBe('Change History');
    expect(english.headers).toEqual(['Time', 'User', 'Sheet', 'Record', 'Field', 'Old Value', 'New Value', 'Source']);
    expect(korean.name).toBe('변경 이력');
    expect(korean.headers).toEqual(['변경일시', '변경자', '시트', '대상', '항목', '이전 값', '새 값', '변경 경로']);
    expect(english.formats).toEqual(Array(8).fill('text'));
    expect(korean.notes).toHaveLength(8);
  });
});
