import { dayNumber, type IsoDate } from '../calendar/calendarDate';
import type { Lang } from '../registers/schema';
import type { DemoAsset } from './demoAssets';
import type { DepartmentKey } from './demoOrganization';
import { DateCells, SheetBuilder, type DemoSheet } from './demoSheet';
import { SeededRandom, WeightedChoice } from './seededRandom';
import { SOFTWARE_PRODUCTS, UNLICENSED_TITLES, type DeviceClass, type InstalledTitle, type ProductKey } from './softwareCatalog';

/** The Installations register as an inventory tool would export it, and the devices that have each product. */

export interface ProductInstall {
  readonly tag: string;
  readonly day: number;
  /** The host is an asset tag of the register, not a hostname the register does not know. */
  readonly registered: boolean;
}

export interface InstallationResult {
  readonly sheet: DemoSheet;
  /** Devices that have each licensed product installed, in row order. */
  readonly installsByProduct: ReadonlyMap<ProductKey, readonly ProductInstall[]>;
}

interface Candidate {
  readonly product: ProductKey | null;
  readonly titles: WeightedChoice<InstalledTitle>;
  readonly weight: number;
}

/** Products at or above this install weight belong to the standard image, installed when the device was set up. */
const BASELINE_WEIGHT = 1_000;

/** Titles an inventory finds on a server: an operating system and a few services, not the desktop set. */
const SERVER_TITLES_MIN = 2;
const SERVER_TITLES_MAX = 4;

/** Share of rows from machines the asset register does not know, reported under their hostname. */
const UNKNOWN_HOST_SHARE = 0.02;
const HOST_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789';

