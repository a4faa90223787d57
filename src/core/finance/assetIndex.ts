import type { AssetRecord } from '../registers/records';
import { referenceKey } from './referenceKey';

/**
 * Indexes assets by Asset Tag, compared with referenceKey. When a tag is duplicated (reading the register
 * reports it) the first row wins, so ledger entries and shares link to one asset only.
 */
export function indexAssetsByTag(assets: readonly AssetRecord[]): ReadonlyMap<string, AssetRecord> {
  const byTag = new Map<string, AssetRecord>();
  for (const asset of assets) {
    if (asset.assetTag !== null && !byTag.has(referenceKey(asset.assetTag))) {
      byTag.set(referenceKey(asset.assetTag), asset);
    }
  }
  return byTag;
}
