import { countCalls } from './callCounter';
import type { FakeEnvironment } from './fakeEnvironment';

/** CacheService limits: keys up to 250 characters, values up to 100 KB, 1 s to 6 h expiry (default 10 min). */
const MAX_KEY_LENGTH = 250;
const MAX_VALUE_BYTES = 100 * 1024;
const DEFAULT_EXPIRATION_SECONDS = 600;
const MAX_EXPIRATION_SECONDS = 21600;

type CacheEntries = Map<string, { value: string; expiresAt: number }>;

/** A cache whose entries expire on the environment's virtual clock. */
export class FakeCache {
  constructor(
    readonly env: FakeEnvironment,
    private readonly entries: CacheEntries,
  ) {}

  /** Returns null for a missing or expired key. */
  get(key: string): string | null {
    return readEntry(this.env, this.entries, key);
  }

  put(key: string, value: string, expirationInSeconds = DEFAULT_EXPIRATION_SECONDS): void {
    writeEntries(this.env, this.entries, { [key]: value }, expirationInSeconds);
  }

  remove(key: string): void {
    this.entries.delete(key);
  }

  getAll(keys: readonly string[]): Record<string, string> {
    const result: Record<string, string> = {};
    for (const key of keys) {
      const value = readEntry(this.env, this.entries, key);
      if (value !== null) {
        result[key] = value;
      }
    }
    return result;
  }

  putAll(values: Record<string, string>, expirationInSeconds = DEFAULT_EXPIRATION_SECONDS): void {
    writeEntries(this.env, this.entries, values, expirationInSeconds);
  }

  removeAll(keys: readonly string[]): void {
    for (const key of keys) {
      this.entries.delete(key);
    }
  }
}

function readEntry(env: FakeEnvironment, entries: CacheEntries, key: string): string | null {
  const entry = entries.get(key);
  if (!entry) {
    return null;
  }
  if (entry.expiresAt <= env.clock.now()) {
    entries.delete(key);
    return null;
  }
  return entry.value;
}

function writeEntries(env: FakeEnvironment, entries: CacheEntries, values: Record<string, string>, expirationInSeconds: number): void {
  if (!Number.isFinite(expirationInSeconds) || expirationInSeconds < 1 || expirationInSeconds > MAX_EXPIRATION_SECONDS) {
    throw new Error(`Invalid cache expiration ${expirationInSeconds}: expected 1 to ${MAX_EXPIRATION_SECONDS} seconds.`);
  }
  for (const [key, value] of Object.entries(values)) {
    if (key.length === 0 || key.length > MAX_KEY_LENGTH) {
      throw new Error(`Invalid cache key of ${key.length} characters: expected 1 to ${MAX_KEY_LENGTH}.`);
    }
    if (typeof value !== 'string') {
      throw new Error(`Cache values must be strings; the value for "${key}" is ${typeof value}.`);
    }
    if (Buffer.byteLength(value, 'utf8') > MAX_VALUE_BYTES) {
      throw new Error(`Argument too large: value (cache key "${key}").`);
    }
  }
  const expiresAt = env.clock.now() + expirationInSeconds * 1000;
  for (const [key, value] of Object.entries(values)) {
    entries.set(key, { value, expiresAt });
  }
}

export class FakeCacheService {
  constructor(readonly env: FakeEnvironment) {}

  getDocumentCache(): FakeCache | null {
    if (this.env.activeSpreadsheetId === null) {
      return null;
    }
    return new FakeCache(this.env, cacheFor(this.env, `document:${this.env.activeSpreadsheetId}`));
  }

  getScriptCache(): FakeCache {
    return new FakeCache(this.env, cacheFor(this.env, 'script'));
  }

  getUserCache(): FakeCache {
    return new FakeCache(this.env, cacheFor(this.env, `user:${this.env.activeUserEmail}`));
  }
}

function cacheFor(env: FakeEnvironment, key: string): CacheEntries {
  let entries = env.caches.get(key);
  if (!entries) {
    entries = new Map();
    env.caches.set(key, entries);
  }
  return entries;
}

countCalls(FakeCache, 'Cache');
countCalls(FakeCacheService, 'CacheService');
