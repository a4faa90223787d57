import { ageBucketOf, completedMonths } from '../../../src/core/lifecycle/assetAge';

describe('completedMonths', () => {
  test.each([
    ['2020-03-15', '2020-03-15', 0],
    ['2020-03-15', '2021-03-14', 11],
    ['2020-03-15', '2021-03-15', 12],
    ['2020-01-31', '2020-02-28', 0],
    ['2020-01-31', '2020-02-29', 1],
    ['2020-02-29', '2021-02-28', 12],
    ['2020-02-29', '2021-02-27', 11],
    ['2019-12-31', '2024-12-30', 59],
    ['2019-12-31', '2024-12-31', 60],
  ])('%s to %s is %i', (from, to, months) => {
    expect(completedMonths(from, to)).toBe(months);
  });

  test('backwards span is rejected', () => {
    expect(() => completedMonths('2024-01-02', '2024-01-01')).toThrow(RangeError);
  });
});

describe('ageBucketOf', () => {
  test.each([
    ['2024-05-31', 'lessThan1'],
    ['2023-06-01', 'lessThan1'],
    ['2023-05-31', 'from1To2'],
    ['2022-06-01', 'from1To2'],
    ['2022-05-31', 'from2To3'],
    ['2021-05-31', 'from3To4'],
    ['2020-06-01', 'from3To4'],
    ['2020-05-31', 'from4To5'],
    ['2019-06-01', 'from4To5'],
    ['2019-05-31', 'atLeast5'],
    ['2001-01-01', 'atLeast5'],
    ['2024-06-01', 'purchasedLater'],
  ])('bought %s is %s on 2024-05-31', (purchaseDate, bucket) => {
    expect(ageBucketOf(purchaseDate, '2024-05-31')).toBe(bucket);
  });

  test('leap day anniversary', () => {
    expect(ageBucketOf('2020-02-29', '2021-02-27')).toBe('lessThan1');
    expect(ageBucketOf('2020-02-29', '2021-02-28')).toBe('from1To2');
  });

  test('blank purchase date', () => {
    expect(ageBucketOf(null, '2024-05-31')).toBe('noPurchaseDate');
  });
});
