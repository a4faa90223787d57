import { Charts } from './charts';
import type { CallCounter } from './callCounter';
import { FakeCacheService } from './cacheService';
import {
  ANOTHER_RUN,
  FakeEnvironment,
  type GasFakesOptions,
  type LockScope,
  type LogEntry,
  type SentMail,
  type SpreadsheetSeed,
  type TriggerState,
  type UiRecord,
} from './fakeEnvironment';
import { FaultHooks } from './faultHooks';
import { FakeHtmlService } from './htmlService';
import { FakeLockService, lockKey } from './lockService';
import { createFakeConsole, FakeLogger } from './logging';
import { FakeMailApp } from './mailApp';
import { FakePropertiesService, storeFor } from './propertiesService';
import { FakeScriptApp } from './scriptApp';
import { FakeSession } from './session';
import { FakeSpreadsheet } from './spreadsheet';
import { FakeSpreadsheetApp } from './spreadsheetApp';
import { FakeUtilities } from './utilities';
import type { VirtualClock } from './virtualClock';
import { assertTimeZone } from './zonedTime';

/** Names installGasFakes defines on its target. */
export const GAS_GLOBAL_NAMES = [
  'SpreadsheetApp',
  'LockService',
  'PropertiesService',
  'CacheService',
  'ScriptApp',
  'MailApp',
  'Session',
  'Utilities',
  'HtmlService',
  'Logger',
  'Charts',
  'console',
] as const;

/**
 * One independent fake Apps Script world: the service globals, their shared state, the call counter
 * and the fault hooks. Create one per test with createGasFakes or installGasFakes.
 */
export class GasFakes {
  readonly env: FakeEnvironment;
  readonly SpreadsheetApp: FakeSpreadsheetApp;
  readonly LockService: FakeLockService;
  readonly PropertiesService: FakePropertiesService;
  readonly CacheService: FakeCacheService;
  readonly ScriptApp: FakeScriptApp;
  readonly MailApp: FakeMailApp;
  readonly Session: FakeSession;
  readonly Utilities: FakeUtilities;
  readonly HtmlService: FakeHtmlService;
  readonly Logger: FakeLogger;
  readonly Charts = Charts;
  readonly console: ReturnType<typeof createFakeConsole>;
  readonly hooks: FaultHooks;

  constructor(options: GasFakesOptions = {}) {
    this.env = new FakeEnvironment(options);
    this.SpreadsheetApp = new FakeSpreadsheetApp(this.env);
    this.LockService = new FakeLockService(this.env);
    this.PropertiesService = new FakePropertiesService(this.env);
    this.CacheService = new FakeCacheService(this.env);
    this.ScriptApp = new FakeScriptApp(this.env);
    this.MailApp = new FakeMailApp(this.env);
    this.Session = new FakeSession(this.env);
    this.Utilities = new FakeUtilities(this.env);
    this.HtmlService = new FakeHtmlService(this.env);
    this.Logger = new FakeLogger(this.env);
    this.console = createFakeConsole(this.env);
    this.hooks = new FaultHooks(this.env);
  }

  /** Service calls (total and per `Service.method`) and cells read and written. */
  get calls(): CallCounter {
    return this.env.calls;
  }

  get clock(): VirtualClock {
    return this.env.clock;
  }

  /** Menus, alerts, prompts, sidebars, dialogs and toasts; push to alertResponses to script replies. */
  get ui(): UiRecord {
    return this.env.ui;
  }

  get sentMail(): readonly SentMail[] {
    return this.env.sentMail;
  }

  get logs(): readonly LogEntry[] {
    return this.env.logs;
  }

  /** Installed triggers of every user, with their schedules. */
  get triggers(): readonly TriggerState[] {
    return this.env.triggers;
  }

  /** The active spreadsheet; throws when the fakes run without one. */
  get spreadsheet(): FakeSpreadsheet {
    const state = this.env.activeSpreadsheet();
    if (!state) {
      throw new Error('These fakes have no active spreadsheet; use spreadsheetById or addSpreadsheet.');
    }
    return new FakeSpreadsheet(this.env, state);
  }

  spreadsheetById(id: string): FakeSpreadsheet {
    const state = this.env.spreadsheets.get(id);
    if (!state) {
      throw new Error(`No fake spreadsheet has the id ${id}.`);
    }
    return new FakeSpreadsheet(this.env, state);
  }

