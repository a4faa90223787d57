import * as path from 'path';
import { CallCounter } from './callCounter';
import { interpretWrittenValue } from './cellValues';
import { a1Of } from './a1Notation';
import { SheetState, SpreadsheetState } from './sheetState';
import { VirtualClock } from './virtualClock';
import { assertTimeZone } from './zonedTime';

export interface SheetSeed {
  readonly name: string;
  /** Written like setValues: '=…' becomes a formula, "'…" stays text, '12' becomes a number. */
  readonly values?: readonly (readonly unknown[])[];
  readonly maxRows?: number;
  readonly maxColumns?: number;
  /** Developer metadata on the sheet, for example { 'itam.sheet': 'assets' }. */
  readonly metadata?: Readonly<Record<string, string>>;
  readonly hidden?: boolean;
}

export interface SpreadsheetSeed {
  readonly id?: string;
  readonly name?: string;
  /** The spreadsheet's own time zone (File → Settings), independent of the script's. */
  readonly timeZone?: string;
  readonly locale?: string;
  /** Tabs in order; a spreadsheet without any gets one empty tab named Sheet1. */
  readonly sheets?: readonly SheetSeed[];
}

export interface GasFakesOptions {
  /** The active spreadsheet; null means none, as in a standalone script or some add-on triggers. */
  readonly spreadsheet?: SpreadsheetSeed | null;
  /** Session.getScriptTimeZone(), from appsscript.json in a real project. Default Asia/Seoul. */
  readonly scriptTimeZone?: string;
  readonly activeUserEmail?: string;
  readonly effectiveUserEmail?: string;
  /** Session.getActiveUserLocale(). Default 'ko'. */
  readonly userLocale?: string;
  /** Recipients MailApp may still send to today. Default 100, the consumer-account quota. */
  readonly mailQuota?: number;
  /** False makes SpreadsheetApp.getUi() throw, as in a time-driven trigger. Default true. */
  readonly ui?: boolean;
  /** When given, services that need a scope missing here throw the Apps Script permission error. */
  readonly oauthScopes?: readonly string[];
  /** Directory HtmlService reads `<name>.html` files from. Default `<cwd>/dist`. */
  readonly htmlDirectory?: string;
  /** Caption of SpreadsheetApp.getUi().createAddonMenu(). Default 'ITAM'. */
  readonly addOnName?: string;
  /** Start of the virtual clock used by caches, locks and Utilities.sleep. Default 2025-01-15T00:00Z. */
  readonly now?: Date | number;
  /**
   * What a write beyond the sheet's last row or column does: 'grow' (default) enlarges the sheet and
   * 'throw' rejects it like a read. NOTE: Apps Script's reference does not document this case. Scripts
   * that append with setValues below the last row rely on growth, so the fake grows by default.
   */
  readonly outOfGridWrites?: 'grow' | 'throw';
  /** Also print Logger and console output to the test's console. Default false. */
  readonly echoLogs?: boolean;
}

export type LockScope = 'document' | 'script' | 'user';

/** Marks a lock held by a run other than the code under test. */
export const ANOTHER_RUN = 'another run';

export interface ClockSchedule {
  everyMinutes?: number;
  everyHours?: number;
  everyDays?: number;
  everyWeeks?: number;
  onWeekDay?: string;
  atHour?: number;
  nearMinute?: number;
  timeZone?: string;
  at?: Date;
  after?: number;
}

export interface TriggerState {
  readonly uniqueId: string;
  readonly handler: string;
  readonly eventType: string;
  readonly source: string;
  readonly sourceId: string | null;
  /** Installable triggers belong to the user who created them. */
  readonly owner: string;
  readonly schedule: ClockSchedule | null;
}

export interface SentMail {
  readonly to: string[];
  readonly cc: string[];
  readonly bcc: string[];
  readonly subject: string;
  readonly body: string;
  readonly htmlBody: string | null;
  readonly name: string | null;
  readonly replyTo: string | null;
  readonly noReply: boolean;
  /** Virtual clock time of the send, in milliseconds since the epoch. */
  readonly sentAt: number;
}

export type MenuEntry =
  | { readonly kind: 'item'; readonly caption: string; readonly functionName: string }
  | { readonly kind: 'separator' }
  | { readonly kind: 'submenu'; readonly menu: MenuRecord };

export interface MenuRecord {
  readonly caption: string;
  readonly items: MenuEntry[];
}

