import type { SidebarServer } from '../src/core/sidebar/sidebarContract';

/** The part of Apps Script's client-side google.script.run API the panel uses. */
interface ScriptRunner {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: Error) => void): ScriptRunner;
  [functionName: string]: unknown;
}

declare const google: { readonly script: { readonly run: ScriptRunner } };

/** The call reached no server function or the server threw (Apps Script's own failure, such as a timeout). */
export class BridgeError extends Error {
  constructor(readonly cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause));
    this.name = 'BridgeError';
  }
}

/**
 * Calls a server function through google.script.run and resolves with its result. Arguments and
 * results are typed by SidebarServer, the same interface the server implements. google.script.run
 * accepts only plain data, so no Date or function may go into `args`.
 */
export function callServer<K extends keyof SidebarServer>(name: K, ...args: Parameters<SidebarServer[K]>): Promise<ReturnType<SidebarServer[K]>> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((value) => resolve(value as ReturnType<SidebarServer[K]>))
      .withFailureHandler((error) => reject(new BridgeError(error)));
    const serverFunction = runner[name];
    if (typeof serverFunction !== 'function') {
      reject(new BridgeError(`google.script.run has no function ${name}.`));
      return;
    }
    (serverFunction as (...values: unknown[]) => void).apply(runner, args);
  });
}
