import { limitSummaryRows } from '../../../src/core/recalc/summaryRowLimit';
import type { OutputSheet } from '../../../src/core/workbook/port';

function sheetWith(rows: number): OutputSheet {
  return {
    id: 'tco',
    name: 'TCO',
    preamble: ['As of 2025-06-30.'],
    blocks: [
      { title: 'TCO per asset', columns: [{ header: 'Asset Tag', format: 'text' }], rows: Array.from({ length: rows }, (_, index) => [`IT-${index + 1}`]) },
      { title: 'TCO by category', columns: [{ header: 'Category', format: 'text' }], rows: [['Laptop']] },
    ],
    protectionWarning: 'Rebuilt by ITAM.',
  };
}

describe('limitSummaryRows', () => {
  test('keeps sheets within the limit unchanged', () => {
    const sheet = sheetWith(100);
    expect(limitSummaryRows(sheet, 100, 'en')).toBe(sheet);
  });

  test('cuts long tables and notes the count', () => {
    const limited = limitSummaryRows(sheetWith(250), 100, 'en');
    expect(limited.blocks[0].rows).toHaveLength(100);
    expect(limited.blocks[0].rows[99]).toEqual(['IT-100']);
    expect(limited.blocks[1].rows).toEqual([['Laptop']]);
    expect(limited.preamble).toEqual([
      'As of 2025-06-30.',
      'TCO per asset: showing the first 100 of 250 rows (the summaryRowLimit setting). itam recalc --json lists every row.',
    ]);
  });

  test('Korean note', () => {
    const limited = limitSummaryRows(sheetWith(101), 100, 'ko');
    expect(limited.preamble?.[1]).toBe('TCO per asset: 전체 101행 중 처음 100행만 표시합니다 (summaryRowLimit 설정). itam recalc --json에는 모든 행이 있습니다.');
  });
});
