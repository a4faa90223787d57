import * as esbuild from 'esbuild';
import * as iconv from 'iconv-lite';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { Lang } from '../../src/core/registers/schema';
import { setupWorkbook } from '../../src/core/setup/setupWorkbook';
import { exportDialogSetup, exportRegisterCsv, importCommit, importDialogSetup, importPreview } from '../../src/gas/main';
import { SpreadsheetPort } from '../../src/gas/spreadsheetPort';
import { asGasSpreadsheet, installGasFakes, uninstallGasFakes, type GasFakes } from '../fakes';

/**
 * The import and export dialogs in headless Chromium, with google.script.run calling the Apps Script
 * entry points of main.ts over the GAS fakes in this process. Arguments and results go through JSON,
 * as google.script.run passes plain data only.
 */

const ROOT = path.resolve(__dirname, '../..');
const CHROMIUM_PATH = '/usr/bin/chromium';
const PAGE_URL = 'http://itam-dialog.test/page.html';
const BINDING = '__itamServerCall';

const SERVER: Readonly<Record<string, (...args: never[]) => unknown>> = { importDialogSetup, importPreview, importCommit, exportDialogSetup, exportRegisterCsv };

/** Stands in for google.script.run: each call goes to the binding and comes back to the page's handlers. */
const STAND_IN = `
(() => {
  function runner(success, failure) {
    return new Proxy({}, {
      get(_target, name) {
        if (name === 'withSuccessHandler') return (handler) => runner(handler, failure);
        if (name === 'withFailureHandler') return (handler) => runner(success, handler);
        return (...args) => {
          window.${BINDING}(JSON.stringify({ name, args })).then((body) => {
            const reply = JSON.parse(body);
            if (reply.ok) { if (success) success(reply.value); }
            else if (failure) failure(new Error(reply.message));
          });
        };
      },
    });
  }
  window.google = { script: { run: runner(null, null), host: { close() { window.__dialogClosed = true; } } } };
})();
`;

/** Inlines the page's script as scripts/build.mjs does, for this one page. */
function builtPage(name: 'import' | 'export'): string {
  const html = fs.readFileSync(path.join(ROOT, 'sidebar', `${name}.html`), 'utf8');
  const script = esbuild.buildSync({ entryPoints: [path.join(ROOT, 'sidebar', `${name}.ts`)], bundle: true, format: 'iife', platform: 'browser', target: 'es2019', write: false }).outputFiles[0].text;
  const tag = `<script src="${name}.js"></script>`;
  expect(html).toContain(tag);
  return html.replace(tag, () => `<script>\n${script.replace(/<\/script/gi, '<\\/script')}</script>`);
}

interface DialogPage {
  readonly context: BrowserContext;
  readonly page: Page;
  readonly calls: string[];
  readonly alerts: string[];
  readonly pageErrors: string[];
  readonly otherRequests: string[];
}

let browser: Browser;
let fakes: GasFakes;
const opened: DialogPage[] = [];

beforeAll(async () => {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(`${CHROMIUM_PATH} is missing. Install Debian's Chromium: apt-get install -y --no-install-recommends chromium`);
  }
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-sync'] });
});

afterAll(async () => {
  await browser?.close();
});

afterEach(async () => {
  for (const dialog of opened.splice(0)) {
    expect(dialog.pageErrors).toEqual([]);
    expect(dialog.otherRequests).toEqual([]);
    await dialog.context.close();
  }
  uninstallGasFakes(globalThis);
});

function setUpSpreadsheet(lang: Lang): void {
  fakes = installGasFakes(globalThis, { spreadsheet: { locale: lang === 'ko' ? 'ko_KR' : 'en_US', timeZone: 'Asia/Seoul' } });
  fakes.uncounted(() => setupWorkbook(new SpreadsheetPort(asGasSpreadsheet(fakes.spreadsheet)), { lang }));
}

