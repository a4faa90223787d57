import { ANOTHER_RUN, type FakeEnvironment, type LockScope } from './fakeEnvironment';
import { holdLockForAnotherRun, lockKey } from './lockService';
import { deleteSheetState } from './spreadsheet';

/** Failures a test injects into the fakes; each hook fires once, on the nth matching call after it is set. */
export class FaultHooks {
  constructor(private readonly env: FakeEnvironment) {}

  /** Runs `action` just before the nth call of `method` (for example 'Range.setValues'); a throw fails that call. */
  beforeCall(method: string, nth: number, action: () => void): void {
    this.env.addHook(method, nth, action);
  }

  /** Makes the nth call of `method` throw, before it changes anything. */
  failOnCall(method: string, nth: number, error: Error | string = `Service error: ${method} failed (call ${nth}, injected by the test).`): void {
    this.env.addHook(method, nth, () => {
      throw typeof error === 'string' ? new Error(error) : error;
    });
  }

  /**
   * Deletes a sheet just before the nth call of `method`, as if another editor removed it mid-run.
   * Later calls on that sheet or its ranges throw. The spreadsheet defaults to the active one.
   */
  deleteSheetOnCall(sheetName: string, method: string, nth: number, spreadsheetId?: string): void {
    this.env.addHook(method, nth, () => {
      const id = spreadsheetId ?? this.env.activeSpreadsheetId;
      const spreadsheet = id === null ? undefined : this.env.spreadsheets.get(id);
      const sheet = spreadsheet?.findSheet(sheetName);
      if (!spreadsheet || !sheet) {
        throw new Error(`The hook cannot delete the sheet "${sheetName}": it does not exist.`);
      }
      deleteSheetState(spreadsheet, sheet);
    });
  }

  /** Makes the lock of a scope appear held by another execution until releaseHeldLock. */
  holdLock(scope: LockScope): void {
    holdLockForAnotherRun(this.env, scope);
  }

  releaseHeldLock(scope: LockScope): void {
    const key = lockKey(this.env, scope);
    if (this.env.lockHolders.get(key) === ANOTHER_RUN) {
      this.env.lockHolders.delete(key);
    }
  }

  /** Sets the recipients MailApp may still send to today. */
  setMailQuota(recipients: number): void {
    if (!Number.isInteger(recipients) || recipients < 0) {
      throw new Error(`Invalid mail quota ${recipients}: expected a whole number of at least 0.`);
    }
    this.env.mailQuota = recipients;
  }

  /** Makes every sendEmail that includes this address throw `message`. */
  failMailFor(address: string, message = `Failed to send email to ${address}: the mail server rejected the recipient.`): void {
    this.env.mailFailures.set(address.toLowerCase(), message);
  }

  /** Removes pending call hooks and mail failures; held locks stay until releaseHeldLock. */
  clear(): void {
    this.env.clearHooks();
    this.env.mailFailures.clear();
  }
}
