import { DEPRECIATION_METHODS } from '../registers/definitions';
import type { DepreciationMethod } from '../registers/records';
import type { Lang } from '../registers/schema';
import type { OutputValue } from '../workbook/port';

interface DefaultCategory {
  readonly code: string;
  readonly name: { readonly en: string; readonly ko: string };
  readonly parent: string | null;
  readonly usefulLifeMonths: number | null;
  readonly method: DepreciationMethod | null;
}

/**
 * Starter classification. Korean corporate tax sets 5 years (60 months) for computers and office
 * equipment; tangible assets default to declining-balance and software to straight-line. Children
 * without their own life or method inherit the parent's.
 */
const DEFAULT_CATEGORIES: readonly DefaultCategory[] = [
  { code: 'HW', name: { en: 'Hardware', ko: '하드웨어' }, parent: null, usefulLifeMonths: 60, method: 'declining_balance' },
  { code: 'HW-LAPTOP', name: { en: 'Laptop', ko: '노트북' }, parent: 'HW', usefulLifeMonths: null, method: null },
  { code: 'HW-DESKTOP', name: { en: 'Desktop', ko: '데스크톱' }, parent: 'HW', usefulLifeMonths: null, method: null },
  { code: 'HW-MONITOR', name: { en: 'Monitor', ko: '모니터' }, parent: 'HW', usefulLifeMonths: null, method: null },
  { code: 'HW-SERVER', name: { en: 'Server', ko: '서버' }, parent: 'HW', usefulLifeMonths: null, method: null },
  { code: 'HW-NETWORK', name: { en: 'Network', ko: '네트워크' }, parent: 'HW', usefulLifeMonths: null, method: null },
  { code: 'HW-MOBILE', name: { en: 'Mobile', ko: '모바일' }, parent: 'HW', usefulLifeMonths: null, method: null },
  { code: 'HW-PRINTER', name: { en: 'Printer', ko: '프린터' }, parent: 'HW', usefulLifeMonths: null, method: null },
  { code: 'SW', name: { en: 'Software', ko: '소프트웨어' }, parent: null, usefulLifeMonths: 60, method: 'straight_line' },
  { code: 'SW-PERPETUAL', name: { en: 'Perpetual license', ko: '영구 라이선스' }, parent: 'SW', usefulLifeMonths: null, method: null },
  { code: 'SW-SUBSCRIPTION', name: { en: 'Subscription', ko: '구독' }, parent: 'SW', usefulLifeMonths: 12, method: 'straight_line' },
  { code: 'FURN', name: { en: 'Office furniture', ko: '사무용 가구' }, parent: null, usefulLifeMonths: 60, method: 'declining_balance' },
];

function methodLabel(method: DepreciationMethod | null, lang: Lang): string {
  return method === null ? '' : (DEPRECIATION_METHODS.find((value) => value.key === method)?.label[lang] ?? '');
}

/** Rows for a new Categories tab in its column order: code, name, parent, useful life, method. */
export function defaultCategoryRows(lang: Lang): OutputValue[][] {
  return DEFAULT_CATEGORIES.map((category) => [
    category.code,
    category.name[lang],
    category.parent ?? '',
    category.usefulLifeMonths ?? '',
    methodLabel(category.method, lang),
  ]);
}
