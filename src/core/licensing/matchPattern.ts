import { referenceKey } from '../registers/referenceKey';

/**
 * Match Patterns of the Licenses tab: installed titles that consume a license, written with `*` as a
 * wildcard for any run of characters and `;` between patterns, compared case-insensitively.
 *
 * A pattern is matched by searching for its literal pieces in order, never by a regular expression built
 * from user text. So every character other than `*` is literal (`C++ (x64)` matches only itself), and
 * no pattern can cause catastrophic backtracking.
 */

const WILDCARD = '*';
const SEPARATOR = ';';

/** One Match Pattern in comparison form, kept as the literal pieces between its wildcards. */
export interface MatchPattern {
  readonly text: string;
  /** `text` split on `*`: the first piece must start the title, the last must end it, the rest follow in order. */
  readonly pieces: readonly string[];
}

/**
 * Returns the canonical form used to compare titles, tags, hostnames and user names, the same form as
 * every other register reference: Unicode NFC (so a composed and a decomposed 한 are equal), invisible
 * characters removed, trimmed and lower case.
 */
export function comparisonKey(text: string): string {
  return referenceKey(text);
}

/** Splits a Match Patterns cell into patterns; blank pieces between separators are dropped. */
export function parseMatchPatterns(cell: string | null): readonly MatchPattern[] {
  if (cell === null) {
    return [];
  }
  return cell
    .split(SEPARATOR)
    .map(comparisonKey)
    .filter((text) => text !== '')
    .map((text) => ({ text, pieces: text.split(WILDCARD) }));
}

/**
 * Tests a title, already in comparison form, against one pattern. Taking the leftmost place of each
 * middle piece is enough: an earlier place leaves every later piece at least as much room.
 */
export function matchesPattern(pattern: MatchPattern, titleKey: string): boolean {
  const pieces = pattern.pieces;
  if (pieces.length === 1) {
    return titleKey === pieces[0];
  }

  const first = pieces[0];
  const last = pieces[pieces.length - 1];
  if (first.length + last.length > titleKey.length || !titleKey.startsWith(first) || !titleKey.endsWith(last)) {
    return false;
  }

  const end = titleKey.length - last.length;
  let position = first.length;
  for (let index = 1; index < pieces.length - 1; index++) {
    const piece = pieces[index];
    const found = titleKey.indexOf(piece, position);
    if (found < 0 || found + piece.length > end) {
      return false;
    }
    position = found + piece.length;
  }
  return true;
}

/** Tests a title, already in comparison form, against each pattern. */
export function matchesAnyPattern(patterns: readonly MatchPattern[], titleKey: string): boolean {
  return patterns.some((pattern) => matchesPattern(pattern, titleKey));
}
