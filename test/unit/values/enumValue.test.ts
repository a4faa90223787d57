import { ASSET_STATUSES, CONTRACT_TYPES, DEPRECIATION_METHODS, RENEWAL_TYPES } from '../../../src/core/registers/definitions';
import type { EnumValue } from '../../../src/core/registers/schema';
import { parseEnum } from '../../../src/core/values/enumValue';
import type { CellValue } from '../../../src/core/workbook/port';

describe('parseEnum matches', () => {
  const cases: ReadonlyArray<readonly [CellValue, readonly EnumValue[], string]> = [
    ['in_stock', ASSET_STATUSES, 'in_stock'],
    ['in stock', ASSET_STATUSES, 'in_stock'],
    ['In Stock', ASSET_STATUSES, 'in_stock'],
    ['IN-STOCK', ASSET_STATUSES, 'in_stock'],
    ['  in   stock ', ASSET_STATUSES, 'in_stock'],
    ['재고', ASSET_STATUSES, 'in_stock'],
    ['사용중', ASSET_STATUSES, 'deployed'],
    ['사용 중', ASSET_STATUSES, 'deployed'],
    ['사용중지', ASSET_STATUSES, 'retired'],
    ['DEPLOYED', ASSET_STATUSES, 'deployed'],
    ['Straight-Line', DEPRECIATION_METHODS, 'straight_line'],
    ['straight line', DEPRECIATION_METHODS, 'straight_line'],
    ['정률법', DEPRECIATION_METHODS, 'declining_balance'],
    ['saas', CONTRACT_TYPES, 'saas'],
    ['SaaS', CONTRACT_TYPES, 'saas'],
    ['구독', CONTRACT_TYPES, 'saas'],
    ['없음', RENEWAL_TYPES, 'none'],
    ['None', RENEWAL_TYPES, 'none'],
  ];

  test.each(cases)('%p is %p', (cell, values, key) => {
    expect(parseEnum(cell, values)).toEqual({ ok: true, value: key });
  });

  test('decomposed Hangul matches after NFC', () => {
    const decomposed = '재고'.normalize('NFD');
    expect(decomposed).not.toBe('재고');
    expect(parseEnum(decomposed, ASSET_STATUSES)).toEqual({ ok: true, value: 'in_stock' });
  });

  test('number cell matches its text', () => {
    const tiers: readonly EnumValue[] = [
      { key: '1', label: { en: 'tier 1', ko: '1등급' } },
      { key: '2', label: { en: 'tier 2', ko: '2등급' } },
    ];
    expect(parseEnum(2, tiers)).toEqual({ ok: true, value: '2' });
  });
});

describe('parseEnum empty and invalid', () => {
  test.each(['', '  ', '-', 'N/A'])('%p is empty', (cell) => {
    expect(parseEnum(cell, ASSET_STATUSES)).toEqual({ ok: true, value: null });
  });

  test('lists both labels of every value', () => {
    expect(parseEnum('broken', ASSET_STATUSES)).toEqual({
      ok: false,
      problem: 'invalidEnum',
      detail: {
        allowed:
          'requested (요청), ordered (발주), in stock (재고), deployed (사용중), in repair (수리중), retired (사용중지), disposed (폐기), lost (분실)',
      },
    });
  });

  test('same label in both languages is listed once', () => {
    const values: readonly EnumValue[] = [{ key: 'saas', label: { en: 'SaaS', ko: 'SaaS' } }];
    expect(parseEnum('x', values)).toEqual({ ok: false, problem: 'invalidEnum', detail: { allowed: 'SaaS' } });
  });

  test.each([true, { date: '2025-02-03' }, 'in stock!', 'instocks', '재 고 품'] as CellValue[])('%p is invalidEnum', (cell) => {
    const result = parseEnum(cell, ASSET_STATUSES);
    expect(result.ok ? undefined : result.problem).toBe('invalidEnum');
  });

  test('formula error', () => {
    expect(parseEnum('#N/A', ASSET_STATUSES)).toEqual({ ok: false, problem: 'formulaError', detail: { detail: '#N/A' } });
  });
});
