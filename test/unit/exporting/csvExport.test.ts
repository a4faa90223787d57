import { csvCellText, quoteCsvField, registerToCsv } from '../../../src/core/exporting/csvExport';
import { parseCsv } from '../../../src/core/importing/csvParsing';
import { registerById } from '../../../src/core/registers/definitions';
import type { CellValue } from '../../../src/core/workbook/port';

const assets = registerById('assets');

describe('csvCellText neutralisation', () => {
  test.each<[string, CellValue, string]>([
    ['formula', '=SUM(A1:A2)', "'=SUM(A1:A2)"],
    ['DDE payload', '=cmd|\' /C calc\'!A0', "'=cmd|' /C calc'!A0"],
    ['plus', '+1+1', "'+1+1"],
    ['minus text', '-50,000원', "'-50,000원"],
    ['at sign', '@SUM(1)', "'@SUM(1)"],
    ['tab', '\t=1', "'\t=1"],
    ['carriage return', '\r=1', "'\r=1"],
    ['equals later is fine', 'a=b', 'a=b'],
    ['leading space kept', ' =1', ' =1'],
    ['Korean text', '노트북', '노트북'],
    ['negative number stays a number', -50000, '-50000'],
    ['decimal number', 2266.13, '2266.13'],
    ['tiny number without exponent', 0.0000001, '0.0000001'],
    ['huge number without exponent', 1e21, '1000000000000000000000'],
    ['negative tiny number', -1.5e-7, '-0.00000015'],
    ['large mantissa', 1.2345e22, '12345000000000000000000'],
    ['boolean', true, 'TRUE'],
    ['date', { date: '2025-02-03' }, '2025-02-03'],
    ['empty', '', ''],
  ])('%s', (_name, cell, expected) => {
    expect(csvCellText(cell)).toBe(expected);
  });
});

describe('quoteCsvField', () => {
  test.each([
    ['plain', 'abc', 'abc'],
    ['comma', 'Kunde, Doyle', '"Kunde, Doyle"'],
    ['quote', 'Macbook Pro 13"', '"Macbook Pro 13"""'],
    ['line break', 'a\nb', '"a\nb"'],
    ['CR', 'a\rb', '"a\rb"'],
  ])('%s', (_name, text, expected) => {
    expect(quoteCsvField(text)).toBe(expected);
  });
});

describe('registerToCsv', () => {
  const tab: CellValue[][] = [
    ['자산번호', '자산명', '상태', '취득일', '취득가액', 'My column'],
    ['IT-1', '노트북, 14"', '사용중', { date: '2024-03-15' }, 1234000, '=HYPERLINK("http://x")'],
    ['', '', '', '', '', ''],
    ['IT-2', '-refund', '재고', '', -50000, 'line1\nline2'],
  ];

  test('localized headers, BOM, CRLF', () => {
    const text = registerToCsv(assets, tab, { headers: 'localized', lang: 'en' });
    expect(text).toBe(
      '\uFEFFAsset Tag,Name,Status,Purchase Date,Purchase Cost,My column\r\n' +
        'IT-1,"노트북, 14""",사용중,2024-03-15,1234000,"\'=HYPERLINK(""http://x"")"\r\n' +
        'IT-2,\'-refund,재고,,-50000,"line1\nline2"\r\n',
    );
  });

  test('key headers', () => {
    const text = registerToCsv(assets, tab, { headers: 'keys', lang: 'ko' });
    expect(text.split('\r\n')[0]).toBe('\uFEFFassetTag,name,status,purchaseDate,purchaseCost,My column');
  });

  test('Korean headers read back by the importer', () => {
    const text = registerToCsv(assets, tab, { headers: 'localized', lang: 'ko' });
    const records = parseCsv(text);
    expect(records.map((record) => record.fields)).toEqual([
      ['자산번호', '자산명', '상태', '취득일', '취득가액', 'My column'],
      ['IT-1', '노트북, 14"', '사용중', '2024-03-15', '1234000', '\'=HYPERLINK("http://x")'],
      ['IT-2', "'-refund", '재고', '', '-50000', 'line1\nline2'],
    ]);
  });

  test('empty tab is only the BOM', () => {
    expect(registerToCsv(assets, [], { headers: 'localized', lang: 'en' })).toBe('\uFEFF');
  });
});