  /** Adds a spreadsheet that SpreadsheetApp.openById finds; it does not become active. */
  addSpreadsheet(seed: SpreadsheetSeed = {}): FakeSpreadsheet {
    return new FakeSpreadsheet(this.env, this.env.createSpreadsheet(seed));
  }

  setActiveSpreadsheet(spreadsheet: FakeSpreadsheet | null): void {
    this.env.activeSpreadsheetId = spreadsheet === null ? null : spreadsheet.state.id;
  }

  setActiveUser(email: string, effectiveEmail = email): void {
    this.env.activeUserEmail = email;
    this.env.effectiveUserEmail = effectiveEmail;
  }

  setScriptTimeZone(timeZone: string): void {
    assertTimeZone(timeZone);
    this.env.scriptTimeZone = timeZone;
  }

  setAuthorizationRequired(required: boolean): void {
    this.env.authorizationRequired = required;
  }

  /** Runs test setup or inspection without counting calls or firing hooks. */
  uncounted<T>(action: () => T): T {
    return this.env.uncounted(action);
  }

  /** Who holds a lock scope: 'free', 'another run' (see hooks.holdLock) or 'this run'. */
  lockHolder(scope: LockScope): 'free' | 'another run' | 'this run' {
    const holder = this.env.lockHolders.get(lockKey(this.env, scope));
    if (holder === undefined) {
      return 'free';
    }
    return holder === ANOTHER_RUN ? 'another run' : 'this run';
  }

  /** Returns a copy of a property store for assertions; the document store is the active spreadsheet's. */
  properties(scope: 'document' | 'script' | 'user'): Record<string, string> {
    let key = 'script';
    if (scope === 'document') {
      key = `document:${this.env.activeSpreadsheetId ?? ''}`;
    } else if (scope === 'user') {
      key = `user:${this.env.activeUserEmail}`;
    }
    return Object.fromEntries(storeFor(this.env, key));
  }

  /** Returns the objects that installGasFakes defines, by global name. */
  globals(): Record<(typeof GAS_GLOBAL_NAMES)[number], unknown> {
    return {
      SpreadsheetApp: this.SpreadsheetApp,
      LockService: this.LockService,
      PropertiesService: this.PropertiesService,
      CacheService: this.CacheService,
      ScriptApp: this.ScriptApp,
      MailApp: this.MailApp,
      Session: this.Session,
      Utilities: this.Utilities,
      HtmlService: this.HtmlService,
      Logger: this.Logger,
      Charts: this.Charts,
      console: this.console,
    };
  }
}

export function createGasFakes(options: GasFakesOptions = {}): GasFakes {
  return new GasFakes(options);
}

export interface InstallOptions {
  /** Replace `console` too; default true for a vm context and false for Node's own global object. */
  readonly console?: boolean;
}

/**
 * Defines the fake services as globals on `target`: a `vm.createContext` object for the bundle, or
 * `globalThis` in a jest test. Pass options for a fresh world or an existing GasFakes to share it.
 * Returns the GasFakes so the test can read counts and inject faults.
 */
export function installGasFakes(target: object, options: GasFakesOptions | GasFakes = {}, install: InstallOptions = {}): GasFakes {
  const fakes = options instanceof GasFakes ? options : new GasFakes(options);
  const replaceConsole = install.console ?? target !== globalThis;
  for (const [name, value] of Object.entries(fakes.globals())) {
    if (name === 'console' && !replaceConsole) {
      continue;
    }
    Object.defineProperty(target, name, { value, writable: true, configurable: true, enumerable: false });
  }
  fakes.env.templateScope = target;
  return fakes;
}

/** Removes what installGasFakes defined (console only when it is not Node's own). */
export function uninstallGasFakes(target: object): void {
  for (const name of GAS_GLOBAL_NAMES) {
    if (name === 'console' && target === globalThis) {
      continue;
    }
    delete (target as Record<string, unknown>)[name];
  }
}

/** Types a fake spreadsheet as the Apps Script type that adapters take. */
export function asGasSpreadsheet(spreadsheet: FakeSpreadsheet): GoogleAppsScript.Spreadsheet.Spreadsheet {
  return spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
}
