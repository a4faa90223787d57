import { dateFromDayNumber, dayNumber, type IsoDate } from '../calendar/calendarDate';
import { COST_TYPES, LEDGER_KINDS } from '../registers/definitions';
import type { CostType, LedgerKind } from '../registers/records';
import type { Label, Lang } from '../registers/schema';
import type { DemoAsset } from './demoAssets';
import { dayInMonth, monthOfDay, shiftMonths } from './dayNumbers';
import type { ContractPlan, ContractType } from './demoContracts';
import { DELIBERATE_ROWS, FIRST_LEDGER_COSTED_ASSET } from './deliberateErrorRows';
import type { PricedLot } from './demoLicenses';
import { DEMO_DEPARTMENTS, DEMO_INVESTMENTS, departmentName, type DepartmentKey, type InvestmentKey } from './demoOrganization';
import { DateCells, SheetBuilder, enumLabeler, type DemoSheet } from './demoSheet';
import { SeededRandom, WeightedChoice } from './seededRandom';

/** The Costs & Benefits ledger: payments, acquisitions, disposals, project labor, benefits and plans. */

export interface LedgerEntry {
  readonly day: number;
  readonly kind: LedgerKind;
  readonly costType: CostType;
  readonly amount: number;
  readonly assetTag: string;
  readonly licenseId: string;
  readonly contractId: string;
  readonly investment: InvestmentKey | null;
  readonly department: DepartmentKey;
  readonly description: Label;
}

export interface LedgerContext {
  readonly asOf: IsoDate;
  readonly ledgerStartDay: number;
  readonly assets: readonly DemoAsset[];
  readonly lots: readonly PricedLot[];
  readonly contracts: readonly ContractPlan[];
  readonly deliberateErrors: boolean;
}

const CONTRACT_COST_TYPES: Readonly<Record<ContractType, CostType>> = {
  maintenance: 'maintenance',
  support: 'support',
  saas: 'license',
  license: 'license',
  lease: 'operation',
  service: 'operation',
  other: 'operation',
};

/** Day of the month on which monthly bills are paid. */
const BILLING_DAY = 25;

/**
 * Generates exactly `count` ledger entries ordered by date. Entries that other registers imply
 * (acquisitions booked only here, disposals, project labor, benefits, plans) come first. Recurring
 * payments fill what is left, thinned evenly when they do not fit, and everyday costs fill the rest.
 */
export function generateLedgerEntries(random: SeededRandom, count: number, context: LedgerContext): LedgerEntry[] {
  const asOfDay = dayNumber(context.asOf);
  const essential = [
    ...acquisitionEntries(context),
    ...disposalEntries(random, context, asOfDay),
    ...investmentEntries(random, context, asOfDay),
    ...plannedEntries(random, asOfDay),
  ];
  const recurring = [
    ...contractPayments(context, asOfDay),
    ...licensePayments(context),
    ...phoneBills(random, context, asOfDay),
    ...repairEntries(random, context, asOfDay),
    ...inHouseServiceEntries(random, context, asOfDay),
  ];

  const entries = essential.slice(0, count);
  for (const payment of sampleInOrder(random, recurring, Math.min(recurring.length, count - entries.length))) {
    entries.push(payment);
  }
  const departmentChoice = new WeightedChoice(DEMO_DEPARTMENTS.map((department) => [department.key, department.headcountShare] as const));
  while (entries.length < count) {
    entries.push(everydayEntry(random, context, asOfDay, departmentChoice));
  }

  entries.sort((a, b) => a.day - b.day);
  if (context.deliberateErrors) {
    addDoubleCountedAcquisitions(random, entries, context);
  }
  return entries;
}

function entry(day: number, kind: LedgerKind, costType: CostType, amount: number, department: DepartmentKey, description: Label, links: Partial<Pick<LedgerEntry, 'assetTag' | 'licenseId' | 'contractId' | 'investment'>> = {}): LedgerEntry {
  return {
    day,
    kind,
    costType,
    amount,
    assetTag: links.assetTag ?? '',
    licenseId: links.licenseId ?? '',
    contractId: links.contractId ?? '',
    investment: links.investment ?? null,
    department,
    description,
  };
}

/** Books the acquisition of assets whose Purchase Cost cell is blank. */
function acquisitionEntries(context: LedgerContext): LedgerEntry[] {
  return context.assets
    .filter((asset) => asset.costInLedger && asset.purchaseDay !== null)
    .map((asset) =>
      entry(asset.purchaseDay as number, 'cost', 'acquisition', asset.cost, asset.department, { ko: `${asset.model.shortName} 구매`, en: `Purchase of ${asset.model.shortName}` }, { assetTag: asset.tag, investment: asset.investment }),
    );
}

