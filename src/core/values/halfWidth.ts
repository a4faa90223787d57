/**
 * Folds the characters that Korean and Japanese input methods type in place of ASCII: full-width forms
 * (１２３, ，, ＄, ￦), the ideographic and no-break spaces, and the minus sign U+2212. Letters outside
 * these forms, Hangul included, are kept.
 */

const NEEDS_FOLDING = /[\u00a0\u2000-\u200a\u202f\u205f\u2212\u3000\ufe63\uff01-\uff5e\uffe0-\uffe6]/;
const FOLDABLE = /[\u00a0\u2000-\u200a\u202f\u205f\u2212\u3000\ufe63\uff01-\uff5e\uffe0-\uffe6]/g;

/** Full-width signs outside the U+FF01..U+FF5E block, which maps to ASCII by a fixed offset. */
const FULL_WIDTH_SIGNS: Readonly<Record<string, string>> = {
  '\uffe0': '¢',
  '\uffe1': '£',
  '\uffe2': '¬',
  '\uffe3': '¯',
  '\uffe4': '¦',
  '\uffe5': '¥',
  '\uffe6': '₩',
};

const FULL_WIDTH_OFFSET = 0xfee0;

function foldCharacter(character: string): string {
  const code = character.charCodeAt(0);
  if (code >= 0xff01 && code <= 0xff5e) {
    return String.fromCharCode(code - FULL_WIDTH_OFFSET);
  }
  if (code === 0x2212 || code === 0xfe63) {
    return '-';
  }
  return FULL_WIDTH_SIGNS[character] ?? ' ';
}

/** Returns the text with full-width forms, Unicode spaces and minus signs replaced by their ASCII forms. */
export function toHalfWidth(text: string): string {
  return NEEDS_FOLDING.test(text) ? text.replace(FOLDABLE, foldCharacter) : text;
}
