import ExcelJS from 'exceljs';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CHANGE_HISTORY_ID } from '../../src/core/history/changeHistory';
import { translate } from '../../src/core/i18n';
import { IMPORT_REPORT_SHEET_ID } from '../../src/core/importing/importReportSheet';
import { registerById } from '../../src/core/registers/definitions';
import type { CellValue } from '../../src/core/workbook/port';
import { XlsxWorkbookPort } from '../../src/node/xlsxPort';
import { runItam, type CliRun } from '../support/cliRun';

/** 2025-06-30T03:00Z is 12:00 on 2025-06-30 in Asia/Seoul, the zone of every workbook made here. */
const NOW = new Date(Date.UTC(2025, 5, 30, 3, 0, 0));

const assets = registerById('assets');

let directory: string;

beforeEach(async () => {
  directory = await fs.mkdtemp(path.join(os.tmpdir(), 'itam-import-'));
});

afterEach(async () => {
  await fs.rm(directory, { recursive: true, force: true });
});

function itam(args: string[], env: Record<string, string> = {}): Promise<CliRun> {
  return runItam(args, NOW, env);
}

function inDirectory(name: string): string {
  return path.join(directory, name);
}

async function newWorkbook(lang: 'en' | 'ko' = 'en'): Promise<string> {
  const file = inDirectory(`workbook-${lang}.xlsx`);
  const run = await itam(['init', file, '--lang', lang]);
  expect(run.code).toBe(0);
  return file;
}

async function writeCsv(name: string, text: string): Promise<string> {
  const file = inDirectory(name);
  await fs.writeFile(file, text, 'utf8');
  return file;
}

async function tabValues(file: string, marker: string): Promise<CellValue[][]> {
  const port = await XlsxWorkbookPort.open(file);
  const sheet = port.listSheets().find((candidate) => candidate.marker === marker);
  if (sheet === undefined) {
    throw new Error(`${file} has no tab marked ${marker}.`);
  }
  return port.readValues(sheet.name);
}

function cellOf(values: readonly (readonly CellValue[])[], row: number, header: string): CellValue {
  return values[row - 1][values[0].indexOf(header)];
}

const THREE_ASSETS = [
  'Asset Tag,Name,Category,Status,Purchase Date,Purchase Cost,Notes',
  'IT-1,Laptop,HW,deployed,2024-03-15,"1,200,000원","first line',
  'second, line"',
  'IT-2,Phone,HW,broken,,,',
  ',Monitor,HW,in stock,,350000,',
  '',
].join('\r\n');

