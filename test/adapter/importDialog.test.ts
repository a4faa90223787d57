import * as iconv from 'iconv-lite';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CHANGE_HISTORY_ID } from '../../src/core/history/changeHistory';
import type { ImportDialogResponse } from '../../src/core/importing/importDialogServer';
import { IMPORT_REPORT_SHEET_ID } from '../../src/core/importing/importReportSheet';
import { MAX_IMPORT_BASE64_LENGTH } from '../../src/core/importing/importRequest';
import { IMPORT_REGISTER_IDS } from '../../src/core/importing/registerName';
import type { Lang } from '../../src/core/registers/schema';
import { setupWorkbook } from '../../src/core/setup/setupWorkbook';
import { exportDialogSetup, exportRegisterCsv, importCommit, importDialogSetup, importPreview, itamOpenExportDialog, itamOpenImportDialog, onOpen } from '../../src/gas/main';
import { SpreadsheetPort } from '../../src/gas/spreadsheetPort';
import { asGasSpreadsheet, installGasFakes, uninstallGasFakes, type GasFakes, type MenuEntry } from '../fakes';

/** 2025-01-15T00:00Z is 09:00 on 2025-01-15 in Asia/Seoul, the spreadsheet's zone. */
const NOW = Date.UTC(2025, 0, 15, 0, 0, 0);

/** Java charset names that the fake Blob decodes, as Apps Script's Blob is assumed to. */
const JAVA_CHARSETS: Readonly<Record<string, string>> = { 'x-windows-949': 'cp949', 'windows-1252': 'windows-1252', 'x-MacRoman': 'macintosh' };

let fakes: GasFakes;
let htmlDirectory: string;
/** Charset names the code under test passed to Blob.getDataAsString. */
let charsetsRequested: string[];

beforeAll(() => {
  htmlDirectory = fs.mkdtempSync(path.join(os.tmpdir(), 'itam-dialog-'));
  fs.writeFileSync(path.join(htmlDirectory, 'import.html'), '<!DOCTYPE html><p>import page</p>');
  fs.writeFileSync(path.join(htmlDirectory, 'export.html'), '<!DOCTYPE html><p>export page</p>');
});

afterAll(() => {
  fs.rmSync(htmlDirectory, { recursive: true, force: true });
});

function setUp(lang: Lang = 'en'): SpreadsheetPort {
  jest.useFakeTimers({ now: NOW });
  fakes = installGasFakes(globalThis, { spreadsheet: { locale: lang === 'ko' ? 'ko_KR' : 'en_US', timeZone: 'Asia/Seoul' }, htmlDirectory, now: NOW });
  const port = new SpreadsheetPort(asGasSpreadsheet(fakes.spreadsheet));
  fakes.uncounted(() => setupWorkbook(port, { lang }));
  charsetsRequested = [];
  // The shared fake Blob decodes UTF-8 only; this one also decodes the Java charset names with iconv-lite.
  const utilities = fakes.Utilities as unknown as { newBlob: (bytes: number[]) => unknown };
  utilities.newBlob = (bytes: number[]) => ({
    getDataAsString: (charset?: string) => {
      charsetsRequested.push(charset ?? 'UTF-8');
      const buffer = Buffer.from(bytes.map((byte) => (byte + 256) % 256));
      const name = charset === undefined ? 'utf8' : JAVA_CHARSETS[charset];
      if (name === undefined) {
        throw new Error(`Unsupported charset: ${charset}`);
      }
      return iconv.decode(buffer, name);
    },
  });
  fakes.calls.reset();
  return port;
}

afterEach(() => {
  uninstallGasFakes(globalThis);
  jest.useRealTimers();
});

function request(text: string | Buffer, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  return { fileName: 'assets.csv', contentBase64: bytes.toString('base64'), register: 'assets', source: 'generic', encoding: 'auto', dateOrder: null, ...overrides };
}

function sheetValues(marker: string): unknown[][] {
  return fakes.uncounted(() => {
    const port = new SpreadsheetPort(asGasSpreadsheet(fakes.spreadsheet));
    const sheet = port.listSheets().find((candidate) => candidate.marker === marker);
    return sheet === undefined ? [] : port.readValues(sheet.name);
  });
}

