import { isIsoDate } from '../../../src/core/calendar/calendarDate';
import { AMBIGUOUS_DATE_TEXT, AMOUNT_WITH_TEXT, IMPOSSIBLE_DATE_TEXT, UNKNOWN_STATUS } from '../../../src/core/demo/deliberateErrors';
import { DEMO_DELIBERATE_ERRORS, DEMO_SCALE, generateDemoRegisters, scaleForAssets, type DemoOptions, type DemoRegisters } from '../../../src/core/demo/demoWorkbook';
import { ASSET_STATUSES, REGISTERS } from '../../../src/core/registers/definitions';
import type { Lang, RegisterId } from '../../../src/core/registers/schema';
import { column, findViolations, isDateCell } from './registerChecks';

const AS_OF = '2025-06-15';
const options = (overrides: Partial<DemoOptions> = {}): DemoOptions => ({ seed: 20250615, asOf: AS_OF, lang: 'ko', scale: DEMO_SCALE, deliberateErrors: false, ...overrides });

const generated = new Map<string, DemoRegisters>();
function demo(lang: Lang, deliberateErrors: boolean): DemoRegisters {
  const key = `${lang}|${deliberateErrors}`;
  if (!generated.has(key)) {
    generated.set(key, generateDemoRegisters(options({ lang, deliberateErrors })));
  }
  return generated.get(key)!;
}

const SCALED: readonly (keyof typeof DEMO_SCALE & RegisterId)[] = ['assets', 'configurationItems', 'licenses', 'licenseAssignments', 'installations', 'contracts', 'vendors', 'ledger', 'budgets'];

describe('generateDemoRegisters determinism', () => {
  test('same options give identical JSON', () => {
    const first = JSON.stringify(generateDemoRegisters(options({ deliberateErrors: true })));
    const second = JSON.stringify(generateDemoRegisters(options({ deliberateErrors: true })));
    expect(second).toBe(first);
  });

  test('same options give deep-equal registers', () => {
    expect(generateDemoRegisters(options({ lang: 'en' }))).toEqual(demo('en', false));
  });

  test('different seed changes every scaled register', () => {
    const other = generateDemoRegisters(options({ seed: 7 }));
    const base = demo('ko', false);
    for (const register of SCALED) {
      expect({ register, same: JSON.stringify(other[register].rows) === JSON.stringify(base[register].rows) }).toEqual({ register, same: false });
    }
  });

  test('generation reads no global random source', () => {
    const random = jest.spyOn(Math, 'random');
    generateDemoRegisters(options({ scale: scaleForAssets(100) }));
    expect(random).not.toHaveBeenCalled();
    random.mockRestore();
  });

  test('generation reads no clock', () => {
    const now = jest.spyOn(Date, 'now');
    generateDemoRegisters(options({ scale: scaleForAssets(100) }));
    expect(now).not.toHaveBeenCalled();
    now.mockRestore();
  });
});

describe('generateDemoRegisters shape', () => {
  test.each(['ko', 'en'] as const)('headers are the %s field labels in schema order', (lang) => {
    const registers = demo(lang, false);
    for (const register of REGISTERS) {
      expect(registers[register.id].headers).toEqual(register.fields.map((field) => field.header[lang]));
    }
  });

  test('every row has one cell per header', () => {
    const registers = demo('ko', true);
    for (const register of REGISTERS) {
      const width = registers[register.id].headers.length;
      const wrong = registers[register.id].rows.filter((row) => row.length !== width);
      expect({ register: register.id, wrong: wrong.length }).toEqual({ register: register.id, wrong: 0 });
    }
  });

  test('demo scale row counts match DEMO_SCALE', () => {
    const registers = demo('ko', true);
    for (const register of SCALED) {
      expect({ register, rows: registers[register].rows.length }).toEqual({ register, rows: DEMO_SCALE[register] });
    }
  });

  test.each([100, 1_000, 2_500])('scaleForAssets(%i) row counts match the scale', (assets) => {
    const scale = scaleForAssets(assets);
    const registers = generateDemoRegisters(options({ scale, deliberateErrors: true }));
    for (const register of SCALED) {
      expect({ register, rows: registers[register].rows.length }).toEqual({ register, rows: scale[register] });
    }
  });

  test('categories and settings have their fixed rows', () => {
    const registers = demo('en', false);
    expect(registers.categories.rows).toHaveLength(11);
    expect(column(registers, 'settings', 'key')).toEqual([
      'language',
      'currency',
      'reminderLeadDays',
      'dailyJobHour',
      'defaultRecipients',
      'assetTagPattern',
      'auditIntervalMonths',
      'npvDiscountRate',
      'fiscalYearStartMonth',
      'underUseThreshold',
      'summaryRowLimit',
      'departments',
      'locations',
    ]);
  });

  test('empty scale gives empty registers', () => {
    const empty = { assets: 0, configurationItems: 0, licenses: 0, licenseAssignments: 0, installations: 0, contracts: 0, vendors: 25, ledger: 0, budgets: 0 };
    const registers = generateDemoRegisters(options({ scale: empty }));
    for (const register of SCALED) {
      expect({ register, rows: registers[register].rows.length }).toEqual({ register, rows: register === 'vendors' ? 25 : 0 });
    }
  });
});