describe('itam import', () => {
  test('commits accepted rows, exit 1 on rejects', async () => {
    const workbook = await newWorkbook();
    const source = await writeCsv('assets.csv', THREE_ASSETS);

    const run = await itam(['import', source, '--into', 'assets', workbook], { USER: 'kim' });

    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('Import from CSV file into Assets as of 2025-06-30: 2 rows accepted (1 of them to check) and 1 rows rejected.');
    expect(lines[1]).toBe('Encoding: UTF-8 (valid UTF-8).');
    expect(lines).toContain('Rejected rows (not imported):');
    expect(lines).toContain(
      '  Row 3 (line 4) IT-2: Status "broken": Not an allowed value. Choose one of: requested (요청), ordered (발주), in stock (재고), deployed (사용중), in repair (수리중), retired (사용중지), disposed (폐기), lost (분실).',
    );
    expect(lines).toContain('  Row 4 (line 5) IT-2025-0001: Asset Tag was blank, so IT-2025-0001 was generated.');
    expect(lines).toContain('Added 2 rows to the Assets tab (rows 2 to 3) and recorded them in the Change History tab. The Import Report tab lists every row of the file.');
    expect(lines[lines.length - 1]).toBe(`Saved ${workbook}.`);

    const values = await tabValues(workbook, 'assets');
    expect(values).toHaveLength(3);
    expect(cellOf(values, 2, 'Asset Tag')).toBe('IT-1');
    expect(cellOf(values, 2, 'Purchase Date')).toEqual({ date: '2024-03-15' });
    expect(cellOf(values, 2, 'Purchase Cost')).toBe(1200000);
    // The .xlsx format stores a line break inside a cell as LF.
    expect(cellOf(values, 2, 'Notes')).toBe('first line\nsecond, line');
    expect(cellOf(values, 3, 'Asset Tag')).toBe('IT-2025-0001');
    expect(cellOf(values, 3, 'Status')).toBe('in stock');

    const history = await tabValues(workbook, CHANGE_HISTORY_ID);
    const added = history.filter((row) => row[7] === translate('en', 'history.source.import'));
    expect(added.map((row) => [row[0], row[1], row[2], row[3]])).toEqual([
      ['2025-06-30T12:00:00+09:00', 'kim', 'Assets', 'IT-1'],
      ['2025-06-30T12:00:00+09:00', 'kim', 'Assets', 'IT-2025-0001'],
    ]);

    const report = await tabValues(workbook, IMPORT_REPORT_SHEET_ID);
    expect(report.map((row) => row[0])).toContain(lines[0]);
    expect(report.filter((row) => row[2] === 'rejected').map((row) => row[3])).toEqual(['IT-2']);
  });

  test('--json lists every data row once', async () => {
    const workbook = await newWorkbook();
    const source = await writeCsv('assets.csv', THREE_ASSETS);

    const run = await itam(['import', source, '--into', 'assets', workbook, '--json']);
    const json = JSON.parse(run.stdout) as {
      encoding: string;
      accepted: { row: number; line: number; key: string; values: Record<string, unknown>; flags: string[] }[];
      rejected: { row: number; reasons: string[] }[];
      warnings: string[];
      dryRun: boolean;
      written: { sheet: string; firstRow: number; lastRow: number };
    };

    expect(run.code).toBe(1);
    expect(json.encoding).toBe('utf-8');
    expect([...json.accepted.map((row) => row.row), ...json.rejected.map((row) => row.row)].sort()).toEqual([2, 3, 4]);
    expect(json.accepted[0].values).toMatchObject({ assetTag: 'IT-1', name: 'Laptop', status: 'deployed', purchaseDate: '2024-03-15', purchaseCost: 1200000 });
    expect(Object.keys(json.accepted[0].values)).toEqual(assets.fields.map((field) => field.key));
    expect(json.accepted[1].flags).toEqual(['Asset Tag was blank, so IT-2025-0001 was generated.']);
    expect(json.rejected[0].reasons).toHaveLength(1);
    expect(json.warnings).toEqual([]);
    expect(json.dryRun).toBe(false);
    expect(json.written).toMatchObject({ sheet: 'Assets', firstRow: 2, lastRow: 3 });
  });

  test('--dry-run leaves the workbook unchanged', async () => {
    const workbook = await newWorkbook();
    const source = await writeCsv('assets.csv', 'Asset Tag,Name,Category,Status\nIT-1,Laptop,HW,deployed\n');
    const before = await fs.readFile(workbook);

    const run = await itam(['import', source, '--into', 'Assets', workbook, '--dry-run']);

    expect(run.code).toBe(0);
    expect(run.stdout.split('\n').slice(-1)).toEqual([`Dry run: ${workbook} was not changed.`]);
    expect(Buffer.compare(await fs.readFile(workbook), before)).toBe(0);
  });

  test.each(['assets', 'Assets', ' ASSETS ', '자산'])('--into %j names the asset register', async (name) => {
    const workbook = await newWorkbook();
    const source = await writeCsv('assets.csv', 'Asset Tag,Name,Category,Status\nIT-1,Laptop,HW,deployed\n');

    const run = await itam(['import', source, '--into', name, workbook, '--dry-run', '--json']);

    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as { register: string }).register).toBe('assets');
  });

  test('license tab name in Korean', async () => {
    const workbook = await newWorkbook('ko');
    const source = await writeCsv('licenses.csv', 'Software,Metric,Quantity\nOffice 365,per user,10\n');

    const run = await itam(['import', source, '--into', '라이선스', workbook, '--json']);
    const json = JSON.parse(run.stdout) as { register: string; accepted: { key: string; values: Record<string, unknown> }[] };

    expect(run.code).toBe(0);
    expect(json.register).toBe('licenses');
    expect(json.accepted[0].key).toBe('LIC-0001');
    expect(json.accepted[0].values.metric).toBe('사용자당');
  });

  test('second import adds nothing', async () => {
    const workbook = await newWorkbook();
    const source = await writeCsv('assets.csv', THREE_ASSETS);
    await itam(['import', source, '--into', 'assets', workbook]);
    const rowsAfterFirst = (await tabValues(workbook, 'assets')).length;
    const historyAfterFirst = (await tabValues(workbook, CHANGE_HISTORY_ID)).length;

    const run = await itam(['import', source, '--into', 'assets', workbook]);

    expect(run.code).toBe(1);
    expect(run.stdout).toContain('0 rows accepted (0 of them to check) and 3 rows rejected.');
    expect(run.stdout).toContain('No row was added. The Import Report tab gives the reason for each row.');
    expect(await tabValues(workbook, 'assets')).toHaveLength(rowsAfterFirst);
    expect(await tabValues(workbook, CHANGE_HISTORY_ID)).toHaveLength(historyAfterFirst);
  });

  test('keyless row with CRLF re-imports as nothing', async () => {
    const workbook = await newWorkbook();
    const source = await writeCsv('assets.csv', 'Name,Category,Status,Notes\r\nMonitor,HW,in stock,"left\r\nright"\r\n');
    const first = await itam(['import', source, '--into', 'assets', workbook]);
    expect(first.code).toBe(0);

    const second = await itam(['import', source, '--into', 'assets', workbook, '--json']);
    const json = JSON.parse(second.stdout) as { accepted: unknown[]; rejected: { reasons: string[] }[] };

    expect(json.accepted).toEqual([]);
    expect(json.rejected[0].reasons).toEqual([
      'The same values are already in row 2 of the Assets tab, so this row was imported before. If it is another item, fill in Asset Tag and import again.',
    ]);
  });

  test('formula text is stored as text', async () => {
    const workbook = await newWorkbook();
    const source = await writeCsv('assets.csv', 'Asset Tag,Name,Category,Status\nIT-1,"=HYPERLINK(""http://example.com"",""x"")",HW,deployed\nIT-2,+1-2,HW,deployed\n');

    await itam(['import', source, '--into', 'assets', workbook]);

    const excel = new ExcelJS.Workbook();
    await excel.xlsx.readFile(workbook);
    const sheet = excel.getWorksheet('Assets') as ExcelJS.Worksheet;
    const nameColumn = (sheet.getRow(1).values as unknown[]).indexOf('Name');
    for (const [row, text] of [
      [2, '=HYPERLINK("http://example.com","x")'],
      [3, '+1-2'],
    ] as const) {
      const cell = sheet.getRow(row).getCell(nameColumn);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.value).toBe(text);
    }
  });

  test('first sheet of an .xlsx file', async () => {
    const workbook = await newWorkbook();
    const source = inDirectory('export.xlsx');
    const excel = new ExcelJS.Workbook();
    const data = excel.addWorksheet('Data');
    data.addRow(['Asset Tag', 'Name', 'Category', 'Status', 'Purchase Date', 'Purchase Cost', 'Serial Number']);
    data.addRow(['IT-7', 'Server', 'HW', 'deployed', new Date(Date.UTC(2024, 1, 29)), 5400000, '000123']);
    excel.addWorksheet('Other').addRow(['Asset Tag', 'Name']);
    await excel.xlsx.writeFile(source);

    const run = await itam(['import', source, '--into', 'assets', workbook, '--json']);
    const json = JSON.parse(run.stdout) as { encoding: string | null; accepted: { values: Record<string, unknown> }[] };

    expect(run.code).toBe(0);
    expect(json.encoding).toBeNull();
    expect(json.accepted).toHaveLength(1);
    expect(json.accepted[0].values).toMatchObject({ assetTag: 'IT-7', purchaseDate: '2024-02-29', purchaseCost: 5400000, serialNumber: '000123' });
  });

  test('Korean terminal lines', async () => {
    const workbook = await newWorkbook('ko');
    const source = await writeCsv('assets.csv', '자산번호,자산명,분류,상태\nIT-1,노트북,HW,사용중\n');

    const run = await itam(['import', source, '--into', 'assets', workbook], { LANG: 'ko_KR.UTF-8' });

    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe('2025-06-30 기준 CSV 파일에서 자산 탭으로 가져오기: 1개 행을 가져왔고(그중 확인 필요 0개), 0개 행을 제외했습니다.');
    expect(run.stdout).toContain('자산 탭에 1개 행을 추가하고(2~2행) 변경 이력 탭에 기록했습니다.');
    expect(run.stdout).toContain(`${workbook}에 저장했습니다.`);
  });
});

