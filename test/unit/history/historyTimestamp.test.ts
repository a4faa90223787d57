import { historyTimestamp } from '../../../src/core/history/historyTimestamp';

describe('historyTimestamp', () => {
  test('Seoul time crosses midnight', () => {
    expect(historyTimestamp(new Date('2025-03-03T15:15:02.789Z'), 'Asia/Seoul')).toBe('2025-03-04T00:15:02+09:00');
  });

  test('UTC has zero offset', () => {
    expect(historyTimestamp(new Date('2025-12-31T23:59:59Z'), 'UTC')).toBe('2025-12-31T23:59:59+00:00');
  });

  test('New York summer and winter offsets', () => {
    expect(historyTimestamp(new Date('2025-07-01T12:00:00Z'), 'America/New_York')).toBe('2025-07-01T08:00:00-04:00');
    expect(historyTimestamp(new Date('2025-01-15T12:00:00Z'), 'America/New_York')).toBe('2025-01-15T07:00:00-05:00');
  });

  test('half-hour zone', () => {
    expect(historyTimestamp(new Date('2025-03-04T00:00:00Z'), 'Asia/Kolkata')).toBe('2025-03-04T05:30:00+05:30');
  });

  test('midnight is hour 00', () => {
    expect(historyTimestamp(new Date('2025-03-04T15:00:00Z'), 'Asia/Seoul')).toBe('2025-03-05T00:00:00+09:00');
  });
});
