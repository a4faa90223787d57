import { assetCountFormula, columnReference, quoteSheetName, statusCountFormula, statusSpellings } from '../../../src/core/dashboard/liveFormula';

describe('quoteSheetName', () => {
  test.each([
    ['자산', "'자산'"],
    ['Assets 2024', "'Assets 2024'"],
    ["Kim's Assets", "'Kim''s Assets'"],
    ["''", "''''''"],
  ])('%s', (name, quoted) => {
    expect(quoteSheetName(name)).toBe(quoted);
  });
});

describe('columnReference', () => {
  test('whole column letters', () => {
    expect(columnReference('자산', 7)).toBe("'자산'!G:G");
    expect(columnReference('Assets', 28)).toBe("'Assets'!AB:AB");
  });
});

describe('statusSpellings', () => {
  test('labels and distinct key', () => {
    expect(statusSpellings('in_stock')).toEqual(['재고', 'in stock', 'in_stock']);
    expect(statusSpellings('deployed')).toEqual(['사용중', 'deployed']);
  });
});

describe('statusCountFormula', () => {
  test('renamed tab with a quote', () => {
    const location = { sheetName: "Kim's 자산", columns: { assetTag: 2, status: 8 } };
    expect(statusCountFormula(location, 'in_repair')).toEqual({
      formula: `=COUNTIF('Kim''s 자산'!H:H,"수리중")+COUNTIF('Kim''s 자산'!H:H,"in repair")+COUNTIF('Kim''s 자산'!H:H,"in_repair")`,
    });
    expect(assetCountFormula(location)).toEqual({ formula: `=COUNTA('Kim''s 자산'!B:B)-1` });
  });

  test('missing tab or column', () => {
    expect(statusCountFormula(undefined, 'deployed')).toBeNull();
    expect(statusCountFormula({ sheetName: 'Assets', columns: { assetTag: 1 } }, 'deployed')).toBeNull();
    expect(assetCountFormula({ sheetName: 'Assets', columns: { status: 7 } })).toBeNull();
  });
});
