import { countCalls } from './callCounter';
import type { ClockSchedule, FakeEnvironment, TriggerState } from './fakeEnvironment';
import type { FakeSpreadsheet } from './spreadsheet';
import { assertTimeZone } from './zonedTime';

const SCRIPTAPP_SCOPE = 'https://www.googleapis.com/auth/script.scriptapp';
/** Apps Script allows 20 triggers per user per script. */
export const MAX_TRIGGERS_PER_USER = 20;

export const AuthMode = { NONE: 'NONE', CUSTOM_FUNCTION: 'CUSTOM_FUNCTION', LIMITED: 'LIMITED', FULL: 'FULL' } as const;
export const AuthorizationStatus = { REQUIRED: 'REQUIRED', NOT_REQUIRED: 'NOT_REQUIRED' } as const;
export const EventType = {
  CLOCK: 'CLOCK',
  ON_OPEN: 'ON_OPEN',
  ON_EDIT: 'ON_EDIT',
  ON_CHANGE: 'ON_CHANGE',
  ON_FORM_SUBMIT: 'ON_FORM_SUBMIT',
} as const;
export const TriggerSource = { SPREADSHEETS: 'SPREADSHEETS', CLOCK: 'CLOCK' } as const;
export const WeekDay = {
  MONDAY: 'MONDAY',
  TUESDAY: 'TUESDAY',
  WEDNESDAY: 'WEDNESDAY',
  THURSDAY: 'THURSDAY',
  FRIDAY: 'FRIDAY',
  SATURDAY: 'SATURDAY',
  SUNDAY: 'SUNDAY',
} as const;

export class FakeTrigger {
  constructor(
    readonly env: FakeEnvironment,
    readonly state: TriggerState,
  ) {}

  getHandlerFunction(): string {
    return this.state.handler;
  }

  getEventType(): string {
    return this.state.eventType;
  }

  getUniqueId(): string {
    return this.state.uniqueId;
  }

  getTriggerSource(): string {
    return this.state.source;
  }

  getTriggerSourceId(): string | null {
    return this.state.sourceId;
  }
}

function installTrigger(env: FakeEnvironment, trigger: Omit<TriggerState, 'uniqueId' | 'owner'>): FakeTrigger {
  env.requireScope('TriggerBuilder.create', SCRIPTAPP_SCOPE);
  const owned = env.triggers.filter((existing) => existing.owner === env.activeUserEmail);
  if (owned.length >= MAX_TRIGGERS_PER_USER) {
    throw new Error('This script has too many triggers. Triggers must be deleted from the script before more can be added.');
  }
  const state: TriggerState = { ...trigger, uniqueId: String(1000000 + env.nextSequence()), owner: env.activeUserEmail };
  env.triggers.push(state);
  return new FakeTrigger(env, state);
}

function assertAllowed(value: number, allowed: readonly number[], what: string): void {
  if (!allowed.includes(value)) {
    throw new Error(`Invalid ${what} ${value}: expected one of ${allowed.join(', ')}.`);
  }
}

export class FakeClockTriggerBuilder {
  private readonly schedule: ClockSchedule = {};

  constructor(
    readonly env: FakeEnvironment,
    private readonly handler: string,
  ) {}

  everyMinutes(n: number): this {
    assertAllowed(n, [1, 5, 10, 15, 30], 'minute interval');
    this.schedule.everyMinutes = n;
    return this;
  }

  everyHours(n: number): this {
    assertAllowed(n, [1, 2, 4, 6, 8, 12], 'hour interval');
    this.schedule.everyHours = n;
    return this;
  }

  everyDays(n: number): this {
    if (!Number.isInteger(n) || n < 1) {
      throw new Error(`Invalid day interval ${n}: expected a whole number of at least 1.`);
    }
    this.schedule.everyDays = n;
    return this;
  }

  everyWeeks(n: number): this {
    if (!Number.isInteger(n) || n < 1) {
      throw new Error(`Invalid week interval ${n}: expected a whole number of at least 1.`);
    }
    this.schedule.everyWeeks = n;
    return this;
  }

  onWeekDay(day: string): this {
    this.schedule.onWeekDay = day;
    return this;
  }

  /** Schedules the run for some minute within this hour of the trigger's time zone. */
  atHour(hour: number): this {
    if (!Number.isInteger(hour) || hour < 0 || hour > 23) {
      throw new Error(`Invalid hour ${hour}: expected 0 to 23.`);
    }
    this.schedule.atHour = hour;
    return this;
  }

  nearMinute(minute: number): this {
    if (!Number.isInteger(minute) || minute < 0 || minute > 59) {
      throw new Error(`Invalid minute ${minute}: expected 0 to 59.`);
    }
    this.schedule.nearMinute = minute;
    return this;
  }

  inTimezone(timezone: string): this {
    assertTimeZone(timezone);
    this.schedule.timeZone = timezone;
    return this;
  }

  at(date: Date): this {
    this.schedule.at = new Date(date.getTime());
    return this;
  }

  after(durationMilliseconds: number): this {
    this.schedule.after = durationMilliseconds;
    return this;
  }