export interface UiRecord {
  /** Menus in the order addToUi was called. */
  readonly menus: MenuRecord[];
  readonly alerts: { readonly title: string | null; readonly prompt: string; readonly buttons: string | null }[];
  readonly prompts: { readonly title: string | null; readonly prompt: string }[];
  readonly sidebars: { readonly title: string; readonly content: string }[];
  readonly dialogs: { readonly title: string; readonly content: string; readonly modal: boolean }[];
  readonly toasts: { readonly message: string; readonly title: string; readonly timeoutSeconds: number | null }[];
  /** Buttons that the next alerts return, first in first out; an empty queue returns OK. */
  readonly alertResponses: string[];
  /** Responses the next prompts return; an empty queue returns '' with OK. */
  readonly promptResponses: { readonly text: string; readonly button: string }[];
}

export interface LogEntry {
  readonly source: 'Logger' | 'console';
  readonly level: 'log' | 'info' | 'warn' | 'error' | 'debug';
  readonly message: string;
}

interface CallHook {
  readonly method: string;
  readonly nth: number;
  seen: number;
  readonly action: () => void;
}

export interface ResolvedOptions {
  readonly ui: boolean;
  readonly oauthScopes: readonly string[] | null;
  readonly htmlDirectory: string;
  readonly addOnName: string;
  readonly outOfGridWrites: 'grow' | 'throw';
  readonly echoLogs: boolean;
}

/** The whole state of one fake Apps Script world; each test creates its own. */
export class FakeEnvironment {
  readonly calls = new CallCounter();
  readonly clock: VirtualClock;
  readonly options: ResolvedOptions;
  readonly spreadsheets = new Map<string, SpreadsheetState>();
  activeSpreadsheetId: string | null = null;
  activeUserEmail: string;
  effectiveUserEmail: string;
  scriptTimeZone: string;
  userLocale: string;
  authorizationRequired = false;
  /** Scope in which HtmlService templates look up names such as include(), usually the installed globals. */
  templateScope: object = {};
  /** Holder of each lock scope key: a Lock object of the code under test or ANOTHER_RUN. */
  readonly lockHolders = new Map<string, object | typeof ANOTHER_RUN>();
  readonly propertyStores = new Map<string, Map<string, string>>();
  readonly caches = new Map<string, Map<string, { value: string; expiresAt: number }>>();
  readonly triggers: TriggerState[] = [];
  mailQuota: number;
  readonly sentMail: SentMail[] = [];
  readonly mailFailures = new Map<string, string>();
  readonly ui: UiRecord = {
    menus: [],
    alerts: [],
    prompts: [],
    sidebars: [],
    dialogs: [],
    toasts: [],
    alertResponses: [],
    promptResponses: [],
  };
  readonly logs: LogEntry[] = [];
  private readonly hooks: CallHook[] = [];
  private counting = true;
  private sequence = 0;

  constructor(options: GasFakesOptions) {
    const start = options.now === undefined ? Date.UTC(2025, 0, 15) : new Date(options.now).getTime();
    this.clock = new VirtualClock(start);
    this.scriptTimeZone = options.scriptTimeZone ?? 'Asia/Seoul';
    assertTimeZone(this.scriptTimeZone);
    this.activeUserEmail = options.activeUserEmail ?? 'user@example.com';
    this.effectiveUserEmail = options.effectiveUserEmail ?? this.activeUserEmail;
    this.userLocale = options.userLocale ?? 'ko';
    this.mailQuota = options.mailQuota ?? 100;
    this.options = {
      ui: options.ui ?? true,
      oauthScopes: options.oauthScopes ?? null,
      htmlDirectory: options.htmlDirectory ?? path.join(process.cwd(), 'dist'),
      addOnName: options.addOnName ?? 'ITAM',
      outOfGridWrites: options.outOfGridWrites ?? 'grow',
      echoLogs: options.echoLogs ?? false,
    };
    if (options.spreadsheet !== null) {
      const spreadsheet = this.createSpreadsheet(options.spreadsheet ?? {});
      this.activeSpreadsheetId = spreadsheet.id;
    }
  }

  /** Counts a call and runs the hooks registered for it; a hook that throws makes the call throw. */
  enter(method: string): void {
    if (!this.counting) {
      return;
    }
    this.calls.record(method);
    for (const hook of [...this.hooks]) {
      if (hook.method !== method) {
        continue;
      }
      hook.seen += 1;
      if (hook.seen === hook.nth) {
        this.hooks.splice(this.hooks.indexOf(hook), 1);
        this.uncounted(hook.action);
      }
    }
  }