/** Books the proceeds of selling disposed assets as benefits, and sometimes a data wiping fee. */
function disposalEntries(random: SeededRandom, context: LedgerContext, asOfDay: number): LedgerEntry[] {
  const entries: LedgerEntry[] = [];
  for (const asset of context.assets) {
    if (asset.disposalDay === null || asset.disposalDay < context.ledgerStartDay || asset.disposalDay > asOfDay) {
      continue;
    }
    const proceeds = Math.round((asset.cost * random.integer(3, 12)) / 100 / 1_000) * 1_000;
    if (proceeds > 0) {
      entries.push(entry(asset.disposalDay, 'benefit', 'disposal', proceeds, asset.department, { ko: `${asset.tag} 중고 매각 대금`, en: `Proceeds from selling ${asset.tag}` }, { assetTag: asset.tag }));
    }
    if (random.chance(0.4)) {
      entries.push(entry(asset.disposalDay, 'cost', 'disposal', 33_000, asset.department, { ko: '저장장치 데이터 완전 삭제 비용', en: 'Storage data wiping fee' }, { assetTag: asset.tag }));
    }
  }
  return entries;
}

/** Books outsourced labor while each investment is built, then its monthly benefits after go-live. */
function investmentEntries(random: SeededRandom, context: LedgerContext, asOfDay: number): LedgerEntry[] {
  const entries: LedgerEntry[] = [];
  for (const investment of DEMO_INVESTMENTS) {
    const links = { investment: investment.key };
    for (let month = 0; month < investment.buildMonths; month += 1) {
      const day = billingDay(shiftMonths(context.ledgerStartDay, investment.startMonth + month));
      if (day <= asOfDay) {
        const amount = Math.round((investment.monthlyLabor * random.integer(90, 110)) / 100 / 10_000) * 10_000;
        entries.push(entry(day, 'cost', 'labor', amount, investment.department, { ko: `${investment.name.ko} 외주 개발 용역`, en: `${investment.name.en} outsourced development` }, links));
      }
    }
    for (let month = investment.startMonth + investment.buildMonths; ; month += 1) {
      const day = billingDay(shiftMonths(context.ledgerStartDay, month));
      if (day > asOfDay) {
        break;
      }
      for (const benefit of investment.benefits) {
        const amount = Math.round((benefit.monthly * random.integer(85, 115)) / 100 / 10_000) * 10_000;
        entries.push(entry(day, 'benefit', benefit.costType, amount, investment.department, benefit.description, links));
      }
    }
  }
  return entries;
}

/** Books planned costs after the as-of date, which calculators leave out until their date comes. */
function plannedEntries(random: SeededRandom, asOfDay: number): LedgerEntry[] {
  return [
    entry(asOfDay + random.integer(15, 60), 'cost', 'acquisition', 48_000_000, 'infrastructure', { ko: '(계획) 노트북 교체 구매 20대', en: '(planned) Replace 20 laptops' }),
    entry(asOfDay + random.integer(30, 120), 'cost', 'acquisition', 32_000_000, 'infrastructure', { ko: '(계획) 가상화 서버 증설', en: '(planned) Add virtualization servers' }),
    entry(asOfDay + random.integer(30, 150), 'cost', 'labor', 25_000_000, 'infrastructure', { ko: '(계획) 보안 취약점 진단 용역', en: '(planned) Security vulnerability assessment' }),
    entry(asOfDay + random.integer(60, 180), 'cost', 'other', 3_500_000, 'hr', { ko: '(계획) 신규 입사자 IT 교육', en: '(planned) IT onboarding training' }),
  ];
}

/** Books yearly payments on each contract anniversary, or monthly bills, from the ledger's first day to the as-of date. */
function contractPayments(context: LedgerContext, asOfDay: number): LedgerEntry[] {
  const entries: LedgerEntry[] = [];
  for (const contract of context.contracts) {
    if (contract.annualCost <= 0) {
      continue;
    }
    const lastDay = contract.renewal === 'automatic' ? asOfDay : Math.min(asOfDay, contract.endDay);
    const costType = CONTRACT_COST_TYPES[contract.type];
    const links = { contractId: contract.id };

    if (contract.monthly) {
      const amount = Math.round(contract.annualCost / 12);
      const first = Math.max(monthOfDay(contract.firstTermDay), monthOfDay(context.ledgerStartDay));
      for (let month = first; ; month += 1) {
        const day = billingDayOfMonth(month);
        if (day > lastDay) {
          break;
        }
        if (day >= contract.firstTermDay) {
          const period = dateFromDayNumber(day).slice(0, 7);
          entries.push(entry(day, 'cost', costType, amount, contract.department, { ko: `${contract.title.ko} ${period} 이용료`, en: `${contract.title.en}, ${period}` }, links));
        }
      }
      continue;
    }

    for (let year = 0; ; year += 1) {
      const day = shiftMonths(contract.firstTermDay, 12 * year);
      if (day > lastDay) {
        break;
      }
      if (day >= context.ledgerStartDay) {
        entries.push(entry(day, 'cost', costType, contract.annualCost, contract.department, { ko: `${contract.title.ko} 연간 대금`, en: `${contract.title.en}, yearly payment` }, links));
      }
    }
  }
  return entries;
}

