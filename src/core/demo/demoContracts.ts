import { dateFromDayNumber, dayNumber, partsOf, type IsoDate } from '../calendar/calendarDate';
import { CONTRACT_TYPES, RENEWAL_TYPES } from '../registers/definitions';
import type { ContractRecord, RenewalType } from '../registers/records';
import type { Label, Lang } from '../registers/schema';
import type { DemoAsset } from './demoAssets';
import type { LicenseLot, PricedLot } from './demoLicenses';
import type { DepartmentKey } from './demoOrganization';
import type { DemoPerson } from './demoPeople';
import { DateCells, SheetBuilder, enumLabeler, type DemoSheet } from './demoSheet';
import { vendorName, type VendorKey } from './demoVendors';
import { shiftMonths } from './dayNumbers';
import { SeededRandom } from './seededRandom';
import { SOFTWARE_PRODUCTS, productByKey, type ProductKey, type SoftwareProduct } from './softwareCatalog';

/** Contracts of the demo company: software purchases, hardware maintenance, leases, lines and services. */

export type ContractType = NonNullable<ContractRecord['type']>;

export interface ContractPlan {
  readonly id: string;
  readonly title: Label;
  readonly vendor: VendorKey;
  readonly type: ContractType;
  readonly renewal: RenewalType;
  readonly termMonths: number | null;
  readonly noticeDays: number | null;
  readonly startDay: number;
  /** End date as typed: for some automatic contracts an end date that has already rolled over. */
  readonly endDay: number;
  /** First day of the first term ever signed. Payments run from it, even where the register shows a later term. */
  readonly firstTermDay: number;
  readonly department: DepartmentKey;
  readonly owner: DemoPerson;
  readonly recipients: readonly string[];
  readonly assetTags: readonly string[];
  readonly product: ProductKey | null;
  /** Yearly amount in KRW. Product contracts get theirs from their license lots when written. */
  readonly annualCost: number;
  readonly note: Label;
  /** Paid monthly (leases, lines, services) rather than once per contract year. */
  readonly monthly: boolean;
}

interface ContractDraft {
  readonly title: Label;
  readonly vendor: VendorKey;
  readonly type: ContractType;
  readonly renewal: RenewalType;
  readonly termMonths: number | null;
  readonly department: DepartmentKey;
  readonly assetTags: readonly string[];
  readonly product: ProductKey | null;
  readonly annualCost: number;
  readonly monthly: boolean;
  /** First day of the first term when the contract follows a license lot or the equipment it covers. */
  readonly anchorDay: number | null;
}

export interface ContractContext {
  readonly asOf: IsoDate;
  readonly assets: readonly DemoAsset[];
  readonly lots: readonly LicenseLot[];
  readonly people: readonly DemoPerson[];
  readonly peopleByDepartment: ReadonlyMap<DepartmentKey, readonly DemoPerson[]>;
}

/** Covered assets per maintenance or lease contract. */
const ASSETS_PER_CONTRACT = 10;

/** Plans exactly `count` contracts and returns them with the contract ids of each product. */
export function planContracts(random: SeededRandom, count: number, context: ContractContext): { plans: ContractPlan[]; contractsByProduct: Map<ProductKey, string[]> } {
  const drafts = contractDrafts(random, count, context);
  const sequenceByYear = new Map<number, number>();
  const contractsByProduct = new Map<ProductKey, string[]>();
  const plans: ContractPlan[] = [];

  let automaticCount = 0;
  for (const draft of drafts) {
    const showsFirstTerm = draft.renewal === 'automatic' && automaticCount++ % 3 === 1;
    const schedule = scheduleFor(random, draft, dayNumber(context.asOf), showsFirstTerm);
    const year = partsOf(dateFromDayNumber(schedule.startDay)).year;
    const sequence = (sequenceByYear.get(year) ?? 0) + 1;
    sequenceByYear.set(year, sequence);
    const id = `CT-${year}-${String(sequence).padStart(3, '0')}`;
    const owner = ownerIn(random, draft.department, context);

    plans.push({
      ...draft,
      id,
      ...schedule,
      owner,
      recipients: recipientsFor(random, owner, context),
      note: schedule.rolledOver ? { ko: '자동갱신: 해지 통보가 없으면 같은 기간으로 연장', en: 'Renews automatically for the same term unless cancelled' } : { ko: '', en: '' },
    });
    if (draft.product !== null) {
      const ids = contractsByProduct.get(draft.product) ?? [];
      ids.push(id);
      contractsByProduct.set(draft.product, ids);
    }
  }
  return { plans, contractsByProduct };
}

