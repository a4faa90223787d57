import * as fc from 'fast-check';
import * as iconv from 'iconv-lite';
import { detectLegacyEncoding, looksLikeCp949, westernTextScore } from '../../../src/core/importing/legacyEncodingDetection';
import { decodeText } from '../../../src/core/importing/textDecoding';
import { decodeUtf16, decodeUtf8, isValidUtf8 } from '../../../src/core/importing/unicodeDecoding';
import { decodeLegacyWithIconv } from '../../../src/node/legacyDecoder';

const bytesOf = (...values: number[]): Uint8Array => Uint8Array.from(values);
const encode = (text: string, encoding: string): Uint8Array => new Uint8Array(iconv.encode(text, encoding));
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('strict UTF-8', () => {
  test.each([
    ['overlong slash', [0xc0, 0xaf]],
    ['overlong three-byte', [0xe0, 0x80, 0xaf]],
    ['encoded surrogate', [0xed, 0xa0, 0x80]],
    ['above U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
    ['truncated sequence', [0x41, 0xe2, 0x82]],
    ['lone continuation', [0x80]],
    ['byte FF', [0xff]],
  ])('rejects %s', (_name, bytes) => {
    expect(isValidUtf8(bytesOf(...bytes))).toBe(false);
  });

  test('accepts four-byte emoji and Hangul', () => {
    const bytes = new Uint8Array(Buffer.from('노트북 😀', 'utf8'));
    expect(isValidUtf8(bytes)).toBe(true);
    expect(decodeUtf8(bytes)).toBe('노트북 😀');
  });

  test('decodes any valid string like Node', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 60 }).filter((text) => !LONE_SURROGATE.test(text)),
        (text) => {
          const bytes = new Uint8Array(Buffer.from(text, 'utf8'));
          expect(isValidUtf8(bytes)).toBe(true);
          expect(decodeUtf8(bytes)).toBe(text);
        },
      ),
    );
  });

  test('replaces invalid bytes like TextDecoder', () => {
    const reference = new TextDecoder('utf-8');
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), (bytes) => {
        expect(decodeUtf8(bytes)).toBe(reference.decode(bytes));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('UTF-16', () => {
  test('little and big endian', () => {
    expect(decodeUtf16(bytesOf(0x90, 0xc7, 0x41, 0x00), true)).toBe('자A');
    expect(decodeUtf16(bytesOf(0xc7, 0x90, 0x00, 0x41), false)).toBe('자A');
  });

  test('odd trailing byte becomes U+FFFD', () => {
    expect(decodeUtf16(bytesOf(0x41, 0x00, 0x42), true)).toBe('A\uFFFD');
  });
});

describe('decodeText', () => {
  test('UTF-8 BOM decides and is removed', () => {
    const decoded = decodeText(bytesOf(0xef, 0xbb, 0xbf, 0x41, 0x2c, 0x42));
    expect(decoded).toEqual({ text: 'A,B', encoding: 'utf-8', detection: 'bom', bom: true, replacementCount: 0 });
  });

  test('UTF-16LE BOM decides', () => {
    const bytes = new Uint8Array([0xff, 0xfe, ...Buffer.from('자산,A', 'utf16le')]);
    const decoded = decodeText(bytes);
    expect(decoded.encoding).toBe('utf-16le');
    expect(decoded.text).toBe('자산,A');
  });

  test('UTF-16BE BOM decides', () => {
    const decoded = decodeText(bytesOf(0xfe, 0xff, 0xc7, 0x90, 0x00, 0x2c));
    expect(decoded.encoding).toBe('utf-16be');
    expect(decoded.text).toBe('자,');
  });

  test('valid UTF-8 without BOM', () => {
    const decoded = decodeText(new Uint8Array(Buffer.from('자산번호,Name\nIT-1,노트북\n', 'utf8')));
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.detection).toBe('utf8');
    expect(decoded.bom).toBe(false);
  });

  test('CP949 Korean detected and decoded', () => {
    // 똠 and 뷁 lie in the Unified Hangul Code extension, outside EUC-KR.
    const text = '자산번호,자산명,사용자\r\nIT-2025-0001,노트북 똠방각하,홍길동\r\nIT-2025-0002,모니터 뷁,김철수\r\n';
    const decoded = decodeText(encode(text, 'cp949'), { decodeLegacy: decodeLegacyWithIconv });
    expect(decoded.encoding).toBe('cp949');
    expect(decoded.detection).toBe('legacy');
    expect(decoded.text).toBe(text);
    expect(decoded.replacementCount).toBe(0);
  });

  test('Windows-1252 French detected', () => {
    const text = 'Nom,Ville\r\nCafé crème,Zürich\r\n"don’t",Noël\r\n';
    const decoded = decodeText(encode(text, 'windows-1252'), { decodeLegacy: decodeLegacyWithIconv });
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.text).toBe(text);
  });

  test('Mac Roman with LF detected by letters', () => {
    const text = 'Name,City\nCafé,Zürich\nSão Paulo,Malmö\n';
    const decoded = decodeText(encode(text, 'macintosh'), { decodeLegacy: decodeLegacyWithIconv });
    expect(decoded.encoding).toBe('macintosh');
    expect(decoded.text).toBe(text);
  });

  test('forced encoding overrides detection', () => {
    const bytes = encode('자산,노트북\r\n', 'cp949');
    const decoded = decodeText(bytes, { encoding: 'utf-8' });
    expect(decoded.detection).toBe('forced');
    expect(decoded.encoding).toBe('utf-8');
    const expected = new TextDecoder('utf-8').decode(bytes);
    expect(decoded.text).toBe(expected);
    expect(decoded.replacementCount).toBe(expected.split('\uFFFD').length - 1);
    expect(decoded.replacementCount).toBeGreaterThanOrEqual(5);
  });

  test('legacy bytes without a decoder throw', () => {
    expect(() => decodeText(encode('Café', 'windows-1252'))).toThrow('legacy decoder');
  });
});

describe('legacy encoding detection', () => {
  const detect = (bytes: Uint8Array): string => detectLegacyEncoding(bytes, decodeLegacyWithIconv);

  test('byte undefined in Windows-1252 means Mac Roman', () => {
    // 0x8D is ç in Mac Roman and has no character in Windows-1252.
    expect(detect(bytesOf(0x46, 0x61, 0x8d, 0x61, 0x64, 0x65))).toBe('macintosh');
  });

  test('CR-only line ends mean Mac Roman', () => {
    expect(detect(encode('Name\rCafé\r', 'macintosh'))).toBe('macintosh');
  });

  test('tie goes to Windows-1252', () => {
    // 0x92 is ’ in Windows-1252 and í in Mac Roman: both score one point.
    expect(detect(encode('don’t,x\r\n', 'windows-1252'))).toBe('windows-1252');
  });

  test('Western text is not CP949', () => {
    expect(looksLikeCp949(encode('Café crème, Zürich', 'windows-1252'))).toBe(false);
  });

  test('pairs outside the Hangul block are not CP949', () => {
    // Valid CP949 structure, but 0xE9 0xE8 is a hanja, not a Hangul syllable.
    expect(looksLikeCp949(bytesOf(0x41, 0xe9, 0xe8, 0x42))).toBe(false);
  });

  test('score prefers letters over symbols', () => {
    expect(westernTextScore('Café')).toBe(1);
    expect(westernTextScore('Caf‰')).toBe(-1);
  });
});