/** Returns the message of a response with the given status, and fails the test on any other status. */
function messageOf(response: ImportDialogResponse, status: 'committed' | 'changed' | 'busy' | 'invalid'): string {
  expect(response.status).toBe(status);
  return 'message' in response ? response.message : '';
}

function previewOf(response: ImportDialogResponse): Extract<ImportDialogResponse, { status: 'preview' }>['preview'] {
  if (response.status !== 'preview') {
    throw new Error(`Expected a preview, got ${JSON.stringify(response)}`);
  }
  return response.preview;
}

const CSV = 'Asset Tag,Name,Category,Status\nIT-1,Laptop,HW,deployed\nIT-1,Copy,HW,deployed\n,<img src=x onerror=alert(1)>,HW,in stock\n';

describe('import dialog menu and page', () => {
  test('menu has import and export', () => {
    setUp();
    onOpen();

    const items = fakes.ui.menus[0].items.filter((item): item is Extract<MenuEntry, { kind: 'item' }> => item.kind === 'item');
    expect(items).toContainEqual({ kind: 'item', caption: 'Import CSV…', functionName: 'itamOpenImportDialog' });
    expect(items).toContainEqual({ kind: 'item', caption: 'Export CSV…', functionName: 'itamOpenExportDialog' });
  });

  test('opens modal dialogs', () => {
    setUp('ko');
    itamOpenImportDialog();
    itamOpenExportDialog();

    expect(fakes.ui.dialogs.map((dialog) => [dialog.title, dialog.modal, dialog.content])).toEqual([
      ['CSV 가져오기', true, '<!DOCTYPE html><p>import page</p>'],
      ['CSV 내보내기', true, '<!DOCTYPE html><p>export page</p>'],
    ]);
  });

  test('setup lists the importable registers', () => {
    setUp('ko');
    const setup = importDialogSetup();

    expect(setup.lang).toBe('ko');
    expect(setup.registers.map((option) => option.value)).toEqual([...IMPORT_REGISTER_IDS]);
    expect(setup.registers[0]).toEqual({ value: 'assets', label: '자산' });
    expect(setup.encodings[0]).toEqual({ value: 'auto', label: '자동 감지' });
    expect(setup.dateOrders.map((option) => option.value)).toEqual(['', 'ymd', 'mdy', 'dmy']);
    expect(setup.strings.tooLarge).toBe('파일이 부가기능에서 가져올 수 있는 5MB보다 큽니다. 파일을 나누거나 itam import 명령으로 가져오세요.');
    expect(setup.maxBytes).toBe(5 * 1024 * 1024);
    expect(fakes.calls.count('Range.setValues')).toBe(0);
  });
});

