import { countCalls } from './callCounter';
import { ANOTHER_RUN, type FakeEnvironment, type LockScope } from './fakeEnvironment';

/** The lock table key of a scope: the document lock is per spreadsheet, the user lock per user. */
export function lockKey(env: FakeEnvironment, scope: LockScope): string {
  switch (scope) {
    case 'document':
      return `document:${env.activeSpreadsheetId ?? ''}`;
    case 'user':
      return `user:${env.activeUserEmail}`;
    case 'script':
      return 'script';
  }
}

const TIMEOUT_MESSAGE = 'Lock timeout: another process was holding the lock for too long.';

/** Takes the lock for `lock` unless another holder has it; waiting advances the virtual clock. */
function acquire(lock: FakeLock, timeoutInMillis: number): boolean {
  const holder = lock.env.lockHolders.get(lock.key);
  if (holder === lock) {
    return true;
  }
  if (holder === undefined) {
    lock.env.lockHolders.set(lock.key, lock);
    return true;
  }
  lock.env.clock.advance(Math.max(0, timeoutInMillis));
  return false;
}

/**
 * One lock object as returned by getDocumentLock and its siblings. Each call returns a new object, and
 * hasLock and releaseLock apply only to the object that acquired the lock, as in Apps Script.
 * Waiting advances the virtual clock by the whole timeout instead of blocking.
 */
export class FakeLock {
  constructor(
    readonly env: FakeEnvironment,
    readonly key: string,
  ) {}

  tryLock(timeoutInMillis: number): boolean {
    return acquire(this, timeoutInMillis);
  }

  waitLock(timeoutInMillis: number): void {
    if (!acquire(this, timeoutInMillis)) {
      throw new Error(TIMEOUT_MESSAGE);
    }
  }

  hasLock(): boolean {
    return this.env.lockHolders.get(this.key) === this;
  }

  releaseLock(): void {
    if (this.env.lockHolders.get(this.key) === this) {
      this.env.lockHolders.delete(this.key);
    }
  }
}

export class FakeLockService {
  constructor(readonly env: FakeEnvironment) {}

  /** Returns null when the script has no active document, as a standalone script does. */
  getDocumentLock(): FakeLock | null {
    return this.env.activeSpreadsheetId === null ? null : new FakeLock(this.env, lockKey(this.env, 'document'));
  }

  getScriptLock(): FakeLock {
    return new FakeLock(this.env, lockKey(this.env, 'script'));
  }

  getUserLock(): FakeLock {
    return new FakeLock(this.env, lockKey(this.env, 'user'));
  }
}

export function holdLockForAnotherRun(env: FakeEnvironment, scope: LockScope): void {
  env.lockHolders.set(lockKey(env, scope), ANOTHER_RUN);
}

countCalls(FakeLock, 'Lock');
countCalls(FakeLockService, 'LockService');
