import type { Lang } from '../registers/schema';
import type { MessageParams } from '../findings/finding';
import type { BilingualCatalog } from './defineCatalog';
import { assetsMessages } from './catalog/assets';
import { commonMessages } from './catalog/common';
import { configurationMessages } from './catalog/configuration';
import { financeMessages } from './catalog/finance';
import { importingMessages } from './catalog/importing';
import { licensingMessages } from './catalog/licensing';
import { remindersMessages } from './catalog/reminders';
import { riskMessages } from './catalog/risk';
import { sidebarMessages } from './catalog/sidebar';

/**
 * The Korean and English message catalogs, one file per domain under ./catalog. Templates use
 * camelCase {name} placeholders filled from the params object.
 */
const DOMAINS = [
  commonMessages,
  assetsMessages,
  financeMessages,
  licensingMessages,
  remindersMessages,
  sidebarMessages,
  configurationMessages,
  importingMessages,
  riskMessages,
];

type KeysOf<T> = T extends BilingualCatalog<infer K> ? K : never;
export type MessageKey = KeysOf<(typeof DOMAINS)[number]>;

const CATALOG: Record<Lang, Record<string, string>> = { en: {}, ko: {} };
for (const domain of DOMAINS) {
  for (const lang of ['en', 'ko'] as const) {
    for (const [key, template] of Object.entries(domain[lang] as Record<string, string>)) {
      if (key in CATALOG[lang]) {
        throw new Error(`Message key "${key}" is defined in two catalogs.`);
      }
      CATALOG[lang][key] = template;
    }
  }
}

export function hasMessage(key: string): boolean {
  return key in CATALOG.en;
}

/** Placeholders are camelCase names in braces, so literal patterns such as {YYYY} or {0000} stay as typed. */
const PLACEHOLDER = /\{([a-z][A-Za-z0-9]*)\}/g;

/** Formats a message; an unknown key or missing parameter is a programming error and throws. */
export function translate(lang: Lang, key: MessageKey | string, params: MessageParams = {}): string {
  const template = CATALOG[lang][key];
  if (template === undefined) {
    throw new Error(`Missing message "${key}" in the ${lang} catalog.`);
  }
  // A template without braces has no placeholder to fill, and views translate such labels once per row.
  if (!template.includes('{')) {
    return template;
  }
  return template.replace(PLACEHOLDER, (placeholder, name: string) => {
    const value = params[name];
    if (value === undefined) {
      throw new Error(`Message "${key}" needs the parameter "${name}".`);
    }
    return typeof value === 'number' ? formatNumber(lang, value) : value;
  });
}

/**
 * One formatter per language, because Number.prototype.toLocaleString with options builds a new
 * Intl.NumberFormat on every call: about 12 s of a 100,000-asset recalculation in Node 20.
 */
const NUMBER_FORMATS: Record<Lang, Intl.NumberFormat> = {
  ko: new Intl.NumberFormat('ko-KR', { maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }),
};

/** Formats a number with thousands separators and no more than two decimals. */
export function formatNumber(lang: Lang, value: number): string {
  return NUMBER_FORMATS[lang].format(value);
}

/** Chooses the language: the settings value when it is ko or en, else the spreadsheet locale. */
export function resolveLang(setting: string | null | undefined, locale: string): Lang {
  const normalized = (setting ?? '').trim().toLowerCase();
  if (normalized === 'ko' || normalized === 'en') {
    return normalized;
  }
  return locale.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}
