/**
 * Detection of mojibake: UTF-8 text that was once read as Windows-1252 or Latin-1 and saved again, so
 * that ’ became â€™, é became Ã© and 한 became í•œ. The bytes are readable, so decoding raises no
 * error; only the character pattern shows the damage. The importer flags such cells and keeps them as
 * they are, because repairing them would be a guess.
 */

/** Characters that Windows-1252 (or Latin-1, for its five undefined bytes) shows for UTF-8 continuation bytes 0x80–0xBF. */
const CONTINUATION_IMAGES = new Set<string>([
  ...'€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ',
  ...Array.from({ length: 0x20 }, (_, offset) => String.fromCharCode(0xa0 + offset)),
]);

/** Returns true for the character a two-byte UTF-8 lead (0xC2–0xDF) becomes; one continuation follows it. */
function isTwoByteLead(char: string): boolean {
  const code = char.charCodeAt(0);
  return code >= 0xc2 && code <= 0xdf;
}

/** Returns true for the character a three-byte UTF-8 lead (0xE0–0xEF) becomes, such as â for punctuation or í for Hangul. */
function isThreeByteLead(char: string): boolean {
  const code = char.charCodeAt(0);
  return code >= 0xe0 && code <= 0xef;
}

/** Returns the first sequence that looks like double-encoded UTF-8, or null when there is none. */
export function findGarbledSequence(text: string): string | null {
  for (let index = 0; index < text.length - 1; index++) {
    const char = text[index];
    if (isThreeByteLead(char) && CONTINUATION_IMAGES.has(text[index + 1]) && index + 2 < text.length && CONTINUATION_IMAGES.has(text[index + 2])) {
      return text.slice(index, index + 3);
    }
    if (isTwoByteLead(char) && CONTINUATION_IMAGES.has(text[index + 1])) {
      return text.slice(index, index + 2);
    }
  }
  return null;
}
