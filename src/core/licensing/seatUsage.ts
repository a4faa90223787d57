import { compareDates, type IsoDate } from '../calendar/calendarDate';
import type { Finding } from '../findings/finding';
import type { RecalcContext } from '../recalc/view';
import type { InstallationRecord, LicenseAssignmentRecord, LicenseMetric, LicenseRecord } from '../registers/records';
import { buildAssetLookup, type AssetLookup, type AssetMatch } from './assetLookup';
import { comparisonKey, matchesAnyPattern, parseMatchPatterns, type MatchPattern } from './matchPattern';
import { registerFinding, registerSheetName } from '../findings/cellFinding';

/** An installed title that matches no license's Match Patterns, with the distinct devices it is on. */
export interface UnlicensedSoftware {
  readonly software: string;
  readonly installs: number;
}

export interface SeatUsage {
  /** Distinct seat holders of each license with an ID and a metric, keyed by the license's sheet row. */
  readonly usedByRow: ReadonlyMap<number, number>;
  /** Sorted by installs, most first, then by title. */
  readonly unlicensed: readonly UnlicensedSoftware[];
  readonly findings: readonly Finding[];
}

interface CountedLicense {
  readonly record: LicenseRecord;
  readonly metric: LicenseMetric;
  /**
   * Seat holders from assignments: `asset:<row>` or `host:<name>` for devices, `user:<name>` for people,
   * `assignment:<row>` for a row naming neither.
   */
  readonly holders: Set<string>;
  /** Comparison keys of the installed titles that match the license's patterns, in first-install order. */
  readonly titles: string[];
}

/** The holders one installed title brings to every license that matches it. */
interface InstalledTitle {
  readonly software: string;
  /** Holder keys of the devices the title is installed on. */
  readonly devices: Set<string>;
  /** Holder keys of the Assigned To people of those devices, for per user licenses. */
  readonly users: Set<string>;
}

/** Orders unlicensed titles by device count, most first, then by title key in code-unit order. */
function compareUnlicensed([keyA, a]: [string, InstalledTitle], [keyB, b]: [string, InstalledTitle]): number {
  if (a.devices.size !== b.devices.size) {
    return b.devices.size - a.devices.size;
  }
  return keyA < keyB ? -1 : 1;
}

function deviceHolder(match: AssetMatch, text: string): string {
  return match.kind === 'found' ? `asset:${match.asset.row}` : `host:${comparisonKey(text)}`;
}

function userHolder(user: string): string {
  return `user:${comparisonKey(user)}`;
}

function presentText(value: string | null): string | null {
  return value !== null && value.trim() !== '' ? value : null;
}

/**
 * Tests whether a seat is held on the as-of date: from its Assigned Date (blank means already held)
 * until the day before its Removed Date.
 */
export function isActiveAssignment(assignment: LicenseAssignmentRecord, asOf: IsoDate): boolean {
  const started = assignment.assignedDate === null || compareDates(assignment.assignedDate, asOf) <= 0;
  const notRemoved = assignment.removedDate === null || compareDates(assignment.removedDate, asOf) > 0;
  return started && notRemoved;
}

/**
 * Picks the key that identifies who holds an assignment's seat under the license's metric, so an
 * assignment naming both a user and a device counts once and the same holder twice counts once.
 * Per user: the User, else the asset's Assigned To, else the device. Concurrent: the User, else the
 * device. Per device and site: the device, else the User.
 */
function assignmentHolder(metric: LicenseMetric, assignment: LicenseAssignmentRecord, asset: AssetMatch | null): string {
  const user = presentText(assignment.user);
  const userKey = user === null ? null : userHolder(user);
  const deviceKey = asset !== null && assignment.assetTag !== null ? deviceHolder(asset, assignment.assetTag) : null;
  const deviceUser = asset?.kind === 'found' ? presentText(asset.asset.assignedTo) : null;
  const deviceUserKey = deviceUser === null ? null : userHolder(deviceUser);
  // A row that names neither a user nor an asset is still a seat given out, so it counts as a holder of its own.
  const rowKey = `assignment:${assignment.row}`;

  switch (metric) {
    case 'per_user':
      return userKey ?? deviceUserKey ?? deviceKey ?? rowKey;
    case 'concurrent':
      return userKey ?? deviceKey ?? rowKey;
    case 'per_device':
    case 'site':
      return deviceKey ?? userKey ?? rowKey;
  }
}

