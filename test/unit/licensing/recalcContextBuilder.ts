import type { IsoDate } from '../../../src/core/calendar/calendarDate';
import type { RecalcContext, RegisterLocation } from '../../../src/core/recalc/view';
import type { RegisterData } from '../../../src/core/registers/records';
import type { Lang, RegisterId } from '../../../src/core/registers/schema';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/core/settings/settings';

export { asset, assignment, contract, installation, ledgerEntry, license, vendor } from '../../support/registerRecords';

/** A RecalcContext for licensing tests, with empty registers unless given. */

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

export interface ContextOptions {
  readonly asOf: IsoDate;
  readonly lang?: Lang;
  readonly settings?: Partial<Settings>;
  readonly data?: Partial<RegisterData>;
  readonly locations?: Partial<Record<RegisterId, RegisterLocation>>;
}

export function recalcContext(options: ContextOptions): RecalcContext {
  return {
    asOf: options.asOf,
    lang: options.lang ?? 'en',
    settings: { ...DEFAULT_SETTINGS, ...options.settings },
    data: { ...EMPTY_DATA, ...options.data },
    locations: options.locations ?? {},
    findings: [],
  };
}