/** Generates exactly `count` installation rows spread over the computers in `assets`. */
export function generateInstallations(random: SeededRandom, assets: readonly DemoAsset[], count: number, asOf: IsoDate, lang: Lang, dates: DateCells): InstallationResult {
  const sheet = new SheetBuilder('installations', lang);
  const col = {
    assetTag: sheet.column('assetTag'),
    software: sheet.column('software'),
    version: sheet.column('version'),
    publisher: sheet.column('publisher'),
    installDate: sheet.column('installDate'),
    lastSeen: sheet.column('lastSeen'),
  };
  const asOfDay = dayNumber(asOf);
  const installsByProduct = new Map<ProductKey, ProductInstall[]>();
  const candidatesCache = new Map<string, Candidate[]>();

  const devices = assets.filter(
    (asset) =>
      asset.model.os !== null &&
      asset.purchaseDay !== null &&
      (asset.status === 'deployed' || asset.status === 'in_repair' || asset.status === 'in_stock' || asset.status === 'retired'),
  );
  const unknownHostRows = Math.min(count, Math.round(count * UNKNOWN_HOST_SHARE));
  const serverQuota = new Map<DemoAsset, number>();
  let serverRows = 0;
  for (const device of devices) {
    if (device.model.os === 'server') {
      const quota = Math.min(count - unknownHostRows - serverRows, random.integer(SERVER_TITLES_MIN, SERVER_TITLES_MAX));
      serverQuota.set(device, quota);
      serverRows += quota;
    }
  }
  const desktops = devices.length - serverQuota.size;
  const desktopRows = count - unknownHostRows - serverRows;
  const base = desktops === 0 ? 0 : Math.floor(desktopRows / desktops);
  const remainder = desktops === 0 ? 0 : desktopRows - base * desktops;

  const writeRow = (host: string, registered: boolean, candidate: Candidate, firstDay: number, lastSeenDay: number): void => {
    const title = candidate.titles.pick(random);
    const installDay = candidate.weight >= BASELINE_WEIGHT ? firstDay : random.integer(firstDay, lastSeenDay);
    const row = sheet.addRow();
    row[col.assetTag] = host;
    row[col.software] = title.title;
    row[col.version] = random.pick(title.versions);
    row[col.publisher] = title.publisher;
    row[col.installDate] = dates.at(installDay);
    row[col.lastSeen] = dates.at(lastSeenDay);
    if (candidate.product !== null) {
      let installs = installsByProduct.get(candidate.product);
      if (installs === undefined) {
        installs = [];
        installsByProduct.set(candidate.product, installs);
      }
      installs.push({ tag: host, day: installDay, registered });
    }
  };

  // Rows a device has no more titles for pass on to the next device, and finally to unknown hosts.
  let carry = 0;
  let desktopIndex = 0;
  for (const device of devices) {
    let quota = serverQuota.get(device);
    if (quota === undefined) {
      quota = base + (desktopIndex < remainder ? 1 : 0);
      desktopIndex += 1;
    }
    const target = quota + carry;
    const deviceClass = device.model.os as DeviceClass;
    const candidates = candidatesFor(deviceClass, device.department, candidatesCache);
    const chosen = weightedSample(random, candidates, target);
    carry = target - chosen.length;

    const purchaseDay = device.purchaseDay as number;
    const lastSeenDay =
      device.status === 'retired' ? Math.max(purchaseDay, asOfDay - random.integer(60, 400)) : Math.max(purchaseDay, asOfDay - random.integer(0, 14));
    const firstDay = Math.max(purchaseDay, lastSeenDay - 3 * 365);
    for (const candidate of chosen) {
      writeRow(device.tag, true, candidate, firstDay, lastSeenDay);
    }
  }

  let unknownRows = unknownHostRows + carry + (desktops === 0 ? desktopRows : 0);
  const unknownCandidates = candidatesFor('windows', 'sales1', candidatesCache);
  while (unknownRows > 0) {
    const host = `${random.pick(['DESKTOP', 'LAPTOP', 'DESKTOP', 'PC'])}-${random.characters(HOST_ALPHABET, 7)}`;
    const rows = Math.min(unknownRows, random.integer(3, 8));
    const lastSeenDay = asOfDay - random.integer(0, 30);
    for (const candidate of weightedSample(random, unknownCandidates, rows)) {
      writeRow(host, false, candidate, lastSeenDay - 700, lastSeenDay);
      unknownRows -= 1;
    }
  }

  return { sheet: sheet.toSheet(), installsByProduct };
}

function candidatesFor(deviceClass: DeviceClass, department: DepartmentKey, cache: Map<string, Candidate[]>): Candidate[] {
  const key = `${deviceClass}|${department}`;
  const cached = cache.get(key);
  if (cached !== undefined) {
    return cached;
  }

  const candidates: Candidate[] = [];
  for (const product of SOFTWARE_PRODUCTS) {
    if (product.installWeight > 0 && product.deviceClasses.includes(deviceClass) && (product.departments === null || product.departments.includes(department))) {
      candidates.push({ product: product.key, titles: new WeightedChoice(product.titles.map((title) => [title, title.weight] as const)), weight: product.installWeight });
    }
  }
  for (const title of UNLICENSED_TITLES) {
    if (title.deviceClasses.includes(deviceClass) && (title.departments === null || title.departments.includes(department))) {
      candidates.push({ product: null, titles: new WeightedChoice([[title, 1]]), weight: title.installWeight });
    }
  }
  cache.set(key, candidates);
  return candidates;
}

/**
 * Draws up to `size` distinct candidates, each with probability growing with its weight
 * (Efraimidis and Spirakis, 2006: keep the largest u^(1/w) keys).
 */
function weightedSample(random: SeededRandom, candidates: readonly Candidate[], size: number): Candidate[] {
  if (size <= 0) {
    return [];
  }
  const keyed = candidates.map((candidate) => ({ candidate, key: Math.log(1 - random.next()) / candidate.weight }));
  keyed.sort((a, b) => b.key - a.key);
  return keyed.slice(0, size).map((entry) => entry.candidate);
}
