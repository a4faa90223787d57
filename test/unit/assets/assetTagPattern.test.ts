import { nextAssetTag } from '../../../src/core/assets/assetTagPattern';

describe('nextAssetTag', () => {
  test('first tag of the year', () => {
    expect(nextAssetTag('IT-{YYYY}-{0000}', '2025-03-01', [])).toBe('IT-2025-0001');
  });

  test('continues after the highest tag of that year', () => {
    const tags = ['IT-2025-0007', 'IT-2025-0003', 'IT-2024-0099', 'it-2025-0010', 'OTHER-1'];
    expect(nextAssetTag('IT-{YYYY}-{0000}', '2025-12-31', tags)).toBe('IT-2025-0011');
  });

  test('sequence wider than the pattern keeps growing', () => {
    expect(nextAssetTag('A{00}', '2025-01-01', ['A99'])).toBe('A100');
  });

  test('regex characters in the pattern are literal', () => {
    expect(nextAssetTag('IT.(KR)-{000}', '2025-01-01', ['IT.(KR)-004', 'ITx(KR)-009'])).toBe('IT.(KR)-005');
  });

  test('pattern without sequence throws', () => {
    expect(() => nextAssetTag('IT-{YYYY}', '2025-01-01', [])).toThrow('{0000}');
  });
});
