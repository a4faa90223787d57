import * as iconv from 'iconv-lite';
import { importRows, type ImportInput, type ImportOptions } from '../../../src/core/importing/importRows';
import type { ImportResult } from '../../../src/core/importing/importResult';
import { decodeText } from '../../../src/core/importing/textDecoding';
import { registerById } from '../../../src/core/registers/definitions';
import { DEFAULT_SETTINGS } from '../../../src/core/settings/settings';
import type { CellValue, OutputValue } from '../../../src/core/workbook/port';
import { decodeLegacyWithIconv } from '../../../src/node/legacyDecoder';

const assets = registerById('assets');
const ledger = registerById('ledger');

const OPTIONS: ImportOptions = { source: 'generic', dateOrder: null, asOf: '2025-06-30', settings: DEFAULT_SETTINGS, lang: 'en' };

const csv = (text: string): ImportInput => ({ kind: 'csv', decoded: decodeText(new Uint8Array(Buffer.from(text, 'utf8'))) });

function valueOf(result: ImportResult, index: number, field: string): OutputValue {
  const register = registerById(result.register);
  return result.accepted[index].values[register.fields.findIndex((candidate) => candidate.key === field)];
}

/** The register tab after committing `result` into an empty tab, as WorkbookPort.readValues would return it. */
function tabAfter(result: ImportResult, lang: 'en' | 'ko' = 'en'): CellValue[][] {
  const register = registerById(result.register);
  return [register.fields.map((field) => field.header[lang]), ...result.accepted.map((row) => row.values.map((value) => (value === null ? '' : (value as CellValue))))];
}

function expectEveryRowOnce(result: ImportResult, dataLines: number[]): void {
  const lines = [...result.accepted.map((row) => row.line), ...result.rejected.map((row) => row.line)].sort((a, b) => a - b);
  expect(lines).toEqual(dataLines);
}

