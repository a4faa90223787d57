/// <reference lib="dom" />
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { SidebarServer } from '../../../src/core/sidebar/sidebarContract';
import { invokePanelFunction } from '../../../src/node/preview/panelRpc';
import { withStandIn } from '../../../src/node/preview/scriptRunStandIn';

const ROOT = path.resolve(__dirname, '../../..');

/** Debian's Chromium; .ci/run installs it with apt-get when it is missing. Tests never download a browser. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/** The address the tests serve the panel at. page.route fulfills it, so no request leaves the browser. */
export const PANEL_URL = 'http://itam-panel.test/sidebar.html';

/** The sidebar's width in Google Sheets is about 300 px. */
export const SIDEBAR_VIEWPORT = { width: 300, height: 900 };

export function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(`${CHROMIUM_PATH} is missing. Install Debian's Chromium: apt-get update && apt-get install -y --no-install-recommends chromium`);
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    // The preview test sends SIGINT to stop `itam preview`; Playwright must not exit the test process on it.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** Builds the Apps Script files into a temporary folder with scripts/build.mjs and returns the built sidebar page. */
export function buildSidebarPage(): string {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'itam-panel-'));
  try {
    const build = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs'), '--gas-only', '--out-dir', outDir], { cwd: ROOT, encoding: 'utf8' });
    if (build.status !== 0) {
      throw new Error(`The build failed:\n${build.stdout}\n${build.stderr}`);
    }
    return fs.readFileSync(path.join(outDir, 'sidebar.html'), 'utf8');
  } finally {
    fs.rmSync(outDir, { recursive: true, force: true });
  }
}

/** One open panel and what it did besides its own page: dialogs, other requests, script errors and server errors. */
export interface PanelPage {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Messages of alert, confirm and prompt dialogs; an XSS payload would add one. */
  readonly dialogs: string[];
  /** URLs the page requested besides itself; each was blocked. */
  readonly otherRequests: string[];
  readonly pageErrors: string[];
  /** Errors thrown by the server side of a call, such as a result google.script.run cannot carry. */
  readonly serverErrors: string[];
}

const BINDING = '__itamPanelCall';

/**
 * Opens the built panel in a 300 px wide page whose google.script.run calls `server()` in this Node
 * process, as Apps Script calls the top-level functions. Every call gets a fresh server, as every
 * google.script.run call starts a fresh Apps Script execution.
 */
export async function openPanel(browser: Browser, html: string, server: () => SidebarServer): Promise<PanelPage> {
  const context = await browser.newContext({ viewport: SIDEBAR_VIEWPORT });
  const page = await context.newPage();
  const panel: PanelPage = { context, page, dialogs: [], otherRequests: [], pageErrors: [], serverErrors: [] };

  page.on('dialog', (dialog) => {
    panel.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => panel.pageErrors.push(error.message));
  await page.route('**/*', (route) => {
    if (route.request().url() === PANEL_URL) {
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: withStandIn(html, { kind: 'binding', bindingName: BINDING }) });
    }
    panel.otherRequests.push(route.request().url());
    return route.abort();
  });
  await page.exposeBinding(BINDING, (_source, body: string) => {
    try {
      return JSON.stringify(invokePanelFunction(server(), JSON.parse(body)));
    } catch (error) {
      panel.serverErrors.push(error instanceof Error ? error.message : String(error));
      throw error;
    }
  });

  await page.goto(PANEL_URL);
  await page.getByRole('tablist').waitFor();
  return panel;
}

/** Runs axe-core in the page and returns the serious and critical violations with their targets. */
export async function seriousViolations(page: Page): Promise<{ id: string; impact: string; targets: string[] }[]> {
  await page.addScriptTag({ path: path.join(ROOT, 'node_modules', 'axe-core', 'axe.min.js') });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document) => Promise<{ violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document);
    return result.violations.map((violation) => ({ id: violation.id, impact: violation.impact ?? '', targets: violation.nodes.map((node) => node.target.join(' ')) }));
  });
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
}