describe('generateDemoRegisters cell values', () => {
  test.each(['ko', 'en'] as const)('clean %s workbook has no invalid cell', (lang) => {
    expect([...findViolations(demo(lang, false), lang)]).toEqual([]);
  });

  test('clean larger workbook has no invalid cell', () => {
    const registers = generateDemoRegisters(options({ scale: scaleForAssets(2_500), lang: 'en', seed: 3 }));
    expect([...findViolations(registers, 'en')]).toEqual([]);
  });

  test('asset tags are unique and follow IT-YYYY-NNNN', () => {
    const tags = column(demo('ko', false), 'assets', 'assetTag').map(String);
    expect(new Set(tags).size).toBe(tags.length);
    expect(tags.filter((tag) => !/^IT-\d{4}-\d{4,}$/.test(tag))).toEqual([]);
  });

  test.each(['ko', 'en'] as const)('every %s enum cell is a label of its field', (lang) => {
    const registers = demo(lang, false);
    for (const register of REGISTERS) {
      register.fields.forEach((field, index) => {
        if (field.type !== 'enum') {
          return;
        }
        const labels = new Set(field.enumValues!.map((choice) => choice.label[lang]));
        const strays = registers[register.id].rows.map((row) => row[index]).filter((value) => value !== '' && !labels.has(String(value)));
        expect({ field: `${register.id}.${field.key}`, strays }).toEqual({ field: `${register.id}.${field.key}`, strays: [] });
      });
    }
  });

  test('date cells hold valid ISO dates', () => {
    const registers = demo('en', false);
    let dates = 0;
    for (const register of REGISTERS) {
      register.fields.forEach((field, index) => {
        if (field.type !== 'date') {
          return;
        }
        for (const row of registers[register.id].rows) {
          const value = row[index];
          if (value === '') {
            continue;
          }
          expect(isDateCell(value)).toBe(true);
          expect(isIsoDate((value as { date: string }).date)).toBe(true);
          dates += 1;
        }
      });
    }
    expect(dates).toBeGreaterThan(5_000);
  });

  test('money and integer cells are numbers', () => {
    const registers = demo('ko', false);
    for (const register of REGISTERS) {
      register.fields.forEach((field, index) => {
        if (field.type !== 'money' && field.type !== 'integer') {
          return;
        }
        const strays = registers[register.id].rows.map((row) => row[index]).filter((value) => value !== '' && typeof value !== 'number');
        expect({ field: `${register.id}.${field.key}`, strays }).toEqual({ field: `${register.id}.${field.key}`, strays: [] });
      });
    }
  });
});

