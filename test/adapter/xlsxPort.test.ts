import ExcelJS from 'exceljs';
import { spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { registerById } from '../../src/core/registers/definitions';
import { registerLayout } from '../../src/core/setup/setupWorkbook';
import type { OutputSheet, RegisterSheetLayout } from '../../src/core/workbook/port';
import { NODE_FILE_SYSTEM, type SaveFileSystem } from '../../src/node/xlsxAtomicSave';
import { WorkbookFileError } from '../../src/node/xlsxFileError';
import { sheetNameOfMarker } from '../../src/node/xlsxMetadata';
import { XlsxWorkbookPort } from '../../src/node/xlsxPort';

let directory: string;

beforeEach(async () => {
  directory = await fs.mkdtemp(path.join(os.tmpdir(), 'itam-xlsx-'));
});

afterEach(async () => {
  await fs.chmod(directory, 0o755).catch(() => undefined);
  await fs.rm(directory, { recursive: true, force: true });
});

/** Writes a workbook with exceljs directly, as a user's spreadsheet program would have saved it. */
async function writeRawWorkbook(name: string, build: (workbook: ExcelJS.Workbook) => void): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  const file = path.join(directory, name);
  await workbook.xlsx.writeFile(file);
  return file;
}

async function readRawWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

function sheetOf(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const worksheet = workbook.getWorksheet(name);
  if (worksheet === undefined) {
    throw new Error(`Test workbook has no sheet "${name}".`);
  }
  return worksheet;
}

