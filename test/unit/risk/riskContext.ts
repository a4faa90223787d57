import type { IsoDate } from '../../../src/core/calendar/calendarDate';
import type { Finding } from '../../../src/core/findings/finding';
import type { RecalcContext, RegisterLocation } from '../../../src/core/recalc/view';
import type { RegisterData } from '../../../src/core/registers/records';
import type { Lang, RegisterId } from '../../../src/core/registers/schema';
import type { Settings } from '../../../src/core/settings/settings';
import { standardLocations } from '../finance/financeContext';
import { recalcContext } from '../licensing/recalcContextBuilder';

export { budget, category, configurationItem } from '../../support/registerRecords';

export { asset, assignment, contract, installation, ledgerEntry, license } from '../licensing/recalcContextBuilder';

/** A context with standard tab locations and findings, for the risk tests. */

export function won(amount: number): { amount: number; currency: null } {
  return { amount, currency: null };
}

export interface RiskContextOptions {
  readonly asOf: IsoDate;
  readonly lang?: Lang;
  readonly settings?: Partial<Settings>;
  readonly data?: Partial<RegisterData>;
  readonly locations?: Partial<Record<RegisterId, RegisterLocation>>;
  readonly findings?: readonly Finding[];
}

/** Builds a recalculation context whose registers are in their standard tabs (Assets, Licenses …) unless given. */
export function riskContext(options: RiskContextOptions): RecalcContext {
  const lang = options.lang ?? 'en';
  return {
    ...recalcContext({ ...options, lang, locations: options.locations ?? standardLocations(lang) }),
    findings: options.findings ?? [],
  };
}

/** Returns the texts that still contain a {placeholder}, which means a message was not filled in. */
export function unfilledTexts(texts: readonly string[]): string[] {
  return texts.filter((text) => /\{[a-z][A-Za-z0-9]*\}/.test(text));
}
