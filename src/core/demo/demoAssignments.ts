import { dayNumber, type IsoDate } from '../calendar/calendarDate';
import type { Lang } from '../registers/schema';
import type { ProductInstall } from './demoInstallations';
import type { LicenseLot } from './demoLicenses';
import type { DemoPerson } from './demoPeople';
import { DateCells, SheetBuilder, type DemoSheet } from './demoSheet';
import { SeededRandom } from './seededRandom';
import type { ProductKey } from './softwareCatalog';

/** The License Assignments register: seats of per-user and per-device lots given to people and devices. */

export interface AssignmentResult {
  readonly sheet: DemoSheet;
  /** Assignments without a removed date, per lot id. */
  readonly activeAssignments: ReadonlyMap<string, number>;
}

interface AssignmentDraft {
  readonly lotId: string;
  readonly tag: string;
  readonly user: string;
  readonly assignedDay: number;
  readonly removedDay: number | null;
}

type Target = { readonly tag: string; readonly user: string; readonly earliestDay: number };

/** Share of rows that are active seats. The rest are seats already taken back. */
const ACTIVE_SHARE = 0.9;
const HISTORY_DAYS = 3 * 365;

/** Generates exactly `count` assignments, ordered by assigned date. */
export function generateAssignments(
  random: SeededRandom,
  lots: readonly LicenseLot[],
  installsByProduct: ReadonlyMap<ProductKey, readonly ProductInstall[]>,
  people: readonly DemoPerson[],
  count: number,
  asOf: IsoDate,
  lang: Lang,
  dates: DateCells,
): AssignmentResult {
  const asOfDay = dayNumber(asOf);
  const lotsByProduct = new Map<ProductKey, LicenseLot[]>();
  for (const lot of lots) {
    if (lot.product.metric === 'per_user' || lot.product.metric === 'per_device') {
      const productLots = lotsByProduct.get(lot.product.key) ?? [];
      productLots.push(lot);
      lotsByProduct.set(lot.product.key, productLots);
    }
  }

  const targetsByProduct = new Map<ProductKey, Target[]>();
  for (const [product, productLots] of lotsByProduct) {
    const metric = productLots[0].product.metric;
    const departments = productLots[0].product.departments;
    const targets: Target[] =
      metric === 'per_user'
        ? people
            .filter((person) => departments === null || departments.includes(person.department))
            .map((person) => ({ tag: '', user: person.email, earliestDay: asOfDay - HISTORY_DAYS }))
        : distinctDevices(installsByProduct.get(product) ?? []);
    targetsByProduct.set(product, random.shuffle(targets));
  }

  const drafts: AssignmentDraft[] = [];
  const products = [...targetsByProduct.keys()].filter((product) => targetsByProduct.get(product)!.length > 0);
  const activeRows = Math.round(count * ACTIVE_SHARE);
  const allocation = allocate(products.map((product) => targetsByProduct.get(product)!.length), activeRows);

  products.forEach((product, productIndex) => {
    const productLots = lotsByProduct.get(product)!;
    const targets = targetsByProduct.get(product)!;
    for (let index = 0; index < allocation[productIndex]; index += 1) {
      const lot = productLots[index % productLots.length];
      const target = targets[index];
      const lastDay = lot.expiryDay === null ? asOfDay - 1 : Math.min(asOfDay - 1, lot.expiryDay);
      const firstDay = Math.min(lastDay, Math.max(lot.startDay, target.earliestDay));
      drafts.push({ lotId: lot.id, tag: target.tag, user: target.user, assignedDay: random.integer(firstDay, lastDay), removedDay: null });
    }
  });

  while (drafts.length < count && products.length > 0) {
    const product = random.pick(products);
    const productLots = lotsByProduct.get(product)!;
    const lot = random.pick(productLots);
    const target = random.pick(targetsByProduct.get(product)!);
    const lastDay = lot.expiryDay === null ? asOfDay - 31 : Math.min(asOfDay - 31, lot.expiryDay);
    const assignedDay = random.integer(Math.min(lastDay, Math.max(lot.startDay, asOfDay - HISTORY_DAYS)), lastDay);
    drafts.push({ lotId: lot.id, tag: target.tag, user: target.user, assignedDay, removedDay: random.integer(assignedDay + 1, asOfDay - 1) });
  }

  if (drafts.length < count) {
    throw new RangeError(`The demo needs a per-user or per-device license to generate ${count} license assignments.`);
  }

  drafts.sort((a, b) => a.assignedDay - b.assignedDay);
  return { sheet: writeAssignments(drafts, lang, dates), activeAssignments: countActive(drafts) };
}

function distinctDevices(installs: readonly ProductInstall[]): Target[] {
  const earliestByTag = new Map<string, number>();
  for (const install of installs) {
    if (!install.registered) {
      continue;
    }
    const known = earliestByTag.get(install.tag);
    if (known === undefined || install.day < known) {
      earliestByTag.set(install.tag, install.day);
    }
  }
  return [...earliestByTag].map(([tag, day]) => ({ tag, user: '', earliestDay: day }));
}

/**
 * Splits `total` rows over products in proportion to their candidate counts, never giving a product more
 * rows than it has candidates (largest remainder method).
 */
function allocate(sizes: readonly number[], total: number): number[] {
  const available = sizes.reduce((sum, size) => sum + size, 0);
  if (available <= total) {
    return [...sizes];
  }
  const exact = sizes.map((size) => (size * total) / available);
  const allocation = exact.map(Math.floor);
  let left = total - allocation.reduce((sum, value) => sum + value, 0);
  const order = exact.map((value, index) => ({ index, fraction: value - Math.floor(value) })).sort((a, b) => b.fraction - a.fraction || a.index - b.index);
  for (const { index } of order) {
    if (left === 0) {
      break;
    }
    if (allocation[index] < sizes[index]) {
      allocation[index] += 1;
      left -= 1;
    }
  }
  return allocation;
}

function countActive(drafts: readonly AssignmentDraft[]): Map<string, number> {
  const active = new Map<string, number>();
  for (const draft of drafts) {
    if (draft.removedDay === null) {
      active.set(draft.lotId, (active.get(draft.lotId) ?? 0) + 1);
    }
  }
  return active;
}

function writeAssignments(drafts: readonly AssignmentDraft[], lang: Lang, dates: DateCells): DemoSheet {
  const sheet = new SheetBuilder('licenseAssignments', lang);
  const col = {
    licenseId: sheet.column('licenseId'),
    assetTag: sheet.column('assetTag'),
    user: sheet.column('user'),
    assignedDate: sheet.column('assignedDate'),
    removedDate: sheet.column('removedDate'),
  };
  for (const draft of drafts) {
    const row = sheet.addRow();
    row[col.licenseId] = draft.lotId;
    row[col.assetTag] = draft.tag;
    row[col.user] = draft.user;
    row[col.assignedDate] = dates.at(draft.assignedDay);
    row[col.removedDate] = draft.removedDay === null ? '' : dates.at(draft.removedDay);
  }
  return sheet.toSheet();
}
