import { importRows, type ImportOptions } from '../../../src/core/importing/importRows';
import { buildImportReportSheet } from '../../../src/core/importing/importReportSheet';
import { importResultJson } from '../../../src/core/importing/importResult';
import { decodeText } from '../../../src/core/importing/textDecoding';
import { registerById } from '../../../src/core/registers/definitions';
import { DEFAULT_SETTINGS } from '../../../src/core/settings/settings';

const assets = registerById('assets');
const OPTIONS: ImportOptions = { source: 'generic', dateOrder: null, asOf: '2025-06-30', settings: DEFAULT_SETTINGS, lang: 'en' };
const TEXT = '\uFEFFAsset Tag,Name,Category,Status,Color\nIT-1,Laptop,HW,deployed,red\n,Pen,HW,deployed,blue\nIT-1,Copy,HW,deployed,red\n=cmd|x,Bad,HW,nope,\n';

function preview(lang: 'en' | 'ko') {
  const decoded = decodeText(new Uint8Array(Buffer.from(TEXT, 'utf8')));
  return importRows({ kind: 'csv', decoded }, assets, null, { ...OPTIONS, lang });
}

describe('buildImportReportSheet', () => {
  test('English report lists every row in file order', () => {
    const sheet = buildImportReportSheet(preview('en'), 'en');

    expect(sheet.id).toBe('importReport');
    expect(sheet.name).toBe('Import Report');
    expect(sheet.preamble).toEqual([
      'Import from CSV file into Assets as of 2025-06-30: 1 rows accepted (1 of them to check) and 3 rows rejected.',
      'Encoding: UTF-8 (byte order mark).',
    ]);
    const rows = sheet.blocks[0].rows;
    expect(sheet.blocks[0].columns.map((column) => column.header)).toEqual(['Row', 'Line', 'Result', 'Asset Tag', 'Details']);
    expect(rows.map((row) => row.slice(0, 4))).toEqual([
      [2, 2, 'rejected', 'IT-1'],
      [3, 3, 'accepted, check', 'IT-2025-0001'],
      [4, 4, 'rejected', 'IT-1'],
      [5, 5, 'rejected', '=cmd|x'],
    ]);
    expect(rows[1][4]).toBe('Asset Tag was blank, so IT-2025-0001 was generated.');
    expect(sheet.blocks[1].rows).toEqual([['Column E "Color" matches no field of this register and was not imported.']]);
    expect(sheet.blocks[0].conditional?.map((rule) => (rule.kind === 'textEquals' ? rule.text : ''))).toEqual(['rejected', 'accepted, check']);
  });

  test('Korean report names', () => {
    const sheet = buildImportReportSheet(preview('ko'), 'ko');
    expect(sheet.name).toBe('가져오기 결과');
    expect(sheet.preamble?.[0]).toBe('2025-06-30 기준 CSV 파일에서 자산 탭으로 가져오기: 1개 행을 가져왔고(그중 확인 필요 1개), 3개 행을 제외했습니다.');
    expect(sheet.preamble?.[1]).toBe('인코딩: UTF-8 (BOM으로 판별).');
    expect(sheet.blocks[0].columns.map((column) => column.header)).toEqual(['행', '줄', '결과', '자산번호', '내용']);
    expect(sheet.blocks[0].rows[0][2]).toBe('제외');
  });

  test('formula-like file text stays a plain string', () => {
    // The adapter writes strings as text, so the report carries no FormulaCell for file content.
    const sheet = buildImportReportSheet(preview('en'), 'en');
    const cells = sheet.blocks.flatMap((block) => block.rows.flat());
    expect(cells.some((cell) => typeof cell === 'object' && cell !== null && 'formula' in cell)).toBe(false);
  });
});

describe('importResultJson', () => {
  test('CLI shape with text messages', () => {
    const json = importResultJson(preview('en'));
    expect(json.encoding).toBe('utf-8');
    expect(json.accepted).toEqual([
      {
        row: 3,
        line: 3,
        key: 'IT-2025-0001',
        values: expect.objectContaining({ assetTag: 'IT-2025-0001', name: 'Pen', category: 'HW', status: 'deployed', purchaseDate: '' }),
        flags: ['Asset Tag was blank, so IT-2025-0001 was generated.'],
      },
    ]);
    expect((json.rejected as { row: number }[]).map((row) => row.row)).toEqual([2, 4, 5]);
    expect(json.warnings).toEqual(['Column E "Color" matches no field of this register and was not imported.']);
  });
});
