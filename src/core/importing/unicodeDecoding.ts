/**
 * UTF-8 and UTF-16 decoding written out in full, because Apps Script's V8 runtime has no TextDecoder.
 * Strict UTF-8 validation follows RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF.
 */

export const REPLACEMENT_CHARACTER = '\uFFFD';

/**
 * Scans the UTF-8 sequence starting at `index`. Returns its length when valid, or minus the length of
 * its maximal subpart when invalid: the lead byte and the continuation bytes that were still allowed,
 * at least one byte. Replacing each maximal subpart with one U+FFFD is the WHATWG Encoding Standard's
 * rule, so the result matches TextDecoder in browsers and Node.
 */
function scanUtf8(bytes: Uint8Array, index: number): number {
  const first = bytes[index];
  if (first < 0x80) {
    return 1;
  }

  let length: number;
  let lower = 0x80;
  let upper = 0xbf;
  if (first >= 0xc2 && first <= 0xdf) {
    length = 2;
  } else if (first >= 0xe0 && first <= 0xef) {
    length = 3;
    // E0 would be overlong below A0, and ED A0..BF would encode a UTF-16 surrogate.
    if (first === 0xe0) lower = 0xa0;
    if (first === 0xed) upper = 0x9f;
  } else if (first >= 0xf0 && first <= 0xf4) {
    length = 4;
    // F0 would be overlong below 90, and F4 90 and above is past U+10FFFF.
    if (first === 0xf0) lower = 0x90;
    if (first === 0xf4) upper = 0x8f;
  } else {
    return -1;
  }

  for (let offset = 1; offset < length; offset++) {
    const continuation = bytes[index + offset];
    if (continuation === undefined || continuation < lower || continuation > upper) {
      return -offset;
    }
    lower = 0x80;
    upper = 0xbf;
  }
  return length;
}

export function isValidUtf8(bytes: Uint8Array): boolean {
  let index = 0;
  while (index < bytes.length) {
    const length = scanUtf8(bytes, index);
    if (length < 0) {
      return false;
    }
    index += length;
  }
  return true;
}

/** Decodes UTF-8, replacing each invalid sequence's maximal subpart with one U+FFFD. */
export function decodeUtf8(bytes: Uint8Array): string {
  const parts: string[] = [];
  let codeUnits: number[] = [];
  let index = 0;
  while (index < bytes.length) {
    const length = scanUtf8(bytes, index);
    if (length < 0) {
      codeUnits.push(0xfffd);
      index += -length;
    } else {
      const codePoint = utf8CodePoint(bytes, index, length);
      if (codePoint > 0xffff) {
        const offset = codePoint - 0x10000;
        codeUnits.push(0xd800 + (offset >> 10), 0xdc00 + (offset & 0x3ff));
      } else {
        codeUnits.push(codePoint);
      }
      index += length;
    }
    // Flush in chunks: String.fromCharCode takes its arguments on the stack.
    if (codeUnits.length >= 8192) {
      parts.push(String.fromCharCode(...codeUnits));
      codeUnits = [];
    }
  }
  parts.push(String.fromCharCode(...codeUnits));
  return parts.join('');
}

function utf8CodePoint(bytes: Uint8Array, index: number, length: number): number {
  const first = bytes[index];
  if (length === 1) {
    return first;
  }
  let codePoint = first & (0xff >> (length + 1));
  for (let offset = 1; offset < length; offset++) {
    codePoint = (codePoint << 6) | (bytes[index + offset] & 0x3f);
  }
  return codePoint;
}

/** Decodes UTF-16 code units; an odd trailing byte becomes U+FFFD. Unpaired surrogates are kept as they are. */
export function decodeUtf16(bytes: Uint8Array, littleEndian: boolean): string {
  const parts: string[] = [];
  let codeUnits: number[] = [];
  for (let index = 0; index + 1 < bytes.length; index += 2) {
    const unit = littleEndian ? bytes[index] | (bytes[index + 1] << 8) : (bytes[index] << 8) | bytes[index + 1];
    codeUnits.push(unit);
    if (codeUnits.length >= 8192) {
      parts.push(String.fromCharCode(...codeUnits));
      codeUnits = [];
    }
  }
  if (bytes.length % 2 === 1) {
    codeUnits.push(0xfffd);
  }
  parts.push(String.fromCharCode(...codeUnits));
  return parts.join('');
}

export function countReplacementCharacters(text: string): number {
  let count = 0;
  for (let index = text.indexOf(REPLACEMENT_CHARACTER); index !== -1; index = text.indexOf(REPLACEMENT_CHARACTER, index + 1)) {
    count++;
  }
  return count;
}
