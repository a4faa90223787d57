import * as iconv from 'iconv-lite';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DATA_QUALITY_SHEET_ID } from '../../src/core/dataQuality/dataQualitySheet';
import { CHANGE_HISTORY_ID } from '../../src/core/history/changeHistory';
import { translate } from '../../src/core/i18n';
import { IMPORT_REPORT_SHEET_ID } from '../../src/core/importing/importReportSheet';
import { contextOf, recalculate } from '../../src/core/recalc/recalculate';
import { loadWorkbook } from '../../src/core/registers/loadWorkbook';
import { registerById } from '../../src/core/registers/definitions';
import { planReminders } from '../../src/core/reminders/reminderPlan';
import { computeRenewals } from '../../src/core/renewals/renewalSchedule';
import { setupWorkbook } from '../../src/core/setup/setupWorkbook';
import type { CellValue, WorkbookPort } from '../../src/core/workbook/port';
import { runCli } from '../../src/node/cli';
import type { CliIo } from '../../src/node/commands/command';
import { XlsxWorkbookPort } from '../../src/node/xlsxPort';

/**
 * The whole migration from Snipe-IT on its real sample exports (personal details replaced, kept
 * outside the repository): set up a workbook, import every sample file with the `itam import`
 * command, import them again, recalculate and plan reminders. The expected numbers were counted in
 * the files themselves, and the comments give the count.
 */
const SAMPLES = path.join(__dirname, '../../../shared/samples/snipe-it');

/** 2025-06-30T03:00Z is noon of 2025-06-30 in Asia/Seoul, the workbook's zone. */
const NOW = new Date(Date.UTC(2025, 5, 30, 3, 0, 0));
const IMPORT_DAY = '2025-06-30';

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

interface ImportJson {
  readonly register: string;
  readonly encoding: string | null;
  readonly encodingDetection: string | null;
  readonly accepted: readonly { row: number; key: string; values: Record<string, string | number | boolean | null>; flags: string[] }[];
  readonly rejected: readonly { row: number; key: string; reasons: string[] }[];
  readonly errors: readonly string[];
  readonly warnings: readonly string[];
  readonly written: { sheet: string; firstRow: number | null; lastRow: number | null } | null;
}

async function itam(args: string[]): Promise<Run> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const io: CliIo = { stdout: (line) => stdout.push(line), stderr: (line) => stderr.push(line), env: { USER: 'migration' }, now: () => NOW };
  const code = await runCli(args, io);
  return { code, stdout: stdout.join('\n'), stderr: stderr.join('\n') };
}

async function importJson(args: string[]): Promise<{ code: number; json: ImportJson }> {
  const run = await itam([...args, '--json']);
  expect(run.stderr).toBe('');
  return { code: run.code, json: JSON.parse(run.stdout) as ImportJson };
}

function counts(json: ImportJson): { accepted: number; rejected: number; flagged: number } {
  return { accepted: json.accepted.length, rejected: json.rejected.length, flagged: json.accepted.filter((row) => row.flags.length > 0).length };
}

function tabOf(port: WorkbookPort, marker: string): { name: string; values: CellValue[][] } {
  const sheet = port.listSheets().find((candidate) => candidate.marker === marker);
  if (sheet === undefined) {
    throw new Error(`The workbook has no tab marked ${marker}.`);
  }
  return { name: sheet.name, values: port.readValues(sheet.name) };
}

function setSetting(port: WorkbookPort, key: string, value: string): void {
  const settings = tabOf(port, 'settings');
  const index = settings.values.findIndex((row) => row[0] === key);
  port.updateRange(settings.name, index + 1, 2, [[value]]);
}

let directory: string;

beforeAll(async () => {
  directory = await fs.mkdtemp(path.join(os.tmpdir(), 'itam-snipe-it-'));
});

afterAll(async () => {
  await fs.rm(directory, { recursive: true, force: true });
});