async function openDialog(name: 'import' | 'export'): Promise<DialogPage> {
  const context = await browser.newContext({ viewport: { width: 960, height: 680 } });
  const page = await context.newPage();
  const dialog: DialogPage = { context, page, calls: [], alerts: [], pageErrors: [], otherRequests: [] };
  opened.push(dialog);

  page.on('dialog', (browserDialog) => {
    dialog.alerts.push(browserDialog.message());
    void browserDialog.dismiss();
  });
  page.on('pageerror', (error) => dialog.pageErrors.push(error.message));
  await page.route('**/*', (route) => {
    if (route.request().url() === PAGE_URL) {
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: builtPage(name) });
    }
    dialog.otherRequests.push(route.request().url());
    return route.abort();
  });
  await page.addInitScript(STAND_IN);
  await page.exposeBinding(BINDING, (_source, body: string) => {
    const { name: functionName, args } = JSON.parse(body) as { name: string; args: never[] };
    dialog.calls.push(functionName);
    try {
      return JSON.stringify({ ok: true, value: SERVER[functionName](...args) });
    } catch (error) {
      return JSON.stringify({ ok: false, message: error instanceof Error ? error.message : String(error) });
    }
  });

  await page.goto(PAGE_URL);
  await page.locator(name === 'import' ? '#preview:enabled' : '#download:enabled').waitFor();
  return dialog;
}

function sheetValues(name: string): unknown[][] {
  return fakes.uncounted(() => fakes.spreadsheet.getSheetByName(name)?.getDataRange().getValues() ?? []);
}

const CSV = 'Asset Tag,Name,Category,Status\nIT-1,Laptop,HW,deployed\nIT-1,Copy,HW,deployed\n,<img src=x onerror=alert(1)>,HW,in stock\n';

