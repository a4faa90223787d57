import type { IsoDate } from '../../../src/core/calendar/calendarDate';
import type { RecalcContext, RegisterLocation } from '../../../src/core/recalc/view';
import { REGISTERS } from '../../../src/core/registers/definitions';
import type { RegisterData } from '../../../src/core/registers/records';
import type { Lang, RegisterId } from '../../../src/core/registers/schema';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/core/settings/settings';
import type { Money } from '../../../src/core/values/parseResult';

export { asset, assignment, budget, category, contract, ledgerEntry, license } from '../../support/registerRecords';

export function won(amount: number): Money {
  return { amount, currency: null };
}

const EMPTY_DATA: RegisterData = {
  assets: [],
  configurationItems: [],
  licenses: [],
  licenseAssignments: [],
  installations: [],
  contracts: [],
  vendors: [],
  ledger: [],
  budgets: [],
  categories: [],
  settings: [],
};

/** Locations of every register as setup lays them out: the standard tab name and the fields in definition order. */
export function standardLocations(lang: Lang): Partial<Record<RegisterId, RegisterLocation>> {
  const locations: Partial<Record<RegisterId, RegisterLocation>> = {};
  for (const register of REGISTERS) {
    const columns: Record<string, number> = {};
    register.fields.forEach((field, index) => {
      columns[field.key] = index + 1;
    });
    locations[register.id] = { sheetName: register.tab[lang], columns };
  }
  return locations;
}

export interface ContextOptions {
  readonly asOf: IsoDate;
  readonly lang?: Lang;
  readonly settings?: Partial<Settings>;
  readonly data?: Partial<RegisterData>;
  readonly locations?: Partial<Record<RegisterId, RegisterLocation>>;
}

export function financeContext(options: ContextOptions): RecalcContext {
  const lang = options.lang ?? 'en';
  return {
    asOf: options.asOf,
    lang,
    settings: { ...DEFAULT_SETTINGS, ...options.settings },
    data: { ...EMPTY_DATA, ...options.data },
    locations: options.locations ?? standardLocations(lang),
    findings: [],
  };
}
