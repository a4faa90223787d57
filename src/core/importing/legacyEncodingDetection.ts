/**
 * Detection of the code page of a file that is not UTF-8. Spreadsheet exports come in three legacy
 * encodings. CP949 is Korean Excel's on Windows and a superset of EUC-KR. Windows-1252 is Western
 * Excel's on Windows. Mac Roman is Excel for Mac's "CSV (Macintosh)" format, which ends lines with CR.
 *
 * The rule, in order:
 * 1. CP949 when every byte above 0x7F forms a valid CP949 two-byte sequence and at least half of those
 *    sequences lie in the KS X 1001 Hangul block (lead 0xB0–0xC8, trail 0xA1–0xFE), where everyday
 *    Korean words are. Western text fails the first test: an accented letter is followed by ASCII.
 * 2. Mac Roman when a byte is one of the five that Windows-1252 leaves undefined (0x81, 0x8D, 0x8F,
 *    0x90, 0x9D), or when lines end with CR alone.
 * 3. Otherwise both decodings are scored (see westernTextScore) and Mac Roman wins only with a strictly
 *    higher score, because Windows-1252 is by far the more common of the two.
 */

export type LegacyEncoding = 'cp949' | 'windows-1252' | 'macintosh';

/**
 * Decodes bytes in a legacy code page, turning bytes it cannot map into U+FFFD. It is passed in because
 * the tables are large: src/node/legacyDecoder.ts uses iconv-lite.
 * NOTE: Apps Script can use Utilities.newBlob(bytes).getDataAsString(charset), but its reference does
 * not list the charset names. The Java names (x-windows-949, windows-1252, x-MacRoman) are unverified.
 */
export type LegacyDecoder = (bytes: Uint8Array, encoding: LegacyEncoding) => string;

const WINDOWS_1252_UNDEFINED = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

/** Minimum share of two-byte sequences in the KS X 1001 Hangul block for a file to be read as CP949. */
const MIN_HANGUL_SHARE = 0.5;

function isCp949Trail(lead: number, trail: number): boolean {
  if (trail >= 0xa1 && trail <= 0xfe) {
    return true;
  }
  // Leads 0x81–0xC6 also take the Unified Hangul Code extension trails A–Z, a–z and 0x81–0xA0.
  if (lead <= 0xc6) {
    return (trail >= 0x41 && trail <= 0x5a) || (trail >= 0x61 && trail <= 0x7a) || (trail >= 0x81 && trail <= 0xa0);
  }
  return false;
}

export function looksLikeCp949(bytes: Uint8Array): boolean {
  let sequences = 0;
  let hangul = 0;
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index];
    if (lead < 0x80) {
      index += 1;
      continue;
    }
    if (lead === 0x80 || lead === 0xff || index + 1 >= bytes.length) {
      return false;
    }
    const trail = bytes[index + 1];
    if (!isCp949Trail(lead, trail)) {
      return false;
    }
    sequences++;
    if (lead >= 0xb0 && lead <= 0xc8 && trail >= 0xa1) {
      hangul++;
    }
    index += 2;
  }
  return sequences > 0 && hangul / sequences >= MIN_HANGUL_SHARE;
}

export function hasWindows1252UndefinedByte(bytes: Uint8Array): boolean {
  return bytes.some((byte) => WINDOWS_1252_UNDEFINED.has(byte));
}

/** True when the bytes contain CR line ends and no LF at all, as in classic Mac OS text files. */
export function hasOnlyCrLineEnds(bytes: Uint8Array): boolean {
  return bytes.includes(0x0d) && !bytes.includes(0x0a);
}

const TYPICAL_PUNCTUATION = new Set(['\u2019', '\u2018', '\u201C', '\u201D', '\u2013', '\u2014', '\u2026', '\u20AC', '\u2022']);

function isAsciiLetter(char: string | undefined): boolean {
  return char !== undefined && /^[A-Za-z]$/.test(char);
}

/** Latin-1 letters with a diacritic: U+00C0–U+00FF without the signs × and ÷. */
function isLatin1Letter(char: string): boolean {
  const code = char.charCodeAt(0);
  return code >= 0xc0 && code <= 0xff && code !== 0xd7 && code !== 0xf7;
}

/**
 * Scores how much a decoding reads like Western European text. Each accented Latin-1 letter next to an
 * ASCII letter (the é in café) and each common typographic sign (’ “ ” – — … € •) adds 1. Any other
 * character above U+007F subtracts 1, because a wrong decoding turns letters into signs like ‰ or ˆ.
 */
export function westernTextScore(text: string): number {
  let score = 0;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char.charCodeAt(0) < 0x80) {
      continue;
    }
    const besideLetter = isAsciiLetter(text[index - 1]) || isAsciiLetter(text[index + 1]);
    if ((isLatin1Letter(char) && besideLetter) || TYPICAL_PUNCTUATION.has(char)) {
      score += 1;
    } else {
      score -= 1;
    }
  }
  return score;
}

/** Picks the legacy encoding of bytes known not to be valid UTF-8, following the rule in the file header. */
export function detectLegacyEncoding(bytes: Uint8Array, decode: LegacyDecoder): LegacyEncoding {
  if (looksLikeCp949(bytes)) {
    return 'cp949';
  }
  if (hasWindows1252UndefinedByte(bytes) || hasOnlyCrLineEnds(bytes)) {
    return 'macintosh';
  }
  const windowsScore = westernTextScore(decode(bytes, 'windows-1252'));
  const macScore = westernTextScore(decode(bytes, 'macintosh'));
  return macScore > windowsScore ? 'macintosh' : 'windows-1252';
}