async function expectWorkbookFileError(promise: Promise<unknown>, code: string): Promise<WorkbookFileError> {
  let caught: unknown;
  try {
    await promise;
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(WorkbookFileError);
  expect((caught as WorkbookFileError).code).toBe(code);
  return caught as WorkbookFileError;
}

/** exceljs 4.4.0 keeps a sheet's conditional formats in an untyped field. */
function conditionalFormatsOf(sheet: ExcelJS.Worksheet): ExcelJS.ConditionalFormattingOptions[] {
  return (sheet as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings;
}

async function filesIn(folder: string): Promise<string[]> {
  return (await fs.readdir(folder)).sort();
}

const ASSETS_EN: RegisterSheetLayout = registerLayout(registerById('assets'), 'en');

describe('XlsxWorkbookPort.readValues', () => {
  test('reads every cell type like getValues', async () => {
    const file = await writeRawWorkbook('types.xlsx', (workbook) => {
      const sheet = workbook.addWorksheet('Types');
      const row = sheet.getRow(1);
      row.getCell(1).value = 'text';
      row.getCell(2).value = 42;
      row.getCell(3).value = -1.5;
      row.getCell(4).value = true;
      row.getCell(5).value = false;
      row.getCell(6).value = new Date(Date.UTC(2025, 1, 3));
      row.getCell(6).numFmt = 'yyyy-mm-dd';
      row.getCell(7).value = { richText: [{ text: 'Note' }, { text: 'book', font: { bold: true } }] };
      row.getCell(8).value = { text: 'vendor site', hyperlink: 'https://example.com' };
      row.getCell(9).value = { formula: 'B1*2', result: 84 };
      row.getCell(10).value = { formula: 'A1&"!"', result: 'text!' };
      row.getCell(11).value = { formula: 'Missing!A1', result: { error: '#REF!' } };
      row.getCell(12).value = { formula: 'NA()', result: { error: '#N/A' } };
      row.getCell(13).value = { formula: 'B1+1' };
      row.getCell(14).value = '0003';
      row.getCell(15).value = { text: { richText: [{ text: 'rich ' }, { text: 'link' }] }, hyperlink: 'https://example.com' } as unknown as ExcelJS.CellHyperlinkValue;
      sheet.getCell(3, 2).value = 'last';
    });

    const port = await XlsxWorkbookPort.open(file);

    expect(port.readValues('Types')).toEqual([
      ['text', 42, -1.5, true, false, { date: '2025-02-03' }, 'Notebook', 'vendor site', 84, 'text!', '#REF!', '#N/A', '', '0003', 'rich link'],
      ['', '', '', '', '', '', '', '', '', '', '', '', '', '', ''],
      ['', 'last', '', '', '', '', '', '', '', '', '', '', '', '', ''],
    ]);
  });

  test('merged header cells keep value in master only', async () => {
    const file = await writeRawWorkbook('merged.xlsx', (workbook) => {
      const sheet = workbook.addWorksheet('Merged');
      sheet.mergeCells('A1:C1');
      sheet.getCell('A1').value = 'Warranty';
      sheet.mergeCells('D1:D2');
      sheet.getCell('D1').value = 'Notes';
      sheet.getRow(2).values = ['Start', 'End', 'Vendor'];
      sheet.getRow(3).values = ['2025-01-01', '2026-01-01', 'Acme', 'spare'];
    });

    const port = await XlsxWorkbookPort.open(file);

    expect(port.readValues('Merged')).toEqual([
      ['Warranty', '', '', 'Notes'],
      ['Start', 'End', 'Vendor', ''],
      ['2025-01-01', '2026-01-01', 'Acme', 'spare'],
    ]);
  });

  test('dates use the UTC calendar day', async () => {
    const file = await writeRawWorkbook('dates.xlsx', (workbook) => {
      const sheet = workbook.addWorksheet('Dates');
      const cells: [string, ExcelJS.CellValue, string][] = [
        ['A1', new Date(Date.UTC(2025, 0, 21, 0, 0, 0)), 'yyyy-mm-dd'],
        ['A2', new Date(Date.UTC(2025, 0, 21, 23, 59, 59)), 'yyyy-mm-dd hh:mm:ss'],
        ['A3', 45678, 'yyyy-mm-dd'],
        ['A4', 45678.75, 'yyyy. m. d. h:mm'],
        ['A5', 45678, '0'],
      ];
      for (const [address, value, format] of cells) {
        sheet.getCell(address).value = value;
        sheet.getCell(address).numFmt = format;
      }
      const metadata = workbook.addWorksheet('_itam', { state: 'hidden' });
      metadata.getRow(1).values = ['key', 'value'];
      metadata.getRow(2).values = ['timeZone', 'Asia/Seoul'];
    });

    const port = await XlsxWorkbookPort.open(file);

    expect(port.timeZone()).toBe('Asia/Seoul');
    // In Asia/Seoul (UTC+9) the instant 2025-01-21T23:59:59Z is already 01-22; the cell still shows 01-21.
    expect(port.readValues('Dates')).toEqual([[{ date: '2025-01-21' }], [{ date: '2025-01-21' }], [{ date: '2025-01-21' }], [{ date: '2025-01-21' }], [45678]]);
  });

  test('1904 date system reads same day', async () => {
    const file = await writeRawWorkbook('dates1904.xlsx', (workbook) => {
      workbook.properties.date1904 = true;
      const sheet = workbook.addWorksheet('Dates');
      sheet.getCell('A1').value = new Date(Date.UTC(2024, 1, 29));
      sheet.getCell('A1').numFmt = 'yyyy-mm-dd';
    });

    const port = await XlsxWorkbookPort.open(file);

    expect(port.readValues('Dates')).toEqual([[{ date: '2024-02-29' }]]);
  });

  test('empty and formatted-only sheets', async () => {
    const file = await writeRawWorkbook('empty.xlsx', (workbook) => {
      workbook.addWorksheet('Empty');
      const styled = workbook.addWorksheet('Styled');
      styled.getCell('B2').value = 'x';
      styled.getCell('Z50').numFmt = '0.00';
      styled.getCell('Z50').font = { bold: true };
    });

    const port = await XlsxWorkbookPort.open(file);

    expect(port.readValues('Empty')).toEqual([]);
    expect(port.readValues('Styled')).toEqual([
      ['', ''],
      ['', 'x'],
    ]);
  });

  test('unknown sheet names the existing tabs', async () => {
    const port = XlsxWorkbookPort.create();
    port.ensureRegisterSheet(ASSETS_EN, null);

    expect(() => port.readValues('Nope')).toThrow('Sheet "Nope" not found. The workbook has: Assets.');
    expect(() => port.readValues('_itam')).toThrow('not found');
  });
});

describe('XlsxWorkbookPort writes', () => {
  test('formula-like user text stays a string', async () => {
    const file = path.join(directory, 'text.xlsx');
    const port = XlsxWorkbookPort.create();
    port.ensureRegisterSheet(ASSETS_EN, null);
    port.appendRows('Assets', [['=1+1', '+SUM(A1:A3)', "'quoted", '=HYPERLINK("http://evil.example")']]);
    await port.save(file);

    const raw = sheetOf(await readRawWorkbook(file), 'Assets');
    for (const column of [1, 2, 3, 4]) {
      expect(raw.getCell(2, column).type).toBe(ExcelJS.ValueType.String);
      expect(raw.getCell(2, column).formula).toBeUndefined();
    }
    const reopened = await XlsxWorkbookPort.open(file);
    expect(reopened.readValues('Assets')[1].slice(0, 4)).toEqual(['=1+1', '+SUM(A1:A3)', "'quoted", '=HYPERLINK("http://evil.example")']);
  });

  test('FormulaCell becomes a live formula', async () => {
    const file = path.join(directory, 'formula.xlsx');
    const port = XlsxWorkbookPort.create();
    port.ensureRegisterSheet(ASSETS_EN, null);
    port.updateRange('Assets', 2, 12, [[1000], [2000], [{ formula: '=SUM(L2:L3)' }]]);
    await port.save(file);

    const raw = sheetOf(await readRawWorkbook(file), 'Assets');
    expect(raw.getCell('L4').formula).toBe('SUM(L2:L3)');
    expect(raw.getCell('L2').value).toBe(1000);
  });

  test('values round trip through save', async () => {
    const file = path.join(directory, 'roundtrip.xlsx');
    const port = XlsxWorkbookPort.create();
    port.ensureRegisterSheet(ASSETS_EN, null);
    port.appendRows('Assets', [
      ['IT-0001', 'Laptop', 'HW-LAPTOP', null, null, '0003', 'deployed', null, null, null, { date: '2024-02-29' }, 1234000, null, null, null, 48, 0.5, null, null, null, true],
    ]);
    await port.save(file);

    const reopened = await XlsxWorkbookPort.open(file);
    const row = reopened.readValues('Assets')[1];
    expect(row[0]).toBe('IT-0001');
    expect(row[3]).toBe('');
    expect(row[5]).toBe('0003');
    expect(row[10]).toEqual({ date: '2024-02-29' });
    expect(row[11]).toBe(1234000);
    expect(row[15]).toBe(48);
    expect(row[16]).toBe(0.5);
    expect(row[20]).toBe(true);
    const raw = sheetOf(await readRawWorkbook(file), 'Assets');
    expect(raw.getCell('K2').numFmt).toBe('yyyy-mm-dd');
    expect(raw.getCell('L2').numFmt).toBe('#,##0');
  });

  test('appendRows goes below last value row', async () => {
    const file = await writeRawWorkbook('append.xlsx', (workbook) => {
      const sheet = workbook.addWorksheet('Log');
      sheet.getRow(1).values = ['Date', 'Event'];
      sheet.getRow(2).values = ['2025-01-01', 'first'];
      sheet.getCell('B40').font = { bold: true };
    });
    const port = await XlsxWorkbookPort.open(file);

    port.appendRows('Log', [
      ['2025-01-02', 'second'],
      ['2025-01-03', 'third'],
    ]);

    expect(port.readValues('Log')).toEqual([
      ['Date', 'Event'],
      ['2025-01-01', 'first'],
      ['2025-01-02', 'second'],
      ['2025-01-03', 'third'],
    ]);
  });

  test('updateRange rejects bad shapes and numbers', () => {
    const port = XlsxWorkbookPort.create();
    port.ensureRegisterSheet(ASSETS_EN, null);

    expect(() => port.updateRange('Assets', 2, 1, [['a', 'b'], ['c']])).toThrow('not rectangular: row 2 has 1 values, row 1 has 2');
    expect(() => port.updateRange('Assets', 0, 1, [['a']])).toThrow('Invalid start cell row 0');
    expect(() => port.updateRange('Assets', 2, 1, [[Number.NaN]])).toThrow('only finite numbers');
  });
});

const REPORT: OutputSheet = {
  id: 'report',
  name: 'Report',
  preamble: ['As of 2025-03-31', 'Amounts in KRW'],
  protectionWarning: 'Rebuilt by ITAM; edits are overwritten.',
  blocks: [
    {
      title: 'By department',
      columns: [
        { header: 'Department', format: 'text' },
        { header: 'Cost', format: 'money', width: 140 },
        { header: 'Share', format: 'percent' },
        { header: 'Since', format: 'date' },
      ],
      rows: [
        ['IT', 1234567, 0.625, { date: '2024-01-02' }],
        ['HR', 740000, 0.375, null],
      ],
      conditional: [
        { kind: 'numberBelow', column: 2, threshold: 0.5, background: '#fce8b2' },
        { kind: 'textEquals', column: 0, text: 'Say "HR"', background: '#f4c7c3' },
      ],
    },
    {
      columns: [
        { header: 'Count', format: 'integer' },
        { header: 'Total', format: 'money' },
      ],
      rows: [[2, { formula: '=SUM(B7:B8)' }]],
    },
  ],
  charts: [{ kind: 'pie', title: 'Share', labelColumn: 0, valueColumns: [2] }],
};

describe('XlsxWorkbookPort.writeOutputSheet', () => {
  test('stacks warning, preamble and blocks', async () => {
    const file = path.join(directory, 'report.xlsx');
    const port = XlsxWorkbookPort.create();
    port.writeOutputSheet(REPORT);
    await port.save(file);

    const sheet = sheetOf(await readRawWorkbook(file), 'Report');
    const rows = (await XlsxWorkbookPort.open(file)).readValues('Report');
    expect(rows.map((row) => row.slice(0, 4))).toEqual([
      ['Rebuilt by ITAM; edits are overwritten.', '', '', ''],
      ['As of 2025-03-31', '', '', ''],
      ['Amounts in KRW', '', '', ''],
      ['', '', '', ''],
      ['By department', '', '', ''],
      ['Department', 'Cost', 'Share', 'Since'],
      ['IT', 1234567, 0.625, { date: '2024-01-02' }],
      ['HR', 740000, 0.375, ''],
      ['', '', '', ''],
      ['Count', 'Total', '', ''],
      // exceljs writes no cached result, so the formula reads as empty until a spreadsheet program saves it.
      [2, '', '', ''],
    ]);
    expect(sheet.getCell('A1').font.italic).toBe(true);
    expect(sheet.getCell('A6').font.bold).toBe(true);
    expect(sheet.getCell('B7').numFmt).toBe('#,##0');
    expect(sheet.getCell('C7').numFmt).toBe('0.0%');
    expect(sheet.getCell('D7').numFmt).toBe('yyyy-mm-dd');
    expect(sheet.getCell('A11').numFmt).toBe('0');
    expect(sheet.getCell('B11').formula).toBe('SUM(B7:B8)');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 6 });
    expect(sheet.getColumn(2).width).toBe(20);
    const formats = conditionalFormatsOf(sheet).map((format) => ({ ref: format.ref, rule: format.rules[0] }));
    expect(formats).toEqual([
      { ref: 'C7:C8', rule: expect.objectContaining({ type: 'cellIs', operator: 'lessThan', formulae: ['0.5'] }) },
      { ref: 'A7:A8', rule: expect.objectContaining({ type: 'cellIs', operator: 'equal', formulae: ['"Say ""HR"""'] }) },
    ]);
    expect((formats[0].rule as { style: { fill: { bgColor: { argb: string } } } }).style.fill.bgColor.argb).toBe('FFFCE8B2');
  });

  test('rewrite replaces old content in place', async () => {
    const file = path.join(directory, 'rewrite.xlsx');
    const port = XlsxWorkbookPort.create();
    port.ensureRegisterSheet(ASSETS_EN, null);
    port.writeOutputSheet(REPORT);
    port.ensureRegisterSheet(registerLayout(registerById('vendors'), 'en'), null);
    await port.save(file);

    const reopened = await XlsxWorkbookPort.open(file);
    reopened.writeOutputSheet({ ...REPORT, preamble: [], blocks: [{ columns: [{ header: 'Only', format: 'text' }], rows: [['one']] }] });
    await reopened.save(file);

    const final = await XlsxWorkbookPort.open(file);
    expect(final.listSheets()).toEqual([
      { name: 'Assets', marker: 'assets' },
      { name: 'Report', marker: 'report' },
      { name: 'Vendors', marker: 'vendors' },
    ]);
    expect(final.readValues('Report')).toEqual([['Rebuilt by ITAM; edits are overwritten.'], [''], ['Only'], ['one']]);
    expect(conditionalFormatsOf(sheetOf(await readRawWorkbook(file), 'Report'))).toEqual([]);
  });

  test('first places the sheet first', () => {
    const port = XlsxWorkbookPort.create();
    port.ensureRegisterSheet(ASSETS_EN, null);
    port.writeOutputSheet({ ...REPORT, first: true });

    expect(port.listSheets().map((sheet) => sheet.name)).toEqual(['Report', 'Assets']);
  });

  test('same-name tabs: unmarked taken, marked kept', () => {
    const port = XlsxWorkbookPort.create();
    port.workbook.addWorksheet('Report').getCell('A1').value = 'old report';
    port.ensureRegisterSheet({ ...ASSETS_EN, name: 'Summary' }, null);

    port.writeOutputSheet(REPORT);
    port.writeOutputSheet({ ...REPORT, id: 'summary', name: 'Summary' });

    expect(port.listSheets()).toEqual([
      { name: 'Report', marker: 'report' },
      { name: 'Summary', marker: 'assets' },
      { name: 'Summary (2)', marker: 'summary' },
    ]);
    expect(port.readValues('Summary')[0][0]).toBe('Asset Tag');
  });

  test('row wider than columns throws', () => {
    const port = XlsxWorkbookPort.create();

    expect(() => port.writeOutputSheet({ ...REPORT, blocks: [{ columns: [{ header: 'A', format: 'text' }], rows: [['a', 'b']] }] })).toThrow(
      'Output sheet "report", block 1, row 1 has 2 values for 1 columns.',
    );
  });
});

