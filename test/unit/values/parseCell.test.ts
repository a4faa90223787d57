import { fieldOf, registerById, REGISTERS } from '../../../src/core/registers/definitions';
import type { FieldDef, FieldType } from '../../../src/core/registers/schema';
import { parseCell } from '../../../src/core/values/parseCell';
import type { ParseResult, ParsedValue } from '../../../src/core/values/parseResult';
import type { CellValue } from '../../../src/core/workbook/port';

function syntheticField(type: FieldType, min?: number): FieldDef {
  return { key: `test_${type}`, header: { en: type, ko: type }, type, note: { en: '', ko: '' }, min };
}

function problemOf(result: ParseResult<ParsedValue>): string | undefined {
  return result.ok ? undefined : result.problem;
}

const assets = registerById('assets');
const licenses = registerById('licenses');
const contracts = registerById('contracts');
const ledger = registerById('ledger');
const configurationItems = registerById('configurationItems');

describe('parseCell on every register field', () => {
  const fields = REGISTERS.flatMap((register) => register.fields.map((field) => [`${register.id}.${field.key}`, field] as const));

  test.each(fields)('%s blank is null', (_name, field) => {
    expect(parseCell('', field)).toEqual({ ok: true, value: null });
  });

  test.each(fields)('%s formula error', (_name, field) => {
    expect(parseCell('#REF!', field)).toEqual({ ok: false, problem: 'formulaError', detail: { detail: '#REF!' } });
  });
});

describe('parseCell dispatch', () => {
  const cases: ReadonlyArray<readonly [string, CellValue, FieldDef, ParsedValue]> = [
    ['asset tag keeps zeros', '0003', fieldOf(assets, 'assetTag'), '0003'],
    ['serial number from number', 12345, fieldOf(assets, 'serialNumber'), '12345'],
    ['name trimmed', '  ThinkPad X1  ', fieldOf(assets, 'name'), 'ThinkPad X1'],
    ['purchase date dotted', '2025. 2. 3.', fieldOf(assets, 'purchaseDate'), '2025-02-03'],
    ['purchase date serial', 45678, fieldOf(assets, 'purchaseDate'), '2025-01-21'],
    ['purchase date cell', { date: '2024-12-31' }, fieldOf(assets, 'purchaseDate'), '2024-12-31'],
    ['purchase cost won', '120만원', fieldOf(assets, 'purchaseCost'), { amount: 1200000, currency: 'KRW' }],
    ['purchase cost zero', 0, fieldOf(assets, 'purchaseCost'), { amount: 0, currency: null }],
    ['useful life', '60', fieldOf(assets, 'usefulLifeMonths'), 60],
    ['status Korean label', '사용중', fieldOf(assets, 'status'), 'deployed'],
    ['metric English label', 'per user', fieldOf(licenses, 'metric'), 'per_user'],
    ['quantity zero', 0, fieldOf(licenses, 'quantity'), 0],
    ['unit cost dollars', '$79.66', fieldOf(licenses, 'unitCost'), { amount: 79.66, currency: 'USD' }],
    ['ledger refund', '-50,000', fieldOf(ledger, 'amount'), { amount: -50000, currency: null }],
    ['ledger accounting negative', '(50,000)', fieldOf(ledger, 'amount'), { amount: -50000, currency: null }],
    ['depends on list', 'APP-1, DB-2; APP-1', fieldOf(configurationItems, 'dependsOn'), ['APP-1', 'DB-2']],
    ['reminder recipients', 'kim@example.com; Lee <lee@example.com>', fieldOf(contracts, 'reminderRecipients'), ['kim@example.com', 'lee@example.com']],
    ['notice days', '30', fieldOf(contracts, 'noticeDays'), 30],
    ['boolean field', '예', syntheticField('boolean'), true],
    ['number field percent', '70%', syntheticField('number'), 0.7],
    ['number field fraction', '2.5', syntheticField('number'), 2.5],
  ];

  test.each(cases)('%s', (_name, cell, field, expected) => {
    expect(parseCell(cell, field)).toEqual({ ok: true, value: expected });
  });

  test('date order reaches the date parser', () => {
    const field = fieldOf(assets, 'purchaseDate');
    expect(problemOf(parseCell('04/05/16', field))).toBe('ambiguousDate');
    expect(parseCell('04/05/16', field, { dateOrder: 'dmy' })).toEqual({ ok: true, value: '2016-05-04' });
  });
});

describe('parseCell problems', () => {
  test('negative cost is below minimum', () => {
    expect(parseCell('-50,000', fieldOf(assets, 'purchaseCost'))).toEqual({ ok: false, problem: 'belowMinimum', detail: { min: 0 } });
  });

  test('zero useful life is below minimum', () => {
    expect(parseCell(0, fieldOf(assets, 'usefulLifeMonths'))).toEqual({ ok: false, problem: 'belowMinimum', detail: { min: 1 } });
  });

  test('negative quantity is below minimum', () => {
    expect(parseCell('-3', fieldOf(licenses, 'quantity'))).toEqual({ ok: false, problem: 'belowMinimum', detail: { min: 0 } });
  });

  test('fractional quantity is not an integer', () => {
    expect(parseCell('2.5', fieldOf(licenses, 'quantity'))).toEqual({ ok: false, problem: 'notInteger' });
  });

  test('number field minimum', () => {
    expect(parseCell('0.5', syntheticField('number', 1))).toEqual({ ok: false, problem: 'belowMinimum', detail: { min: 1 } });
  });

  test.each([
    ['purchaseDate', fieldOf(assets, 'purchaseDate'), 'yesterday', 'invalidDate'],
    ['purchaseDate', fieldOf(assets, 'purchaseDate'), '2025-02-30', 'impossibleDate'],
    ['purchaseCost', fieldOf(assets, 'purchaseCost'), '약 100만원', 'invalidMoney'],
    ['quantity', fieldOf(licenses, 'quantity'), '12개', 'invalidNumber'],
    ['status', fieldOf(assets, 'status'), 'broken', 'invalidEnum'],
    ['reminderRecipients', fieldOf(contracts, 'reminderRecipients'), 'kim@', 'invalidEmail'],
    ['serialNumber', fieldOf(assets, 'serialNumber'), '6.37702E+15', 'damagedId'],
    ['notes', fieldOf(assets, 'notes'), 'caf\ufffd', 'replacementCharacter'],
    ['boolean', syntheticField('boolean'), 'maybe', 'invalidBoolean'],
  ] as const)('%s %p is %p', (_name, field, cell, problem) => {
    expect(problemOf(parseCell(cell, field))).toBe(problem);
  });

  test('enum field without values is a definition error', () => {
    expect(() => parseCell('x', syntheticField('enum'))).toThrow('Field "test_enum" has type enum but no enumValues');
  });
});
