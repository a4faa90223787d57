/**
 * Orders labels by Unicode code point, with null (a blank label) last. Code points keep the order the
 * same in Apps Script and Node, whose collation data can differ, and put Latin before Hangul.
 */
export function compareLabels(a: string | null, b: string | null): number {
  if (a === b) {
    return 0;
  }
  if (a === null) {
    return 1;
  }
  if (b === null) {
    return -1;
  }
  return a < b ? -1 : 1;
}