describe('XlsxWorkbookPort.ensureRegisterSheet', () => {
  test('creates headers, notes, dropdowns, formats', async () => {
    const file = path.join(directory, 'register.xlsx');
    const port = XlsxWorkbookPort.create();
    const layout = registerLayout(registerById('assets'), 'ko');
    expect(port.ensureRegisterSheet(layout, null)).toBe('자산');
    await port.save(file);

    const sheet = sheetOf(await readRawWorkbook(file), '자산');
    expect(sheet.getRow(1).values).toEqual([undefined, ...layout.headers]);
    expect(sheet.getCell('A1').note).toBe(layout.notes[0]);
    expect(sheet.getCell('A1').font.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getColumn(1).numFmt).toBe('@');
    expect(sheet.getColumn(11).numFmt).toBe('yyyy-mm-dd');
    expect(sheet.getColumn(12).numFmt).toBe('#,##0');
    const validations = (sheet as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }).dataValidations.model;
    expect(Object.keys(validations).sort()).toEqual(['G2:G1048576', 'R2:R1048576']);
    expect(validations['G2:G1048576']).toMatchObject({ type: 'list', allowBlank: true, errorStyle: 'warning', formulae: ['"요청,발주,재고,사용중,수리중,사용중지,폐기,분실"'] });
  });

  test('writes initial rows only on create', () => {
    const port = XlsxWorkbookPort.create();
    const layout: RegisterSheetLayout = { ...ASSETS_EN, initialRows: [['IT-1', 'Laptop']] };
    port.ensureRegisterSheet(layout, null);
    port.updateRange('Assets', 2, 2, [['Renamed laptop']]);

    port.ensureRegisterSheet(layout, 'Assets');

    expect(port.readValues('Assets').slice(1).map((row) => row.slice(0, 2))).toEqual([['IT-1', 'Renamed laptop']]);
  });

  test('appends missing headers, keeps cells', async () => {
    const file = await writeRawWorkbook('existing.xlsx', (workbook) => {
      const sheet = workbook.addWorksheet('My Assets');
      sheet.getRow(1).values = ['Asset Tag', 'My Column', 'Name'];
      sheet.getRow(2).values = ['IT-1', 'mine', 'Laptop', undefined, 'stray value under no header'];
      sheet.getCell('B2').note = 'user note';
    });
    const port = await XlsxWorkbookPort.open(file);
    const missing: RegisterSheetLayout = {
      registerId: 'assets',
      name: 'Assets',
      headers: ['Name', 'Status', 'Purchase Date'],
      notes: ['name note', 'status note', 'date note'],
      formats: ['text', 'text', 'date'],
      validations: [{ column: 1, values: ['deployed', 'retired'] }],
    };

    expect(port.ensureRegisterSheet(missing, 'My Assets')).toBe('My Assets');
    await port.save(file);

    const reopened = await XlsxWorkbookPort.open(file);
    expect(reopened.readValues('My Assets')).toEqual([
      ['Asset Tag', 'My Column', 'Name', '', '', 'Status', 'Purchase Date'],
      ['IT-1', 'mine', 'Laptop', '', 'stray value under no header', '', ''],
    ]);
    expect(reopened.listSheets()).toEqual([{ name: 'My Assets', marker: 'assets' }]);
    const sheet = sheetOf(await readRawWorkbook(file), 'My Assets');
    expect(sheet.getCell('B2').note).toBe('user note');
    expect(sheet.getCell('F1').note).toBe('status note');
    expect(sheet.getCell('G1').note).toBe('date note');
    expect(sheet.getColumn(7).numFmt).toBe('yyyy-mm-dd');
    const validations = (sheet as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }).dataValidations.model;
    expect(Object.keys(validations)).toEqual(['F2:F1048576']);
  });

  test('long dropdown lists go to _itam', async () => {
    const file = path.join(directory, 'longlist.xlsx');
    const values = Array.from({ length: 40 }, (_, index) => `category number ${index + 1}`);
    const port = XlsxWorkbookPort.create();
    port.ensureRegisterSheet({ ...ASSETS_EN, validations: [{ column: 2, values }, { column: 6, values: ['a, b', 'c'] }] }, null);
    await port.save(file);

    const raw = await readRawWorkbook(file);
    const validations = (sheetOf(raw, 'Assets') as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }).dataValidations.model;
    const reference = validations['C2:C1048576'].formulae?.[0] as string;
    const match = /^'_itam'!\$B\$(\d+):\$AO\$(\d+)$/.exec(reference);
    expect(match).not.toBeNull();
    const listRow = sheetOf(raw, '_itam').getRow(Number(match?.[1]));
    expect(listRow.getCell(1).value).toBe('list:assets.Category');
    expect((listRow.values as unknown[]).slice(2)).toEqual(values);
    expect(validations['G2:G1048576'].formulae?.[0]).toMatch(/^'_itam'!\$B\$\d+:\$C\$\d+$/);
  });
});