describe('deliberate errors', () => {
  test.each(['ko', 'en'] as const)('%s workbook has exactly the listed errors', (lang) => {
    const listed = DEMO_DELIBERATE_ERRORS.map((error) => `${error.register}:${error.row}:${error.field}`).sort();
    expect([...findViolations(demo(lang, true), lang)].sort()).toEqual(listed);
  });

  test('list holds 5 to 12 errors with both languages', () => {
    expect(DEMO_DELIBERATE_ERRORS.length).toBeGreaterThanOrEqual(5);
    expect(DEMO_DELIBERATE_ERRORS.length).toBeLessThanOrEqual(12);
    for (const error of DEMO_DELIBERATE_ERRORS) {
      expect(error.problem.ko).not.toBe('');
      expect(error.problem.en).not.toBe('');
    }
  });

  const cell = (registers: DemoRegisters, register: RegisterId, row: number, field: string): unknown => column(registers, register, field)[row - 2];
  const listed = (register: RegisterId, field: string) => DEMO_DELIBERATE_ERRORS.filter((error) => error.register === register && error.field === field);

  test('impossible date typed as text', () => {
    const [error] = listed('assets', 'purchaseDate');
    expect(cell(demo('ko', true), 'assets', error.row, 'purchaseDate')).toBe(IMPOSSIBLE_DATE_TEXT);
    expect(IMPOSSIBLE_DATE_TEXT).toBe('2025-02-30');
  });

  test('amount with stray text', () => {
    const [error] = listed('assets', 'purchaseCost');
    expect(cell(demo('ko', true), 'assets', error.row, 'purchaseCost')).toBe(AMOUNT_WITH_TEXT);
  });

  test('duplicate asset tag repeats an earlier row', () => {
    const registers = demo('ko', true);
    const [error] = listed('assets', 'assetTag');
    const tags = column(registers, 'assets', 'assetTag');
    const duplicate = tags[error.row - 2];
    expect(tags.indexOf(duplicate)).toBeLessThan(error.row - 2);
  });

  test.each(['ko', 'en'] as const)('unknown %s status word', (lang) => {
    const [error] = listed('assets', 'status');
    expect(cell(demo(lang, true), 'assets', error.row, 'status')).toBe(UNKNOWN_STATUS[lang]);
    expect(ASSET_STATUSES.map((status) => status.label[lang])).not.toContain(UNKNOWN_STATUS[lang]);
  });

  test('blank required name', () => {
    const [error] = listed('assets', 'name');
    expect(cell(demo('en', true), 'assets', error.row, 'name')).toBe('');
  });

  test('assignment to a missing asset', () => {
    const registers = demo('ko', true);
    const [error] = listed('licenseAssignments', 'assetTag');
    const tag = cell(registers, 'licenseAssignments', error.row, 'assetTag');
    expect(tag).toMatch(/^IT-\d{4}-\d{4}$/);
    expect(column(registers, 'assets', 'assetTag')).not.toContain(tag);
  });

  test('ambiguous date 04/05/16', () => {
    const [error] = listed('licenseAssignments', 'assignedDate');
    expect(cell(demo('ko', true), 'licenseAssignments', error.row, 'assignedDate')).toBe(AMBIGUOUS_DATE_TEXT);
    expect(AMBIGUOUS_DATE_TEXT).toBe('04/05/16');
  });

  test('CI dependency cycle of two items', () => {
    const registers = demo('en', true);
    const [error] = listed('configurationItems', 'dependsOn');
    const ids = column(registers, 'configurationItems', 'ciId');
    const dependsOn = column(registers, 'configurationItems', 'dependsOn').map((value) => String(value).split(', '));
    const database = ids[error.row - 2];
    const application = dependsOn[error.row - 2].find((id) => id.startsWith('APP-'))!;
    expect(dependsOn[ids.indexOf(application)]).toContain(database);
  });

  test('double-counted acquisitions name costed assets', () => {
    const registers = demo('ko', true);
    const tags = column(registers, 'assets', 'assetTag');
    const costs = column(registers, 'assets', 'purchaseCost');
    const amounts = column(registers, 'ledger', 'amount');
    for (const error of listed('ledger', 'assetTag')) {
      const tag = cell(registers, 'ledger', error.row, 'assetTag');
      expect(cell(registers, 'ledger', error.row, 'costType')).toBe('취득');
      expect(amounts[error.row - 2]).toBe(costs[tags.indexOf(tag as string)]);
    }
  });

  test('clean workbook has values in the typed-over cells', () => {
    const registers = demo('ko', false);
    for (const error of DEMO_DELIBERATE_ERRORS.filter((candidate) => candidate.register === 'assets' || candidate.register === 'licenseAssignments')) {
      expect(cell(registers, error.register, error.row, error.field)).not.toBe('');
    }
  });
});

describe('generateDemoRegisters options', () => {
  test.each([
    ['fractional seed', { seed: 1.5 }],
    ['unknown language', { lang: 'fr' as Lang }],
    ['impossible as-of date', { asOf: '2025-02-30' }],
    ['negative row count', { scale: { ...DEMO_SCALE, ledger: -1 } }],
    ['too few vendors', { scale: { ...DEMO_SCALE, vendors: 10 } }],
    ['too many budget lines', { scale: { ...DEMO_SCALE, budgets: 321 } }],
    ['assignments without licenses', { scale: { ...DEMO_SCALE, licenses: 0 } }],
    ['errors in too few assets', { scale: { ...DEMO_SCALE, assets: 30 }, deliberateErrors: true }],
  ])('%s is rejected', (_name, overrides) => {
    expect(() => generateDemoRegisters(options(overrides as Partial<DemoOptions>))).toThrow(RangeError);
  });
});
