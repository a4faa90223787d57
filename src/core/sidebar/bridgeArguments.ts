import type { MessageParams } from '../findings/finding';
import { isLifecycleAction, type LifecycleAction } from '../assets/lifecycleTransition';

/**
 * Checks of the arguments that reach a server function through google.script.run. Anyone with edit
 * access can call those functions with any value from the browser console, so nothing the panel sends
 * is trusted: each argument is checked for its type, length, allowed keys and values.
 */

/** Names of the arguments, each with a message `sidebar.argumentName.<name>`. */
export type ArgumentName = 'payload' | 'options' | 'query' | 'assetTag' | 'input' | 'sheetName';

/** A request the panel can never send itself; its message is rendered in the workbook language. */
export class SidebarRequestError extends Error {
  constructor(
    readonly code: string,
    readonly params: MessageParams,
    /** Argument the message names; its localized name fills the {argument} placeholder. */
    readonly argument: ArgumentName | null = null,
  ) {
    super(code);
    this.name = 'SidebarRequestError';
  }
}

/** Highest sheet row accepted: Google Sheets holds at most 10 million cells, so no tab has more rows. */
const MAX_SHEET_ROW = 10_000_000;

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return false;
  }
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** Returns the trimmed text of a string argument; `required` rejects a blank one. */
export function textArgument(value: unknown, name: ArgumentName, maxLength: number, required: boolean): string {
  if (typeof value !== 'string') {
    throw new SidebarRequestError('sidebar.argument.notText', {}, name);
  }
  const text = value.normalize('NFC').trim();
  if (text.length > maxLength) {
    throw new SidebarRequestError('sidebar.argument.tooLong', { length: text.length, limit: maxLength }, name);
  }
  if (required && text === '') {
    throw new SidebarRequestError('sidebar.argument.empty', {}, name);
  }
  return text;
}

/**
 * Returns a plain object of strings whose keys are all in `allowedKeys`. Values keep their spaces, so
 * the field parsers see what was typed; their length is checked there.
 */
export function textRecordArgument(value: unknown, name: ArgumentName, allowedKeys: readonly string[]): Record<string, string> {
  if (!isPlainObject(value)) {
    throw new SidebarRequestError('sidebar.argument.notObject', {}, name);
  }
  const record: Record<string, string> = {};
  for (const [key, entry] of Object.entries(value)) {
    if (!allowedKeys.includes(key)) {
      throw new SidebarRequestError('sidebar.argument.unknownKey', { key: key.slice(0, 40) }, name);
    }
    if (entry === null || entry === undefined) {
      continue;
    }
    if (typeof entry !== 'string') {
      throw new SidebarRequestError('sidebar.argument.notText', {}, name);
    }
    record[key] = entry;
  }
  return record;
}

/** Returns the boolean options of a plain object whose keys are all in `allowedKeys`; absent ones are false. */
export function booleanOptionsArgument<K extends string>(value: unknown, name: ArgumentName, allowedKeys: readonly K[]): Record<K, boolean> {
  const options = {} as Record<K, boolean>;
  for (const key of allowedKeys) {
    options[key] = false;
  }
  if (value === undefined || value === null) {
    return options;
  }
  if (!isPlainObject(value)) {
    throw new SidebarRequestError('sidebar.argument.notObject', {}, name);
  }
  for (const [key, entry] of Object.entries(value)) {
    if (!(allowedKeys as readonly string[]).includes(key)) {
      throw new SidebarRequestError('sidebar.argument.unknownKey', { key: key.slice(0, 40) }, name);
    }
    if (typeof entry !== 'boolean') {
      throw new SidebarRequestError('sidebar.argument.notBoolean', { key }, name);
    }
    options[key as K] = entry;
  }
  return options;
}

export function lifecycleActionArgument(value: unknown): LifecycleAction {
  if (!isLifecycleAction(value)) {
    throw new SidebarRequestError('sidebar.argument.unknownAction', { value: String(value).slice(0, 40) });
  }
  return value;
}

/** Returns a 1-based sheet row number. */
export function rowArgument(value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > MAX_SHEET_ROW) {
    throw new SidebarRequestError('sidebar.argument.invalidRow', { value: String(value).slice(0, 40) });
  }
  return value;
}