describe('sheet markers and _itam', () => {
  /** Renames a tab the way Excel does: the tab name and every formula that refers to it change. */
  async function renameLikeExcel(file: string, from: string, to: string, quoted: boolean): Promise<void> {
    const workbook = await readRawWorkbook(file);
    sheetOf(workbook, from).name = to;
    sheetOf(workbook, '_itam').eachRow((row) => {
      const cell = row.getCell(2);
      const value = cell.value as ExcelJS.CellFormulaValue | null;
      if (value !== null && typeof value === 'object' && 'formula' in value && sheetNameOfMarker(value.formula) === from) {
        const reference = quoted ? `'${to.replace(/'/g, "''")}'` : to;
        cell.value = { formula: `ROWS(${reference}!$1:$1048576)`, result: 1048576 } as ExcelJS.CellFormulaValue;
      }
    });
    await workbook.xlsx.writeFile(file);
  }

  test('renamed tabs are found by marker', async () => {
    const file = path.join(directory, 'renamed.xlsx');
    const port = XlsxWorkbookPort.create();
    port.ensureRegisterSheet(ASSETS_EN, null);
    port.writeOutputSheet(REPORT);
    await port.save(file);

    await renameLikeExcel(file, 'Assets', "Bob's Assets", true);
    await renameLikeExcel(file, 'Report', '보고서', false);
    const reopened = await XlsxWorkbookPort.open(file);

    expect(reopened.listSheets()).toEqual([
      { name: "Bob's Assets", marker: 'assets' },
      { name: '보고서', marker: 'report' },
    ]);
    reopened.writeOutputSheet(REPORT);
    expect(reopened.listSheets().map((sheet) => sheet.name)).toEqual(["Bob's Assets", '보고서']);
  });

  /**
   * Edits a workbook in LibreOffice through its Python UNO bridge: renames two tabs, deletes column A
   * and inserts a row above the header of the first, then saves as .xlsx.
   */
  const LIBREOFFICE_EDIT = `
import os, signal, subprocess, sys, time, uno
from com.sun.star.beans import PropertyValue
source, target, profile = sys.argv[1:4]
# A new session, so the office processes can be stopped as one process group at the end.
office = subprocess.Popen(['soffice', '--headless', '--invisible', '--norestore', '-env:UserInstallation=' + uno.systemPathToFileUrl(profile), '--accept=pipe,name=itamtest;urp;'], start_new_session=True)
def prop(name, value):
    result = PropertyValue()
    result.Name = name
    result.Value = value
    return result
try:
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext('com.sun.star.bridge.UnoUrlResolver', local)
    for attempt in range(90):
        try:
            context = resolver.resolve('uno:pipe,name=itamtest;urp;StarOffice.ComponentContext')
            break
        except Exception:
            time.sleep(1)
    desktop = context.ServiceManager.createInstanceWithContext('com.sun.star.frame.Desktop', context)
    document = desktop.loadComponentFromURL(uno.systemPathToFileUrl(source), '_blank', 0, (prop('Hidden', True),))
    assets = document.Sheets.getByName('Assets')
    assets.Name = "Bob's 자산"
    assets.Columns.removeByIndex(0, 1)
    assets.Rows.insertByIndex(0, 1)
    document.Sheets.getByName('Report').Name = 'Report2'
    document.storeToURL(uno.systemPathToFileUrl(target), (prop('FilterName', 'Calc MS Excel 2007 XML'),))
    document.close(True)
    try:
        desktop.terminate()
    except Exception:
        pass
finally:
    # Waits until no process of the group is left, escalating to SIGKILL after 30 seconds.
    for attempt in range(60):
        try:
            os.killpg(office.pid, signal.SIGTERM if attempt < 30 else signal.SIGKILL)
        except ProcessLookupError:
            break
        time.sleep(1)
        # Reaps the launcher, whose zombie would otherwise keep the group alive.
        office.poll()
`;

  function libreOfficePython(): string | null {
    for (const python of ['/usr/bin/python3', 'python3']) {
      const probe = spawnSync(python, ['-c', 'import uno'], { encoding: 'utf8' });
      const office = spawnSync('soffice', ['--version'], { encoding: 'utf8' });
      if (probe.status === 0 && office.status === 0) {
        return python;
      }
    }
    return null;
  }

  const python = libreOfficePython();
  // Runs only where LibreOffice and its Python bridge are installed (apt: libreoffice-calc-nogui python3-uno).
  (python === null ? test.skip : test)(
    'LibreOffice rename keeps markers',
    async () => {
      const source = path.join(directory, 'for-libreoffice.xlsx');
      const target = path.join(directory, 'from-libreoffice.xlsx');
      const port = XlsxWorkbookPort.create();
      port.ensureRegisterSheet(ASSETS_EN, null);
      port.writeOutputSheet(REPORT);
      await port.save(source);

      const edit = spawnSync(python as string, ['-c', LIBREOFFICE_EDIT, source, target, path.join(directory, 'profile')], { encoding: 'utf8', timeout: 150000 });
      expect(edit.status).toBe(0);

      const reopened = await XlsxWorkbookPort.open(target);
      expect(reopened.listSheets()).toEqual([
        { name: "Bob's 자산", marker: 'assets' },
        { name: 'Report2', marker: 'report' },
      ]);
      expect(reopened.readValues("Bob's 자산")[1][0]).toBe('Name');
    },
    180000,
  );

  test('broken or foreign markers are ignored', async () => {
    const file = await writeRawWorkbook('broken.xlsx', (workbook) => {
      workbook.addWorksheet('Assets');
      const metadata = workbook.addWorksheet('_itam', { state: 'hidden' });
      metadata.getRow(1).values = ['key', 'value'];
      metadata.getRow(2).values = ['sheet:assets', { formula: 'ROWS(#REF!)', result: { error: '#REF!' } } as ExcelJS.CellFormulaValue];
      metadata.getRow(3).values = ['sheet:vendors', { formula: "ROWS('Gone'!$1:$1048576)" } as ExcelJS.CellFormulaValue];
      metadata.getRow(4).values = ['sheet:budgets', 'Assets'];
    });

    const port = await XlsxWorkbookPort.open(file);

    expect(port.listSheets()).toEqual([{ name: 'Assets', marker: null }]);
  });

  test('marker formula parsing', () => {
    expect(sheetNameOfMarker("ROWS('자산 대장'!$1:$1048576)")).toBe('자산 대장');
    expect(sheetNameOfMarker("ROWS('Bob''s'!$1:$1048576)")).toBe("Bob's");
    expect(sheetNameOfMarker('ROWS(Assets!$1:$1048576)')).toBe('Assets');
    expect(sheetNameOfMarker('=rows(자산!1:1048576)')).toBe('자산');
    expect(sheetNameOfMarker('ROWS(#REF!)')).toBeNull();
    expect(sheetNameOfMarker('ROWS(#REF!$1:$1048576)')).toBeNull();
    expect(sheetNameOfMarker("ROWS('Assets'!$1:$1048576)+1")).toBeNull();
    expect(sheetNameOfMarker('SUM(A1)')).toBeNull();
  });

  test('time zone and locale persist', async () => {
    const file = path.join(directory, 'zone.xlsx');
    await XlsxWorkbookPort.create({ timeZone: 'America/New_York', locale: 'en_US' }).save(file);

    const reopened = await XlsxWorkbookPort.open(file);
    expect(reopened.timeZone()).toBe('America/New_York');
    expect(reopened.locale()).toBe('en_US');
    const created = XlsxWorkbookPort.create();
    expect(created.timeZone()).toBe('Asia/Seoul');
    expect(created.locale()).toBe('ko_KR');
    expect(() => XlsxWorkbookPort.create({ timeZone: 'Seoul' })).toThrow('Unknown time zone "Seoul"');
  });

  test('workbook without _itam gets defaults', async () => {
    const file = await writeRawWorkbook('plain.xlsx', (workbook) => {
      workbook.addWorksheet('Sheet1').getCell('A1').value = 'x';
    });

    const port = await XlsxWorkbookPort.open(file);

    expect(port.timeZone()).toBe('Asia/Seoul');
    expect(port.locale()).toBe('ko_KR');
    expect(port.listSheets()).toEqual([{ name: 'Sheet1', marker: null }]);
  });

  test('_itam stays hidden and last', async () => {
    const file = path.join(directory, 'order.xlsx');
    const port = XlsxWorkbookPort.create();
    port.ensureRegisterSheet(ASSETS_EN, null);
    port.writeOutputSheet({ ...REPORT, first: true });
    await port.save(file);

    const raw = await readRawWorkbook(file);
    expect(raw.worksheets.map((sheet) => [sheet.name, sheet.state])).toEqual([
      ['Report', 'visible'],
      ['Assets', 'visible'],
      ['_itam', 'hidden'],
    ]);
  });

  test('invalid time zone is a file error', async () => {
    const file = await writeRawWorkbook('badzone.xlsx', (workbook) => {
      workbook.addWorksheet('Sheet1');
      const metadata = workbook.addWorksheet('_itam');
      metadata.getRow(2).values = ['timeZone', 'Seoul'];
    });

    const error = await expectWorkbookFileError(XlsxWorkbookPort.open(file), 'xlsx.error.invalidTimeZone');
    expect(error.message).toContain('unknown time zone "Seoul"');
  });
});

