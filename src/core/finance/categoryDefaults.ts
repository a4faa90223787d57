import type { CategoryRecord, DepreciationMethod } from '../registers/records';
import { referenceKey } from './referenceKey';

/** A default taken from a category: the value and the category row that set it (the asset's own or a parent). */
export interface InheritedValue<T> {
  readonly value: T;
  readonly from: CategoryRecord;
}

export interface CategoryDefaults {
  readonly usefulLifeMonths: InheritedValue<number> | null;
  readonly depreciationMethod: InheritedValue<DepreciationMethod> | null;
  /** The category whose Parent chain leads back to itself, when the walk met a cycle. */
  readonly cycleAt: CategoryRecord | null;
}

export interface CategoryIndex {
  /** Finds a category by Code, else by Name, both compared case-insensitively. */
  find(text: string): CategoryRecord | null;
  /** Returns the useful life and method of a category, each inherited from the nearest parent that has one. */
  defaultsOf(category: CategoryRecord): CategoryDefaults;
}

export function indexCategories(categories: readonly CategoryRecord[]): CategoryIndex {
  const byCode = new Map<string, CategoryRecord>();
  const byName = new Map<string, CategoryRecord>();
  for (const category of categories) {
    if (category.code !== null && !byCode.has(referenceKey(category.code))) {
      byCode.set(referenceKey(category.code), category);
    }
    if (category.name !== null && !byName.has(referenceKey(category.name))) {
      byName.set(referenceKey(category.name), category);
    }
  }

  const find = (text: string): CategoryRecord | null => {
    const key = referenceKey(text);
    if (key === '') {
      return null;
    }
    return byCode.get(key) ?? byName.get(key) ?? null;
  };

  const defaultsOf = (category: CategoryRecord): CategoryDefaults => {
    let usefulLifeMonths: InheritedValue<number> | null = null;
    let depreciationMethod: InheritedValue<DepreciationMethod> | null = null;
    let cycleAt: CategoryRecord | null = null;
    const visited = new Set<number>();

    // Walk up the Parent chain until both values are found, the chain ends or it returns to a visited row.
    let current: CategoryRecord | null = category;
    while (current !== null && (usefulLifeMonths === null || depreciationMethod === null)) {
      if (visited.has(current.row)) {
        cycleAt = current;
        break;
      }
      visited.add(current.row);

      if (usefulLifeMonths === null && current.usefulLifeMonths !== null) {
        usefulLifeMonths = { value: current.usefulLifeMonths, from: current };
      }
      if (depreciationMethod === null && current.depreciationMethod !== null) {
        depreciationMethod = { value: current.depreciationMethod, from: current };
      }
      current = current.parent === null ? null : find(current.parent);
    }

    return { usefulLifeMonths, depreciationMethod, cycleAt };
  };

  return { find, defaultsOf };
}
