import ExcelJS from 'exceljs';
import { promises as fs, readFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { translate } from '../../src/core/i18n';
import { REGISTERS } from '../../src/core/registers/definitions';
import type { Lang } from '../../src/core/registers/schema';
import { COMMANDS } from '../../src/node/cli';
import { terminalLanguage } from '../../src/node/commands/arguments';
import { XlsxWorkbookPort } from '../../src/node/xlsxPort';
import { runItam, type CliRun } from '../support/cliRun';

/** 2025-03-31T16:00Z is 2025-04-01 in Asia/Seoul, the time zone of every workbook created here. */
const NOW = new Date(Date.UTC(2025, 2, 31, 16, 0, 0));

let directory: string;

beforeEach(async () => {
  directory = await fs.mkdtemp(path.join(os.tmpdir(), 'itam-cli-'));
});

afterEach(async () => {
  await fs.rm(directory, { recursive: true, force: true });
});

function itam(args: string[], env: Record<string, string> = {}): Promise<CliRun> {
  return runItam(args, NOW, env);
}

function workbookPath(name: string): string {
  return path.join(directory, name);
}

describe('itam help', () => {
  test('main help lists commands', async () => {
    const run = await itam(['--help']);

    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain(translate('en', 'cli.help.usage'));
    expect(run.stdout).toContain(`  init      ${translate('en', 'cli.init.summary')}`);
    expect(run.stdout).toContain(`  validate  ${translate('en', 'cli.validate.summary')}`);
    expect(run.stdout).toContain('-h, --help');
  });

  test('main help follows LANG', async () => {
    const korean = await itam(['-h'], { LANG: 'ko_KR.UTF-8' });
    const overridden = await itam(['-h'], { LANG: 'ko_KR.UTF-8', LC_ALL: 'C' });

    expect(korean.stdout).toContain('사용법: itam <명령> <파일.xlsx> [옵션]');
    expect(korean.stdout).toContain(translate('ko', 'cli.validate.summary'));
    expect(overridden.stdout).toContain('Usage: itam <command>');
  });

  test.each(COMMANDS.map((command) => command.name))('%s --help in both languages', async (name) => {
    const command = COMMANDS.find((candidate) => candidate.name === name);
    for (const [lang, env] of [
      ['en', {}],
      ['ko', { LC_ALL: 'ko_KR.UTF-8' }],
    ] as [Lang, Record<string, string>][]) {
      const run = await itam([name, '--help'], env);

      expect(run.code).toBe(0);
      expect(run.stdout.split('\n')[0]).toBe(translate(lang, command?.usageKey ?? ''));
      expect(run.stdout).toContain(translate(lang, command?.descriptionKey ?? ''));
      for (const option of Object.values(command?.options ?? {})) {
        expect(run.stdout).toContain(translate(lang, option.helpKey));
      }
    }
  });

  test('no command prints help, exit 2', async () => {
    const run = await itam([]);

    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(translate('en', 'cli.help.usage'));
  });
});

describe('itam usage errors', () => {
  test.each([
    [['frobnicate'], 'Unknown command "frobnicate". Run itam --help to see the commands.'],
    [['validate', '--bogus', 'a.xlsx'], 'Unknown option --bogus for itam validate. Run itam validate --help to see its options.'],
    [['init', 'a.xlsx', '--lang'], 'Option --lang needs a value. Run itam init --help to see its options.'],
    [['init', '--lang', '--json', 'a.xlsx'], 'Option --lang needs a value. Run itam init --help to see its options.'],
    [['init', 'a.xlsx', '--lang', 'fr'], 'Invalid value "fr" for --lang. Use ko or en.'],
    [['validate', 'a.xlsx', '--json=yes'], 'Option --json takes no value. Remove "=yes".'],
    [['validate'], 'Missing the workbook path. Usage: itam validate <file.xlsx> [--json]'],
    [['init', 'a.xlsx', 'b.xlsx'], 'Unexpected argument "b.xlsx". Usage: itam init <file.xlsx> [--lang ko|en]'],
    [['validate', 'assets.csv'], 'assets.csv is not an .xlsx file. itam reads and writes Excel workbooks (.xlsx) only, so save the file in that format first.'],
  ])('%j', async (args, message) => {
    const run = await itam(args);

    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(message);
  });

  test('usage error in Korean', async () => {
    const run = await itam(['validate', '--bogus', 'a.xlsx'], { LANG: 'ko_KR.UTF-8' });

    expect(run.stderr).toBe('itam validate에는 --bogus 옵션이 없습니다. itam validate --help로 옵션을 확인하세요.');
  });
});

describe('itam file errors', () => {
  test('missing file: one line, no stack', async () => {
    const file = workbookPath('missing.xlsx');

    const run = await itam(['validate', file]);

    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`File not found: ${path.resolve(file)}. Check the path, or run itam init ${path.resolve(file)} to create a new workbook.`);
  });

  test('not an xlsx, in Korean', async () => {
    const file = workbookPath('fake.xlsx');
    await fs.writeFile(file, 'Asset Tag,Name\n');

    const run = await itam(['validate', file], { LANG: 'ko_KR.UTF-8' });

    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')).toHaveLength(1);
    expect(run.stderr).toContain(`${path.resolve(file)}은(는) 올바른 .xlsx 통합 문서가 아닙니다`);
  });

  test('stack only with --debug or ITAM_DEBUG', async () => {
    const file = workbookPath('missing.xlsx');

    const plain = await itam(['validate', file]);
    const flagged = await itam(['validate', file, '--debug']);
    const fromEnv = await itam(['validate', file], { ITAM_DEBUG: '1' });

    expect(plain.stderr).not.toContain('    at ');
    expect(flagged.stderr).toContain('WorkbookFileError: File not found');
    expect(flagged.stderr).toContain('    at ');
    expect(fromEnv.stderr).toContain('    at ');
  });
});

