import { detectLegacyEncoding, type LegacyDecoder, type LegacyEncoding } from './legacyEncodingDetection';
import { countReplacementCharacters, decodeUtf16, decodeUtf8, isValidUtf8 } from './unicodeDecoding';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | LegacyEncoding;

/** The `--encoding` choice: auto-detection or one encoding forced by the user. */
export type EncodingChoice = 'auto' | TextEncoding;

export const ENCODING_CHOICES: readonly EncodingChoice[] = ['auto', 'utf-8', 'utf-16le', 'utf-16be', 'cp949', 'windows-1252', 'macintosh'];

/** Source of the encoding choice: a byte order mark, valid UTF-8, the legacy heuristic, or the user. */
export type EncodingDetection = 'bom' | 'utf8' | 'legacy' | 'forced';

export interface DecodedText {
  /** The text without its byte order mark. */
  readonly text: string;
  readonly encoding: TextEncoding;
  readonly detection: EncodingDetection;
  readonly bom: boolean;
  /** U+FFFD characters in the text: each one is a byte sequence that the encoding could not read. */
  readonly replacementCount: number;
}

export interface DecodeOptions {
  readonly encoding?: EncodingChoice;
  /** Needed only when the bytes turn out to be (or are forced to be) in a legacy code page. */
  readonly decodeLegacy?: LegacyDecoder;
}

const BOMS: readonly { readonly encoding: TextEncoding; readonly bytes: readonly number[] }[] = [
  { encoding: 'utf-8', bytes: [0xef, 0xbb, 0xbf] },
  { encoding: 'utf-16le', bytes: [0xff, 0xfe] },
  { encoding: 'utf-16be', bytes: [0xfe, 0xff] },
];

function bomAt(bytes: Uint8Array): (typeof BOMS)[number] | null {
  return BOMS.find((bom) => bom.bytes.length <= bytes.length && bom.bytes.every((byte, index) => bytes[index] === byte)) ?? null;
}

function decodeAs(bytes: Uint8Array, encoding: TextEncoding, decodeLegacy: LegacyDecoder | undefined): string {
  switch (encoding) {
    case 'utf-8':
      return decodeUtf8(bytes);
    case 'utf-16le':
      return decodeUtf16(bytes, true);
    case 'utf-16be':
      return decodeUtf16(bytes, false);
    default:
      if (!decodeLegacy) {
        throw new Error(`Decoding ${encoding} needs a legacy decoder, and none was passed to decodeText.`);
      }
      return decodeLegacy(bytes, encoding);
  }
}

/**
 * Decodes an uploaded file. A byte order mark decides; otherwise text that is valid UTF-8 is UTF-8;
 * otherwise the legacy heuristic picks CP949, Windows-1252 or Mac Roman. A forced encoding skips
 * detection. Nothing is dropped: bytes the encoding cannot read become U+FFFD and are counted.
 */
export function decodeText(bytes: Uint8Array, options: DecodeOptions = {}): DecodedText {
  const choice = options.encoding ?? 'auto';
  const bom = bomAt(bytes);

  let encoding: TextEncoding;
  let detection: EncodingDetection;
  if (choice !== 'auto') {
    encoding = choice;
    detection = 'forced';
  } else if (bom) {
    encoding = bom.encoding;
    detection = 'bom';
  } else if (isValidUtf8(bytes)) {
    encoding = 'utf-8';
    detection = 'utf8';
  } else {
    if (!options.decodeLegacy) {
      throw new Error('The file is not valid UTF-8, and decodeText needs a legacy decoder to read other encodings.');
    }
    encoding = detectLegacyEncoding(bytes, options.decodeLegacy);
    detection = 'legacy';
  }

  const stripBom = bom !== null && bom.encoding === encoding;
  const body = stripBom ? bytes.subarray(bom.bytes.length) : bytes;
  const text = decodeAs(body, encoding, options.decodeLegacy);
  return { text, encoding, detection, bom: stripBom, replacementCount: countReplacementCharacters(text) };
}