describe('importRows with a generic CSV', () => {
  test('quoted commas and line breaks', () => {
    const text = 'Asset Tag,Name,Category,Status,Notes,Purchase Cost\r\n' + 'IT-1,"Laptop, 14""",HW,deployed,"first line\r\nsecond, line",1234000\r\n' + 'IT-2,Monitor,HW,in stock,,"1,234,000원"\r\n';
    const result = importRows(csv(text), assets, null, OPTIONS);

    expect(result.rejected).toEqual([]);
    expect(result.accepted.map((row) => [row.line, row.row, row.key])).toEqual([
      [2, 2, 'IT-1'],
      [4, 3, 'IT-2'],
    ]);
    expect(valueOf(result, 0, 'name')).toBe('Laptop, 14"');
    expect(valueOf(result, 0, 'notes')).toBe('first line\nsecond, line');
    expect(valueOf(result, 0, 'status')).toBe('deployed');
    expect(valueOf(result, 1, 'status')).toBe('in stock');
    expect(valueOf(result, 1, 'purchaseCost')).toBe(1234000);
    expect(result.warnings).toEqual([]);
  });

  test('values come in register field order', () => {
    const result = importRows(csv('Status,Category,Name,Asset Tag\nlost,HW,Phone,IT-9\n'), assets, null, OPTIONS);
    const values = result.accepted[0].values;
    expect(values.slice(0, 3)).toEqual(['IT-9', 'Phone', 'HW']);
    expect(values).toHaveLength(assets.fields.length);
    expect(values[assets.fields.findIndex((field) => field.key === 'status')]).toBe('lost');
  });

  test('tag repeated in the file rejects every copy', () => {
    const text = 'Asset Tag,Name,Category,Status\nIT-1,A,HW,deployed\nIT-2,B,HW,deployed\nit-1 ,C,HW,deployed\n';
    const result = importRows(csv(text), assets, null, OPTIONS);

    expect(result.accepted.map((row) => row.key)).toEqual(['IT-2']);
    expect(result.rejected.map((row) => [row.line, row.key])).toEqual([
      [2, 'IT-1'],
      [4, 'it-1'],
    ]);
    expect(result.rejected[0].reasons.map((reason) => reason.text)).toEqual([
      'Asset Tag "IT-1" also appears in the file on line 4. Rows are never merged: give each row its own value and import again.',
    ]);
    expect(result.rejected[1].reasons[0].params).toEqual({ column: 'Asset Tag', value: 'it-1', lines: '2' });
  });

  test('tag already in the register rejects the row', () => {
    const existing = { sheetName: 'Assets', values: [['Asset Tag', 'Name', 'Category', 'Status'], ['IT-7', 'Old', 'HW', 'deployed']] as CellValue[][] };
    const result = importRows(csv('Asset Tag,Name,Category,Status\nIT-7,New,HW,in stock\nIT-8,Other,HW,in stock\n'), assets, existing, OPTIONS);

    expect(result.accepted.map((row) => row.key)).toEqual(['IT-8']);
    expect(result.rejected[0].reasons.map((reason) => reason.text)).toEqual([
      'Asset Tag "IT-7" is already in row 2 of the Assets tab. That row was left as it is. Change it there if needed.',
    ]);
  });

  test('blank tag gets the next free tag', () => {
    const existing = { sheetName: 'Assets', values: [['Asset Tag', 'Name', 'Category', 'Status'], ['IT-2025-0007', 'Old', 'HW', 'deployed'], ['IT-2024-0099', 'Older', 'HW', 'retired']] as CellValue[][] };
    const text = 'Asset Tag,Name,Category,Status\n,A,HW,deployed\nIT-2025-0012,B,HW,deployed\n,C,HW,deployed\n';
    const result = importRows(csv(text), assets, existing, OPTIONS);

    // The highest 2025 tag among the register and the file is 0012, so generation continues at 0013.
    expect(result.accepted.map((row) => row.key)).toEqual(['IT-2025-0013', 'IT-2025-0012', 'IT-2025-0014']);
    expect(valueOf(result, 0, 'assetTag')).toBe('IT-2025-0013');
    expect(result.accepted[0].flags.map((flag) => flag.text)).toEqual(['Asset Tag was blank, so IT-2025-0013 was generated.']);
    expect(result.accepted[1].flags).toEqual([]);
  });

  test('re-importing the same file adds nothing', () => {
    const text = 'Asset Tag,Name,Category,Status,Purchase Date,Purchase Cost\n' + 'IT-1,Laptop,HW,deployed,2024-03-15,"$1,200.50"\n' + ',Monitor,HW,in stock,2024-04-01,350000\n' + ',Dock,HW,재고,,\n';
    const first = importRows(csv(text), assets, null, OPTIONS);
    expect(first.accepted).toHaveLength(3);

    const second = importRows(csv(text), assets, { sheetName: 'Assets', values: tabAfter(first) }, OPTIONS);
    expect(second.accepted).toEqual([]);
    expect(second.rejected.map((row) => row.reasons.map((reason) => reason.code))).toEqual([
      ['import.reason.alreadyInRegister'],
      ['import.reason.sameAsExistingWithoutKey'],
      ['import.reason.sameAsExistingWithoutKey'],
    ]);
    expect(second.rejected[1].reasons[0].params).toEqual({ row: 3, sheet: 'Assets', column: 'Asset Tag' });
  });

  test('re-import into a Korean tab adds nothing', () => {
    const text = 'Asset Tag,Name,Category,Status,Purchase Date\n,Laptop,HW,deployed,2024-03-15\n';
    const korean = { ...OPTIONS, lang: 'ko' as const };
    const first = importRows(csv(text), assets, null, korean);
    const second = importRows(csv(text), assets, { sheetName: '자산', values: tabAfter(first, 'ko') }, korean);
    expect(second.accepted).toEqual([]);
    expect(second.rejected[0].reasons[0].text).toBe('같은 값이 이미 자산 탭 2행에 있습니다. 이전에 가져온 행입니다. 다른 항목이라면 Asset Tag을(를) 입력하고 다시 가져오세요.');
  });

  test('identical rows without keys are both imported and flagged', () => {
    const result = importRows(csv('Name,Category,Status\nMouse,HW,in stock\nMouse,HW,in stock\n'), assets, null, OPTIONS);
    expect(result.accepted.map((row) => row.key)).toEqual(['IT-2025-0001', 'IT-2025-0002']);
    expect(result.accepted[1].flags.map((flag) => flag.code)).toEqual(['import.flag.sameAsLine', 'import.flag.generatedKey']);
    expect(result.accepted[1].flags[0].params).toEqual({ line: 2 });
  });

  test('duplicate header rejects every row', () => {
    const result = importRows(csv('Asset Tag,Name,Category,Status,Name\nIT-1,A,HW,deployed,B\nIT-2,C,HW,deployed,D\n'), assets, null, OPTIONS);
    expect(result.accepted).toEqual([]);
    expect(result.errors.map((error) => error.text)).toEqual(['Header "Name" appears twice (columns B and E). Rename or remove one and import again.']);
    expect(result.rejected.map((row) => row.key)).toEqual(['IT-1', 'IT-2']);
    expect(result.rejected[0].reasons[0].text).toBe('Not imported because of a problem with the whole file: Header "Name" appears twice (columns B and E). Rename or remove one and import again.');
  });

  test('extra values rejected, short rows read as blank', () => {
    const text = 'Asset Tag,Name,Category,Status\nIT-1,Laptop,HW,deployed,oops\nIT-2,Pen,HW,deployed,,\nIT-3,Cable,HW\n';
    const result = importRows(csv(text), assets, null, OPTIONS);

    expect(result.rejected.map((row) => [row.line, row.reasons.map((reason) => reason.code)])).toEqual([
      [2, ['import.reason.extraValues']],
      [4, ['finding.requiredMissing']],
    ]);
    expect(result.rejected[0].reasons[0].params).toEqual({ count: 5, columns: 4, last: 4 });
    expect(result.accepted.map((row) => row.key)).toEqual(['IT-2']);
    expect(result.warnings.map((warning) => warning.code)).toEqual(['import.warning.shortRows']);
    expect(result.warnings[0].params).toEqual({ count: 1, lines: '4' });
  });

  test('unclosed quote rejects the rest as one row', () => {
    const text = 'Asset Tag,Name,Category,Status\nIT-1,Laptop,HW,deployed\nIT-2,"Broken,HW,deployed\nIT-3,Pen,HW,deployed\n';
    const result = importRows(csv(text), assets, null, OPTIONS);
    expect(result.accepted.map((row) => row.key)).toEqual(['IT-1']);
    expect(result.rejected).toHaveLength(1);
    expect(result.rejected[0].reasons[0].text).toBe('The quote opened on line 3 is never closed, so the rest of the file was read as this one row. Close the quote and import again.');
  });

  test('invalid cells reject the row with each reason', () => {
    const text = 'Asset Tag,Name,Category,Status,Purchase Date,Purchase Cost\nIT-1,,HW,broken,2025-02-30,-5\n';
    const result = importRows(csv(text), assets, null, OPTIONS);
    expect(result.rejected[0].reasons.map((reason) => reason.text)).toEqual([
      'Status "broken": Not an allowed value. Choose one of: requested (요청), ordered (발주), in stock (재고), deployed (사용중), in repair (수리중), retired (사용중지), disposed (폐기), lost (분실).',
      'Purchase Date "2025-02-30": This date does not exist (2025-02-30). Check the day and month.',
      'Purchase Cost "-5": Must be at least 0.',
      'Required value is missing. Fill in Name.',
    ]);
  });

  test('missing required column rejects rows and warns once', () => {
    const result = importRows(csv('Asset Tag,Name,Category\nIT-1,A,HW\nIT-2,B,HW\n'), assets, null, OPTIONS);
    expect(result.accepted).toEqual([]);
    expect(result.rejected[0].reasons.map((reason) => reason.text)).toEqual(['Required value is missing because the file has no Status column.']);
    expect(result.warnings.map((warning) => warning.text)).toEqual(['The file has no Status column, which is required, so 2 rows were rejected. Add the column and import again.']);
  });

  test('ambiguous date needs the declared order', () => {
    const text = 'Asset Tag,Name,Category,Status,Purchase Date\nIT-1,A,HW,deployed,04/05/16\n';
    expect(importRows(csv(text), assets, null, OPTIONS).rejected[0].reasons[0].code).toBe('problem.ambiguousDate');
    const mdy = importRows(csv(text), assets, null, { ...OPTIONS, dateOrder: 'mdy' });
    expect(valueOf(mdy, 0, 'purchaseDate')).toEqual({ date: '2016-04-05' });
    const dmy = importRows(csv(text), assets, null, { ...OPTIONS, dateOrder: 'dmy' });
    expect(valueOf(dmy, 0, 'purchaseDate')).toEqual({ date: '2016-05-04' });
  });

  test('damaged serial number is flagged and kept', () => {
    const result = importRows(csv('Asset Tag,Name,Category,Status,Serial Number\nIT-1,A,HW,deployed,6.37702E+15\n'), assets, null, OPTIONS);
    expect(valueOf(result, 0, 'serialNumber')).toBe('6.37702E+15');
    expect(result.accepted[0].flags.map((flag) => flag.text)).toEqual(['Serial Number "6.37702E+15": This ID looks damaged by scientific notation (6.37702E+15). Retype it as text from the source.']);
  });

  test('foreign currency amount keeps its currency', () => {
    const result = importRows(csv('Asset Tag,Name,Category,Status,Purchase Cost\nIT-1,A,HW,deployed,$79.66\nIT-2,B,HW,deployed,79.66\n'), assets, null, OPTIONS);
    expect(valueOf(result, 0, 'purchaseCost')).toBe('$79.66');
    expect(valueOf(result, 1, 'purchaseCost')).toBe(79.66);
    const inDollars = importRows(csv('Asset Tag,Name,Category,Status,Purchase Cost\nIT-1,A,HW,deployed,$79.66\n'), assets, null, { ...OPTIONS, settings: { ...DEFAULT_SETTINGS, currency: 'USD' } });
    expect(valueOf(inDollars, 0, 'purchaseCost')).toBe(79.66);
  });

  test('blank rows are not data rows', () => {
    const result = importRows(csv('\n\nAsset Tag,Name,Category,Status\n\nIT-1,A,HW,deployed\n,,,\n'), assets, null, OPTIONS);
    expect(result.accepted.map((row) => [row.line, row.row])).toEqual([[5, 5]]);
    expect(result.rejected).toEqual([]);
  });

  test('empty file is an error', () => {
    const result = importRows(csv(''), assets, null, OPTIONS);
    expect(result.errors.map((error) => error.code)).toEqual(['import.error.noHeader']);
    expect(result.accepted).toEqual([]);
    expect(result.rejected).toEqual([]);
  });

  test('blank header column with data is reported', () => {
    const result = importRows(csv('Asset Tag,,Name,Category,Status\nIT-1,lost value,A,HW,deployed\nIT-2,,B,HW,deployed\n'), assets, null, OPTIONS);
    expect(result.accepted).toHaveLength(2);
    expect(result.warnings.map((warning) => warning.text)).toEqual(['Column B has no header and was skipped with the 1 values in it. Give it a header and import again to keep them.']);
  });

  test('every data row lands in one list', () => {
    const text = 'Asset Tag,Name,Category,Status\nIT-1,A,HW,deployed\nIT-1,B,HW,deployed\n,C,HW,nope\n,D,HW,lost\nIT-5,E,HW,deployed,extra\n';
    expectEveryRowOnce(importRows(csv(text), assets, null, OPTIONS), [2, 3, 4, 5, 6]);
  });
});

