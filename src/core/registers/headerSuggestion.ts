import { normalizeHeader } from './headerMatching';
import type { FieldDef } from './schema';

/** Shortest header compared, so that short user headers such as "No" or "ID" are never flagged. */
const MIN_COMPARED_LENGTH = 3;
/** Headers of this length or more may differ by two edits; shorter ones by one. */
const TWO_EDIT_LENGTH = 8;

export interface HeaderSuggestion {
  readonly field: FieldDef;
  /** The header or alias the typed header most resembles, as the register defines it. */
  readonly label: string;
}

/**
 * Counts the edits (insertions, deletions, substitutions and swaps of two adjacent characters) that
 * turn one text into the other: the optimal string alignment distance, stopping once it exceeds `limit`.
 */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) {
    return limit + 1;
  }
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let rowMinimum = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let distance = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        distance = Math.min(distance, beforePrevious[j - 2] + 1);
      }
      current.push(distance);
      rowMinimum = Math.min(rowMinimum, distance);
    }
    if (rowMinimum > limit) {
      return limit + 1;
    }
    beforePrevious = previous;
    previous = current;
  }
  return previous[b.length];
}

/**
 * Returns the missing field whose header or alias a header that matched no field is a near miss of
 * ("Purchse Date" for Purchase Date, "보증만료" for 보증만료일), or null. Such a column's values would
 * otherwise be ignored without a word.
 */
export function suggestField(header: string, missingFields: readonly FieldDef[]): HeaderSuggestion | null {
  const typed = normalizeHeader(header);
  if (typed.length < MIN_COMPARED_LENGTH) {
    return null;
  }
  const limit = typed.length >= TWO_EDIT_LENGTH ? 2 : 1;

  let best: (HeaderSuggestion & { readonly distance: number }) | null = null;
  for (const field of missingFields) {
    for (const label of [field.header.en, field.header.ko, field.key, ...(field.aliases ?? [])]) {
      const candidate = normalizeHeader(label);
      if (candidate.length < MIN_COMPARED_LENGTH) {
        continue;
      }
      const distance = editDistance(typed, candidate, limit);
      if (distance <= limit && (best === null || distance < best.distance)) {
        best = { field, label, distance };
      }
    }
  }
  return best === null ? null : { field: best.field, label: best.label };
}
