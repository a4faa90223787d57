import { readFileSync } from 'fs';
import { parse } from 'csv-parse/sync';
import { isoFromParts } from '../../../src/core/calendar/calendarDate';
import { financeViews } from '../../../src/core/finance/financeViews';
import { computeDepreciation } from '../../../src/core/finance/assetDepreciation';
import { computeTco } from '../../../src/core/finance/tco';
import type { AssetRecord } from '../../../src/core/registers/records';
import { asset, category, financeContext } from './financeContext';

/** Snipe-IT sample export: amounts in US dollars, dates as M/D/YY. */
const SAMPLE = '/work/shared/samples/snipe-it/assets-sample.csv';

function isoFromSnipeDate(text: string): string | null {
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{2})$/.exec(text.trim());
  return match === null ? null : isoFromParts(2000 + Number(match[3]), Number(match[1]), Number(match[2]));
}

function sampleAssets(): AssetRecord[] {
  const rows = parse(readFileSync(SAMPLE, 'utf8'), { columns: true, bom: true, skip_empty_lines: true }) as Record<string, string>[];
  return rows.map((row, index) =>
    asset(index + 2, {
      assetTag: row['Asset Tag'],
      name: row['Name'],
      category: row['Category'],
      department: row['Company'],
      purchaseDate: isoFromSnipeDate(row['Purchase Date']),
      purchaseCost: row['Purchase Cost'] === '' ? null : { amount: Number(row['Purchase Cost']), currency: null },
      depreciationMethod: index % 2 === 0 ? 'straight_line' : 'declining_balance',
      usefulLifeMonths: 36,
    }),
  );
}

describe('Snipe-IT sample', () => {
  const assets = sampleAssets();
  const context = financeContext({
    asOf: '2024-06-30',
    settings: { currency: 'USD' },
    data: { assets, categories: [category(2, { code: 'IT', name: 'IT equipment', usefulLifeMonths: 36 })] },
  });

  test('sample parsed', () => {
    expect(assets.length).toBeGreaterThan(15);
    expect(assets.every((record) => record.purchaseDate !== null && record.purchaseCost !== null)).toBe(true);
  });

  test('accumulated plus book value is cost', () => {
    const { lines } = computeDepreciation(context);
    expect(lines).toHaveLength(assets.length);
    for (const line of lines) {
      expect(line.accumulated + line.bookValue).toBeCloseTo(line.cost, 6);
      expect(line.bookValue).toBeGreaterThanOrEqual(line.residualValue - 1e-6);
    }
  });

  test('roll-ups add up to the asset totals', () => {
    const tco = computeTco(context);
    const sum = (values: readonly { total: number }[]): number => values.reduce((total, value) => total + value.total, 0);
    expect(sum(tco.byCategory)).toBeCloseTo(sum(tco.assets), 6);
    expect(sum(tco.byDepartment)).toBeCloseTo(sum(tco.assets), 6);
    expect(sum(tco.byFiscalYear)).toBeCloseTo(sum(tco.assets), 6);
  });

  test('shown dollar amounts have cents at most', () => {
    for (const view of financeViews) {
      for (const sheet of view(context).sheets) {
        for (const block of sheet.blocks) {
          block.columns.forEach((column, index) => {
            if (column.format !== 'money') {
              return;
            }
            for (const row of block.rows) {
              const value = row[index];
              if (typeof value === 'number') {
                expect(Math.round(value * 100) / 100).toBe(value);
              }
            }
          });
        }
      }
    }
  });
});
