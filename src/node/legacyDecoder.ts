import * as iconv from 'iconv-lite';
import type { LegacyDecoder, LegacyEncoding } from '../core/importing/legacyEncodingDetection';

/**
 * iconv-lite's names for the legacy encodings. It turns bytes it cannot map into U+FFFD.
 * NOTE: iconv-lite 0.7 maps Mac Roman 0xDB to ¤, the mapping before Mac OS 8.5; Apple's current table
 * maps it to €.
 */
const ICONV_NAMES: Readonly<Record<LegacyEncoding, string>> = {
  cp949: 'cp949',
  'windows-1252': 'windows-1252',
  macintosh: 'macintosh',
};

/** Decodes legacy code pages in Node with iconv-lite. */
export const decodeLegacyWithIconv: LegacyDecoder = (bytes, encoding) => {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return iconv.decode(buffer, ICONV_NAMES[encoding]);
};
