import type { ExportDialogSetup, ExportResponse } from '../src/core/exporting/exportDialogServer';
import { callServerFunction, closeDialog } from './dialogBridge';
import { element, replaceChildren, requireElement } from './dom';

/**
 * The export dialog: requests one register tab as CSV text from the server and saves it in the
 * browser through a Blob link, so the add-on needs no Drive scope. The text is UTF-8 with its byte order mark,
 * which the Blob keeps.
 * NOTE: the dialog runs in a sandboxed iframe, and whether Sheets allows downloads from it has not
 * been tried; the link stays on the page so that the user can click it again.
 */

function byId<T extends HTMLElement>(id: string): T {
  return requireElement<T>(id, 'export');
}

const page = {
  intro: byId<HTMLParagraphElement>('intro'),
  form: byId<HTMLFormElement>('form'),
  register: byId<HTMLSelectElement>('register'),
  headers: byId<HTMLSelectElement>('headers'),
  download: byId<HTMLButtonElement>('download'),
  close: byId<HTMLButtonElement>('close'),
  status: byId<HTMLParagraphElement>('status'),
  link: byId<HTMLParagraphElement>('link'),
};

let setup: ExportDialogSetup | null = null;
let objectUrl: string | null = null;

function showStatus(text: string, kind: 'info' | 'error' | 'done' = 'info'): void {
  page.status.textContent = text;
  page.status.className = `status ${kind}`;
}

function fillSelect(select: HTMLSelectElement, options: readonly { value: string; label: string }[]): void {
  replaceChildren(
    select,
    options.map((option) => {
      const node = element('option', { text: option.label });
      node.value = option.value;
      return node;
    }),
  );
}

/** Offers the CSV as a file: a link with the download attribute, clicked once on the user's behalf. */
function saveFile(fileName: string, csv: string): void {
  if (objectUrl !== null) {
    URL.revokeObjectURL(objectUrl);
  }
  objectUrl = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const anchor = element('a', { text: fileName, attributes: { href: objectUrl, download: fileName } });
  replaceChildren(page.link, [anchor]);
  anchor.click();
}

async function onDownload(current: ExportDialogSetup): Promise<void> {
  page.download.disabled = true;
  showStatus(current.strings.working);
  try {
    const response = await callServerFunction<ExportResponse>('exportRegisterCsv', page.register.value, page.headers.value);
    if (response.status !== 'ok') {
      showStatus(response.message, 'error');
      return;
    }
    saveFile(response.fileName, response.csv);
    showStatus(response.message, 'done');
  } catch (error) {
    console.error(error);
    showStatus(`${current.strings.failed} ${error instanceof Error ? error.message : String(error)}`, 'error');
  } finally {
    page.download.disabled = false;
  }
}

function applySetup(received: ExportDialogSetup): void {
  setup = received;
  document.documentElement.lang = received.lang;
  document.title = received.strings.title;
  page.intro.textContent = received.strings.intro;
  byId('registerLabel').textContent = received.strings.register;
  byId('headersLabel').textContent = received.strings.headers;
  page.download.textContent = received.strings.download;
  page.close.textContent = received.strings.close;
  fillSelect(page.register, received.registers);
  fillSelect(page.headers, received.headerModes);
  page.download.disabled = false;
}

function start(): void {
  page.close.addEventListener('click', () => closeDialog());
  page.form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (setup !== null) {
      void onDownload(setup);
    }
  });
  callServerFunction<ExportDialogSetup>('exportDialogSetup')
    .then(applySetup)
    .catch((error: unknown) => {
      console.error(error);
      showStatus(error instanceof Error ? error.message : String(error), 'error');
    });
}

start();