/** Books the purchase of license lots bought without a contract. */
function licensePayments(context: LedgerContext): LedgerEntry[] {
  return context.lots
    .filter((lot) => lot.contractId === null && lot.startDay >= context.ledgerStartDay)
    .map((lot) =>
      entry(lot.startDay, 'cost', 'license', (lot.quantity ?? 1) * lot.unitCost, lot.product.ownerDepartment, { ko: `${lot.product.name.ko} 구매`, en: `${lot.product.name.en} purchase` }, { licenseId: lot.id }),
    );
}

/** Books the monthly mobile plans of work phones in use. */
function phoneBills(random: SeededRandom, context: LedgerContext, asOfDay: number): LedgerEntry[] {
  const entries: LedgerEntry[] = [];
  const firstMonth = monthOfDay(context.ledgerStartDay);
  for (const asset of context.assets) {
    if (asset.category !== 'mobile' || asset.purchaseDay === null || (asset.status !== 'deployed' && asset.status !== 'in_repair')) {
      continue;
    }
    const plan = random.pick([55_000, 69_000, 89_000]);
    for (let month = Math.max(firstMonth, monthOfDay(asset.purchaseDay) + 1); ; month += 1) {
      const day = billingDayOfMonth(month);
      if (day > asOfDay) {
        break;
      }
      entries.push(entry(day, 'cost', 'operation', plan, asset.department, { ko: '업무폰 통신요금', en: 'Work phone plan' }, { assetTag: asset.tag }));
    }
  }
  return entries;
}

function repairEntries(random: SeededRandom, context: LedgerContext, asOfDay: number): LedgerEntry[] {
  return context.assets
    .filter((asset) => asset.status === 'in_repair' && asset.purchaseDay !== null)
    .map((asset) =>
      entry(
        Math.max(asset.purchaseDay as number, asOfDay - random.integer(0, 60)),
        'cost',
        'maintenance',
        random.amount(80_000, 650_000, 1_000),
        asset.department,
        { ko: `${asset.model.shortName} 수리비`, en: `${asset.model.shortName} repair` },
        { assetTag: asset.tag },
      ),
    );
}

/** Books the outsourced help desk's monthly fee and the server room's quarterly air conditioning inspection. */
function inHouseServiceEntries(random: SeededRandom, context: LedgerContext, asOfDay: number): LedgerEntry[] {
  const entries: LedgerEntry[] = [];
  const helpDeskFee = random.amount(4_500_000, 6_500_000, 10_000);
  for (let month = monthOfDay(context.ledgerStartDay); ; month += 1) {
    const day = billingDayOfMonth(month);
    if (day > asOfDay) {
      break;
    }
    entries.push(entry(day, 'cost', 'labor', helpDeskFee, 'infrastructure', { ko: '헬프데스크 외주 인건비', en: 'Outsourced help desk labor' }));
    if (month % 3 === 2) {
      entries.push(entry(day, 'cost', 'maintenance', random.amount(800_000, 2_000_000, 10_000), 'infrastructure', { ko: '서버실 항온항습기 점검', en: 'Server room air conditioning inspection' }));
    }
  }
  return entries;
}

interface EverydayCost {
  readonly costType: CostType;
  readonly description: Label;
  readonly min: number;
  readonly max: number;
  readonly department: DepartmentKey | null;
  readonly weight: number;
}

const EVERYDAY_COSTS: readonly EverydayCost[] = [
  { costType: 'operation', description: { ko: '토너·소모품 구입', en: 'Toner and supplies' }, min: 50_000, max: 600_000, department: null, weight: 20 },
  { costType: 'maintenance', description: { ko: 'PC 수리 (부품 교체)', en: 'PC repair (parts)' }, min: 80_000, max: 450_000, department: null, weight: 14 },
  { costType: 'other', description: { ko: '주변기기 구입 (마우스·키보드)', en: 'Peripherals (mice, keyboards)' }, min: 20_000, max: 300_000, department: null, weight: 16 },
  { costType: 'other', description: { ko: 'IT 교육비', en: 'IT training' }, min: 300_000, max: 2_500_000, department: null, weight: 8 },
  { costType: 'license', description: { ko: '소프트웨어 소액 구매', en: 'Small software purchase' }, min: 30_000, max: 900_000, department: null, weight: 10 },
  { costType: 'operation', description: { ko: '장비 배송 택배비', en: 'Courier for equipment' }, min: 10_000, max: 80_000, department: null, weight: 8 },
  { costType: 'operation', description: { ko: '클라우드 추가 사용료 (AWS)', en: 'Extra cloud usage (AWS)' }, min: 300_000, max: 3_000_000, department: 'development', weight: 5 },
  { costType: 'support', description: { ko: '장애 대응 기술지원 (건별)', en: 'Incident technical support (per call)' }, min: 300_000, max: 1_500_000, department: 'infrastructure', weight: 4 },
];

