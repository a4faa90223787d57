import { addDays } from '../core/calendar/calendarDate';
import { translate } from '../core/i18n';
import { loadWorkbook } from '../core/registers/loadWorkbook';
import type { Lang } from '../core/registers/schema';
import { readReminderLedger } from '../core/reminders/reminderLedger';
import { previewReminders, upcomingReminderDays } from '../core/reminders/reminderPreview';
import { lastRunEntry } from '../core/reminders/runLog';
import { contextOf } from '../core/recalc/recalculate';
import { TRIGGER_SPREADSHEET_PREFIX, todayIn } from './gasContext';
import { DAILY_JOB_HANDLER } from './dailyJob';
import { spreadsheetRowLink } from './reminderMail';
import { SpreadsheetPort } from './spreadsheetPort';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Trigger = GoogleAppsScript.Script.Trigger;

/** Top-level function of the installable on-edit trigger (change history), exported from main.ts. */
export const ON_EDIT_HANDLER = 'itamOnEdit';

/**
 * User property prefix storing, per daily trigger id, the hour and zone it was created with
 * ("8|Asia/Seoul"). A Trigger object does not expose its schedule, and install compares it with the
 * Settings tab to move the job when the hour changed.
 */
export const TRIGGER_SCHEDULE_PREFIX = 'itam.triggerSchedule.';

/** Days after today that the status looks ahead for the next planned reminders. */
const STATUS_LOOKAHEAD_DAYS = 14;

export type TriggerChange = 'created' | 'kept' | 'replaced';

export interface AutomationInstall {
  readonly daily: TriggerChange;
  readonly onEdit: 'created' | 'kept';
  readonly hour: number;
  readonly timeZone: string;
  /** Extra daily triggers of this spreadsheet found and deleted, left by an older install. */
  readonly duplicatesRemoved: number;
}

interface SpreadsheetTriggers {
  readonly daily: Trigger[];
  readonly onEdit: Trigger[];
}

/**
 * Finds this user's triggers for the spreadsheet by handler name. A daily trigger belongs to the
 * spreadsheet that the user properties map its id to. One without a mapping (a bound script's trigger
 * created by hand) counts as this spreadsheet's. An on-edit trigger names its spreadsheet itself.
 */
function triggersOf(spreadsheet: Spreadsheet, properties: Readonly<Record<string, string>>): SpreadsheetTriggers {
  const id = spreadsheet.getId();
  const triggers = ScriptApp.getProjectTriggers();
  return {
    daily: triggers.filter(
      (trigger) => trigger.getHandlerFunction() === DAILY_JOB_HANDLER && (properties[TRIGGER_SPREADSHEET_PREFIX + trigger.getUniqueId()] ?? id) === id,
    ),
    onEdit: triggers.filter((trigger) => trigger.getHandlerFunction() === ON_EDIT_HANDLER && trigger.getTriggerSourceId() === id),
  };
}

function deleteTrigger(trigger: Trigger, userProperties: GoogleAppsScript.Properties.Properties): void {
  const uid = trigger.getUniqueId();
  ScriptApp.deleteTrigger(trigger);
  userProperties.deleteProperty(TRIGGER_SPREADSHEET_PREFIX + uid);
  userProperties.deleteProperty(TRIGGER_SCHEDULE_PREFIX + uid);
}

/**
 * Installs the daily job at `hour` in the spreadsheet's zone and the on-edit trigger, each only when
 * missing, so running it twice never creates a second trigger. A daily trigger created for another hour
 * or zone is replaced; extra daily triggers of this spreadsheet are deleted.
 */
export function installAutomation(spreadsheet: Spreadsheet, hour: number): AutomationInstall {
  const userProperties = PropertiesService.getUserProperties();
  const existing = triggersOf(spreadsheet, userProperties.getProperties());
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const schedule = `${hour}|${timeZone}`;

  const [kept, ...duplicates] = existing.daily;
  for (const duplicate of duplicates) {
    deleteTrigger(duplicate, userProperties);
  }

  let daily: TriggerChange = 'kept';
  if (kept === undefined || userProperties.getProperty(TRIGGER_SCHEDULE_PREFIX + kept.getUniqueId()) !== schedule) {
    if (kept !== undefined) {
      deleteTrigger(kept, userProperties);
    }
    const created = ScriptApp.newTrigger(DAILY_JOB_HANDLER).timeBased().everyDays(1).atHour(hour).inTimezone(timeZone).create();
    userProperties.setProperties({
      [TRIGGER_SPREADSHEET_PREFIX + created.getUniqueId()]: spreadsheet.getId(),
      [TRIGGER_SCHEDULE_PREFIX + created.getUniqueId()]: schedule,
    });
    daily = kept === undefined ? 'created' : 'replaced';
  }

  let onEdit: 'created' | 'kept' = 'kept';
  if (existing.onEdit.length === 0) {
    const created = ScriptApp.newTrigger(ON_EDIT_HANDLER).forSpreadsheet(spreadsheet).onEdit().create();
    userProperties.setProperty(TRIGGER_SPREADSHEET_PREFIX + created.getUniqueId(), spreadsheet.getId());
    onEdit = 'created';
  }

  return { daily, onEdit, hour, timeZone, duplicatesRemoved: duplicates.length };
}