function countAssignments(context: RecalcContext, licensesById: ReadonlyMap<string, CountedLicense | null>, lookup: AssetLookup, findings: Finding[]): void {
  const licenseSheet = registerSheetName(context, 'licenses');
  const assetSheet = registerSheetName(context, 'assets');

  for (const assignment of context.data.licenseAssignments) {
    if (assignment.licenseId === null) {
      continue;
    }
    const licenseKey = comparisonKey(assignment.licenseId);
    if (!licensesById.has(licenseKey)) {
      findings.push(
        registerFinding(context, {
          register: 'licenseAssignments',
          row: assignment.row,
          field: 'licenseId',
          value: assignment.licenseId,
          severity: 'warning',
          code: 'licensing.finding.unknownLicense',
          params: { licenseId: assignment.licenseId, sheet: licenseSheet },
        }),
      );
      continue;
    }

    const asset = assignment.assetTag === null ? null : lookup.byTag(assignment.assetTag);
    if (asset !== null && asset.kind !== 'found') {
      findings.push(
        registerFinding(context, {
          register: 'licenseAssignments',
          row: assignment.row,
          field: 'assetTag',
          value: assignment.assetTag as string,
          severity: 'warning',
          code: 'licensing.finding.unknownAsset',
          params: { assetTag: assignment.assetTag as string, sheet: assetSheet },
        }),
      );
    }

    const license = licensesById.get(licenseKey);
    if (!license || !isActiveAssignment(assignment, context.asOf)) {
      continue;
    }
    if (asset === null && presentText(assignment.user) === null) {
      findings.push(
        registerFinding(context, {
          register: 'licenseAssignments',
          row: assignment.row,
          field: 'user',
          value: '',
          severity: 'warning',
          code: 'licensing.finding.noHolder',
          params: { licenseId: assignment.licenseId },
        }),
      );
    }
    license.holders.add(assignmentHolder(license.metric, assignment, asset));
  }
}

/** Reports an installation host that names no single asset, once per host, at its first row. */
function reportUnresolvedHost(context: RecalcContext, installation: InstallationRecord, host: string, match: AssetMatch, reported: Set<string>, findings: Finding[]): void {
  const key = comparisonKey(host);
  if (match.kind === 'found' || reported.has(key)) {
    return;
  }
  reported.add(key);
  const sheet = registerSheetName(context, 'assets');
  findings.push(
    registerFinding(context, {
      register: 'installations',
      row: installation.row,
      field: 'assetTag',
      value: host,
      severity: 'warning',
      code: match.kind === 'ambiguous' ? 'licensing.finding.ambiguousHost' : 'licensing.finding.unknownHost',
      params: match.kind === 'ambiguous' ? { host, sheet, rows: match.rows.join(', ') } : { host, sheet },
    }),
  );
}

/**
 * Counts installations: a matching title adds its device to per device and site licenses, and adds the
 * asset's Assigned To person to per user licenses. Concurrent licenses count assignments only. A title
 * that matches no license at all is unlicensed software.
 *
 * Every license matching a title receives the same holders from it, so the holders are collected once
 * per title and each matching license only records the title. Matching patterns costs distinct titles
 * times licenses, and no step costs installations times licenses.
 */
function countInstallations(
  context: RecalcContext,
  patternLicenses: readonly { readonly patterns: readonly MatchPattern[]; readonly counted: CountedLicense | null }[],
  lookup: AssetLookup,
  findings: Finding[],
): { readonly unlicensed: Map<string, InstalledTitle>; readonly licensed: Map<string, InstalledTitle> } {
  const unlicensed = new Map<string, InstalledTitle>();
  const licensedTitles = new Map<string, InstalledTitle>();
  const reportedHosts = new Set<string>();

  for (const installation of context.data.installations) {
    const host = presentText(installation.assetTag);
    const software = presentText(installation.software);
    // An install date after the as-of date is a planned rollout, not yet a device using the title.
    if (host === null || software === null || (installation.installDate !== null && compareDates(installation.installDate, context.asOf) > 0)) {
      continue;
    }
    const asset = lookup.byHost(host);
    reportUnresolvedHost(context, installation, host, asset, reportedHosts, findings);
    const device = deviceHolder(asset, host);

    const titleKey = comparisonKey(software);
    let title = licensedTitles.get(titleKey) ?? unlicensed.get(titleKey);
    if (title === undefined) {
      title = { software: software.trim(), devices: new Set<string>(), users: new Set<string>() };
      const matched = patternLicenses.filter((candidate) => matchesAnyPattern(candidate.patterns, titleKey));
      for (const candidate of matched) {
        candidate.counted?.titles.push(titleKey);
      }
      (matched.length === 0 ? unlicensed : licensedTitles).set(titleKey, title);
    }

    title.devices.add(device);
    const user = asset.kind === 'found' ? presentText(asset.asset.assignedTo) : null;
    if (user !== null && licensedTitles.has(titleKey)) {
      title.users.add(userHolder(user));
    }
  }
  return { unlicensed, licensed: licensedTitles };
}

