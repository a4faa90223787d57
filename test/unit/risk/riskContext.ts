import type { IsoDate } from '../../../src/core/calendar/calendarDate';
import type { Finding } from '../../../src/core/findings/finding';
import type { RecalcContext, RegisterLocation } from '../../../src/core/recalc/view';
import type { BudgetRecord, CategoryRecord, ConfigurationItemRecord, RegisterData } from '../../../src/core/registers/records';
import type { Lang, RegisterId } from '../../../src/core/registers/schema';
import type { Settings } from '../../../src/core/settings/settings';
import { standardLocations } from '../finance/financeContext';
import { recalcContext } from '../licensing/recalcContextBuilder';

export { asset, assignment, contract, installation, ledgerEntry, license } from '../licensing/recalcContextBuilder';

/** Builders for the rows the licensing builder lacks, and a context with standard tab locations and findings. */

export function budget(row: number, fields: Partial<BudgetRecord>): BudgetRecord {
  return { row, fiscalYear: null, department: null, costType: null, amount: null, notes: null, ...fields };
}

export function category(row: number, fields: Partial<CategoryRecord>): CategoryRecord {
  return { row, code: null, name: null, parent: null, usefulLifeMonths: null, depreciationMethod: null, ...fields };
}

export function configurationItem(row: number, fields: Partial<ConfigurationItemRecord>): ConfigurationItemRecord {
  return { row, ciId: null, name: null, type: null, environment: null, status: null, owner: null, assetTag: null, dependsOn: [], version: null, notes: null, ...fields };
}

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
