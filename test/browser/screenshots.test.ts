/// <reference lib="dom" />
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Browser } from 'playwright-core';
import type { Lang } from '../../src/core/registers/schema';
import { buildSidebarPage, launchChromium, openPanel } from './support/panelBrowser';
import { createPanelWorld, removePanelWorld, type PanelWorld } from './support/panelWorld';

/**
 * Screenshots of the asset panel on the demo workbook, one per language. With ITAM_SCREENSHOTS=1 they
 * replace docs/images/sidebar-ko.png and sidebar-en.png, which both READMEs show; otherwise they go
 * to a temporary folder, so a plain test run leaves the repository unchanged.
 */

const ROOT = path.resolve(__dirname, '../..');
const WRITE_DOCS = process.env.ITAM_SCREENSHOTS === '1';
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const SCENES: Record<Lang, { findTab: string; searchLabel: string; search: string }> = {
  ko: { findTab: '조회', searchLabel: '자산번호, 일련번호, 자산명 또는 사용자', search: '검색' },
  en: { findTab: 'Find', searchLabel: 'Asset tag, serial number, name or user', search: 'Search' },
};

/**
 * Returns the first demo asset that holds a license seat and is covered by a contract, else the first
 * one with a seat, so that the picture shows those sections filled.
 */
function showcaseTag(world: PanelWorld, lang: Lang): string {
  const tab = (en: string, ko: string): unknown[][] => world.cells(lang === 'ko' ? ko : en).slice(1);
  const seats = tab('License Assignments', '라이선스 할당').map((row) => String(row[1]));
  const covered = new Set(tab('Contracts', '계약').flatMap((row) => String(row[12]).split(/[,;\s]+/)));
  const assets = tab('Assets', '자산').map((row) => String(row[0]));
  const withSeat = assets.filter((tag) => seats.includes(tag));
  return withSeat.find((tag) => covered.has(tag)) ?? withSeat[0] ?? assets[0];
}

let browser: Browser;
let html: string;
let outDir: string;

beforeAll(async () => {
  html = buildSidebarPage();
  browser = await launchChromium();
  outDir = WRITE_DOCS ? path.join(ROOT, 'docs', 'images') : fs.mkdtempSync(path.join(os.tmpdir(), 'itam-shots-'));
  fs.mkdirSync(outDir, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  if (!WRITE_DOCS) {
    fs.rmSync(outDir, { recursive: true, force: true });
  }
});

afterEach(() => {
  removePanelWorld();
});

test.each(['ko', 'en'] as const)('asset details in %s', async (lang) => {
  const scene = SCENES[lang];
  const world = createPanelWorld(lang, 'demo');
  const panel = await openPanel(browser, html, world.server);
  const { page } = panel;

  await page.getByRole('tab', { name: scene.findTab }).click();
  const find = page.getByRole('tabpanel');
  await find.getByLabel(scene.searchLabel).fill(showcaseTag(world, lang));
  await find.getByRole('button', { name: scene.search, exact: true }).click();
  await find.locator('button.result').first().click();
  await find.getByRole('heading', { level: 3 }).waitFor();
  await page.evaluate(() => window.scrollTo(0, 0));
  const file = path.join(outDir, `sidebar-${lang}.png`);
  await page.screenshot({ path: file });

  expect(fs.readFileSync(file).subarray(0, 8)).toEqual(PNG_SIGNATURE);
  expect(panel.serverErrors).toEqual([]);
  expect(panel.pageErrors).toEqual([]);
  await panel.context.close();
});