/** Which holders a license's matched titles bring under its metric: devices, users, or none (concurrent). */
function titleSide(metric: LicenseMetric): 'devices' | 'users' | null {
  if (metric === 'per_device' || metric === 'site') {
    return 'devices';
  }
  return metric === 'per_user' ? 'users' : null;
}

/** Returns the union of the holders that a list of installed titles brings on one side. */
function titleHolders(titleKeys: readonly string[], titles: ReadonlyMap<string, InstalledTitle>, side: 'devices' | 'users'): Set<string> {
  const merged = new Set<string>();
  for (const titleKey of titleKeys) {
    for (const holder of (titles.get(titleKey) as InstalledTitle)[side]) {
      merged.add(holder);
    }
  }
  return merged;
}

function isExpired(license: CountedLicense, asOf: IsoDate): boolean {
  return license.record.expiryDate !== null && compareDates(license.record.expiryDate, asOf) < 0;
}

/**
 * Counts seats per license. Assignment holders always count on their own license. Holders found only
 * through installations belong to the product, not to one purchase: licenses with the same metric and
 * the same matched titles form a pool (lots bought at different times), and those holders fill the
 * free seats of the pool's unexpired licenses in sheet order, with any remainder on the last of them.
 * Expired licenses receive installation holders only when every license of the pool has expired. A
 * pool of one license counts its assignment holders plus every installation holder.
 */
function countPooledSeats(licenses: readonly CountedLicense[], titles: ReadonlyMap<string, InstalledTitle>, asOf: IsoDate): Map<number, number> {
  const usedByRow = new Map<number, number>();
  const pools = new Map<string, CountedLicense[]>();
  for (const license of licenses) {
    const side = titleSide(license.metric);
    if (side === null || license.titles.length === 0) {
      usedByRow.set(license.record.row, license.holders.size);
      continue;
    }
    const poolKey = `${side}\u0000${license.titles.join('\u0000')}`;
    const pool = pools.get(poolKey);
    if (pool) {
      pool.push(license);
    } else {
      pools.set(poolKey, [license]);
    }
  }

  for (const pool of pools.values()) {
    const installed = titleHolders(pool[0].titles, titles, titleSide(pool[0].metric) as 'devices' | 'users');
    const unassigned = new Set(installed);
    for (const license of pool) {
      for (const holder of license.holders) {
        unassigned.delete(holder);
      }
    }

    const unexpired = pool.filter((license) => !isExpired(license, asOf));
    const receivers = unexpired.length > 0 ? unexpired : pool;
    let remaining = unassigned.size;
    for (const license of pool) {
      usedByRow.set(license.record.row, license.holders.size);
    }
    receivers.forEach((license, index) => {
      const capacity = license.metric === 'site' ? Number.POSITIVE_INFINITY : Math.max(0, (license.record.quantity ?? 0) - license.holders.size);
      const allocated = index === receivers.length - 1 ? remaining : Math.min(capacity, remaining);
      remaining -= allocated;
      usedByRow.set(license.record.row, license.holders.size + allocated);
    });
  }
  return usedByRow;
}

/**
 * Counts the seats in use for every license that has a License ID and a Metric, and lists installed
 * titles that no license covers. A license without an ID or metric still covers the titles of its Match
 * Patterns, so they are not reported as unlicensed.
 */
export function countSeatUsage(context: RecalcContext): SeatUsage {
  const findings: Finding[] = [];
  const lookup = buildAssetLookup(context.data.assets);

  // The first row of a duplicated License ID owns it; the reader reports the duplicate.
  const licensesById = new Map<string, CountedLicense | null>();
  const patternLicenses: { patterns: readonly MatchPattern[]; counted: CountedLicense | null }[] = [];
  for (const record of context.data.licenses) {
    const idKey = record.licenseId === null ? null : comparisonKey(record.licenseId);
    const isFirst = idKey !== null && !licensesById.has(idKey);
    const counted = isFirst && record.metric !== null ? { record, metric: record.metric, holders: new Set<string>(), titles: [] as string[] } : null;
    if (isFirst) {
      licensesById.set(idKey, counted);
    }
    patternLicenses.push({ patterns: parseMatchPatterns(record.matchPatterns), counted });
  }

  countAssignments(context, licensesById, lookup, findings);
  const titles = countInstallations(context, patternLicenses, lookup, findings);

  const counted = [...licensesById.values()].filter((license): license is CountedLicense => license !== null);
  const usedByRow = countPooledSeats(counted, titles.licensed, context.asOf);
  const unlicensed = [...titles.unlicensed.entries()].sort(compareUnlicensed).map(([, title]) => ({ software: title.software, installs: title.devices.size }));
  return { usedByRow, unlicensed, findings };
}
