import type { RowLink } from '../src/core/sidebar/sidebarContract';
import type { Labels } from './fieldControl';
import { callFailureText, withProgress } from './progress';
import { callServer } from './serverBridge';

/** Asks the server to select a sheet row, and reports the result in the status line. */
export async function showRow(link: RowLink, button: HTMLButtonElement, status: HTMLElement, labels: Labels): Promise<void> {
  try {
    const result = await withProgress({ buttons: [button], status, region: button }, labels['row.selecting'], () => callServer('sidebarShowRow', link.sheetName, link.row));
    status.textContent = result.message;
  } catch (error) {
    status.textContent = callFailureText(error, labels);
  }
}