describe('whole-column data validations', () => {
  test('load fast and survive a save', async () => {
    const columns = ['C', 'D', 'E', 'F', 'G', 'H', 'I', 'J'];
    const file = await writeRawWorkbook('validations.xlsx', (workbook) => {
      const sheet = workbook.addWorksheet('Sheet1');
      sheet.getCell('A1').value = 'x';
      for (const column of columns) {
        (sheet as unknown as { dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void } }).dataValidations.add(
          `${column}2:${column}1048576`,
          { type: 'list', allowBlank: true, formulae: ['"a,b"'] },
        );
      }
    });

    const started = Date.now();
    const port = await XlsxWorkbookPort.open(file);
    await port.save(file);
    const elapsed = Date.now() - started;

    // Without the range patch exceljs builds one entry per cell (8 × 1,048,575) and takes minutes.
    expect(elapsed).toBeLessThan(5000);
    const model = (sheetOf(port.workbook, 'Sheet1') as unknown as { dataValidations: { model: Record<string, unknown> } }).dataValidations.model;
    expect(Object.keys(model).sort()).toEqual(columns.map((column) => `${column}2:${column}1048576`));
    const xml = await sheetXml(file, 1);
    expect(xml).toContain('sqref="C2:C1048576"');
    expect(xml.match(/<dataValidation /g)).toHaveLength(columns.length);
  });
});

