import { indexCategories } from '../../../src/core/finance/categoryDefaults';
import { category } from './financeContext';

const categories = [
  category(2, { code: 'HW', name: 'Hardware', usefulLifeMonths: 60, depreciationMethod: 'straight_line' }),
  category(3, { code: 'HW-LAPTOP', name: '노트북', parent: 'HW', depreciationMethod: 'declining_balance' }),
  category(4, { code: 'HW-LAPTOP-RUGGED', name: 'Rugged laptop', parent: 'hw-laptop' }),
  category(5, { code: 'SW', name: 'Software' }),
  category(6, { code: 'LOOP-A', name: 'Loop A', parent: 'LOOP-B' }),
  category(7, { code: 'LOOP-B', name: 'Loop B', parent: 'LOOP-A' }),
];

describe('indexCategories', () => {
  const index = indexCategories(categories);

  test('finds by code or name, case-insensitive', () => {
    expect(index.find('hw-laptop')?.row).toBe(3);
    expect(index.find(' 노트북 ')?.row).toBe(3);
    expect(index.find('HARDWARE')?.row).toBe(2);
    expect(index.find('Printers')).toBeNull();
    expect(index.find('  ')).toBeNull();
  });

  test('own values come first', () => {
    const defaults = index.defaultsOf(categories[1]);
    expect(defaults.depreciationMethod?.value).toBe('declining_balance');
    expect(defaults.depreciationMethod?.from.row).toBe(3);
  });

  test('missing values come from the parent', () => {
    const defaults = index.defaultsOf(categories[1]);
    expect(defaults.usefulLifeMonths?.value).toBe(60);
    expect(defaults.usefulLifeMonths?.from.code).toBe('HW');
  });

  test('inherits through two levels', () => {
    const defaults = index.defaultsOf(categories[2]);
    expect(defaults.usefulLifeMonths?.from.code).toBe('HW');
    expect(defaults.depreciationMethod?.from.code).toBe('HW-LAPTOP');
    expect(defaults.cycleAt).toBeNull();
  });

  test('no values anywhere', () => {
    const defaults = index.defaultsOf(categories[3]);
    expect(defaults.usefulLifeMonths).toBeNull();
    expect(defaults.depreciationMethod).toBeNull();
  });

  test('parent cycle stops', () => {
    const defaults = index.defaultsOf(categories[4]);
    expect(defaults.usefulLifeMonths).toBeNull();
    expect(defaults.cycleAt?.code).toBe('LOOP-A');
  });
});
