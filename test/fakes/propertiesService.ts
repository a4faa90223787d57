import { countCalls } from './callCounter';
import type { FakeEnvironment } from './fakeEnvironment';

/** Apps Script quotas: 9 KB per property value and 500 KB per property store. */
export const MAX_PROPERTY_VALUE_BYTES = 9 * 1024;
export const MAX_PROPERTY_STORE_BYTES = 500 * 1024;

function utf8Length(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

export class FakeProperties {
  constructor(
    readonly env: FakeEnvironment,
    private readonly store: Map<string, string>,
  ) {}

  /** Returns null for a missing key. */
  getProperty(key: string): string | null {
    return this.store.get(key) ?? null;
  }

  setProperty(key: string, value: string): this {
    storeProperties(this.store, { [key]: value }, false);
    return this;
  }

  deleteProperty(key: string): this {
    this.store.delete(key);
    return this;
  }

  getProperties(): Record<string, string> {
    return Object.fromEntries(this.store);
  }

  getKeys(): string[] {
    return [...this.store.keys()];
  }

  setProperties(properties: Record<string, unknown>, deleteAllOthers = false): this {
    storeProperties(this.store, properties, deleteAllOthers);
    return this;
  }

  deleteAllProperties(): this {
    this.store.clear();
    return this;
  }
}

/** Stores values as strings after checking both quotas, so a rejected call changes nothing. */
function storeProperties(store: Map<string, string>, properties: Record<string, unknown>, deleteAllOthers: boolean): void {
  const next = new Map(deleteAllOthers ? [] : store);
  for (const [key, raw] of Object.entries(properties)) {
    if (key === '') {
      throw new Error('A property key must be a non-empty string.');
    }
    const value = String(raw);
    if (utf8Length(value) > MAX_PROPERTY_VALUE_BYTES) {
      throw new Error(`Argument too large: value (property "${key}" is ${utf8Length(value)} bytes; the limit is ${MAX_PROPERTY_VALUE_BYTES}).`);
    }
    next.set(key, value);
  }
  let total = 0;
  for (const [key, value] of next) {
    total += utf8Length(key) + utf8Length(value);
  }
  if (total > MAX_PROPERTY_STORE_BYTES) {
    throw new Error('You have exceeded the property storage quota. Please remove some properties and try again.');
  }
  store.clear();
  for (const [key, value] of next) {
    store.set(key, value);
  }
}

export class FakePropertiesService {
  constructor(readonly env: FakeEnvironment) {}

  /** Returns null without an active document, as in a standalone script. */
  getDocumentProperties(): FakeProperties | null {
    if (this.env.activeSpreadsheetId === null) {
      return null;
    }
    return new FakeProperties(this.env, storeFor(this.env, `document:${this.env.activeSpreadsheetId}`));
  }

  getScriptProperties(): FakeProperties {
    return new FakeProperties(this.env, storeFor(this.env, 'script'));
  }

  getUserProperties(): FakeProperties {
    return new FakeProperties(this.env, storeFor(this.env, `user:${this.env.activeUserEmail}`));
  }
}

export function storeFor(env: FakeEnvironment, key: string): Map<string, string> {
  let store = env.propertyStores.get(key);
  if (!store) {
    store = new Map();
    env.propertyStores.set(key, store);
  }
  return store;
}

countCalls(FakeProperties, 'Properties');
countCalls(FakePropertiesService, 'PropertiesService');