async function sheetHeaders(file: string): Promise<Map<string, unknown[]>> {
  const port = await XlsxWorkbookPort.open(file);
  return new Map(port.listSheets().map((sheet) => [sheet.name, port.readValues(sheet.name)[0] ?? []]));
}

describe('itam init', () => {
  test.each(['ko', 'en'] as Lang[])('--lang %s creates every register tab', async (lang) => {
    const file = workbookPath(`new-${lang}.xlsx`);

    const run = await itam(['init', file, '--lang', lang]);

    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      [translate('en', 'setup.done', { created: REGISTERS.length + 1, columns: 0 }), translate('en', 'cli.saved', { file })].join('\n'),
    );
    const headers = await sheetHeaders(file);
    expect([...headers.keys()]).toEqual([...REGISTERS.map((register) => register.tab[lang]), translate(lang, 'history.sheetName')]);
    for (const register of REGISTERS) {
      expect(headers.get(register.tab[lang])).toEqual(register.fields.map((field) => field.header[lang]));
    }
    const port = await XlsxWorkbookPort.open(file);
    expect(port.locale()).toBe(lang === 'ko' ? 'ko_KR' : 'en_US');
    expect(port.timeZone()).toBe('Asia/Seoul');
    expect(port.listSheets().every((sheet) => sheet.marker !== null)).toBe(true);
  });

  test('twice changes nothing', async () => {
    const file = workbookPath('twice.xlsx');
    await itam(['init', file]);
    const port = await XlsxWorkbookPort.open(file);
    port.appendRows('자산', [['IT-0001', '노트북', 'HW-LAPTOP']]);
    await port.save(file);
    const before = await fs.readFile(file);

    const run = await itam(['init', file, '--lang', 'en']);

    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`${file} is already set up. Nothing was changed.`);
    expect(await fs.readFile(file)).toEqual(before);
  });

  test('existing workbook gets only missing columns', async () => {
    const file = workbookPath('existing.xlsx');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Assets');
    sheet.getRow(1).values = ['Asset Tag', 'My notes', 'Name'];
    sheet.getRow(2).values = ['0003', 'keep me', 'Laptop'];
    await workbook.xlsx.writeFile(file);

    const run = await itam(['init', file, '--lang', 'en']);

    const assets = registerOf('assets');
    const missing = assets.fields.filter((field) => !['assetTag', 'name'].includes(field.key)).map((field) => field.header.en);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe(translate('en', 'setup.done', { created: REGISTERS.length, columns: missing.length }));
    const port = await XlsxWorkbookPort.open(file);
    const values = port.readValues('Assets');
    expect(values[0]).toEqual(['Asset Tag', 'My notes', 'Name', ...missing]);
    expect(values[1].slice(0, 3)).toEqual(['0003', 'keep me', 'Laptop']);
    expect(values[1].slice(3).every((value) => value === '')).toBe(true);
  });

  test('workbook open in Excel: one line', async () => {
    const file = workbookPath('book.xlsx');
    await itam(['init', file]);
    const lockFile = workbookPath('~$book.xlsx');
    await fs.writeFile(lockFile, 'lock');
    const before = await fs.readFile(file);

    const run = await itam(['validate', file]);

    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `${path.resolve(file)} is open in another program (lock file ${lockFile} exists). Close it there and run the command again. If no program has it open, delete ${lockFile}.`,
    );
    expect(await fs.readFile(file)).toEqual(before);
  });
});

function registerOf(id: string): (typeof REGISTERS)[number] {
  const register = REGISTERS.find((candidate) => candidate.id === id);
  if (register === undefined) {
    throw new Error(`No register ${id}.`);
  }
  return register;
}

