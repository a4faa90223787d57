import { dayNumber, partsOf, type IsoDate } from '../calendar/calendarDate';
import { ASSET_STATUSES, DEPRECIATION_METHODS } from '../registers/definitions';
import type { AssetStatus, DepreciationMethod } from '../registers/records';
import type { Label, Lang } from '../registers/schema';
import { categoryName, type HardwareCategory } from './demoCategories';
import { DELIBERATE_ROWS, FIRST_LEDGER_COSTED_ASSET } from './deliberateErrorRows';
import { DEMO_INVESTMENTS, departmentName, locationName, type DepartmentKey, type InvestmentKey, type LocationKey } from './demoOrganization';
import type { DemoPerson } from './demoPeople';
import { DateCells, SheetBuilder, enumLabeler, type DemoSheet } from './demoSheet';
import { vendorName, type VendorKey } from './demoVendors';
import { CATEGORY_NOUNS, CATEGORY_SHARES, HARDWARE_MODELS, NETWORK_ROLES, SERVER_ROLES, type HardwareModel } from './hardwareCatalog';
import { shiftMonths, yearOfDay } from './dayNumbers';
import { SeededRandom, WeightedChoice } from './seededRandom';

/** One generated asset, kept in memory so that licenses, contracts, the ledger and CIs can refer to it. */
export interface DemoAsset {
  readonly index: number;
  readonly tag: string;
  readonly category: HardwareCategory;
  readonly model: HardwareModel;
  readonly status: AssetStatus;
  /** Day number of the purchase, or null for requested and ordered assets. */
  readonly purchaseDay: number | null;
  readonly cost: number;
  /** The Purchase Cost cell is blank because the acquisition was booked in the ledger instead. */
  readonly costInLedger: boolean;
  /** Leased equipment: no purchase cost, paid through a lease contract. */
  readonly leased: boolean;
  readonly department: DepartmentKey;
  readonly location: LocationKey | null;
  readonly person: DemoPerson | null;
  readonly vendor: VendorKey;
  readonly disposalDay: number | null;
  readonly investment: InvestmentKey | null;
}

/** Age, in years, after which most assets have been replaced. */
const REPLACEMENT_AGE_YEARS = 4.5;
const PURCHASE_WINDOW_DAYS = 6 * 365;

const CATEGORY_CHOICE = new WeightedChoice(CATEGORY_SHARES);
const MODEL_CHOICES = new Map<HardwareCategory, WeightedChoice<HardwareModel>>(
  CATEGORY_SHARES.map(([category]) => [
    category,
    new WeightedChoice(HARDWARE_MODELS.filter((model) => model.category === category).map((model) => [model, model.weight] as const)),
  ]),
);

const RECENT_STATUS = new WeightedChoice<AssetStatus>([
  ['deployed', 82],
  ['in_stock', 7],
  ['in_repair', 3],
  ['retired', 4],
  ['disposed', 2],
  ['lost', 1],
]);
const OLD_STATUS = new WeightedChoice<AssetStatus>([
  ['deployed', 45],
  ['in_stock', 3],
  ['in_repair', 2],
  ['retired', 20],
  ['disposed', 28],
  ['lost', 2],
]);
const NEW_STATUS = new WeightedChoice<AssetStatus>([
  ['deployed', 60],
  ['in_stock', 40],
]);
const INFRASTRUCTURE_STATUS = new WeightedChoice<AssetStatus>([
  ['deployed', 88],
  ['in_stock', 3],
  ['in_repair', 2],
  ['retired', 5],
  ['disposed', 2],
]);

export interface AssetContext {
  readonly asOf: IsoDate;
  /** First day of the oldest fiscal year in the ledger, from which investment windows are counted. */
  readonly ledgerStartDay: number;
  readonly people: readonly DemoPerson[];
  readonly deliberateErrors: boolean;
}

