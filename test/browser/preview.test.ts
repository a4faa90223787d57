/// <reference lib="dom" />
import * as fs from 'fs';
import * as http from 'http';
import * as os from 'os';
import * as path from 'path';
import type { Browser } from 'playwright-core';
import { runCli } from '../../src/node/cli';
import type { CliIo } from '../../src/node/commands/command';
import { PREVIEW_TOKEN_HEADER } from '../../src/node/preview/scriptRunStandIn';
import { XlsxWorkbookPort } from '../../src/node/xlsxPort';
import { buildSidebarPage, launchChromium, SIDEBAR_VIEWPORT } from './support/panelBrowser';
import { FIXTURE_NOW, seedPanelWorkbook } from './support/panelWorkbook';

/**
 * `itam preview` over a real .xlsx file: the command serves the built panel on 127.0.0.1, Chromium
 * uses it over HTTP, and every change must be in the file on disk afterwards.
 */

let browser: Browser;
let directory: string;
let file: string;
let url: string;
let token: string;
let exitCode: Promise<number>;
const stdout: string[] = [];
const stderr: string[] = [];

beforeAll(async () => {
  directory = fs.mkdtempSync(path.join(os.tmpdir(), 'itam-preview-'));
  const page = path.join(directory, 'sidebar.html');
  fs.writeFileSync(page, buildSidebarPage());
  file = path.join(directory, 'assets.xlsx');
  const port = XlsxWorkbookPort.create({ locale: 'ko_KR', timeZone: 'Asia/Seoul' });
  seedPanelWorkbook(port, 'ko');
  await port.save(file);

  const io: CliIo = {
    stdout: (line) => stdout.push(line),
    stderr: (line) => stderr.push(line),
    env: { LANG: 'en_US.UTF-8', ITAM_PREVIEW_PAGE: page },
    now: () => new Date(FIXTURE_NOW),
  };
  exitCode = runCli(['preview', file, '--port', '0'], io);
  for (let attempt = 0; attempt < 200 && stdout.length === 0; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  const listening = /at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(stdout[0] ?? '');
  if (listening === null) {
    throw new Error(`The preview did not start: ${stdout.join('\n')} ${stderr.join('\n')}`);
  }
  url = listening[1];
  const html = await (await fetch(url)).text();
  token = /"token":"([0-9a-f]+)"/.exec(html)?.[1] ?? '';
  browser = await launchChromium();
});

let stopped = false;

afterAll(async () => {
  await browser?.close();
  if (!stopped) {
    process.emit('SIGINT');
    await exitCode;
  }
  fs.rmSync(directory, { recursive: true, force: true });
});

async function savedRows(sheet: string): Promise<unknown[][]> {
  return (await XlsxWorkbookPort.open(file)).readValues(sheet);
}

function post(body: string, headers: Record<string, string>, host?: string): Promise<{ status: number; text: string }> {
  const target = new URL(`${url}rpc`);
  return new Promise((resolve, reject) => {
    const request = http.request({ host: target.hostname, port: target.port, path: target.pathname, method: 'POST', headers: { ...headers, ...(host ? { Host: host } : {}) } }, (response) => {
      let text = '';
      response.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, text }));
    });
    request.on('error', reject);
    request.end(body);
  });
}

function call(name: string, args: unknown[]): Promise<{ status: number; text: string }> {
  return post(JSON.stringify({ name, args }), { 'Content-Type': 'application/json', [PREVIEW_TOKEN_HEADER]: token });
}

