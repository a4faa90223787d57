import { DEPRECIATION_METHODS } from '../registers/definitions';
import type { DepreciationMethod } from '../registers/records';
import type { Label, Lang } from '../registers/schema';
import { SheetBuilder, enumLabeler, type DemoSheet } from './demoSheet';

/**
 * The classification scheme of the demo company. Useful lives follow the Korean Corporate Tax Act
 * enforcement rule, which sets 5 years (60 months) as the standard useful life of tools, fixtures and
 * office equipment, computers included. The Act's enforcement decree defaults tangible assets other than
 * buildings to declining-balance and intangible assets to straight-line. This company elected
 * straight-line for end-user devices.
 */

export type HardwareCategory = 'laptop' | 'desktop' | 'server' | 'network' | 'mobile' | 'monitor' | 'printer';
export type CategoryKey = 'hardware' | HardwareCategory | 'software' | 'subscription' | 'perpetual';

interface CategoryDef {
  readonly key: CategoryKey;
  readonly code: string;
  readonly name: Label;
  readonly parent: CategoryKey | null;
  readonly usefulLifeMonths: number | null;
  readonly method: DepreciationMethod | null;
}

const CATEGORY_DEFS: readonly CategoryDef[] = [
  { key: 'hardware', code: 'HW', name: { ko: '하드웨어', en: 'Hardware' }, parent: null, usefulLifeMonths: 60, method: 'declining_balance' },
  { key: 'laptop', code: 'HW-LAPTOP', name: { ko: '노트북', en: 'Laptop' }, parent: 'hardware', usefulLifeMonths: 60, method: 'straight_line' },
  { key: 'desktop', code: 'HW-DESKTOP', name: { ko: '데스크톱', en: 'Desktop' }, parent: 'hardware', usefulLifeMonths: 60, method: 'straight_line' },
  { key: 'server', code: 'HW-SERVER', name: { ko: '서버', en: 'Server' }, parent: 'hardware', usefulLifeMonths: 60, method: 'declining_balance' },
  { key: 'network', code: 'HW-NETWORK', name: { ko: '네트워크 장비', en: 'Network equipment' }, parent: 'hardware', usefulLifeMonths: 60, method: 'declining_balance' },
  { key: 'mobile', code: 'HW-MOBILE', name: { ko: '모바일 기기', en: 'Mobile device' }, parent: 'hardware', usefulLifeMonths: 48, method: 'straight_line' },
  { key: 'monitor', code: 'HW-MONITOR', name: { ko: '모니터', en: 'Monitor' }, parent: 'hardware', usefulLifeMonths: 60, method: 'straight_line' },
  { key: 'printer', code: 'HW-PRINTER', name: { ko: '프린터·복합기', en: 'Printer / MFP' }, parent: 'hardware', usefulLifeMonths: 60, method: 'declining_balance' },
  { key: 'software', code: 'SW', name: { ko: '소프트웨어', en: 'Software' }, parent: null, usefulLifeMonths: 60, method: 'straight_line' },
  { key: 'subscription', code: 'SW-SUB', name: { ko: '구독형 소프트웨어', en: 'Subscription software' }, parent: 'software', usefulLifeMonths: 12, method: 'straight_line' },
  { key: 'perpetual', code: 'SW-PERP', name: { ko: '영구 라이선스', en: 'Perpetual license' }, parent: 'software', usefulLifeMonths: 60, method: 'straight_line' },
];

function categoryDef(key: CategoryKey): CategoryDef {
  const category = CATEGORY_DEFS.find((candidate) => candidate.key === key);
  if (!category) {
    throw new Error(`Unknown demo category "${key}".`);
  }
  return category;
}

/** Returns the category name that the Assets register's Category column uses. */
export function categoryName(key: CategoryKey): Label {
  return categoryDef(key).name;
}

export function generateCategories(lang: Lang): DemoSheet {
  const sheet = new SheetBuilder('categories', lang);
  const methodLabel = enumLabeler<DepreciationMethod>(DEPRECIATION_METHODS, lang);
  const columns = {
    code: sheet.column('code'),
    name: sheet.column('name'),
    parent: sheet.column('parent'),
    usefulLifeMonths: sheet.column('usefulLifeMonths'),
    depreciationMethod: sheet.column('depreciationMethod'),
  };

  for (const category of CATEGORY_DEFS) {
    const row = sheet.addRow();
    row[columns.code] = category.code;
    row[columns.name] = category.name[lang];
    row[columns.parent] = category.parent === null ? '' : categoryDef(category.parent).code;
    row[columns.usefulLifeMonths] = category.usefulLifeMonths ?? '';
    row[columns.depreciationMethod] = category.method === null ? '' : methodLabel(category.method);
  }
  return sheet.toSheet();
}