  create(): FakeTrigger {
    const recurrences = ['everyMinutes', 'everyHours', 'everyDays', 'everyWeeks', 'at', 'after'].filter(
      (name) => this.schedule[name as keyof ClockSchedule] !== undefined,
    );
    if (recurrences.length !== 1) {
      throw new Error(`A time-based trigger needs exactly one of everyMinutes, everyHours, everyDays, everyWeeks, at or after; got ${recurrences.length}.`);
    }
    if (this.schedule.atHour !== undefined && this.schedule.everyDays === undefined && this.schedule.everyWeeks === undefined) {
      throw new Error('atHour needs everyDays or everyWeeks.');
    }
    return installTrigger(this.env, {
      handler: this.handler,
      eventType: EventType.CLOCK,
      source: TriggerSource.CLOCK,
      sourceId: null,
      schedule: { ...this.schedule },
    });
  }
}

export class FakeSpreadsheetTriggerBuilder {
  private eventType: string | null = null;

  constructor(
    readonly env: FakeEnvironment,
    private readonly handler: string,
    private readonly spreadsheetId: string,
  ) {}

  onOpen(): this {
    this.eventType = EventType.ON_OPEN;
    return this;
  }

  onEdit(): this {
    this.eventType = EventType.ON_EDIT;
    return this;
  }

  onChange(): this {
    this.eventType = EventType.ON_CHANGE;
    return this;
  }

  onFormSubmit(): this {
    this.eventType = EventType.ON_FORM_SUBMIT;
    return this;
  }

  create(): FakeTrigger {
    if (this.eventType === null) {
      throw new Error('A spreadsheet trigger needs an event: onOpen, onEdit, onChange or onFormSubmit.');
    }
    return installTrigger(this.env, {
      handler: this.handler,
      eventType: this.eventType,
      source: TriggerSource.SPREADSHEETS,
      sourceId: this.spreadsheetId,
      schedule: null,
    });
  }
}

export class FakeTriggerBuilder {
  constructor(
    readonly env: FakeEnvironment,
    private readonly handler: string,
  ) {}

  timeBased(): FakeClockTriggerBuilder {
    return new FakeClockTriggerBuilder(this.env, this.handler);
  }

  /** Takes a Spreadsheet or its id. */
  forSpreadsheet(sheet: FakeSpreadsheet | string): FakeSpreadsheetTriggerBuilder {
    const id = typeof sheet === 'string' ? sheet : sheet.state.id;
    return new FakeSpreadsheetTriggerBuilder(this.env, this.handler, id);
  }
}

export class FakeAuthorizationInfo {
  constructor(
    readonly env: FakeEnvironment,
    private readonly status: string,
  ) {}

  getAuthorizationStatus(): string {
    return this.status;
  }

  getAuthorizationUrl(): string | null {
    return this.status === AuthorizationStatus.REQUIRED ? 'https://script.google.com/authorize' : null;
  }
}

export class FakeScriptApp {
  readonly AuthMode = AuthMode;
  readonly AuthorizationStatus = AuthorizationStatus;
  readonly EventType = EventType;
  readonly TriggerSource = TriggerSource;
  readonly WeekDay = WeekDay;

  constructor(readonly env: FakeEnvironment) {}

  /** The current user's triggers of this script. */
  getProjectTriggers(): FakeTrigger[] {
    this.env.requireScope('ScriptApp.getProjectTriggers', SCRIPTAPP_SCOPE);
    return this.env.triggers
      .filter((trigger) => trigger.owner === this.env.activeUserEmail)
      .map((trigger) => new FakeTrigger(this.env, trigger));
  }

  getUserTriggers(spreadsheet: FakeSpreadsheet): FakeTrigger[] {
    this.env.requireScope('ScriptApp.getUserTriggers', SCRIPTAPP_SCOPE);
    return this.env.triggers
      .filter((trigger) => trigger.owner === this.env.activeUserEmail && trigger.sourceId === spreadsheet.state.id)
      .map((trigger) => new FakeTrigger(this.env, trigger));
  }

  newTrigger(functionName: string): FakeTriggerBuilder {
    if (typeof functionName !== 'string' || functionName === '') {
      throw new Error('newTrigger needs the name of a top-level function.');
    }
    return new FakeTriggerBuilder(this.env, functionName);
  }

  deleteTrigger(trigger: FakeTrigger): void {
    this.env.requireScope('ScriptApp.deleteTrigger', SCRIPTAPP_SCOPE);
    const index = this.env.triggers.findIndex((existing) => existing.uniqueId === trigger.state.uniqueId);
    if (index >= 0) {
      this.env.triggers.splice(index, 1);
    }
  }

  getScriptId(): string {
    return 'fake-script-id';
  }

  /** REQUIRED while GasFakes.setAuthorizationRequired(true) is in effect, else NOT_REQUIRED. */
  getAuthorizationInfo(_authMode: string): FakeAuthorizationInfo {
    const status = this.env.authorizationRequired ? AuthorizationStatus.REQUIRED : AuthorizationStatus.NOT_REQUIRED;
    return new FakeAuthorizationInfo(this.env, status);
  }
}

countCalls(FakeTrigger, 'Trigger');
countCalls(FakeClockTriggerBuilder, 'ClockTriggerBuilder');
countCalls(FakeSpreadsheetTriggerBuilder, 'SpreadsheetTriggerBuilder');
countCalls(FakeTriggerBuilder, 'TriggerBuilder');
countCalls(FakeAuthorizationInfo, 'AuthorizationInfo');
countCalls(FakeScriptApp, 'ScriptApp');