/** Returns the XML of worksheet N inside the .xlsx zip. */
async function sheetXml(file: string, index: number): Promise<string> {
  // exceljs depends on jszip, so the test reads the package with the same library.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const JSZip = require('jszip');
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  return zip.file(`xl/worksheets/sheet${index}.xml`).async('string');
}

describe('XlsxWorkbookPort.save', () => {
  async function savedOriginal(): Promise<{ file: string; bytes: Buffer }> {
    const file = path.join(directory, 'book.xlsx');
    const port = XlsxWorkbookPort.create();
    port.ensureRegisterSheet(ASSETS_EN, null);
    port.appendRows('Assets', [['IT-1', 'original']]);
    await port.save(file);
    return { file, bytes: await fs.readFile(file) };
  }

  async function changedPort(file: string): Promise<XlsxWorkbookPort> {
    const port = await XlsxWorkbookPort.open(file);
    port.updateRange('Assets', 2, 2, [['changed']]);
    return port;
  }

  test('failed write midway keeps original', async () => {
    const { file, bytes } = await savedOriginal();
    const port = await changedPort(file);
    const diskFull: SaveFileSystem = {
      ...NODE_FILE_SYSTEM,
      async writeNewFile(filePath, data) {
        await fs.writeFile(filePath, data.subarray(0, Math.floor(data.length / 2)));
        throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      },
    };

    const error = await expectWorkbookFileError(port.save(file, diskFull), 'xlsx.error.saveFailed');

    expect(error.message).toBe(`Cannot save ${file}: ENOSPC: no space left on device, write. The original file was not changed.`);
    expect(await fs.readFile(file)).toEqual(bytes);
    expect(await filesIn(directory)).toEqual(['book.xlsx']);
    expect((await XlsxWorkbookPort.open(file)).readValues('Assets')[1].slice(0, 2)).toEqual(['IT-1', 'original']);
  });

  test('failed rename keeps original', async () => {
    const { file, bytes } = await savedOriginal();
    const port = await changedPort(file);
    const renames: string[] = [];
    const lockedTarget: SaveFileSystem = {
      ...NODE_FILE_SYSTEM,
      async rename(from, to) {
        renames.push(path.basename(to));
        throw Object.assign(new Error(`EPERM: operation not permitted, rename '${from}' -> '${to}'`), { code: 'EPERM' });
      },
    };

    const error = await expectWorkbookFileError(port.save(file, lockedTarget), 'xlsx.error.saveDenied');

    expect(renames).toEqual(['book.xlsx']);
    expect(error.message).toBe(`Cannot save ${file}: permission denied. Check that you may write to the folder ${directory}. The original file was not changed.`);
    expect(error.localizedMessage('ko')).toContain(`${file}을(를) 저장할 수 없습니다`);
    expect(await fs.readFile(file)).toEqual(bytes);
    expect(await filesIn(directory)).toEqual(['book.xlsx']);
  });

  test('successful save replaces file', async () => {
    const { file } = await savedOriginal();
    await fs.chmod(file, 0o640);
    const port = await changedPort(file);

    await port.save(file);

    expect((await XlsxWorkbookPort.open(file)).readValues('Assets')[1].slice(0, 2)).toEqual(['IT-1', 'changed']);
    expect((await fs.stat(file)).mode & 0o777).toBe(0o640);
    expect(await filesIn(directory)).toEqual(['book.xlsx']);
  });

  test('read-only folder gives clear error', async () => {
    const { file, bytes } = await savedOriginal();
    const port = await changedPort(file);
    await fs.chmod(directory, 0o555);

    if (process.getuid?.() === 0) {
      // Root ignores folder permissions, so the save succeeds; the failed-rename test covers the error.
      await port.save(file);
      expect((await XlsxWorkbookPort.open(file)).readValues('Assets')[1][1]).toBe('changed');
      return;
    }
    const error = await expectWorkbookFileError(port.save(file), 'xlsx.error.saveDenied');
    expect(error.message).toContain(directory);
    expect(await fs.readFile(file)).toEqual(bytes);
  });

  test('lock file of another program blocks save', async () => {
    const { file, bytes } = await savedOriginal();
    const port = await changedPort(file);
    await fs.writeFile(path.join(directory, '~$book.xlsx'), 'lock');

    const error = await expectWorkbookFileError(port.save(file), 'xlsx.error.openElsewhere');

    expect(error.message).toContain(path.join(directory, '~$book.xlsx'));
    expect(await fs.readFile(file)).toEqual(bytes);
  });

  test('missing folder and folder target', async () => {
    const port = XlsxWorkbookPort.create();

    await expectWorkbookFileError(port.save(path.join(directory, 'no-such-folder', 'book.xlsx')), 'xlsx.error.folderNotFound');
    await fs.mkdir(path.join(directory, 'folder.xlsx'));
    await expectWorkbookFileError(port.save(path.join(directory, 'folder.xlsx')), 'xlsx.error.notAFile');
  });
});

