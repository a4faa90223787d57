import type { AssetRecord } from '../registers/records';
import type { LedgerEntry } from './ledgerEntries';
import { referenceKey } from './referenceKey';

/** A ledger acquisition entry for an asset whose Purchase Cost is already filled in. */
export interface DoubleAcquisition {
  readonly entry: LedgerEntry;
  readonly asset: AssetRecord;
}

/**
 * Finds acquisition cost entries linked to an asset that already has a purchase cost. Counting both would
 * add the purchase twice, so TCO and ROI leave the entry out. Budget actuals keep it, because the ledger
 * is the record of spending against the budget.
 */
export function findDoubleAcquisitions(
  entries: readonly LedgerEntry[],
  assetsByTag: ReadonlyMap<string, AssetRecord>,
): ReadonlyMap<number, DoubleAcquisition> {
  const found = new Map<number, DoubleAcquisition>();
  for (const entry of entries) {
    if (entry.kind !== 'cost' || entry.costType !== 'acquisition' || entry.assetTag === null) {
      continue;
    }
    const asset = assetsByTag.get(referenceKey(entry.assetTag));
    if (asset !== undefined && asset.purchaseCost !== null) {
      found.set(entry.row, { entry, asset });
    }
  }
  return found;
}