/** Deletes this user's daily and on-edit triggers of the spreadsheet and their stored properties. Returns how many were deleted. */
export function uninstallAutomation(spreadsheet: Spreadsheet): number {
  const userProperties = PropertiesService.getUserProperties();
  const existing = triggersOf(spreadsheet, userProperties.getProperties());
  const all = [...existing.daily, ...existing.onEdit];
  for (const trigger of all) {
    deleteTrigger(trigger, userProperties);
  }
  return all.length;
}

export function installMessage(result: AutomationInstall, lang: Lang, sender: string): string {
  const params = { hour: result.hour, endHour: (result.hour + 1) % 24, timeZone: result.timeZone };
  const lines = [translate(lang, `reminders.automation.daily.${result.daily}`, params), translate(lang, `reminders.automation.onEdit.${result.onEdit}`)];
  if (result.duplicatesRemoved > 0) {
    lines.push(translate(lang, 'reminders.automation.duplicatesRemoved', { count: result.duplicatesRemoved }));
  }
  if (sender !== '') {
    lines.push(translate(lang, 'reminders.automation.sender', { email: sender }));
  }
  return lines.join('\n');
}

/**
 * Describes the automation of the spreadsheet: whether each trigger exists, the last run from the Run
 * Log, what today's run has still to send and the next day with reminders planned. Reads only.
 */
export function automationStatus(spreadsheet: Spreadsheet, now: Date = new Date()): string {
  const userProperties = PropertiesService.getUserProperties().getProperties();
  const triggers = triggersOf(spreadsheet, userProperties);
  const port = new SpreadsheetPort(spreadsheet);
  const loaded = loadWorkbook(port);
  const lang = loaded.lang;
  const asOf = todayIn(spreadsheet, now);
  const lines: string[] = [];

  const daily = triggers.daily[0];
  if (daily === undefined) {
    lines.push(translate(lang, 'reminders.status.daily.off'));
  } else {
    const [hour, timeZone] = (userProperties[TRIGGER_SCHEDULE_PREFIX + daily.getUniqueId()] ?? '').split('|');
    lines.push(
      hour === undefined || hour === '' || timeZone === undefined
        ? translate(lang, 'reminders.status.daily.onUnknownHour')
        : translate(lang, 'reminders.status.daily.on', { hour: Number(hour), endHour: (Number(hour) + 1) % 24, timeZone }),
    );
  }
  lines.push(translate(lang, triggers.onEdit.length > 0 ? 'reminders.status.onEdit.on' : 'reminders.status.onEdit.off'));

  const lastRun = lastRunEntry(port);
  lines.push('');
  lines.push(lastRun === null ? translate(lang, 'reminders.status.lastRun.none') : translate(lang, 'reminders.status.lastRun'));
  for (const entry of lastRun ?? []) {
    if (entry.text !== '') {
      lines.push(`  ${entry.header}: ${entry.text}`);
    }
  }

  const rowLink = spreadsheetRowLink(spreadsheet);
  const sentKeys = new Set(readReminderLedger(port).keys);
  const preview = previewReminders(contextOf(loaded, asOf), sentKeys, MailApp.getRemainingDailyQuota(), rowLink);
  const todayDigests = [...preview.toSend.map((entry) => entry.digest), ...preview.deferred];
  lines.push('');
  if (todayDigests.length === 0) {
    lines.push(translate(lang, 'reminders.status.today.none', { asOf }));
  } else {
    lines.push(
      translate(lang, 'reminders.status.today.pending', {
        asOf,
        count: todayDigests.length,
        reminders: todayDigests.reduce((total, digest) => total + digest.reminders.length, 0),
        recipients: todayDigests.map((digest) => digest.recipient).join(', '),
      }),
    );
  }

  for (const digest of todayDigests) {
    for (const reminder of digest.reminders) {
      sentKeys.add(reminder.key);
    }
  }
  const [next] = upcomingReminderDays(loaded, addDays(asOf, 1), sentKeys, rowLink, STATUS_LOOKAHEAD_DAYS);
  lines.push(
    next === undefined
      ? translate(lang, 'reminders.status.next.none', { days: STATUS_LOOKAHEAD_DAYS })
      : translate(lang, 'reminders.status.next', {
          date: next.date,
          count: next.digests.length,
          reminders: next.digests.reduce((total, digest) => total + digest.reminders.length, 0),
        }),
  );
  return lines.join('\n');
}