/** Generates `count` assets ordered by purchase date, with tags IT-YYYY-NNNN numbered per purchase year. */
export function generateAssetModels(random: SeededRandom, count: number, context: AssetContext): DemoAsset[] {
  const asOfDay = dayNumber(context.asOf);
  const asOfYear = partsOf(context.asOf).year;
  const pendingCount = Math.floor(count * 0.02);

  const drafts: { category: HardwareCategory; model: HardwareModel; purchaseDay: number | null }[] = [];
  for (let index = 0; index < count; index += 1) {
    const category = CATEGORY_CHOICE.pick(random);
    const model = MODEL_CHOICES.get(category)!.pick(random);
    const purchaseDay = index < count - pendingCount ? asOfDay - random.integer(1, PURCHASE_WINDOW_DAYS) : null;
    drafts.push({ category, model, purchaseDay });
  }
  drafts.sort((a, b) => (a.purchaseDay ?? Number.MAX_SAFE_INTEGER) - (b.purchaseDay ?? Number.MAX_SAFE_INTEGER));

  const sequenceByYear = new Map<number, number>();
  const windows = investmentWindows(context.ledgerStartDay);
  const assets: DemoAsset[] = [];
  let year = asOfYear;
  let yearEndDay = Number.MIN_SAFE_INTEGER;
  for (let index = 0; index < drafts.length; index += 1) {
    const draft = drafts[index];
    if (draft.purchaseDay === null) {
      year = asOfYear;
    } else if (draft.purchaseDay > yearEndDay) {
      // Drafts are in date order, so the year changes only when a purchase passes the year's last day.
      year = yearOfDay(draft.purchaseDay);
      yearEndDay = dayNumber(`${year}-12-31`);
    }
    const sequence = (sequenceByYear.get(year) ?? 0) + 1;
    sequenceByYear.set(year, sequence);
    const tag = `IT-${year}-${String(sequence).padStart(4, '0')}`;
    assets.push(describeAsset(random, index, tag, draft.category, draft.model, draft.purchaseDay, asOfDay, context, windows));
  }

  if (context.deliberateErrors) {
    const { duplicateTag, duplicateTagSource } = DELIBERATE_ROWS.assets;
    assets[duplicateTag] = { ...assets[duplicateTag], tag: assets[duplicateTagSource].tag };
  }
  return assets;
}

function describeAsset(
  random: SeededRandom,
  index: number,
  tag: string,
  category: HardwareCategory,
  model: HardwareModel,
  purchaseDay: number | null,
  asOfDay: number,
  context: AssetContext,
  windows: readonly InvestmentWindow[],
): DemoAsset {
  const status = statusFor(random, category, purchaseDay, asOfDay);
  const isInfrastructure = category === 'server' || category === 'network';
  const leased = model.vendor === 'sindoh' && purchaseDay !== null;
  const costInLedger = !leased && purchaseDay !== null && index >= FIRST_LEDGER_COSTED_ASSET && random.chance(0.04);
  const cost = random.amount(model.minCost, model.maxCost, 10_000);

  let person: DemoPerson | null = null;
  let department: DepartmentKey = 'infrastructure';
  let location: LocationKey | null = null;
  if (isInfrastructure) {
    const sites: LocationKey[] = category === 'server' ? ['dataCenter', 'dataCenter', 'dataCenter', 'dataCenter', 'dataCenter', 'pangyo'] : ['dataCenter', 'hq8', 'hq9', 'pangyo', 'busan'];
    location = random.pick(sites);
  } else if (category === 'printer') {
    location = random.pick<LocationKey>(['hq8', 'hq8', 'hq9', 'pangyo', 'busan']);
    department = 'management';
  } else {
    const owner = random.pick(context.people);
    department = owner.department;
    if (status === 'deployed' || status === 'in_repair' || status === 'lost') {
      person = owner;
      location = owner.location;
    }
  }
  if (status === 'in_stock' || status === 'retired') {
    location = 'warehouse';
  }
  if (status === 'disposed' || status === 'lost') {
    location = null;
  }

  let disposalDay: number | null = null;
  if (status === 'disposed' && purchaseDay !== null) {
    const earliest = purchaseDay + Math.min(3 * 365, Math.floor((asOfDay - purchaseDay) / 2));
    disposalDay = random.integer(earliest, asOfDay - 1);
  }

  return {
    index,
    tag,
    category,
    model,
    status,
    purchaseDay,
    cost,
    costInLedger,
    leased,
    department,
    location,
    person,
    vendor: random.chance(0.1) && !isInfrastructure && !leased ? 'daewon' : model.vendor,
    disposalDay,
    investment: investmentFor(random, category, purchaseDay, windows),
  };
}

function statusFor(random: SeededRandom, category: HardwareCategory, purchaseDay: number | null, asOfDay: number): AssetStatus {
  if (purchaseDay === null) {
    return random.chance(0.5) ? 'requested' : 'ordered';
  }
  const ageYears = (asOfDay - purchaseDay) / 365;
  if (ageYears < 0.1) {
    return NEW_STATUS.pick(random);
  }
  if (category === 'server' || category === 'network') {
    return ageYears > REPLACEMENT_AGE_YEARS ? OLD_STATUS.pick(random) : INFRASTRUCTURE_STATUS.pick(random);
  }
  return ageYears > REPLACEMENT_AGE_YEARS ? OLD_STATUS.pick(random) : RECENT_STATUS.pick(random);
}