function contractDrafts(random: SeededRandom, count: number, context: ContractContext): ContractDraft[] {
  const drafts: ContractDraft[] = [];
  if (count <= 0) {
    return drafts;
  }
  const push = (draft: ContractDraft): boolean => {
    drafts.push(draft);
    return drafts.length >= count;
  };

  const firstLotStart = new Map<ProductKey, number>();
  for (const lot of context.lots) {
    if (!firstLotStart.has(lot.product.key)) {
      firstLotStart.set(lot.product.key, lot.startDay);
    }
  }
  // A subscription's first lot is its current yearly term, but the subscription itself began up to four years earlier.
  const productDrafts = SOFTWARE_PRODUCTS.map((product) => {
    let anchor = firstLotStart.get(product.key) ?? null;
    if (anchor !== null && product.subscription) {
      anchor = shiftMonths(anchor, -12 * random.integer(0, 4));
    }
    return productDraft(random, product, anchor, 1);
  });
  for (const draft of productDrafts) {
    if (push(draft)) {
      return drafts;
    }
  }
  for (const draft of serviceDrafts(random)) {
    if (push(draft)) {
      return drafts;
    }
  }
  for (const draft of hardwareDrafts(random, context.assets)) {
    if (push(draft)) {
      return drafts;
    }
  }

  // Larger workbooks repeat purchases and services, numbered by round.
  for (let round = 2; ; round += 1) {
    for (const product of SOFTWARE_PRODUCTS) {
      if (push(productDraft(random, product, null, round))) {
        return drafts;
      }
    }
    for (const draft of serviceDrafts(random)) {
      const numbered = { ...draft, title: { ko: `${draft.title.ko} (${round}차)`, en: `${draft.title.en} (round ${round})` } };
      if (push(numbered)) {
        return drafts;
      }
    }
  }
}

/** Drafts a purchase contract. `anchorDay` is the first day of its first term when it follows a license lot. */
function productDraft(random: SeededRandom, product: SoftwareProduct, anchorDay: number | null, round: number): ContractDraft {
  const suffix: Label = round === 1 ? { ko: '', en: '' } : { ko: ` (${round}차)`, en: ` (round ${round})` };
  const kind: Label =
    product.contractType === 'saas'
      ? { ko: '구독 계약', en: 'subscription' }
      : product.contractType === 'support'
        ? { ko: '기술지원 계약', en: 'support agreement' }
        : { ko: '라이선스 구매', en: 'license purchase' };
  const renewal = renewalFor(random, product);
  return {
    title: { ko: `${product.name.ko} ${kind.ko}${suffix.ko}`, en: `${product.name.en} ${kind.en}${suffix.en}` },
    vendor: product.vendor,
    type: product.contractType,
    renewal,
    termMonths: renewal === 'none' ? null : 12,
    department: product.ownerDepartment,
    assetTags: [],
    product: product.key,
    annualCost: 0,
    monthly: false,
    anchorDay,
  };
}

/** Returns how a product contract renews: subscriptions mostly automatically, support agreements by renegotiation, licenses not at all. */
function renewalFor(random: SeededRandom, product: SoftwareProduct): RenewalType {
  if (product.subscription) {
    return random.chance(0.7) ? 'automatic' : 'manual';
  }
  return product.contractType === 'support' ? 'manual' : 'none';
}

