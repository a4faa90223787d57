import type { RecalcContext } from '../../../src/core/recalc/view';
import type { AssetRecord, ConfigurationItemRecord, RegisterData } from '../../../src/core/registers/records';
import type { Lang } from '../../../src/core/registers/schema';
import { DEFAULT_SETTINGS } from '../../../src/core/settings/settings';
import { asset as blankAsset, configurationItem } from '../../support/registerRecords';

/** Column of each Configuration Items field in the test layout: Depends On is column H. */
export const CI_COLUMNS = { ciId: 1, name: 2, type: 3, environment: 4, status: 5, owner: 6, assetTag: 7, dependsOn: 8, version: 9, notes: 10 };

export function ci(row: number, ciId: string | null, dependsOn: readonly string[] = [], extra: Partial<ConfigurationItemRecord> = {}): ConfigurationItemRecord {
  return configurationItem(row, { ciId, name: ciId === null ? null : `${ciId} service`, dependsOn, ...extra });
}

export function asset(row: number, assetTag: string, extra: Partial<AssetRecord> = {}): AssetRecord {
  return blankAsset(row, { assetTag, name: `${assetTag} server`, category: 'HW-SERVER', status: 'deployed', ...extra });
}

/** Numbers CI rows from sheet row 2 in the order given. */
type RowSpec = readonly [ciId: string | null, dependsOn?: readonly string[], extra?: Partial<ConfigurationItemRecord>];

export function rows(...items: readonly RowSpec[]): ConfigurationItemRecord[] {
  return items.map(([ciId, dependsOn, extra], index) => ci(index + 2, ciId, dependsOn ?? [], extra ?? {}));
}

export interface ContextOptions {
  readonly items: readonly ConfigurationItemRecord[];
  readonly assets?: readonly AssetRecord[] | null;
  readonly lang?: Lang;
  readonly asOf?: string;
}

/** Builds a context with the Configuration Items tab and, unless assets is null, the Assets tab. */
export function contextWith(options: ContextOptions): RecalcContext {
  const lang = options.lang ?? 'en';
  const data: RegisterData = {
    assets: options.assets ?? [],
    configurationItems: options.items,
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
  const ciSheet = lang === 'ko' ? '구성항목' : 'Configuration Items';
  const assetSheet = lang === 'ko' ? '자산' : 'Assets';
  return {
    asOf: options.asOf ?? '2025-06-30',
    lang,
    settings: DEFAULT_SETTINGS,
    data,
    locations: {
      configurationItems: { sheetName: ciSheet, columns: CI_COLUMNS },
      ...(options.assets === null ? {} : { assets: { sheetName: assetSheet, columns: { assetTag: 1, name: 2, status: 7, endOfSupport: 15 } } }),
    },
    findings: [],
  };
}
