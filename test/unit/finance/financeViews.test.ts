import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { financeViews } from '../../../src/core/finance/financeViews';
import { hasMessage, translate } from '../../../src/core/i18n';
import { financeMessages } from '../../../src/core/i18n/catalog/finance';
import type { OutputBlock, OutputSheet, OutputValue } from '../../../src/core/workbook/port';
import { edgeCaseWorkbook } from './edgeCaseWorkbook';

function sheetsFor(lang: 'en' | 'ko'): OutputSheet[] {
  return financeViews.flatMap((view) => view(edgeCaseWorkbook(lang)).sheets);
}

function rowWith(block: OutputBlock, first: OutputValue): readonly OutputValue[] {
  const row = block.rows.find((candidate) => candidate[0] === first);
  if (row === undefined) {
    throw new Error(`No row starting with ${String(first)}`);
  }
  return row;
}

describe('finance sheets', () => {
  test('ids and names in both languages', () => {
    expect(sheetsFor('en').map((sheet) => [sheet.id, sheet.name])).toEqual([
      ['tco', 'TCO'],
      ['depreciation', 'Depreciation'],
      ['roi', 'ROI'],
      ['budgetVsActual', 'Budget vs Actual'],
    ]);
    expect(sheetsFor('ko').map((sheet) => sheet.name)).toEqual(['TCO', '감가상각', 'ROI', '예산 대비 실적']);
  });

  test.each(['en', 'ko'] as const)('well-formed blocks in %s', (lang) => {
    for (const sheet of sheetsFor(lang)) {
      expect(sheet.protectionWarning.length).toBeGreaterThan(20);
      expect(sheet.preamble?.[0]).toContain('2025-06-30');
      for (const block of sheet.blocks) {
        for (const row of block.rows) {
          expect(row).toHaveLength(block.columns.length);
          row.forEach((value, index) => {
            const format = block.columns[index].format;
            if (format === 'money' && value !== null) {
              // KRW has no minor unit, so every shown amount is a whole number.
              expect(Number.isInteger(value)).toBe(true);
            }
            if ((format === 'integer' || format === 'percent' || format === 'number') && value !== null) {
              expect(typeof value).toBe('number');
            }
          });
        }
      }
      for (const chart of sheet.charts ?? []) {
        const block = sheet.blocks[chart.block ?? 0];
        expect(block.rows.length).toBeGreaterThan(0);
        expect(block.columns[chart.labelColumn].format).toBe('text');
        chart.valueColumns.forEach((column) => expect(block.columns[column].format).toBe('money'));
      }
    }
  });

  test('depreciation inputs beside results', () => {
    const depreciation = sheetsFor('en')[1];
    const columns = depreciation.blocks[0].columns.map((column) => column.header);
    const row = rowWith(depreciation.blocks[0], 'IT-0001');
    const cell = (header: string): OutputValue => row[columns.indexOf(header)];

    expect(cell('Method')).toBe('declining-balance');
    expect(cell('Useful Life From')).toBe('category HW');
    expect(cell('Method From')).toBe('category HW-LAPTOP');
    expect(cell('Purchase Date')).toEqual({ date: '2024-01-31' });
    expect(cell('Residual Value')).toBe(50_000);
    expect(cell('Annual Rate')).toBe(0.451);
    expect(cell('Period')).toBe(2);
    expect(cell('Opening Book Value of Period')).toBe(549_000);
    expect(cell('Annual Charge of Period')).toBe(247_599);
    expect(cell('Months into Period')).toBe(6);
    expect(cell('Monthly Charge')).toBeNull();
    expect(cell('Accumulated Depreciation')).toBe(574_800);
    expect(cell('Book Value')).toBe(425_201);
    expect(cell('Useful Life Ends')).toEqual({ date: '2028-12-31' });

    const server = rowWith(depreciation.blocks[0], 'IT-0002');
    expect(server[columns.indexOf('Monthly Charge')]).toBe(90_000);
    expect(server[columns.indexOf('State')]).toBe('past useful life');

    const notDepreciated = depreciation.blocks[2];
    expect(notDepreciated.rows).toHaveLength(1);
    expect(notDepreciated.rows[0][0]).toBe('IT-0006');
    expect(String(notDepreciated.rows[0][2])).toContain('Useful Life (Months)');
  });

  test('depreciation totals by method', () => {
    const totals = sheetsFor('ko')[1].blocks[1];
    // Straight-line: IT-0002, IT-0004, IT-0005, IT-0007. Declining-balance: IT-0001, IT-0003.
    expect(totals.rows).toEqual([
      ['정액법', 4, 8_800_000, 5_616_667, 3_183_333],
      ['정률법', 2, 3_000_000, 1_406_800, 1_593_201],
      ['합계', 6, 11_800_000, 7_023_466, 4_776_534],
    ]);
  });

  test('TCO shared costs and chart', () => {
    const tco = sheetsFor('en')[0];
    expect(tco.charts).toEqual([{ kind: 'column', title: 'TCO by category', block: 1, labelColumn: 0, valueColumns: [2] }]);
    expect(tco.blocks[4].rows).toEqual([['contract', 'C-1', 2, { date: '2025-03-31' }, 240_000, 2, 120_000, 'IT-0004, IT-0005']]);
    const total = tco.blocks[0].rows[tco.blocks[0].rows.length - 1];
    expect(total[0]).toBe('Total');
    expect(total[10]).toBe(11_690_000);
    // IT-0002: 5,800,000 ÷ 76 months = 76,315.79.
    expect(rowWith(tco.blocks[0], 'IT-0002')[12]).toBe(76_316);
    expect(tco.blocks[1].rows[3]).toEqual(['(no category)', 1, 300_000]);
  });

  test('ROI cash flows can be checked by hand', () => {
    const roi = sheetsFor('en')[2];
    expect(roi.preamble?.[4]).toContain('5% a year, which is 0.4074% a month');
    const erpRows = roi.blocks[1].rows.filter((row) => row[0] === 'ERP');
    expect(erpRows).toHaveLength(16);
    // Month 13 (2025-01): +700,000 brings the cumulative net from −600,000 to +100,000, and (1+i)^-12 = 1 ÷ 1.05.
    expect(erpRows[12].slice(0, 7)).toEqual(['ERP', '2025-01', 13, 0, 700_000, 700_000, 100_000]);
    expect(erpRows[12][7]).toBeCloseTo(1 / 1.05, 12);
    expect(erpRows[12][8]).toBe(666_667);
    expect(rowWith(roi.blocks[0], 'ERP')).toEqual(['ERP', 1_050_000, 1_100_000, 50_000, expect.closeTo(0.047619, 6), '2024-01', 13, 16_385]);
  });

  test('budget statuses and chart in Korean', () => {
    const budget = sheetsFor('ko')[3];
    expect(budget.blocks[0].rows.map((row) => [row[0], row[1], row[2], row[8]])).toEqual([
      ['2024', 'Sales', '인건비', '예산 초과'],
      // 800,000 ÷ 6 × 12 = 1,600,000 > 1,000,000.
      ['2025', 'IT', '취득', '초과 예상'],
      ['2025', 'IT', '기술지원', '예산 초과'],
      ['2025', 'IT', '인건비', '예산 초과'],
      ['2025', 'Ops', '유지보수', '예산 내'],
    ]);
    // 240,000 ÷ 6 elapsed months × 12 = 480,000.
    expect(rowWith(budget.blocks[0], '2025').slice(3, 8)).toEqual([1_000_000, 800_000, 200_000, 0.8, 1_600_000]);
    expect(budget.blocks[1].rows).toEqual([
      ['IT', 1_040_000, 970_000, 1_940_000],
      ['Ops', 600_000, 240_000, 480_000],
    ]);
    expect(budget.charts?.[0].title).toBe('2025 회계연도 부서별 예산 대비 실적');
  });

  test('findings render in both languages', () => {
    const findings = financeViews.flatMap((view) => view(edgeCaseWorkbook('ko')).findings);
    expect(findings.length).toBeGreaterThan(0);
    for (const finding of findings) {
      expect(translate('en', finding.code, finding.params).length).toBeGreaterThan(20);
      expect(translate('ko', finding.code, finding.params)).toMatch(/[가-힣]/);
    }
    expect(translate('ko', findings[1].code, findings[1].params)).toContain('IT-0005');
  });
});

describe('finance catalog', () => {
  test('same placeholders in both languages', () => {
    for (const [key, english] of Object.entries(financeMessages.en)) {
      const korean = (financeMessages.ko as Record<string, string>)[key];
      const placeholders = (template: string): string[] => (template.match(/\{\w+\}/g) ?? []).sort();
      expect([key, placeholders(korean)]).toEqual([key, placeholders(english)]);
    }
  });

  test('every key used in finance code exists', () => {
    const folder = join(__dirname, '../../../src/core/finance');
    const used = new Set<string>();
    for (const file of readdirSync(folder)) {
      for (const match of readFileSync(join(folder, file), 'utf8').matchAll(/'(finance\.[\w.]+)'/g)) {
        used.add(match[1]);
      }
    }
    expect(used.size).toBeGreaterThan(50);
    expect([...used].filter((key) => !hasMessage(key))).toEqual([]);
  });
});