function serviceDrafts(random: SeededRandom): ContractDraft[] {
  const service = (title: Label, vendor: VendorKey, type: ContractType, renewal: RenewalType, termMonths: number, department: DepartmentKey, annualCost: number, monthly: boolean): ContractDraft => ({
    title,
    vendor,
    type,
    renewal,
    termMonths,
    department,
    assetTags: [],
    product: null,
    annualCost,
    monthly,
    anchorDay: null,
  });
  return [
    service({ ko: 'KT 인터넷 전용회선 (본사)', en: 'KT leased internet line (HQ)' }, 'kt', 'other', 'automatic', 36, 'infrastructure', random.amount(12_000_000, 24_000_000, 120_000), true),
    service({ ko: 'SK브로드밴드 IDC 회선 (가산)', en: 'SK Broadband data center line (Gasan)' }, 'skb', 'other', 'automatic', 24, 'infrastructure', random.amount(18_000_000, 36_000_000, 120_000), true),
    service({ ko: '메가존클라우드 AWS 사용 계약', en: 'Megazone Cloud AWS usage agreement' }, 'megazone', 'service', 'automatic', 12, 'infrastructure', random.amount(60_000_000, 180_000_000, 1_200_000), true),
    service({ ko: 'SK쉴더스 보안관제 용역', en: 'SK Shieldus security monitoring service' }, 'skshieldus', 'service', 'manual', 12, 'infrastructure', random.amount(36_000_000, 60_000_000, 1_200_000), true),
    service({ ko: '더존 iCUBE 유지보수', en: 'Douzone iCUBE maintenance' }, 'douzone', 'maintenance', 'manual', 12, 'finance', random.amount(12_000_000, 24_000_000, 100_000), false),
    service({ ko: 'KT 인터넷 전용회선 (부산지사)', en: 'KT leased internet line (Busan Branch)' }, 'kt', 'other', 'manual', 24, 'infrastructure', random.amount(6_000_000, 12_000_000, 120_000), true),
  ];
}

/** Drafts maintenance of servers and network gear by vendor and purchase year, and leases of printers, newest first. */
function hardwareDrafts(random: SeededRandom, assets: readonly DemoAsset[]): ContractDraft[] {
  const groups = new Map<string, DemoAsset[]>();
  for (const asset of assets) {
    const active = asset.status === 'deployed' || asset.status === 'in_repair' || asset.status === 'in_stock';
    if (!active || asset.purchaseDay === null) {
      continue;
    }
    const covered = asset.leased || asset.category === 'server' || asset.category === 'network';
    if (!covered) {
      continue;
    }
    const year = partsOf(dateFromDayNumber(asset.purchaseDay)).year;
    const key = asset.leased ? `lease|${asset.model.vendor}|0` : `maintenance|${asset.model.vendor}|${year}`;
    const group = groups.get(key) ?? [];
    group.push(asset);
    groups.set(key, group);
  }

  const yearOf = (key: string): number => Number(key.split('|')[2]);
  const keys = [...groups.keys()].sort((a, b) => yearOf(b) - yearOf(a) || a.localeCompare(b));
  const drafts: ContractDraft[] = [];
  for (const key of keys) {
    const [kind, vendor, year] = key.split('|') as [string, VendorKey, string];
    const group = groups.get(key)!;
    for (let start = 0; start < group.length; start += ASSETS_PER_CONTRACT) {
      const chunk = group.slice(start, start + ASSETS_PER_CONTRACT);
      const part = group.length > ASSETS_PER_CONTRACT ? ` #${start / ASSETS_PER_CONTRACT + 1}` : '';
      const vendorLabel = vendorName(vendor);
      if (kind === 'lease') {
        drafts.push({
          title: { ko: `복합기 임대 (${vendorLabel.ko})${part}`, en: `Printer lease (${vendorLabel.en})${part}` },
          vendor,
          type: 'lease',
          renewal: 'automatic',
          termMonths: 36,
          department: 'management',
          assetTags: chunk.map((asset) => asset.tag),
          product: null,
          annualCost: chunk.length * random.amount(85_000, 120_000, 5_000) * 12,
          monthly: true,
          anchorDay: Math.min(...chunk.map((asset) => asset.purchaseDay as number)),
        });
        continue;
      }
      const coveredCost = chunk.reduce((sum, asset) => sum + asset.cost, 0);
      const lastPurchase = Math.max(...chunk.map((asset) => asset.purchaseDay as number));
      const renewal: RenewalType = random.chance(0.6) ? 'automatic' : 'manual';
      drafts.push({
        title: { ko: `${vendorLabel.ko} 장비 유지보수 (${year}년 도입분)${part}`, en: `${vendorLabel.en} equipment maintenance (bought ${year})${part}` },
        vendor,
        type: random.chance(0.8) ? 'maintenance' : 'support',
        renewal,
        termMonths: random.pick([12, 12, 24, 36]),
        department: 'infrastructure',
        assetTags: chunk.map((asset) => asset.tag),
        product: null,
        annualCost: Math.max(500_000, Math.round((coveredCost * random.integer(8, 12)) / 100 / 10_000) * 10_000),
        monthly: false,
        anchorDay: lastPurchase + random.integer(0, 30),
      });
    }
  }
  return drafts;
}

