import type { AssetStatus } from '../registers/records';
import type { Label } from '../registers/schema';

export type LanguageSetting = 'auto' | 'ko' | 'en';

/** The Settings tab after parsing; every calculator receives this explicitly. */
export interface Settings {
  readonly language: LanguageSetting;
  /** ISO 4217 code of the workbook's currency (KRW by default; KRW has no minor unit). */
  readonly currency: string;
  /** Days before a deadline at which reminders are sent, sorted from largest to smallest. */
  readonly reminderLeadDays: readonly number[];
  /** Hour (0–23, spreadsheet time zone) at which the daily job runs. */
  readonly dailyJobHour: number;
  readonly defaultRecipients: readonly string[];
  /** Pattern for new asset tags: {YYYY} is the year, a run of zeros in braces is the sequence. */
  readonly assetTagPattern: string;
  readonly auditIntervalMonths: number;
  /** Annual discount rate for NPV, as a fraction (0.05 for 5%). */
  readonly npvDiscountRate: number;
  /** First month (1–12) of the fiscal year. */
  readonly fiscalYearStartMonth: number;
  /** A license using less than this fraction of its seats is under-used (0.7 for 70%). */
  readonly underUseThreshold: number;
  /**
   * Most data rows one table of a summary sheet shows. Per-asset tables of a large workbook would
   * otherwise need more cells than a spreadsheet holds; the JSON output always has every row.
   */
  readonly summaryRowLimit: number;
  readonly departments: readonly string[];
  readonly locations: readonly string[];
  /** Allowed lifecycle transitions: for each status, the statuses it may move to. */
  readonly transitions: Readonly<Record<AssetStatus, readonly AssetStatus[]>>;
}

export const DEFAULT_TRANSITIONS: Readonly<Record<AssetStatus, readonly AssetStatus[]>> = {
  requested: ['ordered', 'retired', 'lost'],
  ordered: ['in_stock', 'retired', 'lost'],
  in_stock: ['deployed', 'in_repair', 'retired', 'lost'],
  deployed: ['in_stock', 'in_repair', 'retired', 'lost'],
  in_repair: ['in_stock', 'deployed', 'retired', 'lost'],
  retired: ['in_stock', 'disposed', 'lost'],
  disposed: [],
  lost: ['in_stock', 'disposed'],
};

export const DEFAULT_SETTINGS: Settings = {
  language: 'auto',
  currency: 'KRW',
  reminderLeadDays: [60, 30, 14, 7, 1],
  dailyJobHour: 8,
  defaultRecipients: [],
  assetTagPattern: 'IT-{YYYY}-{0000}',
  auditIntervalMonths: 12,
  npvDiscountRate: 0.05,
  fiscalYearStartMonth: 1,
  underUseThreshold: 0.7,
  summaryRowLimit: 10000,
  departments: [],
  locations: [],
  transitions: DEFAULT_TRANSITIONS,
};

/** One row of the Settings tab as setup writes it. */
export interface SettingRow {
  readonly key: string;
  readonly defaultText: string;
  readonly description: Label;
}
