import { BridgeError } from './serverBridge';
import type { Labels } from './fieldControl';

/** Progress display of a long action: the buttons it disables, the status line and the region marked busy. */
export interface ProgressTarget {
  readonly buttons: readonly HTMLButtonElement[];
  readonly status: HTMLElement;
  readonly region: HTMLElement;
}

/**
 * Runs a server call while the buttons are disabled, the region is marked busy and the status line
 * (a live region) shows what is happening. When the call ends the buttons come back, and the keyboard
 * focus returns to the button that started it if disabling it had dropped the focus.
 */
export async function withProgress<T>(target: ProgressTarget, workingText: string, work: () => Promise<T>): Promise<T> {
  const focused = document.activeElement;
  for (const button of target.buttons) {
    button.disabled = true;
  }
  target.region.setAttribute('aria-busy', 'true');
  target.status.textContent = workingText;
  try {
    return await work();
  } finally {
    for (const button of target.buttons) {
      button.disabled = false;
    }
    target.region.removeAttribute('aria-busy');
    if (focused instanceof HTMLElement && (document.activeElement === document.body || document.activeElement === null) && focused.isConnected) {
      focused.focus();
    }
  }
}

/**
 * Returns the text to show when a call failed before the server could reply (offline, Apps Script
 * timeout). The error itself goes to the browser console only.
 */
export function callFailureText(error: unknown, labels: Labels): string {
  console.error(error instanceof BridgeError ? `google.script.run failed: ${error.message}` : error);
  return labels.callFailed;
}
