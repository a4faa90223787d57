import { compareDates, daysBetween, type IsoDate } from '../calendar/calendarDate';
import { indexCategories, type CategoryIndex } from '../finance/categoryDefaults';
import { compareLabels } from '../finance/labelOrder';
import { referenceKey, trimmedOrNull } from '../finance/referenceKey';
import type { RecalcContext } from '../recalc/view';
import { ASSET_STATUSES } from '../registers/definitions';
import type { AssetRecord, AssetStatus } from '../registers/records';
import { AGE_BUCKETS, ageBucketOf, type AgeBucket } from './assetAge';
import { isPastUsefulLife, usefulLifeOf, type UsefulLife } from './usefulLife';

export const STATUS_KEYS = ASSET_STATUSES.map((status) => status.key as AssetStatus);

/** Stock whose latest known date is more than this many calendar days before the as-of date is idle. */
export const IDLE_STOCK_DAYS = 90;

/** Assets no longer held: they are left out of the age distribution and the counts by location. */
const GONE_STATUSES: readonly AssetStatus[] = ['disposed', 'lost'];

export interface StatusCounts {
  readonly byStatus: Readonly<Record<AssetStatus, number>>;
  /** Assets whose Status is blank or invalid (reading the register reports the cell). */
  readonly unknownStatus: number;
  readonly total: number;
  /** deployed ÷ (deployed + in stock + in repair), or null when that sum is 0. */
  readonly utilisation: number | null;
}

export interface CategoryCounts extends StatusCounts {
  /** Category name from the Categories tab, else the Category cell as typed, or null when blank. */
  readonly category: string | null;
}

export interface LocationCounts {
  /** Location as first typed, or null when blank. */
  readonly location: string | null;
  readonly deployed: number;
  readonly inStock: number;
  readonly inRepair: number;
  /** Held assets in any other status, or with a blank or invalid status. */
  readonly other: number;
  readonly total: number;
}

export interface PastUsefulLifeAsset {
  readonly asset: AssetRecord;
  readonly category: string | null;
  readonly usefulLife: UsefulLife;
  /** Calendar days from the useful life's last day to the as-of date. */
  readonly daysPast: number;
}

export interface IdleStockAsset {
  readonly asset: AssetRecord;
  readonly category: string | null;
  /** The later of Last Audit and Purchase Date, or null when both are blank. */
  readonly since: IsoDate | null;
  readonly sinceField: 'lastAudit' | 'purchaseDate' | null;
  /** Calendar days from `since` to the as-of date, or null without a date. */
  readonly days: number | null;
}

export type DisposalReason = 'retired' | 'pastUsefulLife';

export interface DisposalCandidate {
  readonly asset: AssetRecord;
  readonly category: string | null;
  readonly reason: DisposalReason;
  readonly usefulLife: UsefulLife | null;
}

export interface LifecycleSummary {
  /** Status counts per category, sorted by category with the blank category last. */
  readonly byCategory: readonly CategoryCounts[];
  readonly totals: StatusCounts;
  /** Held assets (not disposed or lost) per age band, in AGE_BUCKETS order. */
  readonly ageBuckets: readonly { readonly bucket: AgeBucket; readonly count: number }[];
  /** Deployed assets whose useful life ended before the as-of date, longest past first. */
  readonly pastUsefulLifeDeployed: readonly PastUsefulLifeAsset[];
  /** In-stock assets idle for more than IDLE_STOCK_DAYS, or with no date to tell, longest idle first. */
  readonly idleStock: readonly IdleStockAsset[];
  /** Retired assets, and in-stock or in-repair assets past their useful life, in sheet order. */
  readonly disposalCandidates: readonly DisposalCandidate[];
  /** Held assets per location, sorted by location with the blank location last. */
  readonly byLocation: readonly LocationCounts[];
}

/** Computes the Lifecycle sheet's counts and lists from the Assets tab as of the recalculation date. */
export function computeLifecycle(context: RecalcContext): LifecycleSummary {
  const { asOf } = context;
  const assets = context.data.assets;
  const categories = indexCategories(context.data.categories);
  const categoryOf = (asset: AssetRecord): string | null => categoryName(asset, categories);
  const heldAssets = assets.filter((asset) => asset.status === null || !GONE_STATUSES.includes(asset.status));

  const pastUsefulLifeDeployed: PastUsefulLifeAsset[] = [];
  const disposalCandidates: DisposalCandidate[] = [];
  for (const asset of assets) {
    const usefulLife = usefulLifeOf(asset, categories);
    const past = usefulLife !== null && isPastUsefulLife(usefulLife, asOf);
    if (past && asset.status === 'deployed') {
      pastUsefulLifeDeployed.push({ asset, category: categoryOf(asset), usefulLife, daysPast: daysBetween(usefulLife.end, asOf) });
    }
    if (asset.status === 'retired') {
      disposalCandidates.push({ asset, category: categoryOf(asset), reason: 'retired', usefulLife });
    } else if (past && (asset.status === 'in_stock' || asset.status === 'in_repair')) {
      disposalCandidates.push({ asset, category: categoryOf(asset), reason: 'pastUsefulLife', usefulLife });
    }
  }
  pastUsefulLifeDeployed.sort((a, b) => b.daysPast - a.daysPast || a.asset.row - b.asset.row);

  return {
    byCategory: countByCategory(assets, categoryOf),
    totals: countStatuses(assets),
    ageBuckets: countAgeBuckets(heldAssets, asOf),
    pastUsefulLifeDeployed,
    idleStock: findIdleStock(assets, asOf, categoryOf),
    disposalCandidates,
    byLocation: countByLocation(heldAssets),
  };
}

