import { a1, type Finding } from '../findings/finding';
import { ASSET_STATUSES } from '../registers/definitions';
import type { AssetStatus, SettingRecord } from '../registers/records';
import { parseEmails } from '../values/emailValue';
import { parseEnum } from '../values/enumValue';
import { TRANSITION_KEY_PREFIX } from './settingRows';
import { DEFAULT_SETTINGS, type LanguageSetting, type Settings } from './settings';

export interface SettingsLocation {
  readonly sheetName: string;
  readonly keyColumn: number;
  readonly valueColumn: number;
  readonly valueHeader: string;
}

/** Each kind of invalid setting value has its own message, `setting.invalid.<problem>`. */
type SettingProblem = 'rowLimit' | 'transitionStatus' | 'language' | 'currency' | 'leadDays' | 'hour' | 'email' | 'tagPattern' | 'months' | 'rate' | 'month' | 'share';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const LIST_SEPARATOR = /[,;\n]/;

function splitList(text: string): string[] {
  return text
    .split(LIST_SEPARATOR)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** Reads a fraction written as 5%, 0.05 or 5 (a bare number above 1 is taken as a percentage). */
function parseFraction(text: string): number | null {
  const match = /^(-?\d+(?:\.\d+)?)\s*(%?)$/.exec(text.trim());
  if (!match) {
    return null;
  }
  const number = Number(match[1]);
  return match[2] === '%' || number > 1 ? number / 100 : number;
}

function parseWholeNumber(text: string, min: number, max: number): number | null {
  if (!/^\d+$/.test(text.trim())) {
    return null;
  }
  const number = Number(text.trim());
  return number >= min && number <= max ? number : null;
}

/**
 * Builds Settings from the Settings tab. An invalid or unknown value is a finding and its default is
 * used, so one typo never stops the recalculation.
 */
export function parseSettings(records: readonly SettingRecord[], location: SettingsLocation | null): { settings: Settings; findings: Finding[] } {
  const settings: Mutable<Settings> = { ...DEFAULT_SETTINGS, transitions: { ...DEFAULT_SETTINGS.transitions } };
  const transitions = settings.transitions as Record<AssetStatus, readonly AssetStatus[]>;
  const findings: Finding[] = [];

  for (const record of records) {
    const key = (record.key ?? '').trim();
    const value = (record.value ?? '').trim();
    if (key === '') {
      continue;
    }
    const reject = (reason: SettingProblem, fallback: string, detail = ''): void => {
      if (!location) {
        return;
      }
      findings.push({
        sheet: location.sheetName,
        row: record.row,
        column: location.valueHeader,
        cell: a1(record.row, location.valueColumn),
        value,
        severity: 'warning',
        code: `setting.invalid.${reason}`,
        params: { key, fallback, detail },
      });
    };

    if (key.startsWith(TRANSITION_KEY_PREFIX)) {
      const from = key.slice(TRANSITION_KEY_PREFIX.length) as AssetStatus;
      if (!ASSET_STATUSES.some((status) => status.key === from)) {
        reject('transitionStatus', '-', from);
        continue;
      }
      const targets: AssetStatus[] = [];
      let valid = true;
      for (const part of splitList(value)) {
        const parsed = parseEnum(part, ASSET_STATUSES);
        if (parsed.ok && parsed.value !== null) {
          targets.push(parsed.value as AssetStatus);
        } else {
          valid = false;
          reject('transitionStatus', DEFAULT_SETTINGS.transitions[from].join(', '), part);
          break;
        }
      }
      if (valid) {
        transitions[from] = targets;
      }
      continue;
    }

    switch (key) {
      case 'language': {
        const normalized = value.toLowerCase();
        if (normalized === '' || normalized === 'auto' || normalized === 'ko' || normalized === 'en') {
          settings.language = (normalized || 'auto') as LanguageSetting;
        } else {
          reject('language', 'auto');
        }
        break;
      }
      case 'currency':
        if (/^[A-Za-z]{3}$/.test(value)) {
          settings.currency = value.toUpperCase();
        } else {
          reject('currency', DEFAULT_SETTINGS.currency);
        }
        break;
      case 'reminderLeadDays': {
        const parts = splitList(value);
        const days = parts.map((part) => parseWholeNumber(part, 0, 3650));
        if (parts.length > 0 && days.every((day) => day !== null)) {
          settings.reminderLeadDays = [...new Set(days as number[])].sort((a, b) => b - a);
        } else {
          reject('leadDays', DEFAULT_SETTINGS.reminderLeadDays.join(', '));
        }
        break;
      }
      case 'dailyJobHour': {
        const hour = parseWholeNumber(value, 0, 23);
        if (hour !== null) {
          settings.dailyJobHour = hour;
        } else {
          reject('hour', String(DEFAULT_SETTINGS.dailyJobHour));
        }
        break;
      }
      case 'defaultRecipients': {
        const parsed = parseEmails(value);
        if (parsed.ok) {
          settings.defaultRecipients = (parsed.value as readonly string[] | null) ?? [];
        } else {
          reject('email', '-', String(parsed.detail?.address ?? value));
        }
        break;
      }
      case 'assetTagPattern':
        if (/\{0+\}/.test(value)) {
          settings.assetTagPattern = value;
        } else {
          reject('tagPattern', DEFAULT_SETTINGS.assetTagPattern);
        }
        break;
      case 'auditIntervalMonths': {
        const months = parseWholeNumber(value, 1, 120);
        if (months !== null) {
          settings.auditIntervalMonths = months;
        } else {
          reject('months', String(DEFAULT_SETTINGS.auditIntervalMonths));
        }
        break;
      }
      case 'npvDiscountRate': {
        const rate = parseFraction(value);
        if (rate !== null && rate >= 0 && rate < 1) {
          settings.npvDiscountRate = rate;
        } else {
          reject('rate', '5%');
        }
        break;
      }
      case 'fiscalYearStartMonth': {
        const month = parseWholeNumber(value, 1, 12);
        if (month !== null) {
          settings.fiscalYearStartMonth = month;
        } else {
          reject('month', String(DEFAULT_SETTINGS.fiscalYearStartMonth));
        }
        break;
      }
      case 'underUseThreshold': {
        const threshold = parseFraction(value);
        if (threshold !== null && threshold >= 0 && threshold <= 1) {
          settings.underUseThreshold = threshold;
        } else {
          reject('share', '70%');
        }
        break;
      }
      case 'summaryRowLimit': {
        const limit = parseWholeNumber(value.replace(/,/g, ''), 100, 1000000);
        if (limit !== null) {
          settings.summaryRowLimit = limit;
        } else {
          reject('rowLimit', String(DEFAULT_SETTINGS.summaryRowLimit));
        }
        break;
      }
      case 'departments':
        settings.departments = splitList(value);
        break;
      case 'locations':
        settings.locations = splitList(value);
        break;
      default:
        if (location) {
          findings.push({
            sheet: location.sheetName,
            row: record.row,
            column: null,
            cell: a1(record.row, location.keyColumn),
            value: key,
            severity: 'warning',
            code: 'finding.unknownSetting',
            params: { value: key },
          });
        }
    }
  }

  return { settings, findings };
}