describe('importPreview', () => {
  test('every row with its status, nothing written', () => {
    setUp();
    const preview = previewOf(importPreview(request(CSV)));

    expect(preview.counts).toEqual({ accepted: 1, flagged: 1, rejected: 2 });
    expect(preview.rows.map((row) => [row.row, row.status, row.key])).toEqual([
      [2, 'rejected', 'IT-1'],
      [3, 'rejected', 'IT-1'],
      [4, 'flagged', 'IT-2025-0001'],
    ]);
    expect(preview.summary[1]).toBe('Encoding: UTF-8 (valid UTF-8).');
    expect(fakes.calls.count('Range.setValues')).toBe(0);
    expect(fakes.calls.count('Spreadsheet.insertSheet')).toBe(0);
  });

  const retry = 'Close the dialog, open it again and retry.';
  test.each([
    ['text instead of an object', 'assets.csv', `The import request is invalid. ${retry}`],
    ['unknown field', { ...request(CSV), extra: 1 }, `The import request has an unknown field "extra". ${retry}`],
    ['Settings register', request(CSV, { register: 'settings' }), `The import request has an invalid register value. ${retry}`],
    ['unknown source', request(CSV, { source: 'glpi' }), `The import request has an invalid source value. ${retry}`],
    ['unknown encoding', request(CSV, { encoding: 'latin1' }), `The import request has an invalid encoding value. ${retry}`],
    ['unknown date order', request(CSV, { dateOrder: 'ydm' }), `The import request has an invalid dateOrder value. ${retry}`],
    ['date order left out', request(CSV, { dateOrder: undefined }), `The import request has an invalid dateOrder value. ${retry}`],
    ['not base64', request(CSV, { contentBase64: 'abc*' }), `The import request has an invalid contentBase64 value. ${retry}`],
    ['content not text', request(CSV, { contentBase64: 42 }), `The import request has an invalid contentBase64 value. ${retry}`],
    ['.xlsx file', request(CSV, { fileName: 'assets.xlsx' }), '"assets.xlsx" is not a CSV file. Save it from Excel as CSV UTF-8 (comma delimited) and choose it again.'],
    ['file name too long', request(CSV, { fileName: `${'x'.repeat(300)}.csv` }), `The import request has an invalid fileName value. ${retry}`],
  ])('invalid request: %s', (_name, raw, message) => {
    setUp();
    expect(importPreview(raw)).toEqual({ status: 'invalid', message });
    expect(fakes.calls.count('Range.setValues')).toBe(0);
  });

  test('file over 5 MB refused', () => {
    setUp();
    const response = importPreview(request(CSV, { contentBase64: 'A'.repeat(MAX_IMPORT_BASE64_LENGTH + 4) }));

    expect(response).toEqual({ status: 'invalid', message: 'The file is 5.1 MB, larger than the 5 MB the add-on imports. Split it into smaller files, or import it with the itam import command.' });
  });

  test('CP949 file decoded through Blob', () => {
    setUp('ko');
    const bytes = iconv.encode('자산번호,자산명,분류,상태\r\nKR-1,노트북 똠방,HW,사용중\r\n', 'cp949');
    const preview = previewOf(importPreview(request(bytes)));

    expect(charsetsRequested).toContain('x-windows-949');
    expect(preview.counts).toEqual({ accepted: 1, flagged: 0, rejected: 0 });
    expect(preview.summary[1]).toBe('인코딩: CP949 (EUC-KR) (자동 감지).');
  });

  test('charset Apps Script cannot read', () => {
    setUp();
    const utilities = fakes.Utilities as unknown as { newBlob: (bytes: number[]) => unknown };
    utilities.newBlob = () => ({
      getDataAsString: (charset: string) => {
        throw new Error(`Unsupported charset: ${charset}`);
      },
    });

    const response = importPreview(request(iconv.encode('Asset Tag,Name,Category,Status\nIT-1,Caf\u00e9,HW,deployed\n', 'windows-1252'), { encoding: 'windows-1252' }));

    expect(response).toEqual({
      status: 'invalid',
      message: 'Apps Script could not read the file as windows-1252 (Unsupported charset: windows-1252). Save the file as CSV UTF-8 and import it again.',
    });
  });
});