describe('itam validate', () => {
  async function workbookWithErrors(): Promise<string> {
    const file = workbookPath('errors.xlsx');
    await itam(['init', file, '--lang', 'ko']);
    const port = await XlsxWorkbookPort.open(file);
    port.appendRows('자산', [
      ['IT-1', '노트북', 'HW-LAPTOP', null, null, null, '사용중', null, null, null, '2025-13-45', '120만원'],
      ['IT-2', '모니터', 'HW-LAPTOP', null, null, null, 'broken', null, null, null, '2025. 2. 3.', '₩1,234,000'],
    ]);
    await port.save(file);
    return file;
  }

  test('errors: exit 1 and JSON findings', async () => {
    const file = await workbookWithErrors();

    const run = await itam(['validate', file, '--json']);

    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    const output = JSON.parse(run.stdout) as { findings: Record<string, unknown>[] };
    expect(Object.keys(output)).toEqual(['findings']);
    for (const finding of output.findings) {
      expect(Object.keys(finding)).toEqual(['sheet', 'cell', 'value', 'severity', 'message']);
    }
    expect(output.findings.filter((finding) => finding.severity === 'error')).toEqual([
      { sheet: '자산', cell: 'K2', value: '2025-13-45', severity: 'error', message: translate('ko', 'problem.impossibleDate', { detail: '2025-13-45' }) },
      { sheet: '자산', cell: 'G3', value: 'broken', severity: 'error', message: expect.stringContaining('허용되지 않는 값입니다') },
    ]);
  });

  test('writes the Data Quality tab', async () => {
    const file = await workbookWithErrors();

    await itam(['validate', file]);

    const port = await XlsxWorkbookPort.open(file);
    const sheet = port.listSheets().find((candidate) => candidate.marker === 'dataQuality');
    expect(sheet?.name).toBe('데이터 검증');
    const rows = port.readValues('데이터 검증');
    expect(rows[0][0]).toBe(translate('ko', 'dataQuality.protection'));
    expect(rows[1][0]).toBe(translate('ko', 'dataQuality.preamble', { asOf: '2025-04-01', errors: 2, warnings: 0 }));
    const findingRows = rows.filter((row) => row[0] === '자산');
    expect(findingRows.map((row) => row.slice(0, 2))).toEqual([
      ['자산', 'K2'],
      ['자산', 'G3'],
    ]);
  });

  test('text output lists findings and counts', async () => {
    const file = await workbookWithErrors();

    const run = await itam(['validate', file], { LANG: 'ko_KR.UTF-8' });

    const lines = run.stdout.split('\n');
    expect(run.code).toBe(1);
    expect(lines[0]).toBe(`자산!K2  [오류]  ${translate('ko', 'problem.impossibleDate', { detail: '2025-13-45' })}  "2025-13-45"`);
    expect(lines[lines.length - 1]).toBe(`데이터 검증: 오류 2건, 경고 0건, 참고 0건. ${file}의 데이터 검증 탭에 하나씩 정리했습니다.`);
  });

  test('clean workbook exits 0', async () => {
    const file = workbookPath('clean.xlsx');
    await itam(['init', file, '--lang', 'en']);
    const port = await XlsxWorkbookPort.open(file);
    port.appendRows('Assets', [['IT-1', 'Laptop', 'HW-LAPTOP', null, null, '0003', 'deployed', null, null, null, { date: '2025-01-21' }, 1234000]]);
    await port.save(file);

    const json = await itam(['validate', file, '--json']);
    const text = await itam(['validate', file]);

    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual({ findings: [] });
    expect(text.code).toBe(0);
    expect(text.stdout).toBe(`Data quality: 0 errors, 0 warnings, 0 notes. The Data Quality tab of ${file} lists each one.`);
  });
});

describe('terminalLanguage', () => {
  test('LC_ALL, LC_MESSAGES, LANG order', () => {
    expect(terminalLanguage({})).toBe('en');
    expect(terminalLanguage({ LANG: 'ko_KR.UTF-8' })).toBe('ko');
    expect(terminalLanguage({ LANG: 'ko_KR.UTF-8', LC_MESSAGES: 'en_US.UTF-8' })).toBe('en');
    expect(terminalLanguage({ LANG: 'en_US.UTF-8', LC_ALL: 'ko_KR.eucKR' })).toBe('ko');
    expect(terminalLanguage({ LC_ALL: '', LANG: 'ko' })).toBe('ko');
  });
});

describe('itam executable', () => {
  test('package bin matches compiled cli path', () => {
    const packageJson = JSON.parse(readFileSync(path.join(__dirname, '../../package.json'), 'utf8')) as { bin: Record<string, string> };
    const tsconfig = JSON.parse(readFileSync(path.join(__dirname, '../../tsconfig.json'), 'utf8')) as { compilerOptions: { rootDir: string; outDir: string } };
    const compiled = path.join(tsconfig.compilerOptions.outDir, path.relative(tsconfig.compilerOptions.rootDir, 'src/node/cli.ts')).replace(/\.ts$/, '.js');

    expect(packageJson.bin.itam).toBe(compiled);
    expect(readFileSync(path.join(__dirname, '../../src/node/cli.ts'), 'utf8').split('\n')[0]).toBe('#!/usr/bin/env node');
  });
});
