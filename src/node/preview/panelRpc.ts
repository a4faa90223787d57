import { SIDEBAR_FUNCTION_NAMES, type SidebarFunctionName, type SidebarServer } from '../../core/sidebar/sidebarContract';

/**
 * The server half of the google.script.run stand-in: one request names a panel function and its
 * arguments, and the reply carries the result or the error text Apps Script would give. Used by
 * `itam preview` over HTTP and by the browser tests over a Playwright binding.
 */

export interface PanelRequest {
  readonly name: string;
  readonly args: readonly unknown[];
}

export type PanelReply = { readonly result: unknown } | { readonly error: string };

/**
 * Returns why a value could not cross google.script.run, or null when it can. Apps Script passes
 * numbers, strings, booleans, null, and arrays or plain objects of those. A Date, a function or a
 * class instance makes the call fail.
 */
export function plainDataProblem(value: unknown, path = 'value'): string | null {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') {
    return null;
  }
  if (typeof value === 'number') {
    return Number.isFinite(value) ? null : `${path} is ${value}, which JSON cannot carry`;
  }
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      const problem = plainDataProblem(value[index], `${path}[${index}]`);
      if (problem !== null) {
        return problem;
      }
    }
    return null;
  }
  if (typeof value === 'object' && (Object.getPrototypeOf(value) === Object.prototype || Object.getPrototypeOf(value) === null)) {
    for (const [key, entry] of Object.entries(value as Record<string, unknown>)) {
      const problem = plainDataProblem(entry, `${path}.${key}`);
      if (problem !== null) {
        return problem;
      }
    }
    return null;
  }
  if (value instanceof Date) {
    return `${path} is a Date`;
  }
  if (typeof value === 'object') {
    return `${path} is an instance of ${value.constructor?.name ?? 'a class'}`;
  }
  return `${path} is a ${typeof value}`;
}

function isFunctionName(name: unknown): name is SidebarFunctionName {
  return typeof name === 'string' && (SIDEBAR_FUNCTION_NAMES as readonly string[]).includes(name);
}

/** Runs one request against the panel's server functions, checking both directions of the bridge. */
export function invokePanelFunction(server: SidebarServer, request: unknown): PanelReply {
  if (typeof request !== 'object' || request === null || !Array.isArray((request as PanelRequest).args)) {
    return { error: 'Invalid request: expected {"name": "...", "args": [...]}.' };
  }
  const { name, args } = request as PanelRequest;
  if (!isFunctionName(name)) {
    return { error: `Script function not found: ${String(name).slice(0, 80)}` };
  }
  const argumentProblem = plainDataProblem(args, 'args');
  if (argumentProblem !== null) {
    return { error: `Invalid argument: ${argumentProblem}.` };
  }

  const call = server[name] as (...values: unknown[]) => unknown;
  const result = call(...args);
  const resultProblem = plainDataProblem(result, 'result');
  if (resultProblem !== null) {
    throw new Error(`The server function ${name} returned data that cannot cross google.script.run: ${resultProblem}.`);
  }
  return { result };
}
