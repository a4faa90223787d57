/** A message catalog for one domain: every key exists in both languages, checked by the compiler. */
export interface BilingualCatalog<K extends string> {
  readonly en: Readonly<Record<K, string>>;
  readonly ko: Readonly<Record<K, string>>;
}

export function defineCatalog<K extends string>(catalog: BilingualCatalog<K>): BilingualCatalog<K> {
  return catalog;
}
