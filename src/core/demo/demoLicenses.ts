import { addMonths, dateFromDayNumber, dayNumber, partsOf, type IsoDate } from '../calendar/calendarDate';
import { LICENSE_METRICS } from '../registers/definitions';
import type { LicenseMetric } from '../registers/records';
import type { Label, Lang } from '../registers/schema';
import type { DemoPerson } from './demoPeople';
import { DateCells, SheetBuilder, enumLabeler, type DemoSheet } from './demoSheet';
import type { ProductInstall } from './demoInstallations';
import { SeededRandom, WeightedChoice } from './seededRandom';
import { EXPIRED_INSTALLED_LOT, EXPIRING_SOON_LOT, FIRST_LOTS, SOFTWARE_PRODUCTS, productByKey, type ProductKey, type SoftwareProduct } from './softwareCatalog';

/** License purchase lots: one row of the Licenses register each. */

export interface LicenseLot {
  readonly id: string;
  readonly product: SoftwareProduct;
  /** Position of this lot among the lots of the same product. */
  readonly ordinal: number;
  readonly startDay: number;
  /** Last day of the entitlement, or null for a perpetual license. */
  readonly expiryDay: number | null;
  readonly note: Label;
}

/** A lot with its entitled seats and price, once usage is known. */
export interface PricedLot extends LicenseLot {
  /** Entitled seats, or null for a site license. */
  readonly quantity: number | null;
  readonly unitCost: number;
  readonly contractId: string | null;
  readonly owner: DemoPerson;
}

/** Days before the as-of date on which the expired-but-installed lot ended, and after which the soon-expiring lot ends. */
const EXPIRED_DAYS_AGO = 45;
const EXPIRING_IN_DAYS = 21;
/** Share of V3 seats bought in the lot that later expired. */
const EXPIRED_LOT_SHARE = 0.2;

const EXTRA_LOT_CHOICE = new WeightedChoice(SOFTWARE_PRODUCTS.map((product) => [product, product.lotWeight] as const));

/** Plans `count` license lots: one per product first, then additional purchases weighted by product. */
export function planLicenseLots(random: SeededRandom, count: number, asOf: IsoDate): LicenseLot[] {
  const asOfDay = dayNumber(asOf);
  const ordinals = new Map<ProductKey, number>();
  const lots: LicenseLot[] = [];

  for (let index = 0; index < count; index += 1) {
    const product = index < FIRST_LOTS.length ? productByKey(FIRST_LOTS[index]) : EXTRA_LOT_CHOICE.pick(random);
    const ordinal = ordinals.get(product.key) ?? 0;
    ordinals.set(product.key, ordinal + 1);

    let startDay: number;
    let expiryDay: number | null = null;
    let note: Label = { ko: '', en: '' };
    if (index === EXPIRED_INSTALLED_LOT) {
      expiryDay = asOfDay - EXPIRED_DAYS_AGO;
      startDay = yearBefore(expiryDay);
      note = { ko: '판교 R&D센터 추가분', en: 'Extra seats for the Pangyo R&D center' };
    } else if (index === EXPIRING_SOON_LOT) {
      expiryDay = asOfDay + EXPIRING_IN_DAYS;
      startDay = yearBefore(expiryDay);
      note = { ko: '연간 구독, 갱신 여부 검토 중', en: 'Yearly subscription, renewal under review' };
    } else if (product.subscription) {
      startDay = asOfDay - random.integer(30, 330);
      expiryDay = dayNumber(addMonths(dateFromDayNumber(startDay), 12)) - 1;
    } else {
      startDay = asOfDay - random.integer(30, 5 * 365);
    }

    if (ordinal > 0 && index !== EXPIRED_INSTALLED_LOT) {
      const year = partsOf(dateFromDayNumber(startDay)).year;
      note = { ko: `${year}년 추가 구매`, en: `Additional purchase in ${year}` };
    }
    if (product.metric === 'site') {
      note = { ko: '사이트 라이선스: 단가는 연간 총액', en: 'Site license: the unit cost is the yearly total' };
    }
    lots.push({ id: `LIC-${String(index + 1).padStart(3, '0')}`, product, ordinal, startDay, expiryDay, note });
  }
  return lots;
}

/** Returns the first day of the one-year term that ends on `expiryDay`. */
function yearBefore(expiryDay: number): number {
  return dayNumber(addMonths(dateFromDayNumber(expiryDay + 1), -12));
}