/** Returns the investment that a server or network device bought during its build belongs to, more often than not. */
function investmentFor(random: SeededRandom, category: HardwareCategory, purchaseDay: number | null, windows: readonly InvestmentWindow[]): InvestmentKey | null {
  if (purchaseDay === null || (category !== 'server' && category !== 'network')) {
    return null;
  }
  for (const build of windows) {
    if (purchaseDay >= build.start && purchaseDay < build.end && random.chance(0.6)) {
      return build.key;
    }
  }
  return null;
}

interface InvestmentWindow {
  readonly key: InvestmentKey;
  /** First day of the build. */
  readonly start: number;
  /** Go-live day, the first day after the build. */
  readonly end: number;
}

function investmentWindows(ledgerStartDay: number): InvestmentWindow[] {
  return DEMO_INVESTMENTS.map((investment) => ({
    key: investment.key,
    start: shiftMonths(ledgerStartDay, investment.startMonth),
    end: shiftMonths(ledgerStartDay, investment.startMonth + investment.buildMonths),
  }));
}

/** Writes the Assets register. */
export function writeAssets(random: SeededRandom, assets: readonly DemoAsset[], asOf: IsoDate, lang: Lang, dates: DateCells): DemoSheet {
  const sheet = new SheetBuilder('assets', lang);
  const statusLabel = enumLabeler<AssetStatus>(ASSET_STATUSES, lang);
  const methodLabel = enumLabeler<DepreciationMethod>(DEPRECIATION_METHODS, lang);
  const asOfDay = dayNumber(asOf);
  const roleCounts = new Map<string, number>();
  const col = {
    assetTag: sheet.column('assetTag'),
    name: sheet.column('name'),
    category: sheet.column('category'),
    model: sheet.column('model'),
    manufacturer: sheet.column('manufacturer'),
    serialNumber: sheet.column('serialNumber'),
    status: sheet.column('status'),
    assignedTo: sheet.column('assignedTo'),
    department: sheet.column('department'),
    location: sheet.column('location'),
    purchaseDate: sheet.column('purchaseDate'),
    purchaseCost: sheet.column('purchaseCost'),
    vendor: sheet.column('vendor'),
    warrantyEnd: sheet.column('warrantyEnd'),
    endOfSupport: sheet.column('endOfSupport'),
    usefulLifeMonths: sheet.column('usefulLifeMonths'),
    salvageValue: sheet.column('salvageValue'),
    depreciationMethod: sheet.column('depreciationMethod'),
    investment: sheet.column('investment'),
    lastAudit: sheet.column('lastAudit'),
    notes: sheet.column('notes'),
  };

  for (const asset of assets) {
    const row = sheet.addRow();
    row[col.assetTag] = asset.tag;
    row[col.name] = assetName(asset, lang, roleCounts);
    row[col.category] = categoryName(asset.category)[lang];
    row[col.model] = asset.model.model;
    row[col.manufacturer] = asset.model.manufacturer[lang];
    row[col.serialNumber] = serialNumber(random, asset.model.serialPattern);
    row[col.status] = statusLabel(asset.status);
    row[col.assignedTo] = asset.person === null ? '' : asset.person.name[lang];
    row[col.department] = departmentName(asset.department)[lang];
    row[col.location] = asset.location === null ? '' : locationName(asset.location)[lang];
    row[col.vendor] = vendorName(asset.vendor)[lang];
    row[col.notes] = assetNote(random, asset)[lang];
    if (asset.investment !== null) {
      row[col.investment] = DEMO_INVESTMENTS.find((investment) => investment.key === asset.investment)!.name[lang];
    }
    if (asset.purchaseDay === null) {
      continue;
    }

    row[col.purchaseDate] = dates.at(asset.purchaseDay);
    row[col.purchaseCost] = asset.costInLedger || asset.leased ? '' : asset.cost;
    row[col.warrantyEnd] = dates.at(shiftMonths(asset.purchaseDay, warrantyMonths(random, asset.category)) - 1);
    const supportMonths = endOfSupportMonths(random, asset.category);
    if (supportMonths !== null) {
      row[col.endOfSupport] = dates.at(shiftMonths(asset.purchaseDay, supportMonths) - 1);
    }
    if (random.chance(0.08)) {
      row[col.usefulLifeMonths] = asset.category === 'mobile' ? 48 : random.pick([48, 60, 72]);
    }
    if (asset.category === 'server' && random.chance(0.3)) {
      row[col.salvageValue] = 1_000;
    }
    if (random.chance(0.05)) {
      row[col.depreciationMethod] = methodLabel(random.chance(0.5) ? 'straight_line' : 'declining_balance');
    }
    if (asset.status === 'deployed' || asset.status === 'in_stock' || asset.status === 'in_repair') {
      const audited = asOfDay - random.integer(20, 480);
      if (audited > asset.purchaseDay && random.chance(0.85)) {
        row[col.lastAudit] = dates.at(audited);
      }
    }
  }
  return sheet.toSheet();
}