describe('importRows with other inputs', () => {
  test('CP949 Korean CSV reads correctly', () => {
    const text =
      '자산번호,자산명,분류,상태,사용자,취득일,취득가액,비고\r\n' +
      'KR-0001,노트북 똠방각하,HW-LAPTOP,사용중,홍길동,2024. 3. 15.,"1,234,000원","3층 서버실, 랙 2"\r\n' +
      'KR-0002,모니터 뷁,HW-MONITOR,재고,,2024-04-01,120만원,\r\n';
    const decoded = decodeText(new Uint8Array(iconv.encode(text, 'cp949')), { decodeLegacy: decodeLegacyWithIconv });
    const result = importRows({ kind: 'csv', decoded }, assets, null, { ...OPTIONS, lang: 'ko' });

    expect(result.encoding).toBe('cp949');
    expect(result.encodingDetection).toBe('legacy');
    expect(result.rejected).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.accepted.map((row) => row.flags)).toEqual([[], []]);
    expect(valueOf(result, 0, 'name')).toBe('노트북 똠방각하');
    expect(valueOf(result, 0, 'status')).toBe('사용중');
    expect(valueOf(result, 0, 'assignedTo')).toBe('홍길동');
    expect(valueOf(result, 0, 'purchaseDate')).toEqual({ date: '2024-03-15' });
    expect(valueOf(result, 0, 'purchaseCost')).toBe(1234000);
    expect(valueOf(result, 0, 'notes')).toBe('3층 서버실, 랙 2');
    expect(valueOf(result, 1, 'name')).toBe('모니터 뷁');
    expect(valueOf(result, 1, 'status')).toBe('재고');
    expect(valueOf(result, 1, 'purchaseCost')).toBe(1200000);
  });

  test('CP949 forced to UTF-8 is flagged', () => {
    const bytes = new Uint8Array(iconv.encode('Asset Tag,Name,Category,Status\r\nIT-1,노트북,HW,deployed\r\n', 'cp949'));
    const decoded = decodeText(bytes, { encoding: 'utf-8' });
    const result = importRows({ kind: 'csv', decoded }, assets, null, OPTIONS);

    expect(result.accepted).toHaveLength(1);
    expect(result.accepted[0].flags.map((flag) => flag.code)).toEqual(['problem.replacementCharacter']);
    expect(result.warnings.map((warning) => warning.code)).toEqual(['import.warning.replacementCharacters']);
    expect(result.warnings[0].params).toEqual({ count: decoded.replacementCount, encoding: 'utf-8' });
  });

  test('spreadsheet rows with numbers and dates', () => {
    const rows: CellValue[][] = [
      ['Asset Tag', 'Name', 'Category', 'Status', 'Purchase Date', 'Purchase Cost', 'Serial Number'],
      [1001, 'Laptop', 'HW', 'deployed', { date: '2024-03-15' }, 1500000, 6.37702e15],
    ];
    const result = importRows({ kind: 'rows', rows }, assets, null, OPTIONS);
    expect(result.encoding).toBeNull();
    expect(result.accepted[0].key).toBe('1001');
    expect(valueOf(result, 0, 'purchaseDate')).toEqual({ date: '2024-03-15' });
    expect(valueOf(result, 0, 'purchaseCost')).toBe(1500000);
    expect(result.accepted[0].flags.map((flag) => flag.code)).toEqual(['problem.damagedId']);
  });

  test('ledger without key: re-import adds nothing', () => {
    const text = 'Date,Kind,Cost Type,Amount,Description\n2025-01-10,cost,maintenance,"-50,000",refund\n2025-01-10,cost,maintenance,"-50,000",refund\n2025-02-01,benefit,other,120000,saving\n';
    const first = importRows(csv(text), ledger, null, OPTIONS);
    expect(first.accepted).toHaveLength(3);
    expect(first.accepted.map((row) => row.key)).toEqual([null, null, null]);
    expect(first.accepted[1].flags.map((flag) => flag.code)).toEqual(['import.flag.sameAsLine']);

    const second = importRows(csv(text), ledger, { sheetName: 'Costs & Benefits', values: tabAfter(first) }, OPTIONS);
    expect(second.accepted).toEqual([]);
    expect(second.rejected.map((row) => row.reasons[0].params.row)).toEqual([2, 3, 4]);

    // A file with one more copy of the refund adds exactly that copy.
    const third = importRows(csv(`${text}2025-01-10,cost,maintenance,"-50,000",refund\n`), ledger, { sheetName: 'Costs & Benefits', values: tabAfter(first) }, OPTIONS);
    expect(third.accepted.map((row) => row.line)).toEqual([5]);
  });

  test('Korean messages', () => {
    const result = importRows(csv('Asset Tag,Name,Category,Status\nIT-1,A,HW,deployed\nIT-1,B,HW,deployed\n'), assets, null, { ...OPTIONS, lang: 'ko' });
    expect(result.rejected[0].reasons[0].text).toBe('Asset Tag "IT-1"이(가) 파일의 3번째 줄에도 있습니다. 행을 합치지 않으므로 행마다 다른 값을 쓰고 다시 가져오세요.');
  });
});