describe('importCommit', () => {
  test('commits under the document lock', () => {
    setUp();
    const preview = previewOf(importPreview(request(CSV)));

    const response = importCommit(request(CSV, { expected: preview.counts }));

    expect(messageOf(response, 'committed')).toBe(
      'Added 1 rows to the Assets tab (rows 2 to 2) and recorded them in the Change History tab. The Import Report tab lists every row of the file.',
    );
    const assets = sheetValues('assets');
    expect(assets).toHaveLength(2);
    expect(assets[1].slice(0, 2)).toEqual(['IT-2025-0001', '<img src=x onerror=alert(1)>']);
    expect(sheetValues(CHANGE_HISTORY_ID).slice(1).map((row) => [row[0], row[1], row[3]])).toEqual([['2025-01-15T09:00:00+09:00', 'user@example.com', 'IT-2025-0001']]);
    expect(sheetValues(IMPORT_REPORT_SHEET_ID).length).toBeGreaterThan(3);
    expect(fakes.calls.count('LockService.getDocumentLock')).toBe(1);
    expect(fakes.lockHolder('document')).toBe('free');
  });

  test('busy lock writes nothing', () => {
    setUp();
    const preview = previewOf(importPreview(request(CSV)));
    fakes.hooks.holdLock('document');

    const response = importCommit(request(CSV, { expected: preview.counts }));

    expect(response).toEqual({ status: 'busy', message: 'Another ITAM run is in progress. Try again in a minute.' });
    expect(sheetValues('assets')).toHaveLength(1);
    expect(fakes.calls.count('Range.setValues')).toBe(0);
  });

  test('changed counts write nothing', () => {
    setUp();
    const response = importCommit(request(CSV, { expected: { accepted: 2, flagged: 1, rejected: 1 } }));

    expect(messageOf(response, 'changed')).toBe('The register changed after the preview, so nothing was imported. Check the new preview and confirm again.');
    expect('preview' in response ? response.preview.counts : null).toEqual({ accepted: 1, flagged: 1, rejected: 2 });
    expect(sheetValues('assets')).toHaveLength(1);
    expect(fakes.calls.count('Range.setValues')).toBe(0);
  });

  test('commit needs the confirmed counts', () => {
    setUp();
    expect(importCommit(request(CSV))).toEqual({ status: 'invalid', message: 'The import request has an invalid expected value. Close the dialog, open it again and retry.' });
    expect(importCommit(request(CSV, { expected: { accepted: -1, flagged: 0, rejected: 0 } })).status).toBe('invalid');
  });

  test('second commit adds nothing', () => {
    setUp();
    const first = previewOf(importPreview(request(CSV)));
    importCommit(request(CSV, { expected: first.counts }));
    const second = previewOf(importPreview(request(CSV)));

    expect(second.counts).toEqual({ accepted: 0, flagged: 0, rejected: 3 });
    expect(importCommit(request(CSV, { expected: second.counts })).status).toBe('committed');
    expect(sheetValues('assets')).toHaveLength(2);
  });
});

describe('exportRegisterCsv', () => {
  test('register tab as CSV text', () => {
    setUp();
    const preview = previewOf(importPreview(request('Asset Tag,Name,Category,Status\nIT-1,=1+1,HW,deployed\n')));
    importCommit(request('Asset Tag,Name,Category,Status\nIT-1,=1+1,HW,deployed\n', { expected: preview.counts }));

    const response = exportRegisterCsv('assets', 'keys');

    expect(response.status).toBe('ok');
    if (response.status !== 'ok') {
      return;
    }
    expect(response.fileName).toBe('Assets_2025-01-15.csv');
    expect(response.message).toBe('Exported 1 rows of the Assets tab as Assets_2025-01-15.csv.');
    const lines = response.csv.split('\r\n');
    expect(lines[0].startsWith('\uFEFFassetTag,name,category,')).toBe(true);
    expect(lines[1].startsWith("IT-1,'=1+1,HW,")).toBe(true);
  });

  test.each([
    ['computers', 'localized', 'The export request has an invalid registerId value. Close the dialog, open it again and retry.'],
    ['assets', 'labels', 'The export request has an invalid headerMode value. Close the dialog, open it again and retry.'],
    [{ id: 'assets' }, 'keys', 'The export request has an invalid registerId value. Close the dialog, open it again and retry.'],
  ])('invalid %j %j', (registerId, headerMode, message) => {
    setUp();
    expect(exportRegisterCsv(registerId, headerMode)).toEqual({ status: 'invalid', message });
  });

  test('missing tab', () => {
    setUp();
    fakes.uncounted(() => fakes.spreadsheet.deleteSheet(fakes.spreadsheet.getSheetByName('Licenses')!));

    expect(exportRegisterCsv('licenses', 'localized')).toEqual({ status: 'missing', message: 'The workbook has no Licenses tab. Run "Set up sheets" from the ITAM menu first.' });
  });

  test('setup offers every register', () => {
    setUp('ko');
    const setup = exportDialogSetup();

    expect(setup.registers).toHaveLength(11);
    expect(setup.headerModes).toEqual([
      { value: 'localized', label: '통합 문서 언어의 열 이름' },
      { value: 'keys', label: '필드 키 (스크립트용)' },
    ]);
  });
});