/** Returns deployed ÷ (deployed + in stock + in repair), or null when no asset is in those statuses. */
export function utilisationOf(byStatus: Readonly<Record<AssetStatus, number>>): number | null {
  const available = byStatus.deployed + byStatus.in_stock + byStatus.in_repair;
  return available === 0 ? null : byStatus.deployed / available;
}

function countAgeBuckets(held: readonly AssetRecord[], asOf: IsoDate): { bucket: AgeBucket; count: number }[] {
  const counts = new Map<AgeBucket, number>(AGE_BUCKETS.map((bucket) => [bucket, 0]));
  for (const asset of held) {
    const bucket = ageBucketOf(asset.purchaseDate, asOf);
    counts.set(bucket, (counts.get(bucket) ?? 0) + 1);
  }
  return AGE_BUCKETS.map((bucket) => ({ bucket, count: counts.get(bucket) ?? 0 }));
}

function countStatuses(assets: readonly AssetRecord[]): StatusCounts {
  const byStatus = Object.fromEntries(STATUS_KEYS.map((status) => [status, 0])) as Record<AssetStatus, number>;
  let unknownStatus = 0;
  for (const asset of assets) {
    if (asset.status === null) {
      unknownStatus += 1;
    } else {
      byStatus[asset.status] += 1;
    }
  }
  return { byStatus, unknownStatus, total: assets.length, utilisation: utilisationOf(byStatus) };
}

function countByCategory(assets: readonly AssetRecord[], categoryOf: (asset: AssetRecord) => string | null): CategoryCounts[] {
  const groups = new Map<string, { category: string | null; assets: AssetRecord[] }>();
  for (const asset of assets) {
    const category = categoryOf(asset);
    const key = category === null ? '' : referenceKey(category);
    const group = groups.get(key) ?? { category, assets: [] };
    group.assets.push(asset);
    groups.set(key, group);
  }
  return [...groups.values()]
    .sort((a, b) => compareLabels(a.category, b.category))
    .map((group) => ({ category: group.category, ...countStatuses(group.assets) }));
}

function countByLocation(held: readonly AssetRecord[]): LocationCounts[] {
  const groups = new Map<string, { location: string | null; deployed: number; inStock: number; inRepair: number; other: number; total: number }>();
  for (const asset of held) {
    const location = trimmedOrNull(asset.location);
    const key = location === null ? '' : referenceKey(location);
    const group = groups.get(key) ?? { location, deployed: 0, inStock: 0, inRepair: 0, other: 0, total: 0 };
    if (asset.status === 'deployed') {
      group.deployed += 1;
    } else if (asset.status === 'in_stock') {
      group.inStock += 1;
    } else if (asset.status === 'in_repair') {
      group.inRepair += 1;
    } else {
      group.other += 1;
    }
    group.total += 1;
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => compareLabels(a.location, b.location));
}

/**
 * Lists stock that has sat idle. The Assets tab has no date of the last move, so the later of Last
 * Audit and Purchase Date is used in its place: the last day the asset is known to have been handled.
 */
function findIdleStock(assets: readonly AssetRecord[], asOf: IsoDate, categoryOf: (asset: AssetRecord) => string | null): IdleStockAsset[] {
  const idle: IdleStockAsset[] = [];
  for (const asset of assets) {
    if (asset.status !== 'in_stock') {
      continue;
    }
    const { since, sinceField } = latestKnownDate(asset);
    if (since === null) {
      idle.push({ asset, category: categoryOf(asset), since, sinceField, days: null });
      continue;
    }
    const days = daysBetween(since, asOf);
    if (days > IDLE_STOCK_DAYS) {
      idle.push({ asset, category: categoryOf(asset), since, sinceField, days });
    }
  }
  // The longest idle come first, and assets without a date come last.
  return idle.sort((a, b) => (b.days ?? -1) - (a.days ?? -1) || a.asset.row - b.asset.row);
}

function latestKnownDate(asset: AssetRecord): Pick<IdleStockAsset, 'since' | 'sinceField'> {
  const { lastAudit, purchaseDate } = asset;
  if (lastAudit !== null && (purchaseDate === null || compareDates(lastAudit, purchaseDate) >= 0)) {
    return { since: lastAudit, sinceField: 'lastAudit' };
  }
  if (purchaseDate !== null) {
    return { since: purchaseDate, sinceField: 'purchaseDate' };
  }
  return { since: null, sinceField: null };
}

/** Returns the category name from the Categories tab, else the Category cell as typed, as the TCO sheet does. */
function categoryName(asset: AssetRecord, categories: CategoryIndex): string | null {
  const text = trimmedOrNull(asset.category);
  return text === null ? null : (categories.find(text)?.name ?? text);
}