describe('Snipe-IT migration', () => {
  let workbook: string;
  const importSample = (name: string, register: string): Promise<{ code: number; json: ImportJson }> =>
    importJson(['import', path.join(SAMPLES, name), '--into', register, workbook, '--source', 'snipe-it', '--date-order', 'mdy']);

  beforeAll(async () => {
    // As `itam init` does, then the two settings the migration guide sets first.
    workbook = path.join(directory, 'itam.xlsx');
    const port = XlsxWorkbookPort.create({ locale: 'en_US' });
    setupWorkbook(port, { lang: 'en' });
    setSetting(port, 'currency', 'USD');
    setSetting(port, 'defaultRecipients', 'it-team@example.com');
    await port.save(workbook);
  });

  test('clean asset export: 22 accepted', async () => {
    const { code, json } = await importSample('assets-sample.csv', 'assets');

    expect(code).toBe(0);
    expect(json.encoding).toBe('utf-8');
    expect(json.encodingDetection).toBe('bom');
    expect(counts(json)).toEqual({ accepted: 22, rejected: 0, flagged: 0 });
    expect(json.written).toEqual({ sheet: 'Assets', rows: 22, firstRow: 2, lastRow: 23, history: 'Change History', report: 'Import Report' });
  });

  test('damaged asset export: 200 accepted, all flagged', async () => {
    const { code, json } = await importSample('assets-sample-BLANKS.csv', 'assets');

    // None of its 200 tags is among the 22 of the clean export, so nothing is rejected. Every row's
    // Model Number is in scientific notation (6.37702E+15), which flags every row.
    expect(code).toBe(0);
    expect(json.encoding).toBe('macintosh');
    expect(counts(json)).toEqual({ accepted: 200, rejected: 0, flagged: 200 });
    expect(json.written).toMatchObject({ firstRow: 24, lastRow: 223 });
    expect(json.warnings.slice(0, 3)).toEqual(['Column E has no header and was skipped.', 'Column I has no header and was skipped.', 'Column N has no header and was skipped.']);

    const report = tabOf(await XlsxWorkbookPort.open(workbook), IMPORT_REPORT_SHEET_ID).values;
    expect(report.filter((row) => row[2] === 'accepted, check')).toHaveLength(200);
  });

  test('license export: 50 accepted, all flagged', async () => {
    const { code, json } = await importSample('licenses-sample.csv', 'licenses');

    // Snipe-IT licenses carry no ID, so each gets a generated one and a flag.
    expect(code).toBe(0);
    expect(counts(json)).toEqual({ accepted: 50, rejected: 0, flagged: 50 });
    expect(json.accepted.map((row) => row.key).slice(0, 2)).toEqual(['LIC-0001', 'LIC-0002']);
    // The workbook currency is USD, so "$12.58" becomes the number 12.58.
    expect(json.accepted[0].values.unitCost).toBe(12.58);
  });

  test.each([
    ['assets-sample.csv', 'assets', 22],
    ['assets-sample-BLANKS.csv', 'assets', 200],
    ['licenses-sample.csv', 'licenses', 50],
  ])('%s again adds nothing', async (name, register, rows) => {
    const { code, json } = await importSample(name, register);

    expect(code).toBe(1);
    expect(counts(json)).toEqual({ accepted: 0, rejected: rows, flagged: 0 });
    expect(json.written).toMatchObject({ firstRow: null, lastRow: null });
  });

  test('registers and history hold every row once', async () => {
    const port = await XlsxWorkbookPort.open(workbook);
    const assetRows = tabOf(port, 'assets').values;
    const licenseRows = tabOf(port, 'licenses').values;
    const history = tabOf(port, CHANGE_HISTORY_ID).values;
    const importSource = translate('en', 'history.source.import');

    expect(assetRows).toHaveLength(1 + 22 + 200);
    expect(licenseRows).toHaveLength(1 + 50);
    expect(history.filter((row) => row[7] === importSource)).toHaveLength(272);
    const tags = assetRows.slice(1).map((row) => row[0]);
    expect(new Set(tags).size).toBe(222);
  });

  test('flagged values kept as written', async () => {
    const port = await XlsxWorkbookPort.open(workbook);
    const values = tabOf(port, 'assets').values;
    const column = (header: string): number => values[0].indexOf(header);
    const asset = (tag: string): CellValue[] => values.find((row) => row[0] === tag) as CellValue[];

    // Line 12 of the damaged export: a Location saved as UTF-8 and read as Windows-1252 before export.
    expect(asset('441402118-9')[column('Location')]).toMatch(/^Luts.+k$/);
    expect(String(asset('970882174-8')[column('Notes')])).toContain('Model Number: 6.37702E+15');
    expect(asset('970882174-8')[column('Warranty End')]).toEqual({ date: '2017-06-05' });
  });

  test('recalculation writes every summary sheet', async () => {
    const port = await XlsxWorkbookPort.open(workbook);
    const outcome = recalculate(port, IMPORT_DAY);
    await port.save(workbook);

    const saved = await XlsxWorkbookPort.open(workbook);
    const markers = saved.listSheets().map((sheet) => sheet.marker);
    for (const id of ['tco', 'depreciation', 'licenseCompliance', 'renewals', DATA_QUALITY_SHEET_ID, ...outcome.sheets.map((sheet) => sheet.id)]) {
      expect(markers).toContain(id);
    }
  });

  test('data quality reports the imported problems', async () => {
    const port = await XlsxWorkbookPort.open(workbook);
    const loaded = loadWorkbook(port);
    const outcome = recalculate(port, IMPORT_DAY);
    const count = (code: string, sheet: string, column?: string): number =>
      outcome.findings.filter((finding) => finding.code === code && finding.sheet === sheet && (column === undefined || finding.column === column)).length;

    // Every Snipe-IT category is missing from the Categories tab: 22 + 200 assets.
    expect(count('finding.unknownReference', 'Assets', 'Category')).toBe(222);
    // 56 rows of the damaged export have a blank Purchase Cost.
    expect(count('finance.finding.missingPurchaseCost', 'Assets')).toBe(56);
    // License on sheet row 14 was purchased 11/05/2016 and expires 01/22/2016.
    const endBeforeStart = outcome.findings.filter((finding) => finding.code === 'renewals.finding.endBeforeStart');
    expect(endBeforeStart.map((finding) => [finding.sheet, finding.row])).toEqual([['Licenses', 14]]);
    // Every imported cell reads back as a valid register value.
    expect(loaded.findings.filter((finding) => finding.severity === 'error')).toEqual([]);

    // The Data Quality tab lists each finding with its tab, cell, column, value and message.
    const dataQuality = tabOf(port, DATA_QUALITY_SHEET_ID).values;
    const unknownCategory = dataQuality.filter((row) => row[0] === 'Assets' && row[2] === 'Category' && String(row[5]).endsWith('matches no row of the Categories tab. Fix the value or add the missing row.'));
    expect(unknownCategory).toHaveLength(222);
    expect(dataQuality.filter((row) => row[0] === 'Licenses')).toEqual([
      ['Licenses', 'H14', 'Expiry Date', '2016-01-22', 'warning', expect.stringContaining('The end date 2016-01-22 is before the start date 2016-11-05.')],
    ]);
  });

  test('reminders: nothing from the past, end of support ahead', async () => {
    const port = await XlsxWorkbookPort.open(workbook);
    const loaded = loadWorkbook(port);

    // Every license expired in 2016 and every end of support is 2028-10-27, so nothing is due now.
    const now = contextOf(loaded, IMPORT_DAY);
    expect(planReminders(now, computeRenewals(now), new Set(), () => null).digests).toEqual([]);

    // 30 days before 2028-10-27, the 8 deployed assets of the clean export with that end of
    // support are due (WBH, NNH, BOL, EJS, HNY, JHN, GEX and SUQ), all to the default recipient.
    const ahead = contextOf(loaded, '2028-09-27');
    const plan = planReminders(ahead, computeRenewals(ahead), new Set(), () => null);
    expect(plan.digests.map((digest) => digest.recipient)).toEqual(['it-team@example.com']);
    const reminders = plan.digests[0].reminders;
    expect(reminders.map((reminder) => reminder.item.id).sort()).toEqual(['BOL-0305383', 'EJS-7488052', 'GEX-7216431', 'HNY-7340937', 'JHN-0598394', 'NNH-3656031', 'SUQ-5159067', 'WBH-2841795']);
    expect(new Set(reminders.map((reminder) => `${reminder.item.kind} ${String(reminder.stage)}`))).toEqual(new Set(['endOfSupport 30']));
  });
});

