import { COST_TYPES, DEPRECIATION_METHODS } from '../registers/definitions';
import type { CostType, DepreciationMethod } from '../registers/records';
import type { EnumValue, Lang } from '../registers/schema';

/** Returns the cost type as the registers show it in the user's language (maintenance → 유지보수). */
export function costTypeLabel(lang: Lang, costType: CostType): string {
  return enumLabel(COST_TYPES, lang, costType);
}

/** Returns the depreciation method as the registers show it (declining_balance → 정률법). */
export function methodLabel(lang: Lang, method: DepreciationMethod): string {
  return enumLabel(DEPRECIATION_METHODS, lang, method);
}

function enumLabel(values: readonly EnumValue[], lang: Lang, key: string): string {
  const found = values.find((value) => value.key === key);
  if (found === undefined) {
    throw new Error(`Unknown enum value "${key}".`);
  }
  return found.label[lang];
}
