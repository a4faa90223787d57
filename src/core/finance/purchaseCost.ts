import { compareDates, type IsoDate } from '../calendar/calendarDate';
import type { AssetRecord } from '../registers/records';
import type { Money } from '../values/parseResult';
import { amountInWorkbookCurrency } from './workbookCurrency';

/**
 * An asset's purchase cost as finance can use it. Depreciation, TCO and ROI count a purchase cost only
 * when it is in the workbook currency and dated, because each places the cost in its purchase month.
 */
export type PurchaseCost =
  /** Neither Purchase Cost nor Purchase Date is filled in: the asset is tracked without a cost. */
  | { readonly kind: 'none' }
  | { readonly kind: 'missingCost'; readonly purchaseDate: IsoDate }
  | { readonly kind: 'missingDate'; readonly amount: number }
  | { readonly kind: 'otherCurrency'; readonly money: Money; readonly currency: string }
  | { readonly kind: 'known'; readonly amount: number; readonly purchaseDate: IsoDate };

export function readPurchaseCost(asset: AssetRecord, workbookCurrency: string): PurchaseCost {
  if (asset.purchaseCost === null) {
    return asset.purchaseDate === null ? { kind: 'none' } : { kind: 'missingCost', purchaseDate: asset.purchaseDate };
  }

  const check = amountInWorkbookCurrency(asset.purchaseCost, workbookCurrency);
  if (!check.ok) {
    const currency = check.reason === 'otherCurrency' ? check.currency : check.amountCurrency;
    return { kind: 'otherCurrency', money: asset.purchaseCost, currency };
  }

  if (asset.purchaseDate === null) {
    return { kind: 'missingDate', amount: check.amount };
  }
  return { kind: 'known', amount: check.amount, purchaseDate: asset.purchaseDate };
}

/** Returns the purchase cost counted on the as-of date: known, and purchased on or before it. */
export function countedPurchaseCost(cost: PurchaseCost, asOf: IsoDate): { readonly amount: number; readonly purchaseDate: IsoDate } | null {
  return cost.kind === 'known' && compareDates(cost.purchaseDate, asOf) <= 0 ? cost : null;
}
