import * as iconv from 'iconv-lite';
import { findGarbledSequence } from '../../../src/core/importing/garbledText';

/** Produces the mojibake that appears when UTF-8 bytes are read as Windows-1252. */
const misread = (text: string): string => iconv.decode(Buffer.from(text, 'utf8'), 'windows-1252');

describe('findGarbledSequence', () => {
  test.each([
    ['apostrophe', 'Luts’k', 'â€™'],
    ['French accent', 'Saint-Étienne', 'Ã‰'],
    ['Latin Extended-A', 'Szydłowo', 'Å‚'],
    ['Korean', '한국', 'í•œ'],
  ])('%s read as Windows-1252', (_name, original, sequence) => {
    expect(findGarbledSequence(misread(original))).toBe(sequence);
  });

  test.each(['Saint-Étienne', 'São Paulo', 'Zürich', 'Malmö', '홍길동', 'don’t', 'Ñandú', '«Über»', '1 × 2 = 2', ''])('correct text %s is clean', (text) => {
    expect(findGarbledSequence(text)).toBeNull();
  });
});