export interface LicenseUsage {
  /** Active assignments per lot id. */
  readonly activeAssignments: ReadonlyMap<string, number>;
  readonly installsByProduct: ReadonlyMap<ProductKey, readonly ProductInstall[]>;
}

/**
 * Sets each lot's seats from its usage and the product's entitlement ratio: assignments for per-user
 * lots, installed devices for per-device and concurrent lots.
 */
export function priceLots(
  random: SeededRandom,
  lots: readonly LicenseLot[],
  usage: LicenseUsage,
  contractsByProduct: ReadonlyMap<ProductKey, readonly string[]>,
  ownerFor: (product: SoftwareProduct) => DemoPerson,
): PricedLot[] {
  const lotsPerProduct = new Map<ProductKey, number>();
  for (const lot of lots) {
    lotsPerProduct.set(lot.product.key, (lotsPerProduct.get(lot.product.key) ?? 0) + 1);
  }
  const devicesPerProduct = new Map<ProductKey, number>();
  for (const [product, installs] of usage.installsByProduct) {
    devicesPerProduct.set(product, new Set(installs.map((install) => install.tag)).size);
  }

  return lots.map((lot, index) => {
    const product = lot.product;
    const lotCount = lotsPerProduct.get(product.key) ?? 1;
    const devices = devicesPerProduct.get(product.key) ?? 0;
    let quantity: number | null;
    switch (product.metric) {
      case 'per_user': {
        const active = usage.activeAssignments.get(lot.id) ?? 0;
        quantity = active === 0 ? random.integer(3, 10) : Math.max(1, Math.ceil(active * product.entitlementRatio));
        break;
      }
      case 'per_device': {
        const share = deviceShare(index, product.key, lots, lotCount);
        quantity = Math.max(1, Math.ceil(devices * product.entitlementRatio * share));
        break;
      }
      case 'concurrent':
        quantity = Math.max(1, Math.ceil((devices * product.entitlementRatio) / lotCount));
        break;
      case 'site':
        quantity = null;
        break;
    }
    const contracts = contractsByProduct.get(product.key) ?? [];
    return {
      ...lot,
      quantity,
      unitCost: product.unitCost,
      contractId: contracts.length === 0 ? null : contracts[lot.ordinal % contracts.length],
      owner: ownerFor(product),
    };
  });
}

/** Returns the share of a per-device product's installed devices that one lot covers. */
function deviceShare(index: number, product: ProductKey, lots: readonly LicenseLot[], lotCount: number): number {
  const hasExpiredLot = lots.length > EXPIRED_INSTALLED_LOT && lots[EXPIRED_INSTALLED_LOT].product.key === product;
  if (!hasExpiredLot || lotCount === 1) {
    return 1 / lotCount;
  }
  return index === EXPIRED_INSTALLED_LOT ? EXPIRED_LOT_SHARE : (1 - EXPIRED_LOT_SHARE) / (lotCount - 1);
}

/** Writes the Licenses register. */
export function writeLicenses(lots: readonly PricedLot[], lang: Lang, dates: DateCells): DemoSheet {
  const sheet = new SheetBuilder('licenses', lang);
  const metricLabel = enumLabeler<LicenseMetric>(LICENSE_METRICS, lang);
  const col = {
    licenseId: sheet.column('licenseId'),
    software: sheet.column('software'),
    publisher: sheet.column('publisher'),
    metric: sheet.column('metric'),
    quantity: sheet.column('quantity'),
    unitCost: sheet.column('unitCost'),
    startDate: sheet.column('startDate'),
    expiryDate: sheet.column('expiryDate'),
    contractId: sheet.column('contractId'),
    matchPatterns: sheet.column('matchPatterns'),
    owner: sheet.column('owner'),
    notes: sheet.column('notes'),
  };

  for (const lot of lots) {
    const row = sheet.addRow();
    row[col.licenseId] = lot.id;
    row[col.software] = lot.product.name[lang];
    row[col.publisher] = lot.product.publisher[lang];
    row[col.metric] = metricLabel(lot.product.metric);
    row[col.quantity] = lot.quantity ?? '';
    row[col.unitCost] = lot.unitCost;
    row[col.startDate] = dates.at(lot.startDay);
    row[col.expiryDate] = lot.expiryDay === null ? '' : dates.at(lot.expiryDay);
    row[col.contractId] = lot.contractId ?? '';
    row[col.matchPatterns] = lot.product.matchPatterns;
    row[col.owner] = lot.owner.email;
    row[col.notes] = lot.note[lang];
  }
  return sheet.toSheet();
}
