/** The part of Apps Script's client-side google.script.run API the panel and dialogs use. */
interface ScriptRunner {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: unknown) => void): ScriptRunner;
  [functionName: string]: unknown;
}

declare const google: { readonly script: { readonly run: ScriptRunner } };

/**
 * Calls a top-level server function through google.script.run and resolves with its result, or
 * rejects with what Apps Script reports (an exception on the server, a timeout, no network) passed
 * through `toError`. Arguments must be plain data: google.script.run cannot pass a Date or a function.
 */
export function runServerFunction<T>(name: string, args: readonly unknown[], toError: (cause: unknown) => Error): Promise<T> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((value) => resolve(value as T))
      .withFailureHandler((error) => reject(toError(error)));
    const serverFunction = runner[name];
    if (typeof serverFunction !== 'function') {
      reject(toError(`google.script.run has no function ${name}.`));
      return;
    }
    (serverFunction as (...values: unknown[]) => void).apply(runner, [...args]);
  });
}
