import { compareDates, type IsoDate } from '../calendar/calendarDate';
import type { AssetRecord, ContractRecord, LicenseAssignmentRecord, LicenseRecord } from '../registers/records';
import type { RecalcContext } from '../recalc/view';
import type { CellProblem } from '../findings/cellFinding';
import type { LedgerEntry } from './ledgerEntries';
import { referenceKey, trimmedOrNull } from './referenceKey';

/**
 * A shared cost entry split evenly across assets: a contract's cost across the contract's Asset Tags, or
 * a per-device license's cost across the license's active device assignments.
 */
export interface CostShare {
  readonly source: 'contract' | 'license';
  /** Contract ID or License ID as written in the ledger row. */
  readonly sourceId: string;
  readonly entry: LedgerEntry;
  /** Asset Tags the cost is split across, distinct, as written in the contract or assignments. */
  readonly assetTags: readonly string[];
  /** Unrounded share per asset: the entry's amount ÷ the number of Asset Tags. */
  readonly share: number;
}

export interface CostAllocation {
  readonly shares: readonly CostShare[];
  readonly problems: readonly CellProblem[];
}

/**
 * Splits the cost entries that name a contract or license but no asset. A contract that lists assets
 * takes precedence over the row's license. An entry that fits neither stays out of every asset's TCO,
 * with an info finding when the contract lists no assets or the per-device license has no active device.
 * An entry for a per-user, concurrent or site license has no device to carry it and is not split.
 */
export function allocateSharedCosts(
  context: RecalcContext,
  entries: readonly LedgerEntry[],
  assetsByTag: ReadonlyMap<string, AssetRecord>,
): CostAllocation {
  const contracts = firstByKey(context.data.contracts, (contract) => contract.contractId);
  const licenses = firstByKey(context.data.licenses, (license) => license.licenseId);
  const shares: CostShare[] = [];
  const problems: CellProblem[] = [];
  const reportedUnknownTags = new Set<string>();
  // One finding per contract or license whose costs cannot be allocated, on its first ledger row, with the count.
  const unallocatedBySource = new Map<string, { readonly index: number; count: number }>();
  const reportUnallocated = (sourceKey: string, problem: CellProblem): void => {
    const seen = unallocatedBySource.get(sourceKey);
    if (seen) {
      seen.count += 1;
      return;
    }
    unallocatedBySource.set(sourceKey, { index: problems.length, count: 1 });
    problems.push(problem);
  };

  // A tag that is not in the Assets tab still counts in the divisor, so its share is in no asset's TCO.
  const reportUnknownTags = (tags: readonly string[], problemFor: (tag: string) => CellProblem | null): void => {
    for (const tag of tags) {
      if (assetsByTag.has(referenceKey(tag))) {
        continue;
      }
      const problem = problemFor(tag);
      if (problem === null) {
        continue;
      }
      const key = `${problem.register}:${problem.row}:${referenceKey(tag)}`;
      if (!reportedUnknownTags.has(key)) {
        reportedUnknownTags.add(key);
        problems.push(problem);
      }
    }
  };

  for (const entry of entries) {
    const { contractId, licenseId } = entry;
    if (entry.kind !== 'cost' || entry.assetTag !== null) {
      continue;
    }

    const contract = contractId === null ? undefined : contracts.get(referenceKey(contractId));
    const contractTags = contract === undefined ? [] : distinctTags(contract.assetTags);
    if (contract !== undefined && contractId !== null && contractTags.length > 0) {
      shares.push({ source: 'contract', sourceId: contractId, entry, assetTags: contractTags, share: entry.amount / contractTags.length });
      reportUnknownTags(contractTags, (tag) => unknownContractTag(contract, tag));
      continue;
    }

    const license = licenseId === null ? undefined : licenses.get(referenceKey(licenseId));
    if (license !== undefined && licenseId !== null && license.metric === 'per_device') {
      const active = activeDeviceAssignments(context.data.licenseAssignments, license, context.asOf);
      const licenseTags = distinctTags(active.flatMap((assignment) => (assignment.assetTag === null ? [] : [assignment.assetTag])));
      if (licenseTags.length > 0) {
        shares.push({ source: 'license', sourceId: licenseId, entry, assetTags: licenseTags, share: entry.amount / licenseTags.length });
        reportUnknownTags(licenseTags, (tag) => unknownAssignmentTag(active, license, tag));
      } else {
        reportUnallocated(`license:${referenceKey(licenseId)}`, unallocated(entry, 'licenseId', licenseId, 'finance.finding.licenseUnallocated', { licenseId, asOf: context.asOf }));
      }
      continue;
    }

    if (contract !== undefined && contractId !== null) {
      reportUnallocated(`contract:${referenceKey(contractId)}`, unallocated(entry, 'contractId', contractId, 'finance.finding.contractUnallocated', { contractId }));
    }
  }

  for (const { index, count } of unallocatedBySource.values()) {
    problems[index] = { ...problems[index], params: { ...problems[index].params, entries: count } };
  }
  return { shares, problems };
}

/** Returns the license's device assignments active on the as-of date: assigned by then and not yet removed. */
export function activeDeviceAssignments(
  assignments: readonly LicenseAssignmentRecord[],
  license: LicenseRecord,
  asOf: IsoDate,
): readonly LicenseAssignmentRecord[] {
  if (license.licenseId === null) {
    return [];
  }
  const licenseKey = referenceKey(license.licenseId);
  return assignments.filter(
    (assignment) =>
      assignment.licenseId !== null &&
      referenceKey(assignment.licenseId) === licenseKey &&
      trimmedOrNull(assignment.assetTag) !== null &&
      (assignment.assignedDate === null || compareDates(assignment.assignedDate, asOf) <= 0) &&
      (assignment.removedDate === null || compareDates(assignment.removedDate, asOf) > 0),
  );
}

function distinctTags(tags: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const tag of tags) {
    const trimmed = tag.trim();
    if (trimmed !== '' && !seen.has(referenceKey(trimmed))) {
      seen.set(referenceKey(trimmed), trimmed);
    }
  }
  return [...seen.values()];
}

function firstByKey<T>(records: readonly T[], keyOf: (record: T) => string | null): ReadonlyMap<string, T> {
  const byKey = new Map<string, T>();
  for (const record of records) {
    const key = keyOf(record);
    if (key !== null && !byKey.has(referenceKey(key))) {
      byKey.set(referenceKey(key), record);
    }
  }
  return byKey;
}

function unallocated(entry: LedgerEntry, field: string, value: string, code: string, params: Readonly<Record<string, string>>): CellProblem {
  return { register: 'ledger', row: entry.row, field, value, severity: 'info', code, params };
}

function unknownContractTag(contract: ContractRecord, tag: string): CellProblem {
  return {
    register: 'contracts',
    row: contract.row,
    field: 'assetTags',
    value: contract.assetTags.join(', '),
    severity: 'warning',
    code: 'finance.finding.contractShareUnassigned',
    params: { contractId: contract.contractId ?? '', assetTag: tag },
  };
}

function unknownAssignmentTag(active: readonly LicenseAssignmentRecord[], license: LicenseRecord, tag: string): CellProblem | null {
  const assignment = active.find((candidate) => candidate.assetTag !== null && referenceKey(candidate.assetTag) === referenceKey(tag));
  if (assignment === undefined) {
    return null;
  }
  return {
    register: 'licenseAssignments',
    row: assignment.row,
    field: 'assetTag',
    value: assignment.assetTag ?? '',
    severity: 'warning',
    code: 'finance.finding.licenseShareUnassigned',
    params: { licenseId: license.licenseId ?? '', assetTag: tag },
  };
}
