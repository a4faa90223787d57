import type { DialogOption, ImportDialogResponse, ImportDialogSetup } from '../src/core/importing/importDialogServer';
import type { ImportRequest } from '../src/core/importing/importRequest';
import type { ImportPreview, PreviewRow } from '../src/core/importing/importPreview';
import { callServerFunction, closeDialog } from './dialogBridge';
import { element, replaceChildren, requireElement } from './dom';

/**
 * The import dialog: reads the chosen CSV file as bytes, sends it as base64 for a preview of every
 * row, and commits on confirmation with the counts the user saw. Every text from the file or the
 * server goes into the page through textContent.
 */

type Strings = ImportDialogSetup['strings'];
type RequestBody = Omit<ImportRequest, 'expected'>;

const BASE64_CHUNK = 0x8000;

function byId<T extends HTMLElement>(id: string): T {
  return requireElement<T>(id, 'import');
}

const page = {
  intro: byId<HTMLParagraphElement>('intro'),
  form: byId<HTMLFormElement>('form'),
  file: byId<HTMLInputElement>('file'),
  register: byId<HTMLSelectElement>('register'),
  source: byId<HTMLSelectElement>('source'),
  encoding: byId<HTMLSelectElement>('encoding'),
  dateOrder: byId<HTMLSelectElement>('dateOrder'),
  preview: byId<HTMLButtonElement>('preview'),
  commit: byId<HTMLButtonElement>('commit'),
  close: byId<HTMLButtonElement>('close'),
  status: byId<HTMLParagraphElement>('status'),
  result: byId<HTMLElement>('result'),
};

let strings: Strings | null = null;
let maxBytes = 0;
/** The preview on screen with the request that produced it; null when an input changed since. */
let onScreen: { request: RequestBody; preview: ImportPreview } | null = null;
let committed = false;

/** Encodes bytes as base64 in chunks, because String.fromCharCode takes a limited number of arguments. */
function base64Of(bytes: Uint8Array): string {
  let binary = '';
  for (let start = 0; start < bytes.length; start += BASE64_CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(start, start + BASE64_CHUNK));
  }
  return btoa(binary);
}

function setText(id: string, text: string): void {
  byId(id).textContent = text;
}

function fillSelect(select: HTMLSelectElement, options: readonly DialogOption[]): void {
  replaceChildren(
    select,
    options.map((option) => {
      const node = element('option', { text: option.label });
      node.value = option.value;
      return node;
    }),
  );
}

function showStatus(text: string, kind: 'info' | 'error' | 'done' = 'info'): void {
  page.status.textContent = text;
  page.status.className = `status ${kind}`;
}

function invalidatePreview(): void {
  onScreen = null;
  committed = false;
  page.commit.disabled = true;
  page.result.hidden = true;
  replaceChildren(page.result);
  showStatus('');
}

function rowElement(row: PreviewRow, labels: Strings): HTMLTableRowElement {
  const details = element('td', { className: 'details' });
  for (const detail of row.details) {
    details.appendChild(element('div', { text: detail }));
  }
  return element('tr', { className: row.status }, [
    element('td', { className: 'number', text: String(row.row) }),
    element('td', { className: 'number', text: String(row.line) }),
    element('td', { text: labels[row.status] }),
    element('td', { text: row.key }),
    details,
  ]);
}

function messageList(title: string, messages: readonly string[], className: string): HTMLElement | null {
  if (messages.length === 0) {
    return null;
  }
  return element('section', { className }, [element('h2', { text: title }), element('ul', {}, messages.map((message) => element('li', { text: message })))]);
}

function renderPreview(preview: ImportPreview, labels: Strings): void {
  const header = element('tr', {}, [labels.headerRow, labels.headerLine, labels.headerResult, labels.headerKey, labels.headerDetails].map((text) => element('th', { text, attributes: { scope: 'col' } })));
  const table = element('table', { id: 'rows' }, [
    element('caption', { text: labels.rowsTitle }),
    element('thead', {}, [header]),
    element('tbody', {}, preview.rows.map((row) => rowElement(row, labels))),
  ]);

  replaceChildren(page.result, [
    element('div', { id: 'summary' }, preview.summary.map((line) => element('p', { text: line }))),
    messageList(labels.errorsTitle, preview.errors, 'errors'),
    table,
    preview.omittedNote === null ? null : element('p', { id: 'omitted', text: preview.omittedNote }),
    messageList(labels.warningsTitle, preview.warnings, 'warnings'),
  ]);
  page.result.hidden = false;
}

/** Returns whether the preview on screen may be committed: not yet committed, and with rows to add. */
function canCommit(): boolean {
  return onScreen !== null && !committed && onScreen.preview.counts.accepted > 0 && onScreen.preview.errors.length === 0;
}

