import { runServerFunction } from './scriptRun';

declare const google: { readonly script: { readonly host: { close(): void } } };

/**
 * Calls a top-level server function through google.script.run and resolves with its result, or
 * rejects with the error Apps Script reports (an exception on the server, a timeout, no network).
 * Arguments must be plain data: google.script.run cannot pass a Date or a function.
 */
export function callServerFunction<T>(name: string, ...args: readonly unknown[]): Promise<T> {
  return runServerFunction(name, args, (cause) => (cause instanceof Error ? cause : new Error(String(cause))));
}

/** Closes the dialog. */
export function closeDialog(): void {
  google.script.host.close();
}
