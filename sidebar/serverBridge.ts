import type { SidebarServer } from '../src/core/sidebar/sidebarContract';
import { runServerFunction } from './scriptRun';

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
  return runServerFunction(name, args, (cause) => new BridgeError(cause));
}
