import type { IsoDate } from '../calendar/calendarDate';

const SEQUENCE = /\{(0+)\}/;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Returns the next free asset tag for a pattern such as IT-{YYYY}-{0000}: {YYYY} is the year of the
 * as-of date and the zeros are the sequence width. The sequence continues after the highest existing
 * tag of that year, so deleted rows never cause a tag to be reused while a higher one exists.
 */
export function nextAssetTag(pattern: string, asOf: IsoDate, existingTags: Iterable<string>): string {
  const sequence = SEQUENCE.exec(pattern);
  if (!sequence) {
    throw new Error(`Asset tag pattern "${pattern}" has no sequence such as {0000}.`);
  }
  const width = sequence[1].length;
  const filled = pattern.replace(/\{YYYY\}/g, asOf.slice(0, 4)).replace(/\{YY\}/g, asOf.slice(2, 4));
  const [prefix, suffix] = filled.split(sequence[0]);
  const matcher = new RegExp(`^${escapeRegExp(prefix)}(\\d+)${escapeRegExp(suffix)}$`, 'i');

  let highest = 0;
  for (const tag of existingTags) {
    const match = matcher.exec(tag.trim());
    if (match) {
      highest = Math.max(highest, Number(match[1]));
    }
  }
  return `${prefix}${String(highest + 1).padStart(width, '0')}${suffix}`;
}
