import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { registerById } from '../../src/core/registers/definitions';
import type { Lang } from '../../src/core/registers/schema';
import { registerLayout, setupWorkbook } from '../../src/core/setup/setupWorkbook';
import type { OutputValue } from '../../src/core/workbook/port';
import { XlsxWorkbookPort } from '../../src/node/xlsxPort';
import { runItam, type CliRun } from '../support/cliRun';

const NOW = new Date(Date.UTC(2025, 5, 30, 3, 0, 0));
const assets = registerById('assets');

let directory: string;

beforeEach(async () => {
  directory = await fs.mkdtemp(path.join(os.tmpdir(), 'itam-export-'));
});

afterEach(async () => {
  await fs.rm(directory, { recursive: true, force: true });
});

function itam(args: string[], env: Record<string, string> = {}): Promise<CliRun> {
  return runItam(args, NOW, env);
}

function assetRow(cells: Readonly<Record<string, OutputValue>>): OutputValue[] {
  return assets.fields.map((field) => cells[field.key] ?? '');
}

/** Creates a workbook with two assets whose cells need care in CSV: formula-like text, a negative amount, a date. */
async function workbookWithAssets(lang: Lang): Promise<string> {
  const file = path.join(directory, `assets-${lang}.xlsx`);
  const port = XlsxWorkbookPort.create({ locale: lang === 'ko' ? 'ko_KR' : 'en_US' });
  setupWorkbook(port, { lang });
  const deployed = assets.fields.find((field) => field.key === 'status')?.enumValues?.find((value) => value.key === 'deployed')?.label[lang] ?? '';
  port.appendRows(assets.tab[lang], [
    assetRow({ assetTag: 'IT-1', name: '=1+1', category: 'HW', status: deployed, purchaseDate: { date: '2024-03-15' }, purchaseCost: 1200000, notes: '줄 하나\n줄 둘, "인용"' }),
    assetRow({ assetTag: 'IT-2', name: '-50,000원', category: 'HW', status: deployed, salvageValue: -50000, location: '@HQ' }),
  ]);
  await port.save(file);
  return file;
}

function headerKeys(): string {
  return assets.fields.map((field) => field.key).join(',');
}

describe('itam export', () => {
  test('standard output with localized headers', async () => {
    const workbook = await workbookWithAssets('en');

    const run = await itam(['export', workbook, 'assets']);

    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const lines = run.stdout.split('\r\n');
    expect(lines[0]).toBe(`\uFEFF${assets.fields.map((field) => field.header.en).join(',')}`);
    // The line break inside the Notes cell is LF, so CRLF splits records only.
    expect(lines).toHaveLength(3);
    const first = lines[1];
    expect(first.startsWith("IT-1,'=1+1,HW,,,,deployed,")).toBe(true);
    expect(first).toContain(',2024-03-15,1200000,');
    expect(first.endsWith('"줄 하나\n줄 둘, ""인용"""')).toBe(true);
    expect(lines[2]).toContain(`IT-2,"'-50,000원",HW`);
    expect(lines[2]).toContain(",'@HQ,");
    expect(lines[2]).toContain(',-50000,');
  });

  test('--headers keys', async () => {
    const workbook = await workbookWithAssets('ko');

    const run = await itam(['export', workbook, '자산', '--headers', 'keys']);

    expect(run.code).toBe(0);
    expect(run.stdout.split('\r\n')[0]).toBe(`\uFEFF${headerKeys()}`);
    expect(run.stdout).toContain('IT-1,\'=1+1,HW,,,,사용중,');
  });

  test('Korean headers in a Korean workbook', async () => {
    const workbook = await workbookWithAssets('ko');

    const run = await itam(['export', workbook, 'Assets']);

    expect(run.stdout.split('\r\n')[0]).toBe(`\uFEFF${assets.fields.map((field) => field.header.ko).join(',')}`);
  });

  test('--out writes UTF-8 with a BOM', async () => {
    const workbook = await workbookWithAssets('en');
    const out = path.join(directory, 'assets.csv');

    const run = await itam(['export', workbook, 'assets', '--out', out]);

    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`Wrote 2 rows of the Assets tab to ${out}.`);
    const bytes = await fs.readFile(out);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.split('\r\n')).toHaveLength(4);
  });

  test('exported file re-imports as nothing', async () => {
    const workbook = await workbookWithAssets('en');
    const out = path.join(directory, 'assets.csv');
    await itam(['export', workbook, 'assets', '--out', out]);

    const run = await itam(['import', out, '--into', 'assets', workbook, '--json', '--dry-run']);
    const json = JSON.parse(run.stdout) as { encoding: string; accepted: unknown[]; rejected: { key: string; reasons: string[] }[] };

    expect(json.encoding).toBe('utf-8');
    expect(json.accepted).toEqual([]);
    expect(json.rejected.map((row) => row.key)).toEqual(['IT-1', 'IT-2']);
    expect(json.rejected[0].reasons).toEqual(['Asset Tag "IT-1" is already in row 2 of the Assets tab. That row was left as it is. Change it there if needed.']);
  });
});

describe('itam export errors', () => {
  test.each([
    [['export', 'w.xlsx'], 'itam export needs the workbook and the register. Usage: itam export <workbook.xlsx> <register> [--out file.csv] [--headers localized|keys]'],
    [['export', 'w.xlsx', 'assets', 'more'], 'Unexpected argument "more". Usage: itam export <workbook.xlsx> <register> [--out file.csv] [--headers localized|keys]'],
    [['export', 'w.xlsx', 'computers'], 'Unknown register "computers". Use one of assets, configurationItems, licenses, licenseAssignments, installations, contracts, vendors, ledger, budgets, categories, settings, or the tab name.'],
    [['export', 'w.xlsx', 'assets', '--headers', 'labels'], 'Invalid value "labels" for --headers. Use localized or keys.'],
    [['export', 'w.xlsx', 'assets', '--out', 'w.xlsx'], '--out names the workbook itself (w.xlsx). Give another file name ending in .csv.'],
    [['export', 'w.csv', 'assets'], 'w.csv is not an .xlsx file. itam reads and writes Excel workbooks (.xlsx) only, so save the file in that format first.'],
  ])('%j', async (args, message) => {
    const run = await itam(args);

    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(message);
  });

  test('missing register tab', async () => {
    const file = path.join(directory, 'only-assets.xlsx');
    const port = XlsxWorkbookPort.create({ locale: 'en_US' });
    port.ensureRegisterSheet(registerLayout(assets, 'en'), null);
    await port.save(file);

    const run = await itam(['export', file, 'licenses']);

    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`${file} has no Licenses tab. Run itam init ${file} to create the register tabs.`);
  });
});