const EVERYDAY_CHOICE = new WeightedChoice(EVERYDAY_COSTS.map((cost) => [cost, cost.weight] as const));

function everydayEntry(random: SeededRandom, context: LedgerContext, asOfDay: number, departments: WeightedChoice<DepartmentKey>): LedgerEntry {
  const cost = EVERYDAY_CHOICE.pick(random);
  const day = random.integer(context.ledgerStartDay, asOfDay);
  return entry(day, 'cost', cost.costType, random.amount(cost.min, cost.max, 1_000), cost.department ?? departments.pick(random), cost.description);
}

/**
 * Keeps `size` of `items` with equal chance each, in their original order (Knuth's selection sampling,
 * Algorithm S), so monthly payments thin out evenly instead of stopping at some contract.
 */
function sampleInOrder<T>(random: SeededRandom, items: readonly T[], size: number): T[] {
  const sample: T[] = [];
  for (let index = 0; index < items.length && sample.length < size; index += 1) {
    if ((items.length - index) * random.next() < size - sample.length) {
      sample.push(items[index]);
    }
  }
  return sample;
}

/** Books the purchase of assets that already carry a purchase cost a second time, at fixed rows. */
function addDoubleCountedAcquisitions(random: SeededRandom, entries: LedgerEntry[], context: LedgerContext): void {
  const costed = context.assets.filter((asset) => asset.index >= FIRST_LEDGER_COSTED_ASSET && asset.purchaseDay !== null && !asset.costInLedger && !asset.leased);
  if (costed.length === 0) {
    throw new RangeError('The deliberate double-counted acquisitions need an asset with a purchase cost after the first rows.');
  }
  for (const row of DELIBERATE_ROWS.ledger.doubleCountedAcquisitions) {
    const asset = random.pick(costed);
    entries[row] = entry(asset.purchaseDay as number, 'cost', 'acquisition', asset.cost, asset.department, { ko: `${asset.model.shortName} 구매 대금 지급`, en: `Payment for ${asset.model.shortName}` }, { assetTag: asset.tag });
  }
}

const billingDays = new Map<number, number>();

function billingDayOfMonth(month: number): number {
  let day = billingDays.get(month);
  if (day === undefined) {
    day = dayInMonth(month, BILLING_DAY);
    billingDays.set(month, day);
  }
  return day;
}

/** Returns the billing day of the month that contains `day`. */
function billingDay(day: number): number {
  return billingDayOfMonth(monthOfDay(day));
}

/** Writes the Costs & Benefits register. */
export function writeLedger(entries: readonly LedgerEntry[], random: SeededRandom, lang: Lang, dates: DateCells): DemoSheet {
  const sheet = new SheetBuilder('ledger', lang);
  const kindLabel = enumLabeler<LedgerKind>(LEDGER_KINDS, lang);
  const costTypeLabel = enumLabeler<CostType>(COST_TYPES, lang);
  const investmentNames = new Map(DEMO_INVESTMENTS.map((investment) => [investment.key, investment.name[lang]]));
  const col = {
    date: sheet.column('date'),
    kind: sheet.column('kind'),
    costType: sheet.column('costType'),
    amount: sheet.column('amount'),
    currency: sheet.column('currency'),
    assetTag: sheet.column('assetTag'),
    licenseId: sheet.column('licenseId'),
    contractId: sheet.column('contractId'),
    investment: sheet.column('investment'),
    department: sheet.column('department'),
    description: sheet.column('description'),
  };

  for (const item of entries) {
    const row = sheet.addRow();
    row[col.date] = dates.at(item.day);
    row[col.kind] = kindLabel(item.kind);
    row[col.costType] = costTypeLabel(item.costType);
    row[col.amount] = item.amount;
    row[col.currency] = random.chance(0.1) ? 'KRW' : '';
    row[col.assetTag] = item.assetTag;
    row[col.licenseId] = item.licenseId;
    row[col.contractId] = item.contractId;
    row[col.investment] = item.investment === null ? '' : (investmentNames.get(item.investment) as string);
    row[col.department] = departmentName(item.department)[lang];
    row[col.description] = item.description[lang];
  }
  return sheet.toSheet();
}