describe('Korean CP949 export from Excel', () => {
  const assets = registerById('assets');
  // 똠 lies outside KS X 1001: only CP949 (Unified Hangul Code) encodes it, EUC-KR does not.
  const CSV = [
    '자산번호,자산명,분류,상태,사용자,부서,취득일,취득가액,비고',
    'KR-0001,노트북 똠방,HW,사용중,김민수,개발팀,2024-03-15,"1,234,000원","메모, ""인용"""',
    'KR-0002,모니터,HW,재고,,,2024.04.01,120만원,',
    ',키보드,HW,재고,,,,,',
    '',
  ].join('\r\n');

  let workbook: string;
  let source: string;

  beforeAll(async () => {
    workbook = path.join(directory, 'korean.xlsx');
    source = path.join(directory, '자산.csv');
    const port = XlsxWorkbookPort.create({ locale: 'ko_KR' });
    setupWorkbook(port, { lang: 'ko' });
    await port.save(workbook);
    await fs.writeFile(source, iconv.encode(CSV, 'cp949'));
  });

  test('bytes are CP949', async () => {
    const bytes = await fs.readFile(source);
    const ddom = iconv.encode('똠', 'cp949');
    // A lead byte below 0xA1 is the Unified Hangul Code extension, which EUC-KR lacks.
    expect([...ddom]).toEqual([0x8c, 0x63]);
    expect(bytes.includes(ddom)).toBe(true);
  });

  test('imports into the Korean workbook', async () => {
    const { code, json } = await importJson(['import', source, '--into', '자산', workbook]);

    expect(code).toBe(0);
    expect(json.encoding).toBe('cp949');
    expect(json.encodingDetection).toBe('legacy');
    expect(counts(json)).toEqual({ accepted: 3, rejected: 0, flagged: 1 });
    expect(json.accepted[0].values).toMatchObject({ assetTag: 'KR-0001', name: '노트북 똠방', status: '사용중', assignedTo: '김민수', department: '개발팀', purchaseDate: '2024-03-15', purchaseCost: 1234000, notes: '메모, "인용"' });
    expect(json.accepted[1].values).toMatchObject({ purchaseDate: '2024-04-01', purchaseCost: 1200000, status: '재고' });
    expect(json.accepted[2].flags).toEqual(['자산번호이(가) 비어 있어 IT-2025-0001을(를) 새로 부여했습니다.']);

    const port = await XlsxWorkbookPort.open(workbook);
    const values = tabOf(port, 'assets').values;
    expect(values[0].slice(0, 3)).toEqual(assets.fields.slice(0, 3).map((field) => field.header.ko));
    expect(values[1].slice(0, 2)).toEqual(['KR-0001', '노트북 똠방']);
    expect(tabOf(port, IMPORT_REPORT_SHEET_ID).name).toBe('가져오기 결과');
    expect(tabOf(port, IMPORT_REPORT_SHEET_ID).values.map((row) => row[0])).toContain('인코딩: CP949 (EUC-KR) (자동 감지).');
  });

  test('read as UTF-8 it is reported unreadable', async () => {
    const { json } = await importJson(['import', source, '--into', 'assets', workbook, '--encoding', 'utf-8', '--dry-run']);

    expect(json.encoding).toBe('utf-8');
    // The Korean headers no longer match, and the report counts the bytes UTF-8 could not read.
    expect(json.accepted).toEqual([]);
    expect(json.warnings[json.warnings.length - 1]).toMatch(/^파일을 utf-8\(으\)로 읽었더니 읽을 수 없는 문자\(�\)가 \d+개 생겼습니다\. 다른 인코딩을 골라 다시 가져오세요\.$/);
  });
});
