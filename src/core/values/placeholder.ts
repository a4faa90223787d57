/**
 * Text that people type into a cell to say "no value": a dash or "N/A". Typed columns (dates, amounts,
 * numbers, booleans, ids, lists and choices) read these as empty. Text columns keep them as typed,
 * because there the dash may be the content.
 */

const PLACEHOLDERS: ReadonlySet<string> = new Set(['-', '--', '\u2013', '\u2014', '\u2015', 'n/a', '해당없음', '해당 없음']);

/** Returns true for trimmed text that is a "no value" placeholder, in any letter case. */
export function isPlaceholder(trimmed: string): boolean {
  if (trimmed.length > 5) {
    return false;
  }
  return PLACEHOLDERS.has(trimmed.length === 3 ? trimmed.toLowerCase() : trimmed);
}