interface Schedule {
  readonly startDay: number;
  readonly endDay: number;
  readonly firstTermDay: number;
  readonly termMonths: number | null;
  readonly noticeDays: number | null;
  readonly rolledOver: boolean;
}

/**
 * Chooses the dates. A contract that follows a license lot or covers equipment starts with it and rolls
 * over term by term up to the as-of date. Other contracts have a current term that ends within the coming
 * term, and a few manual ones lapsed days ago. Every third automatic contract that has renewed still
 * shows the dates of its first term, which ended one or two terms ago. Contracts without renewal are
 * one-off purchases.
 */
function scheduleFor(random: SeededRandom, draft: ContractDraft, asOfDay: number, showsFirstTerm: boolean): Schedule {
  const termMonths = draft.termMonths;
  if (draft.renewal === 'none' || termMonths === null) {
    const startDay = draft.anchorDay ?? asOfDay - random.integer(30, 720);
    return { startDay, endDay: shiftMonths(startDay, 12) - 1, firstTermDay: startDay, termMonths: null, noticeDays: null, rolledOver: false };
  }

  const noticeDays = random.pick([30, 60, 60, 90]);
  let currentStart: number;
  let termsElapsed = 0;
  if (draft.anchorDay === null) {
    const lapsed = draft.renewal === 'manual' && random.chance(0.15);
    const endOffset = lapsed ? -random.integer(1, 20) : random.integer(10, termMonths * 30);
    currentStart = shiftMonths(asOfDay + endOffset, -termMonths) + 1;
    termsElapsed = random.integer(1, 3);
  } else {
    currentStart = draft.anchorDay;
    while (shiftMonths(currentStart, termMonths) - 1 < asOfDay) {
      currentStart = shiftMonths(currentStart, termMonths);
      termsElapsed += 1;
    }
  }
  const firstTermDay = shiftMonths(currentStart, -termMonths * termsElapsed);

  if (showsFirstTerm && termsElapsed > 0) {
    const termsAgo = random.integer(1, Math.min(2, termsElapsed));
    const startDay = shiftMonths(currentStart, -termMonths * termsAgo);
    return { startDay, endDay: shiftMonths(startDay, termMonths) - 1, firstTermDay, termMonths, noticeDays, rolledOver: true };
  }
  return { startDay: currentStart, endDay: shiftMonths(currentStart, termMonths) - 1, firstTermDay, termMonths, noticeDays, rolledOver: false };
}

