import type { AssetRecord } from '../registers/records';
import { comparisonKey } from './matchPattern';

/** Result of resolving an Asset Tag or hostname from another register against the Assets tab. */
export type AssetMatch =
  | { readonly kind: 'found'; readonly asset: AssetRecord }
  | { readonly kind: 'unknown' }
  /** The text matched no Asset Tag but the Name of several assets, so it names no single device. */
  | { readonly kind: 'ambiguous'; readonly rows: readonly number[] };

export interface AssetLookup {
  /** Resolves an Asset Tag, compared case-insensitively after NFC normalization. */
  byTag(tag: string): AssetMatch;
  /** Resolves an inventory tool's host: an Asset Tag first, else an asset whose Name is that hostname. */
  byHost(host: string): AssetMatch;
}

const UNKNOWN: AssetMatch = { kind: 'unknown' };

export function buildAssetLookup(assets: readonly AssetRecord[]): AssetLookup {
  const tags = new Map<string, AssetRecord>();
  const names = new Map<string, AssetRecord[]>();
  for (const asset of assets) {
    if (asset.assetTag !== null) {
      const key = comparisonKey(asset.assetTag);
      if (!tags.has(key)) {
        tags.set(key, asset);
      }
    }
    if (asset.name !== null) {
      // Appending in place: copying the list for every asset is quadratic when thousands share a model name.
      const key = comparisonKey(asset.name);
      const named = names.get(key);
      if (named === undefined) {
        names.set(key, [asset]);
      } else {
        named.push(asset);
      }
    }
  }

  const byTag = (tag: string): AssetMatch => {
    const asset = tags.get(comparisonKey(tag));
    return asset ? { kind: 'found', asset } : UNKNOWN;
  };

  const byHost = (host: string): AssetMatch => {
    const tagged = byTag(host);
    if (tagged.kind === 'found') {
      return tagged;
    }
    const named = names.get(comparisonKey(host)) ?? [];
    if (named.length === 1) {
      return { kind: 'found', asset: named[0] };
    }
    return named.length > 1 ? { kind: 'ambiguous', rows: named.map((asset) => asset.row) } : UNKNOWN;
  };

  return { byTag, byHost };
}