describe('import dialog in Chromium', () => {
  test('preview then import', async () => {
    setUpSpreadsheet('en');
    const { page, alerts, calls } = await openDialog('import');

    await page.locator('#file').setInputFiles({ name: 'assets.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV, 'utf8') });
    await page.getByRole('button', { name: 'Preview' }).click();
    await page.locator('#rows tbody tr').nth(2).waitFor();

    const rows = await page.locator('#rows tbody tr').evaluateAll((trs) => trs.map((tr) => [tr.className, ...Array.from(tr.children, (cell) => cell.textContent ?? '')]));
    expect(rows.map((row) => row.slice(0, 4))).toEqual([
      ['rejected', '2', '2', 'rejected'],
      ['rejected', '3', '3', 'rejected'],
      ['flagged', '4', '4', 'accepted, check'],
    ]);
    expect(await page.locator('#summary p').first().textContent()).toBe(
      `Import from CSV file into Assets as of ${await todayInSeoul(page)}: 1 rows accepted (1 of them to check) and 2 rows rejected.`,
    );
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Import the accepted rows' }).isEnabled()).toBe(true);

    await page.getByRole('button', { name: 'Import the accepted rows' }).click();
    await page.locator('#status.done').waitFor();

    expect(await page.locator('#status').textContent()).toBe('Added 1 rows to the Assets tab (rows 2 to 2) and recorded them in the Change History tab. The Import Report tab lists every row of the file.');
    expect(await page.getByRole('button', { name: 'Import the accepted rows' }).isDisabled()).toBe(true);
    expect(sheetValues('Assets')[1][1]).toBe('<img src=x onerror=alert(1)>');
    expect(calls).toEqual(['importDialogSetup', 'importPreview', 'importCommit']);
    expect(alerts).toEqual([]);
  });

  test('file over the limit stays in the browser', async () => {
    setUpSpreadsheet('en');
    const { page, calls } = await openDialog('import');

    await page.locator('#file').setInputFiles({ name: 'big.csv', mimeType: 'text/csv', buffer: Buffer.alloc(5 * 1024 * 1024 + 1, 0x41) });
    await page.getByRole('button', { name: 'Preview' }).click();
    await page.locator('#status.error').waitFor();

    expect(await page.locator('#status').textContent()).toBe('The file is larger than the 5 MB the add-on imports. Split it into smaller files, or import it with the itam import command.');
    expect(calls).toEqual(['importDialogSetup']);
  });

  test('changing an option drops the preview', async () => {
    setUpSpreadsheet('en');
    const { page } = await openDialog('import');
    await page.locator('#file').setInputFiles({ name: 'assets.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV, 'utf8') });
    await page.getByRole('button', { name: 'Preview' }).click();
    await page.locator('#rows').waitFor();

    await page.locator('#register').selectOption('licenses');

    expect(await page.locator('#result').isHidden()).toBe(true);
    expect(await page.getByRole('button', { name: 'Import the accepted rows' }).isDisabled()).toBe(true);
  });

  test('Korean CP949 file', async () => {
    setUpSpreadsheet('ko');
    // The fake Blob decodes UTF-8 only, so the CP949 charset is decoded here with iconv-lite.
    const utilities = fakes.Utilities as unknown as { newBlob: (bytes: number[]) => unknown };
    utilities.newBlob = (bytes: number[]) => ({ getDataAsString: () => iconv.decode(Buffer.from(bytes.map((byte) => (byte + 256) % 256)), 'cp949') });
    const { page } = await openDialog('import');

    expect(await page.locator('label[for="register"]').textContent()).toBe('가져올 탭');
    await page.locator('#file').setInputFiles({ name: '자산.csv', mimeType: 'text/csv', buffer: iconv.encode('자산번호,자산명,분류,상태\r\nKR-1,노트북,HW,사용중\r\n', 'cp949') });
    await page.getByRole('button', { name: '미리보기' }).click();
    await page.locator('#rows').waitFor();

    expect(await page.locator('#summary p').nth(1).textContent()).toBe('인코딩: CP949 (EUC-KR) (자동 감지).');
    expect(await page.locator('#rows tbody tr td').nth(2).textContent()).toBe('가져옴');
  });

  test('no serious accessibility violations', async () => {
    setUpSpreadsheet('en');
    const { page } = await openDialog('import');
    await page.locator('#file').setInputFiles({ name: 'assets.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV, 'utf8') });
    await page.getByRole('button', { name: 'Preview' }).click();
    await page.locator('#rows').waitFor();

    await page.addScriptTag({ path: path.join(ROOT, 'node_modules', 'axe-core', 'axe.min.js') });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (context: Document) => Promise<{ violations: { id: string; impact: string | null }[] }> } }).axe;
      return (await axe.run(document)).violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => violation.id);
    });
    expect(violations).toEqual([]);
  });
});

describe('export dialog in Chromium', () => {
  test('downloads the CSV with its BOM', async () => {
    setUpSpreadsheet('en');
    fakes.uncounted(() => {
      const port = new SpreadsheetPort(asGasSpreadsheet(fakes.spreadsheet));
      port.appendRows('Assets', [['IT-1', '=1+1', 'HW', '', '', '', 'deployed']]);
    });
    const { page } = await openDialog('export');

    await page.locator('#headers').selectOption('keys');
    const downloadStarted = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download' }).click();
    const download = await downloadStarted;
    const bytes = fs.readFileSync((await download.path()) as string);

    expect(download.suggestedFilename()).toMatch(/^Assets_\d{4}-\d{2}-\d{2}\.csv$/);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split('\r\n');
    expect(lines[0].startsWith('assetTag,name,category,')).toBe(true);
    expect(lines[1].startsWith("IT-1,'=1+1,HW,")).toBe(true);
    expect(await page.locator('#status').textContent()).toMatch(/^Exported 1 rows of the Assets tab as Assets_\d{4}-\d{2}-\d{2}\.csv\.$/);
  });
});

/** Returns today's date in Seoul, because the server takes the as-of date from the real clock. */
async function todayInSeoul(page: Page): Promise<string> {
  return page.evaluate(() => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Seoul' }).format(new Date()));
}