function assetName(asset: DemoAsset, lang: Lang, roleCounts: Map<string, number>): string {
  const noun = (asset.model.noun ?? CATEGORY_NOUNS[asset.category])[lang];
  if (asset.category === 'server') {
    const role = SERVER_ROLES[asset.index % SERVER_ROLES.length];
    const ordinal = (roleCounts.get(role.en) ?? 0) + 1;
    roleCounts.set(role.en, ordinal);
    return `${role[lang]} #${ordinal}`;
  }
  if (asset.category === 'network') {
    const role = NETWORK_ROLES[asset.model.shortName] ?? { ko: noun, en: noun };
    if (asset.location === null || asset.location === 'warehouse') {
      return role[lang];
    }
    return `${role[lang]} (${locationName(asset.location)[lang]})`;
  }
  if (asset.category === 'printer' && asset.location !== null && asset.location !== 'warehouse') {
    return `${locationName(asset.location)[lang]} ${asset.model.shortName} ${noun}`;
  }
  return `${asset.model.shortName} ${noun}`;
}

const ALPHANUMERIC = 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789';
const DIGITS = '0123456789';

function serialNumber(random: SeededRandom, pattern: string): string {
  let serial = '';
  for (const symbol of pattern) {
    if (symbol === '9') {
      serial += random.characters(DIGITS, 1);
    } else if (symbol === 'A') {
      serial += random.characters(ALPHANUMERIC, 1);
    } else {
      serial += symbol;
    }
  }
  return serial;
}

function warrantyMonths(random: SeededRandom, category: HardwareCategory): number {
  switch (category) {
    case 'server':
    case 'monitor':
      return 36;
    case 'mobile':
      return random.pick([12, 24]);
    case 'network':
      return random.pick([12, 24, 36]);
    default:
      return random.pick([12, 24, 36, 36]);
  }
}

/** Returns the months from purchase to the maker's end of support, or null when the register leaves it blank. */
function endOfSupportMonths(random: SeededRandom, category: HardwareCategory): number | null {
  switch (category) {
    case 'server':
      return random.integer(60, 84);
    case 'network':
      return random.integer(60, 96);
    case 'mobile':
      return 48;
    case 'laptop':
    case 'desktop':
      return random.chance(0.1) ? random.integer(48, 60) : null;
    default:
      return null;
  }
}

const NO_NOTE: Label = { ko: '', en: '' };

function assetNote(random: SeededRandom, asset: DemoAsset): Label {
  if (asset.leased) {
    return { ko: '임대 장비 (신도리코)', en: 'Leased from Sindoh' };
  }
  switch (asset.status) {
    case 'in_repair':
      return random.pick<Label>([
        { ko: '액정 파손, 서비스센터 입고', en: 'Cracked screen, at the service center' },
        { ko: '메인보드 불량, 제조사 수리 중', en: 'Faulty mainboard, under repair by the maker' },
        { ko: '배터리 교체 대기', en: 'Waiting for a battery replacement' },
      ]);
    case 'lost':
      return { ko: '분실 신고 접수, 원격 잠금 완료', en: 'Reported lost, remotely locked' };
    case 'disposed':
      return random.pick<Label>([
        { ko: '중고 매각, 데이터 완전 삭제 확인서 수령', en: 'Sold used, data wiping certificate received' },
        { ko: '폐기 업체 인계', en: 'Handed to a disposal company' },
      ]);
    case 'retired':
      return { ko: '교체 후 회수, 처분 대기', en: 'Returned after replacement, awaiting disposal' };
    case 'requested':
      return { ko: '신규 입사자용 구매 요청', en: 'Purchase request for a new hire' };
    case 'ordered':
      return { ko: '발주 완료, 입고 대기', en: 'Ordered, awaiting delivery' };
    default:
      if (asset.category === 'laptop' && random.chance(0.05)) {
        return { ko: '키보드 교체 이력 있음', en: 'Keyboard replaced once' };
      }
      return NO_NOTE;
  }
}
