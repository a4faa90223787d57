/** The part of Apps Script's client-side API the import and export dialogs use. */
interface ScriptRunner {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: Error) => void): ScriptRunner;
  [functionName: string]: unknown;
}

declare const google: {
  readonly script: {
    readonly run: ScriptRunner;
    readonly host: { close(): void };
  };
};

/**
 * Calls a top-level server function through google.script.run and resolves with its result, or
 * rejects with the error Apps Script reports (an exception on the server, a timeout, no network).
 * Arguments must be plain data: google.script.run cannot pass a Date or a function.
 */
export function callServerFunction<T>(name: string, ...args: readonly unknown[]): Promise<T> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((value) => resolve(value as T))
      .withFailureHandler((error) => reject(error instanceof Error ? error : new Error(String(error))));
    const serverFunction = runner[name];
    if (typeof serverFunction !== 'function') {
      reject(new Error(`google.script.run has no function ${name}.`));
      return;
    }
    (serverFunction as (...values: unknown[]) => void).apply(runner, [...args]);
  });
}

/** Closes the dialog. */
export function closeDialog(): void {
  google.script.host.close();
}