function ownerIn(random: SeededRandom, department: DepartmentKey, context: ContractContext): DemoPerson {
  const candidates = context.peopleByDepartment.get(department);
  return candidates === undefined || candidates.length === 0 ? context.people[0] : random.pick(candidates.slice(0, 3));
}

/** Returns the owner and the IT manager, sometimes with a finance contact. One contract in ten names none, so the default recipients apply. */
function recipientsFor(random: SeededRandom, owner: DemoPerson, context: ContractContext): string[] {
  if (random.chance(0.1)) {
    return [];
  }
  const recipients = [owner.email, context.people[0].email];
  const finance = context.peopleByDepartment.get('finance');
  if (finance !== undefined && finance.length > 0 && random.chance(0.3)) {
    recipients.push(finance[0].email);
  }
  return [...new Set(recipients)];
}

/** Fills product contracts' yearly amounts from their license lots and writes the Contracts register. */
export function writeContracts(plans: readonly ContractPlan[], lots: readonly PricedLot[], lang: Lang, dates: DateCells): { sheet: DemoSheet; contracts: ContractPlan[] } {
  const sheet = new SheetBuilder('contracts', lang);
  const typeLabel = enumLabeler<ContractType>(CONTRACT_TYPES, lang);
  const renewalLabel = enumLabeler<RenewalType>(RENEWAL_TYPES, lang);
  const col = {
    contractId: sheet.column('contractId'),
    title: sheet.column('title'),
    vendor: sheet.column('vendor'),
    type: sheet.column('type'),
    startDate: sheet.column('startDate'),
    endDate: sheet.column('endDate'),
    renewalType: sheet.column('renewalType'),
    termMonths: sheet.column('termMonths'),
    noticeDays: sheet.column('noticeDays'),
    annualCost: sheet.column('annualCost'),
    owner: sheet.column('owner'),
    reminderRecipients: sheet.column('reminderRecipients'),
    assetTags: sheet.column('assetTags'),
    notes: sheet.column('notes'),
  };

  const lotValue = new Map<string, number>();
  for (const lot of lots) {
    if (lot.contractId !== null) {
      lotValue.set(lot.contractId, (lotValue.get(lot.contractId) ?? 0) + (lot.quantity ?? 1) * lot.unitCost);
    }
  }

  const contracts: ContractPlan[] = [];
  for (const plan of plans) {
    const annualCost = plan.product === null ? plan.annualCost : productContractCost(plan, productByKey(plan.product), lotValue.get(plan.id) ?? 0);
    contracts.push({ ...plan, annualCost });

    const row = sheet.addRow();
    row[col.contractId] = plan.id;
    row[col.title] = plan.title[lang];
    row[col.vendor] = vendorName(plan.vendor)[lang];
    row[col.type] = typeLabel(plan.type);
    row[col.startDate] = dates.at(plan.startDay);
    row[col.endDate] = dates.at(plan.endDay);
    row[col.renewalType] = renewalLabel(plan.renewal);
    row[col.termMonths] = plan.termMonths ?? '';
    row[col.noticeDays] = plan.noticeDays ?? '';
    row[col.annualCost] = annualCost;
    row[col.owner] = plan.owner.email;
    row[col.reminderRecipients] = plan.recipients.join(', ');
    row[col.assetTags] = plan.assetTags.join(', ');
    row[col.notes] = plan.note[lang];
  }
  return { sheet: sheet.toSheet(), contracts };
}

/**
 * Returns a product contract's yearly amount: the value of its lots, or a fifth of it for support
 * agreements. A contract without lots in the register bought five seats.
 */
function productContractCost(plan: ContractPlan, product: SoftwareProduct, lotValue: number): number {
  const value = lotValue === 0 ? product.unitCost * 5 : lotValue;
  const yearly = plan.type === 'support' ? value * 0.2 : value;
  return Math.max(10_000, Math.round(yearly / 10_000) * 10_000);
}