/** Shows a preview and allows the commit when at least one row would be added. */
function showPreview(request: RequestBody, preview: ImportPreview, labels: Strings): void {
  onScreen = { request, preview };
  renderPreview(preview, labels);
  page.commit.disabled = !canCommit();
  if (!committed && !canCommit()) {
    showStatus(labels.nothingToImport, 'error');
  }
}

async function requestBody(labels: Strings): Promise<RequestBody | null> {
  const file = page.file.files?.[0];
  if (file === undefined) {
    showStatus(labels.chooseFile, 'error');
    return null;
  }
  if (file.size > maxBytes) {
    showStatus(labels.tooLarge, 'error');
    return null;
  }
  showStatus(labels.reading);
  const bytes = new Uint8Array(await file.arrayBuffer());
  return {
    fileName: file.name,
    contentBase64: base64Of(bytes),
    register: page.register.value as RequestBody['register'],
    source: page.source.value as RequestBody['source'],
    encoding: page.encoding.value as RequestBody['encoding'],
    dateOrder: page.dateOrder.value === '' ? null : (page.dateOrder.value as NonNullable<RequestBody['dateOrder']>),
  };
}

/** Handles every response status the server returns for a preview or a commit. */
function handleResponse(request: RequestBody, response: ImportDialogResponse, labels: Strings): void {
  switch (response.status) {
    case 'preview':
      showStatus('');
      showPreview(request, response.preview, labels);
      return;
    case 'committed':
      committed = true;
      showPreview(request, response.preview, labels);
      showStatus(response.message, 'done');
      return;
    case 'changed':
      showPreview(request, response.preview, labels);
      showStatus(response.message, 'error');
      return;
    case 'busy':
    case 'invalid':
      showStatus(response.message, 'error');
      return;
  }
}

/** Runs a server call with both buttons disabled and the result region marked busy. */
async function runBusy(work: () => Promise<void>, labels: Strings): Promise<void> {
  page.preview.disabled = true;
  page.commit.disabled = true;
  page.result.setAttribute('aria-busy', 'true');
  try {
    await work();
  } catch (error) {
    console.error(error);
    showStatus(`${labels.failed} ${error instanceof Error ? error.message : String(error)}`, 'error');
  } finally {
    page.result.removeAttribute('aria-busy');
    page.preview.disabled = false;
    page.commit.disabled = !canCommit();
  }
}

async function onPreview(labels: Strings): Promise<void> {
  invalidatePreview();
  await runBusy(async () => {
    const request = await requestBody(labels);
    if (request === null) {
      return;
    }
    showStatus(labels.checking);
    handleResponse(request, await callServerFunction<ImportDialogResponse>('importPreview', request), labels);
  }, labels);
}

async function onCommit(labels: Strings): Promise<void> {
  const current = onScreen;
  if (current === null || committed) {
    return;
  }
  await runBusy(async () => {
    showStatus(labels.committing);
    const response = await callServerFunction<ImportDialogResponse>('importCommit', { ...current.request, expected: current.preview.counts });
    handleResponse(current.request, response, labels);
  }, labels);
}

function applySetup(setup: ImportDialogSetup): void {
  strings = setup.strings;
  maxBytes = setup.maxBytes;
  document.documentElement.lang = setup.lang;
  document.title = setup.strings.title;
  page.intro.textContent = setup.strings.intro;
  setText('fileLabel', setup.strings.file);
  setText('registerLabel', setup.strings.register);
  setText('sourceLabel', setup.strings.source);
  setText('encodingLabel', setup.strings.encoding);
  setText('dateOrderLabel', setup.strings.dateOrder);
  page.preview.textContent = setup.strings.preview;
  page.commit.textContent = setup.strings.commit;
  page.close.textContent = setup.strings.close;
  fillSelect(page.register, setup.registers);
  fillSelect(page.source, setup.sources);
  fillSelect(page.encoding, setup.encodings);
  fillSelect(page.dateOrder, setup.dateOrders);
  page.preview.disabled = false;
}

function start(): void {
  page.close.addEventListener('click', () => closeDialog());
  for (const input of [page.file, page.register, page.source, page.encoding, page.dateOrder]) {
    input.addEventListener('change', invalidatePreview);
  }
  page.form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (strings !== null) {
      void onPreview(strings);
    }
  });
  page.commit.addEventListener('click', () => {
    if (strings !== null) {
      void onCommit(strings);
    }
  });

  callServerFunction<ImportDialogSetup>('importDialogSetup')
    .then(applySetup)
    .catch((error: unknown) => {
      console.error(error);
      showStatus(error instanceof Error ? error.message : String(error), 'error');
    });
}

start();
