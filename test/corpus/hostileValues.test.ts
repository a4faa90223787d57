import { translate } from '../../src/core/i18n';
import { comparisonKey } from '../../src/core/licensing/matchPattern';
import { fieldOf, registerById } from '../../src/core/registers/definitions';
import { suggestField } from '../../src/core/registers/headerSuggestion';
import { readRegister } from '../../src/core/registers/readRegister';
import { referenceKey } from '../../src/core/registers/referenceKey';
import { parseDate } from '../../src/core/values/dateValue';
import { parseEnum } from '../../src/core/values/enumValue';
import { DEPRECIATION_METHODS } from '../../src/core/registers/definitions';
import { parseId, parseIdList, parseText } from '../../src/core/values/textValue';

/** Cell-level checks behind the corpus cases, each on the smallest input that shows the rule. */

describe('control characters in text', () => {
  const controls = Array.from({ length: 32 }, (_, code) => code)
    .filter((code) => code !== 0x09 && code !== 0x0a && code !== 0x0d)
    .map((code) => [code.toString(16).toUpperCase().padStart(4, '0'), code] as const);

  test.each(controls)('U+%s inside text is a problem', (hex, code) => {
    expect(parseText(`Mon${String.fromCharCode(code)}itor`)).toEqual({ ok: false, problem: 'controlCharacter', detail: { character: `U+${hex}` } });
    expect(parseId(`IT-${String.fromCharCode(code)}1`)).toEqual({ ok: false, problem: 'controlCharacter', detail: { character: `U+${hex}` } });
  });

  test('tab and line breaks stay text', () => {
    expect(parseText('line 1\r\nline 2\tend')).toEqual({ ok: true, value: 'line 1\r\nline 2\tend' });
  });

  test('id list item with NUL fails', () => {
    expect(parseIdList('IT-1, IT-\u00002')).toEqual({ ok: false, problem: 'controlCharacter', detail: { character: 'U+0000' } });
  });

  test('message names the character', () => {
    expect(translate('en', 'problem.controlCharacter', { character: 'U+0000' })).toContain('(U+0000)');
    expect(translate('ko', 'problem.controlCharacter', { character: 'U+0000' })).toContain('(U+0000)');
  });
});

describe('date cells from date-formatted numbers', () => {
  test.each([
    ['2024 typed alone', '1905-07-16'],
    ['serial 1900', '1905-03-14'],
    ['serial 2100', '1905-09-30'],
    ['serial 60', '1900-02-28'],
    ['serial -5', '1899-12-25'],
    ['year 1', '0001-01-01'],
  ])('%s is rejected', (_label, date) => {
    expect(parseDate({ date })).toEqual({ ok: false, problem: 'invalidDate' });
  });

  test.each([
    ['serial 61', '1900-03-01'],
    ['serial 1899', '1905-03-13'],
    ['serial 2101', '1905-10-01'],
    ['serial 45678', '2025-01-21'],
    ['last accepted day', '2199-12-31'],
  ])('%s is kept', (_label, date) => {
    expect(parseDate({ date })).toEqual({ ok: true, value: date });
  });

  test('last serial is out of range', () => {
    expect(parseDate({ date: '9999-12-31' })).toEqual({ ok: false, problem: 'dateOutOfRange', detail: { detail: '9999-12-31' } });
  });

  test('typed text keeps 1905 dates', () => {
    expect(parseDate('1905-07-16')).toEqual({ ok: true, value: '1905-07-16' });
  });
});

describe('choices in full-width letters', () => {
  test('full-width key matches', () => {
    expect(parseEnum('ｓｔｒａｉｇｈｔ－ｌｉｎｅ', DEPRECIATION_METHODS)).toEqual({ ok: true, value: 'straight_line' });
    expect(parseEnum('ＤＥＣＬＩＮＩＮＧ＿ＢＡＬＡＮＣＥ', DEPRECIATION_METHODS)).toEqual({ ok: true, value: 'declining_balance' });
  });
});

describe('invisible characters in references', () => {
  test.each([
    ['200B', '\u200b'],
    ['200C', '\u200c'],
    ['200D', '\u200d'],
    ['2060', '\u2060'],
    ['FEFF', '\ufeff'],
    ['00AD', '\u00ad'],
  ])('U+%s is ignored', (_hex, invisible) => {
    expect(referenceKey(`IT-${invisible}0001${invisible}`)).toBe('it-0001');
    expect(comparisonKey(`IT-${invisible}0001`)).toBe(comparisonKey('it-0001'));
  });

  test('duplicate tag through a zero-width space', () => {
    const assets = registerById('assets');
    const header = assets.fields.map((field) => field.header.en);
    const row = (tag: string) => {
      const values: Record<string, string> = { assetTag: tag, name: 'Laptop', category: 'HW', status: 'deployed' };
      return assets.fields.map((field) => values[field.key] ?? '');
    };

    const result = readRegister(assets, 'Assets', [header, row('IT-0001'), row('IT-0001\u200b')]);

    expect(result.findings.map((finding) => [finding.code, finding.cell])).toEqual([['finding.duplicateKey', 'A3']]);
  });
});

describe('suggestField', () => {
  const assets = registerById('assets');
  const all = assets.fields;

  test.each([
    ['Purchse Date', 'purchaseDate', 'Purchase Date'],
    ['Warranty Ende', 'warrantyEnd', 'Warranty End'],
    ['Asset Tg', 'assetTag', 'Asset Tag'],
    ['Seiral Number', 'serialNumber', 'Serial Number'],
    ['보증만료', 'warrantyEnd', '보증만료일'],
    ['취득알', 'purchaseDate', '취득일'],
  ])('%s means %s', (typed, key, label) => {
    expect(suggestField(typed, all)).toEqual({ field: fieldOf(assets, key), label });
  });

  test.each(['Cost Centre', 'No', 'ID', 'Owner', 'Barcode', '비고2 메모', 'Location of spare parts'])('%s means nothing', (typed) => {
    expect(suggestField(typed, all)).toBeNull();
  });

  test('only missing fields are suggested', () => {
    const withoutPurchaseDate = all.filter((field) => field.key !== 'purchaseDate');

    expect(suggestField('Purchse Date', withoutPurchaseDate)).toBeNull();
  });

  test('finding names the header and the fix', () => {
    const header = all.map((field) => (field.key === 'warrantyEnd' ? 'Warranty Ende' : field.header.en));

    const result = readRegister(assets, 'Assets', [header]);

    expect(result.findings).toEqual([
      {
        sheet: 'Assets',
        row: 1,
        column: 'Warranty Ende',
        cell: 'N1',
        value: 'Warranty Ende',
        severity: 'warning',
        code: 'finding.similarHeader',
        params: { sheet: 'Assets', column: 'Warranty Ende', expected: 'Warranty End' },
      },
    ]);
    expect(translate('en', 'finding.similarHeader', result.findings[0].params)).toBe(
      'Column "Warranty Ende" of the Assets tab matches no known header, so its values are ignored. If it means "Warranty End", rename the header to that.',
    );
  });
});