describe('XlsxWorkbookPort.open errors', () => {
  test('missing, folder, not xlsx', async () => {
    const missing = path.join(directory, 'missing.xlsx');
    const notZip = path.join(directory, 'notes.xlsx');
    await fs.writeFile(notZip, 'Asset Tag,Name\nIT-1,Laptop\n');

    const notFound = await expectWorkbookFileError(XlsxWorkbookPort.open(missing), 'xlsx.error.fileNotFound');
    expect(notFound.message).toBe(`File not found: ${missing}. Check the path, or run itam init ${missing} to create a new workbook.`);
    await expectWorkbookFileError(XlsxWorkbookPort.open(directory), 'xlsx.error.notAFile');
    const invalid = await expectWorkbookFileError(XlsxWorkbookPort.open(notZip), 'xlsx.error.notXlsx');
    expect(invalid.message).toContain(`${notZip} is not a valid .xlsx workbook`);
  });

  test('unreadable file gives clear error', async () => {
    const { file } = { file: path.join(directory, 'secret.xlsx') };
    await XlsxWorkbookPort.create().save(file);
    await fs.chmod(file, 0o000);

    if (process.getuid?.() === 0) {
      // Root reads files whatever their permissions.
      await expect(XlsxWorkbookPort.open(file)).resolves.toBeInstanceOf(XlsxWorkbookPort);
      return;
    }
    await expectWorkbookFileError(XlsxWorkbookPort.open(file), 'xlsx.error.readDenied');
  });
});

describe('xlsx concurrent saves', () => {
  test('second writer is rejected, first kept', async () => {
    const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'itam-concurrent-'));
    const file = path.join(folder, 'book.xlsx');
    const created = XlsxWorkbookPort.create();
    created.appendRows(created.ensureRegisterSheet({ registerId: 'vendors', name: 'Vendors', headers: ['Vendor'], notes: [''], formats: ['text'], validations: [] }, null), []);
    await created.save(file);

    const first = await XlsxWorkbookPort.open(file);
    const second = await XlsxWorkbookPort.open(file);
    first.appendRows('Vendors', [['first']]);
    second.appendRows('Vendors', [['second']]);
    await first.save(file);

    await expect(second.save(file)).rejects.toMatchObject({ code: 'xlsx.error.changedSinceOpen' });
    const reread = await XlsxWorkbookPort.open(file);
    expect(reread.readValues('Vendors').map((row) => row[0])).toEqual(['Vendor', 'first']);
    await first.save(file);
    await fs.rm(folder, { recursive: true, force: true });
  });
});
