import type { ImportSourceDef, ImportSourceId } from './importSource';
import { SNIPE_IT_SOURCE } from './snipeIt';

/** A file typed or exported by hand: headers map through the register's labels and aliases only. */
export const GENERIC_SOURCE: ImportSourceDef = {
  id: 'generic',
  label: { en: 'CSV file', ko: 'CSV 파일' },
  registers: {},
};

const SOURCES: Readonly<Record<ImportSourceId, ImportSourceDef>> = {
  generic: GENERIC_SOURCE,
  'snipe-it': SNIPE_IT_SOURCE,
};

export function importSourceById(id: ImportSourceId): ImportSourceDef {
  return SOURCES[id];
}
