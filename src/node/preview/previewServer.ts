import { randomBytes, timingSafeEqual } from 'node:crypto';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { translate } from '../../core/i18n';
import { readWorkbookSettings } from '../../core/importing/registerSnapshot';
import { failure, reasonOf } from '../../core/sidebar/panelFailure';
import type { SidebarEnvironment } from '../../core/sidebar/sidebarEnvironment';
import { sidebarService } from '../../core/sidebar/sidebarService';
import type { WorkbookPort } from '../../core/workbook/port';
import { WorkbookFileError } from '../xlsxFileError';
import { invokePanelFunction, type PanelReply } from './panelRpc';
import type { PreviewWorkbook } from './previewWorkbook';
import { PREVIEW_TOKEN_HEADER, withStandIn } from './scriptRunStandIn';

/** Largest request body accepted, in bytes; a panel request is a few kilobytes. */
const MAX_BODY_BYTES = 1024 * 1024;

/** The page may run its own inline script and style, and talk only to this server. */
const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'unsafe-inline'",
  "style-src 'unsafe-inline'",
  "connect-src 'self'",
  "img-src 'self' data:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export interface PreviewServerOptions {
  readonly workbook: PreviewWorkbook;
  /** The built panel page (dist/sidebar.html). */
  readonly sidebarHtml: string;
  /** TCP port on 127.0.0.1; 0 picks a free one. */
  readonly port: number;
  readonly now: () => Date;
  /** Name logged in Change History for changes made in the preview. */
  readonly userName: string;
  /** Writes one line to standard error: each call that failed or could not be saved. */
  readonly log: (line: string) => void;
}

export interface RunningPreview {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

/**
 * Serves the asset panel on 127.0.0.1 with a google.script.run stand-in that posts each call to
 * /rpc, where the same server functions as in Apps Script run over the workbook. Only requests
 * addressed to this host and port get a response, and /rpc needs the per-run token of the served
 * page, so a web page open in another tab cannot call it.
 */
export async function startPreviewServer(options: PreviewServerOptions): Promise<RunningPreview> {
  const token = randomBytes(24).toString('hex');
  const server = http.createServer((request, response) => {
    void handle(request, response, options, token, (server.address() as AddressInfo).port);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

async function handle(request: http.IncomingMessage, response: http.ServerResponse, options: PreviewServerOptions, token: string, port: number): Promise<void> {
  const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  if (!allowedHosts.includes(request.headers.host ?? '')) {
    send(response, 403, 'text/plain; charset=utf-8', 'Forbidden: the preview answers only http://127.0.0.1 on its own port.');
    return;
  }
  const path = (request.url ?? '/').split('?')[0];

  if (request.method === 'GET' && (path === '/' || path === '/sidebar.html')) {
    const page = withStandIn(options.sidebarHtml, { kind: 'http', endpoint: '/rpc', token });
    send(response, 200, 'text/html; charset=utf-8', page);
    return;
  }
  if (request.method === 'POST' && path === '/rpc') {
    await handleCall(request, response, options, token, allowedHosts);
    return;
  }
  send(response, 404, 'text/plain; charset=utf-8', 'Not found.');
}

async function handleCall(request: http.IncomingMessage, response: http.ServerResponse, options: PreviewServerOptions, token: string, allowedHosts: readonly string[]): Promise<void> {
  const origin = request.headers.origin;
  if (origin !== undefined && !allowedHosts.some((host) => origin === `http://${host}`)) {
    send(response, 403, 'text/plain; charset=utf-8', 'Forbidden: cross-origin request.');
    return;
  }
  if (!sameToken(request.headers[PREVIEW_TOKEN_HEADER.toLowerCase()], token)) {
    send(response, 403, 'text/plain; charset=utf-8', 'Forbidden: missing or wrong preview token. Reload the page.');
    return;
  }
  if (!(request.headers['content-type'] ?? '').startsWith('application/json')) {
    send(response, 415, 'text/plain; charset=utf-8', 'Expected a JSON request.');
    return;
  }

  let body: unknown;
  try {
    body = JSON.parse(await readBody(request));
  } catch (error) {
    send(response, 400, 'text/plain; charset=utf-8', `Invalid request: ${reasonOf(error)}`);
    return;
  }

  const reply = await runCall(options, body);
  send(response, 200, 'application/json; charset=utf-8', JSON.stringify(reply));
}

/** Runs one panel call over the workbook and replaces its result with a failure when the save failed. */
async function runCall(options: PreviewServerOptions, body: unknown): Promise<PanelReply> {
  const name = typeof body === 'object' && body !== null ? String((body as { name?: unknown }).name).slice(0, 80) : '?';
  try {
    const run = await options.workbook.run((port) => invokePanelFunction(sidebarService(previewEnvironment(port, options)), body));
    if (run.saveError === null) {
      return run.value;
    }
    const lang = await options.workbook.run((port) => readWorkbookSettings(port).lang);
    const reason = run.saveError instanceof WorkbookFileError ? run.saveError.localizedMessage(lang.value) : reasonOf(run.saveError);
    const message = translate(lang.value, 'cli.preview.saveFailed', { file: options.workbook.file, reason });
    options.log(`${name}: ${message}`);
    return { result: failure(message) };
  } catch (error) {
    options.log(`${name}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return { error: reasonOf(error) };
  }
}

function previewEnvironment(port: WorkbookPort, options: PreviewServerOptions): SidebarEnvironment {
  return {
    port,
    // PreviewWorkbook runs one call at a time, so no other writer can interleave.
    runLocked: (action) => action(),
    now: options.now,
    userEmail: () => options.userName,
    showRow: () => false,
    reportError: (error) => options.log(error instanceof Error ? (error.stack ?? error.message) : String(error)),
  };
}

function sameToken(header: string | string[] | undefined, token: string): boolean {
  if (typeof header !== 'string' || header.length !== token.length) {
    return false;
  }
  return timingSafeEqual(Buffer.from(header), Buffer.from(token));
}

function readBody(request: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error(`the request is larger than ${MAX_BODY_BYTES} bytes`));
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function send(response: http.ServerResponse, status: number, contentType: string, body: string): void {
  response.writeHead(status, {
    'Content-Type': contentType,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'Referrer-Policy': 'no-referrer',
  });
  response.end(body);
}