  countCellsRead(cells: number): void {
    if (this.counting) {
      this.calls.cellsRead += cells;
    }
  }

  countCellsWritten(cells: number): void {
    if (this.counting) {
      this.calls.cellsWritten += cells;
    }
  }

  addHook(method: string, nth: number, action: () => void): void {
    if (!Number.isInteger(nth) || nth < 1) {
      throw new Error(`Invalid call number ${nth} for a hook on ${method}: expected 1 or more.`);
    }
    this.hooks.push({ method, nth, seen: 0, action });
  }

  clearHooks(): void {
    this.hooks.length = 0;
  }

  /** Runs setup code without counting calls or firing hooks. */
  uncounted<T>(action: () => T): T {
    const previous = this.counting;
    this.counting = false;
    try {
      return action();
    } finally {
      this.counting = previous;
    }
  }

  nextSequence(): number {
    this.sequence += 1;
    return this.sequence;
  }

  requireScope(method: string, ...acceptedScopes: string[]): void {
    const granted = this.options.oauthScopes;
    if (granted === null || acceptedScopes.some((scope) => granted.includes(scope))) {
      return;
    }
    throw new Error(`You do not have permission to call ${method}. Required permissions: ${acceptedScopes[0]}`);
  }

  activeSpreadsheet(): SpreadsheetState | null {
    return this.activeSpreadsheetId === null ? null : (this.spreadsheets.get(this.activeSpreadsheetId) ?? null);
  }

  log(entry: LogEntry): void {
    this.logs.push(entry);
    if (this.options.echoLogs) {
      process.stdout.write(`[${entry.source} ${entry.level}] ${entry.message}\n`);
    }
  }

  createSpreadsheet(seed: SpreadsheetSeed): SpreadsheetState {
    const ordinal = this.spreadsheets.size + 1;
    const id = seed.id ?? `fake-spreadsheet-${ordinal}`;
    if (this.spreadsheets.has(id)) {
      throw new Error(`A fake spreadsheet with id ${id} already exists.`);
    }
    const timeZone = seed.timeZone ?? 'Asia/Seoul';
    assertTimeZone(timeZone);
    const spreadsheet = new SpreadsheetState(id, seed.name ?? `Spreadsheet ${ordinal}`, timeZone, seed.locale ?? 'ko_KR');
    const sheetSeeds = seed.sheets && seed.sheets.length > 0 ? seed.sheets : [{ name: 'Sheet1' }];
    for (const sheetSeed of sheetSeeds) {
      this.seedSheet(spreadsheet, sheetSeed);
    }
    spreadsheet.activeSheet = spreadsheet.sheets[0];
    this.spreadsheets.set(id, spreadsheet);
    return spreadsheet;
  }

  private seedSheet(spreadsheet: SpreadsheetState, seed: SheetSeed): void {
    if (spreadsheet.findSheet(seed.name)) {
      throw new Error(`The seed names the sheet "${seed.name}" twice.`);
    }
    const rows = seed.values ?? [];
    const width = rows.reduce((max, row) => Math.max(max, row.length), 0);
    const sheet = new SheetState(
      spreadsheet,
      spreadsheet.nextSheetId(),
      seed.name,
      Math.max(seed.maxRows ?? 1000, rows.length),
      Math.max(seed.maxColumns ?? 26, width),
    );
    spreadsheet.assertCellLimit(sheet.maxRows * sheet.maxColumns);
    spreadsheet.sheets.push(sheet);
    sheet.hidden = seed.hidden ?? false;
    rows.forEach((row, rowIndex) => {
      row.forEach((raw, columnIndex) => {
        const a1 = a1Of({ row: rowIndex + 1, column: columnIndex + 1, numRows: 1, numColumns: 1 });
        const written = interpretWrittenValue(raw, null, spreadsheet.timeZone, a1);
        if (written.value !== '' || written.formula !== '') {
          const cell = sheet.cellForWrite(rowIndex + 1, columnIndex + 1);
          cell.value = written.value;
          cell.formula = written.formula;
        }
      });
    });
    for (const [key, value] of Object.entries(seed.metadata ?? {})) {
      sheet.metadata.push({ id: this.nextSequence(), key, value, visibility: 'DOCUMENT', sheet, spreadsheet });
    }
  }
}
