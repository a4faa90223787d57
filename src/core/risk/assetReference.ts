import { translate } from '../i18n';
import type { AssetRecord } from '../registers/records';
import type { Lang } from '../registers/schema';

/** Returns the Asset Tag, or "row 7" for a row whose tag is blank (reading the register reports the blank tag). */
export function assetReference(lang: Lang, asset: AssetRecord): string {
  return asset.assetTag ?? translate(lang, 'risk.ref.row', { row: asset.row });
}

/** Names an asset in a message: its reference followed by its Name in brackets when the Name is filled in. */
export function assetDisplayName(lang: Lang, asset: AssetRecord): string {
  const reference = assetReference(lang, asset);
  const name = asset.name?.trim() ?? '';
  return name === '' ? reference : `${reference} (${name})`;
}
