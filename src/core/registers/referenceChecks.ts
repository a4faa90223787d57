import { a1, type Finding } from '../findings/finding';
import type { RegisterLocation } from '../recalc/view';
import type { RegisterData } from './records';
import type { RegisterId } from './schema';
import { referenceKey } from './referenceKey';

interface Reference {
  readonly from: RegisterId;
  readonly field: string;
  readonly to: RegisterId;
  /** Values in the target register that a reference may name. */
  readonly targets: (data: RegisterData) => Iterable<string | null>;
}


/**
 * Cross-register references checked on every load. License assignments and configuration items are
 * checked by their own views, which also know hostnames and dependency graphs.
 */
const REFERENCES: readonly Reference[] = [
  { from: 'assets', field: 'category', to: 'categories', targets: (data) => data.categories.flatMap((category) => [category.code, category.name]) },
  { from: 'ledger', field: 'assetTag', to: 'assets', targets: (data) => data.assets.map((asset) => asset.assetTag) },
  { from: 'ledger', field: 'licenseId', to: 'licenses', targets: (data) => data.licenses.map((license) => license.licenseId) },
  { from: 'ledger', field: 'contractId', to: 'contracts', targets: (data) => data.contracts.map((contract) => contract.contractId) },
  { from: 'licenses', field: 'contractId', to: 'contracts', targets: (data) => data.contracts.map((contract) => contract.contractId) },
  { from: 'contracts', field: 'assetTags', to: 'assets', targets: (data) => data.assets.map((asset) => asset.assetTag) },
];

/** Reports references to rows that do not exist; a target register whose tab is missing is skipped. */
export function checkReferences(
  data: RegisterData,
  locations: Partial<Record<RegisterId, RegisterLocation>>,
  headers: Partial<Record<RegisterId, Record<string, string>>>,
): Finding[] {
  const findings: Finding[] = [];
  for (const reference of REFERENCES) {
    const source = locations[reference.from];
    const target = locations[reference.to];
    const column = source?.columns[reference.field];
    if (!source || !target || column === undefined) {
      continue;
    }
    const known = new Set<string>();
    for (const value of reference.targets(data)) {
      if (value) {
        known.add(referenceKey(value));
      }
    }
    const header = headers[reference.from]?.[reference.field] ?? reference.field;
    const rows = data[reference.from] as unknown as readonly Record<string, unknown>[];
    for (const record of rows) {
      const value = record[reference.field];
      let values: readonly string[] = [];
      if (Array.isArray(value)) {
        values = value as string[];
      } else if (typeof value === 'string') {
        values = [value];
      }
      for (const item of values) {
        if (!known.has(referenceKey(item))) {
          findings.push({
            sheet: source.sheetName,
            row: record.row as number,
            column: header,
            cell: a1(record.row as number, column),
            value: item,
            severity: 'warning',
            code: 'finding.unknownReference',
            params: { column: header, value: item, target: target.sheetName },
          });
        }
      }
    }
  }
  return findings;
}