test('panel adds an asset to the file', async () => {
  const context = await browser.newContext({ viewport: SIDEBAR_VIEWPORT });
  const page = await context.newPage();
  const outside: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(url)) {
      outside.push(request.url());
    }
  });
  await page.goto(url);
  const form = page.getByRole('tabpanel');
  await form.getByLabel('자산명').fill('미리보기 노트북');
  await form.getByLabel('분류').selectOption('HW-LAPTOP');
  await form.getByLabel('상태').selectOption('in_stock');
  await form.getByLabel('취득가액').fill('150만원');
  await form.getByRole('button', { name: '자산 등록' }).click();
  await form.getByRole('button', { name: '계속 등록' }).waitFor();

  expect(await form.getByRole('status').textContent()).toBe('자산 탭 4행에 IT-2025-0001을(를) 등록했습니다.');
  const row = (await savedRows('자산'))[3];
  expect(row.slice(0, 12)).toEqual(['IT-2025-0001', '미리보기 노트북', 'HW-LAPTOP', '', '', '', '재고', '', '', '', '', 1500000]);
  const history = await savedRows('변경 이력');
  expect(history[history.length - 1].slice(0, 5)).toEqual(['2025-01-15T09:00:00+09:00', os.userInfo().username, '자산', 'IT-2025-0001', '(신규 등록)']);
  expect(outside).toEqual([]);
  await context.close();
});

test('concurrent calls get two tags', async () => {
  const payload = (name: string) => [{ name, category: 'HW', status: '재고' }, {}];
  const replies = await Promise.all([call('sidebarAddAsset', payload('동시 A')), call('sidebarAddAsset', payload('동시 B'))]);

  const tags = replies.map((reply) => (JSON.parse(reply.text) as { result: { assetTag: string } }).result.assetTag);
  expect(new Set(tags).size).toBe(2);
  const saved = (await savedRows('자산')).slice(4).map((row) => row[0]);
  expect(saved.sort()).toEqual([...tags].sort());
});

test('edit by another program is read first', async () => {
  const other = await XlsxWorkbookPort.open(file);
  const last = other.readValues('자산').length;
  other.appendRows('자산', [['IT-2025-0050', '엑셀에서 추가', 'HW', '', '', '', '재고']]);
  await other.save(file);

  const reply = JSON.parse((await call('sidebarAddAsset', [{ name: '그다음', category: 'HW', status: '재고' }, {}])).text) as { result: { assetTag: string; row: number } };

  expect([reply.result.assetTag, reply.result.row]).toEqual(['IT-2025-0051', last + 2]);
  expect((await savedRows('자산')).map((row) => row[0]).slice(-2)).toEqual(['IT-2025-0050', 'IT-2025-0051']);
});

test('requests without the token are refused', async () => {
  const body = JSON.stringify({ name: 'sidebarAddAsset', args: [{ name: 'x', category: 'HW', status: '재고' }, {}] });
  const rowsBefore = (await savedRows('자산')).length;

  expect((await post(body, { 'Content-Type': 'application/json' })).status).toBe(403);
  expect((await post(body, { 'Content-Type': 'application/json', [PREVIEW_TOKEN_HEADER]: 'f'.repeat(48) })).status).toBe(403);
  expect((await post(body, { 'Content-Type': 'application/json', [PREVIEW_TOKEN_HEADER]: token, Origin: 'http://evil.example' })).status).toBe(403);
  expect((await post(body, { 'Content-Type': 'application/json', [PREVIEW_TOKEN_HEADER]: token }, 'evil.example')).status).toBe(403);
  expect((await post(body, { 'Content-Type': 'text/plain', [PREVIEW_TOKEN_HEADER]: token })).status).toBe(415);
  expect((await savedRows('자산')).length).toBe(rowsBefore);
});

test('unknown function is an Apps Script error', async () => {
  const reply = await call('itamSetup', []);

  expect(reply.status).toBe(200);
  expect(JSON.parse(reply.text)).toEqual({ error: 'Script function not found: itamSetup' });
});

test('Ctrl+C stops the preview', async () => {
  process.emit('SIGINT');
  stopped = true;

  await expect(exitCode).resolves.toBe(0);
  expect(stdout[stdout.length - 1]).toBe('Preview stopped.');
  expect(stderr).toEqual([]);
  await expect(fetch(url)).rejects.toThrow();
});
