import { compareDates, type IsoDate } from '../calendar/calendarDate';
import type { Finding } from '../findings/finding';
import type { RecalcContext } from '../recalc/view';
import type { InstallationRecord, LicenseAssignmentRecord, LicenseMetric, LicenseRecord } from '../registers/records';
import { buildAssetLookup, type AssetLookup, type AssetMatch } from './assetLookup';
import { comparisonKey, matchesAnyPattern, parseMatchPatterns, type MatchPattern } from './matchPattern';
import { registerFinding, registerSheetName } from './registerFinding';

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
  /** Seat holder keys: `asset:<row>` or `host:<name>` for devices, `user:<name>` for people, `assignment:<row>` for a row naming neither. */
  readonly holders: Set<string>;
}

interface UnlicensedTitle {
  readonly software: string;
  readonly devices: Set<string>;
}

/** Orders unlicensed titles by device count, most first, then by title key in code-unit order. */
function compareUnlicensed([keyA, a]: [string, UnlicensedTitle], [keyB, b]: [string, UnlicensedTitle]): number {
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
 */
function countInstallations(
  context: RecalcContext,
  patternLicenses: readonly { readonly patterns: readonly MatchPattern[]; readonly counted: CountedLicense | null }[],
  lookup: AssetLookup,
  findings: Finding[],
): Map<string, UnlicensedTitle> {
  const unlicensed = new Map<string, UnlicensedTitle>();
  const matchesByTitle = new Map<string, (CountedLicense | null)[]>();
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
    let matched = matchesByTitle.get(titleKey);
    if (matched === undefined) {
      matched = patternLicenses.filter((candidate) => matchesAnyPattern(candidate.patterns, titleKey)).map((candidate) => candidate.counted);
      matchesByTitle.set(titleKey, matched);
    }

    if (matched.length === 0) {
      const title = unlicensed.get(titleKey) ?? { software: software.trim(), devices: new Set<string>() };
      title.devices.add(device);
      unlicensed.set(titleKey, title);
      continue;
    }
    for (const license of matched) {
      if (license === null) {
        continue;
      }
      if (license.metric === 'per_device' || license.metric === 'site') {
        license.holders.add(device);
      } else if (license.metric === 'per_user' && asset.kind === 'found') {
        const user = presentText(asset.asset.assignedTo);
        if (user !== null) {
          license.holders.add(userHolder(user));
        }
      }
    }
  }
  return unlicensed;
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
    const counted = isFirst && record.metric !== null ? { record, metric: record.metric, holders: new Set<string>() } : null;
    if (isFirst) {
      licensesById.set(idKey, counted);
    }
    patternLicenses.push({ patterns: parseMatchPatterns(record.matchPatterns), counted });
  }

  countAssignments(context, licensesById, lookup, findings);
  const unlicensedTitles = countInstallations(context, patternLicenses, lookup, findings);

  const usedByRow = new Map<number, number>();
  for (const license of licensesById.values()) {
    if (license !== null) {
      usedByRow.set(license.record.row, license.holders.size);
    }
  }
  const unlicensed = [...unlicensedTitles.entries()].sort(compareUnlicensed).map(([, title]) => ({ software: title.software, installs: title.devices.size }));
  return { usedByRow, unlicensed, findings };
}