describe('itam import errors', () => {
  test.each([
    [['import', 'a.csv', 'w.xlsx'], 'Missing --into. Name the register to import into: assets, configurationItems, licenses, licenseAssignments, installations, contracts, vendors, ledger, budgets, categories.'],
    [['import', 'a.csv', '--into', 'settings', 'w.xlsx'], 'Unknown register "settings" for --into. Use one of assets, configurationItems, licenses, licenseAssignments, installations, contracts, vendors, ledger, budgets, categories, or the tab name.'],
    [['import', 'a.csv', '--into', 'assets', 'w.xlsx', '--source', 'glpi'], 'Invalid value "glpi" for --source. Use generic or snipe-it.'],
    [['import', 'a.csv', '--into', 'assets', 'w.xlsx', '--encoding', 'latin1'], 'Invalid value "latin1" for --encoding. Use one of auto, utf-8, utf-16le, utf-16be, cp949, windows-1252, macintosh.'],
    [['import', 'a.csv', '--into', 'assets', 'w.xlsx', '--date-order', 'ydm'], 'Invalid value "ydm" for --date-order. Use ymd, mdy or dmy.'],
    [['import', 'a.pdf', '--into', 'assets', 'w.xlsx'], 'a.pdf is not a .csv, .txt or .xlsx file. Save it as CSV UTF-8 or as Excel Workbook (.xlsx) and import that file.'],
    [['import', 'w.xlsx', '--into', 'assets', 'w.xlsx'], 'The file to import and the workbook are the same file (w.xlsx). Give the file to import first and the workbook last.'],
    [['import', 'a.xlsx', '--into', 'assets', 'w.xlsx', '--encoding', 'cp949'], '--encoding applies to CSV files only, because an .xlsx file stores its text as Unicode. Remove the option.'],
    [['import', 'a.csv', '--into', 'assets'], 'itam import needs the file to import and the workbook. Usage: itam import <file.csv|file.xlsx> --into <register> <workbook.xlsx> [--source generic|snipe-it] [--encoding auto|utf-8|cp949|windows-1252|macintosh] [--date-order ymd|mdy|dmy] [--dry-run] [--json]'],
    [['import', 'a.csv', '--into', 'assets', 'w.csv'], 'w.csv is not an .xlsx file. itam reads and writes Excel workbooks (.xlsx) only, so save the file in that format first.'],
  ])('%j', async (args, message) => {
    const run = await itam(args);

    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(message);
  });

  test('missing source file', async () => {
    const workbook = await newWorkbook();
    const source = inDirectory('missing.csv');

    const run = await itam(['import', source, '--into', 'assets', workbook]);

    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`File not found: ${source}. Check the path of the file to import.`);
  });

  test('missing workbook', async () => {
    const source = await writeCsv('assets.csv', 'Asset Tag,Name,Category,Status\nIT-1,Laptop,HW,deployed\n');
    const workbook = inDirectory('missing.xlsx');

    const run = await itam(['import', source, '--into', 'assets', workbook]);

    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`File not found: ${workbook}. Check the path, or run itam init ${workbook} to create a new workbook.`);
  });

  test('file-level error rejects every row', async () => {
    const workbook = await newWorkbook();
    const source = await writeCsv('assets.csv', 'Asset Tag,Name,Category,Status,Name\nIT-1,A,HW,deployed,B\n');

    const run = await itam(['import', source, '--into', 'assets', workbook]);

    expect(run.code).toBe(1);
    expect(run.stdout).toContain('Problems with the whole file:\n  - Header "Name" appears twice (columns B and E). Rename or remove one and import again.');
    expect(await tabValues(workbook, 'assets')).toHaveLength(1);
  });
});
