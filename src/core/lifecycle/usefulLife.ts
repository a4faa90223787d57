import { addDays, addMonths, compareDates, isoFromParts, partsOf, type IsoDate } from '../calendar/calendarDate';
import type { CategoryIndex } from '../finance/categoryDefaults';
import type { AssetRecord } from '../registers/records';

export interface UsefulLife {
  readonly months: number;
  /** Last day of the useful life's final month, counting the purchase month as the first month. */
  readonly end: IsoDate;
}

/**
 * Resolves an asset's useful life as depreciation does: its own Useful Life (Months), else the value of
 * its category or the nearest parent category that has one. Returns null without a purchase date or a
 * useful life; the Depreciation sheet reports those assets.
 */
export function usefulLifeOf(asset: AssetRecord, categories: CategoryIndex): UsefulLife | null {
  if (asset.purchaseDate === null) {
    return null;
  }
  const months = asset.usefulLifeMonths ?? categoryUsefulLife(asset, categories);
  if (months === null) {
    return null;
  }
  return { months, end: usefulLifeEnd(asset.purchaseDate, months) };
}

/** Returns true when the as-of date is after the last day of the useful life. */
export function isPastUsefulLife(life: UsefulLife, asOf: IsoDate): boolean {
  return compareDates(asOf, life.end) > 0;
}

function categoryUsefulLife(asset: AssetRecord, categories: CategoryIndex): number | null {
  const text = asset.category?.trim() ?? '';
  const category = text === '' ? null : categories.find(text);
  if (category === null) {
    return null;
  }
  return categories.defaultsOf(category).usefulLifeMonths?.value ?? null;
}

/** Ends the useful life on the Depreciation sheet's date: a 60-month life bought 2020-03-15 ends 2025-02-28. */
function usefulLifeEnd(purchaseDate: IsoDate, months: number): IsoDate {
  const { year, month } = partsOf(purchaseDate);
  const firstOfPurchaseMonth = isoFromParts(year, month, 1) as IsoDate;
  return addDays(addMonths(firstOfPurchaseMonth, months), -1);
}
