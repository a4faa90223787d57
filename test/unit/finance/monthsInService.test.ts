import { monthsInService } from '../../../src/core/finance/monthsInService';

describe('monthsInService', () => {
  test('purchase and as-of months count whole', () => {
    // March to December 2024: 3, 4, …, 12 is 10 months.
    expect(monthsInService('2024-03-15', '2024-12-31')).toBe(10);
  });

  test('same month counts one', () => {
    expect(monthsInService('2024-03-15', '2024-03-15')).toBe(1);
    expect(monthsInService('2024-03-01', '2024-03-31')).toBe(1);
  });

  test('before the purchase date is zero', () => {
    expect(monthsInService('2024-03-15', '2024-03-14')).toBe(0);
    expect(monthsInService('2024-03-15', '2023-12-31')).toBe(0);
  });

  test('purchase on the 31st', () => {
    // January 31 to February 29 of a leap year: January and February.
    expect(monthsInService('2024-01-31', '2024-02-29')).toBe(2);
    // 2024-01 … 2025-06 is 12 + 6 months.
    expect(monthsInService('2024-01-31', '2025-06-30')).toBe(18);
  });

  test('capped at the useful life', () => {
    // 2019-03 … 2025-06 is 76 months. A 60-month life stops at 60.
    expect(monthsInService('2019-03-15', '2025-06-30')).toBe(76);
    expect(monthsInService('2019-03-15', '2025-06-30', 60)).toBe(60);
    expect(monthsInService('2024-03-15', '2024-12-31', 60)).toBe(10);
  });

  test('across year boundaries', () => {
    // December 2024 and January 2025.
    expect(monthsInService('2024-12-31', '2025-01-01')).toBe(2);
  });
});
