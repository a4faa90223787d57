import { dashboardView } from '../../../src/core/dashboard/dashboardView';
import type { RegisterLocation } from '../../../src/core/recalc/view';
import type { Lang, RegisterId } from '../../../src/core/registers/schema';
import type { OutputSheet } from '../../../src/core/workbook/port';
import { standardLocations } from '../finance/financeContext';
import { asset, assignment, category, ledgerEntry, license, riskContext, unfilledTexts, won } from '../risk/riskContext';

const AS_OF = '2024-05-31';

/**
 * Worked by hand: D1 (1,200,000 on 2024-01-10, 48 months straight-line, 5 months) has a book value of
 * 1,075,000 and a TCO of 1,230,000 with its 30,000 maintenance. D2 (480,000 on 2023-06-01, 12 months)
 * has 360,000 and 480,000. Three licenses are over by one seat each: 100,000 KRW, 50 USD, and one without
 * a unit cost. Deadlines fall 0, 30, 31, 90 and 91 days ahead and one day back.
 */
function context(lang: Lang, locations?: Partial<Record<RegisterId, RegisterLocation>>) {
  return riskContext({
    asOf: AS_OF,
    lang,
    locations,
    data: {
      categories: [category(2, { code: 'NB', name: '노트북', usefulLifeMonths: 48, depreciationMethod: 'straight_line' })],
      assets: [
        asset(2, { assetTag: 'D1', category: 'NB', status: 'deployed', assignedTo: 'kim', lastAudit: '2024-05-01', purchaseDate: '2024-01-10', purchaseCost: won(1200000), warrantyEnd: '2024-08-29', endOfSupport: '2024-05-30' }),
        asset(3, { assetTag: 'D2', category: 'NB', status: 'in_stock', lastAudit: '2024-05-01', purchaseDate: '2023-06-01', purchaseCost: won(480000), warrantyEnd: '2024-08-30' }),
        asset(4, { assetTag: 'D3', status: null }),
      ],
      ledger: [ledgerEntry(2, { date: '2024-03-01', costType: 'maintenance', amount: won(30000), assetTag: 'D1' })],
      licenses: [
        license(2, { licenseId: 'L-1', metric: 'per_device', quantity: 1, unitCost: won(100000), expiryDate: '2024-05-31' }),
        license(3, { licenseId: 'L-2', metric: 'per_device', quantity: 0, unitCost: { amount: 50, currency: 'USD' }, expiryDate: '2024-06-30' }),
        license(4, { licenseId: 'L-3', metric: 'per_device', quantity: 0, expiryDate: '2024-07-01' }),
      ],
      licenseAssignments: [
        assignment(2, { licenseId: 'L-1', assetTag: 'D1' }),
        assignment(3, { licenseId: 'L-1', assetTag: 'D2' }),
        assignment(4, { licenseId: 'L-2', assetTag: 'D1' }),
        assignment(5, { licenseId: 'L-3', assetTag: 'D1' }),
      ],
    },
  });
}

function block(sheet: OutputSheet, index: number) {
  return sheet.blocks[index];
}

describe('dashboardView', () => {
  test('JSON figures match hand counts', () => {
    const dashboard = dashboardView(context('en')).json.dashboard as Record<string, unknown>;

    expect(dashboard.totalTco).toBe(1710000);
    expect(dashboard.totalBookValue).toBe(1435000);
    expect(dashboard.overDeployedLicenses).toBe(3);
    expect(dashboard.exposure).toEqual([
      { currency: 'KRW', amount: 100000 },
      { currency: 'USD', amount: 50 },
    ]);
    expect(dashboard.exposureUnknown).toBe(1);
    expect(dashboard.renewalsWithin).toEqual([
      { days: 30, count: 2 },
      { days: 90, count: 4 },
    ]);
    // Three over-deployed licenses and D1 past its end of support; L-1 expires today and is not expired.
    expect(dashboard.highRisks).toBe(4);
    expect(dashboard.tcoByCategory).toEqual([
      { category: '노트북', assets: 2, total: 1710000 },
      { category: null, assets: 1, total: 0 },
    ]);
  });

  test('live counts with computed values', () => {
    const dashboard = dashboardView(context('en')).json.dashboard as { assetsByStatus: unknown[]; assets: unknown };

    expect(dashboard.assets).toEqual({ value: 3, formula: "=COUNTA('Assets'!A:A)-1" });
    expect(dashboard.assetsByStatus[3]).toEqual({ status: 'deployed', value: 1, formula: `=COUNTIF('Assets'!G:G,"사용중")+COUNTIF('Assets'!G:G,"deployed")` });
    expect(dashboard.assetsByStatus[2]).toEqual({
      status: 'in_stock',
      value: 1,
      formula: `=COUNTIF('Assets'!G:G,"재고")+COUNTIF('Assets'!G:G,"in stock")+COUNTIF('Assets'!G:G,"in_stock")`,
    });
  });

  test('renamed tab with a quote', () => {
    const locations = { ...standardLocations('ko'), assets: { sheetName: "O'Brien 자산", columns: { assetTag: 3, status: 5 } } };
    const sheet = dashboardView(context('ko', locations)).sheets[0];

    expect(block(sheet, 0).rows[3]).toEqual(['사용중', { formula: `=COUNTIF('O''Brien 자산'!E:E,"사용중")+COUNTIF('O''Brien 자산'!E:E,"deployed")` }, 1]);
    expect(block(sheet, 1).rows[0]).toEqual(['자산 (자산번호가 있는 행)', { formula: "=COUNTA('O''Brien 자산'!C:C)-1" }, '실시간']);
    expect(sheet.preamble?.[1]).toContain("O'Brien 자산 탭");
  });

  test('no Assets tab means no formulas', () => {
    const locations = { ...standardLocations('en'), assets: undefined };
    const sheet = dashboardView(context('en', locations)).sheets[0];

    expect(block(sheet, 0).rows[3]).toEqual(['deployed', 1, 1]);
    expect(block(sheet, 1).rows[0]).toEqual(['Assets (rows with an Asset Tag)', 3, 'last recalculation']);
    expect(sheet.preamble?.[1]).toBe('The Assets tab or its Status column was not found, so every count is from the last recalculation.');
  });

  test('first in tab order with charts', () => {
    const sheet = dashboardView(context('ko')).sheets[0];

    expect(sheet.id).toBe('dashboard');
    expect(sheet.name).toBe('현황');
    expect(sheet.first).toBe(true);
    expect(sheet.charts).toEqual([
      { kind: 'pie', title: '상태별 자산', block: 0, labelColumn: 0, valueColumns: [1] },
      { kind: 'column', title: '분류별 TCO', block: 3, labelColumn: 0, valueColumns: [2] },
    ]);
    expect(sheet.preamble?.[0]).toBe('최종 재계산 수치는 2024-05-31 기준입니다. 재계산하면 새로 반영됩니다.');
  });

  test('English counts and amounts blocks', () => {
    const sheet = dashboardView(context('en')).sheets[0];

    expect(block(sheet, 1).rows.slice(1)).toEqual([
      ['Over-deployed licenses', 3, 'last recalculation'],
      ['Over-deployed licenses without a unit cost', 1, 'last recalculation'],
      ['Renewals due within 30 days', 2, 'last recalculation'],
      ['Renewals due within 90 days', 4, 'last recalculation'],
      ['Open high risks', 4, 'last recalculation'],
    ]);
    expect(block(sheet, 2).rows).toEqual([
      ['Total TCO', 1710000, 'KRW'],
      ['Total book value', 1435000, 'KRW'],
      ['License exposure', 100000, 'KRW'],
      ['License exposure', 50, 'USD'],
    ]);
    expect(block(sheet, 3).rows).toEqual([
      ['노트북', 2, 1710000],
      ['(no category)', 1, 0],
    ]);
  });

  test.each(['en', 'ko'] as const)('no placeholder left in %s', (lang) => {
    const sheet = dashboardView(context(lang)).sheets[0];
    const texts = [sheet.name, sheet.protectionWarning, ...(sheet.preamble ?? []), ...(sheet.charts ?? []).map((chart) => chart.title)];
    for (const outputBlock of sheet.blocks) {
      texts.push(outputBlock.title ?? '', ...outputBlock.columns.map((column) => column.header));
      texts.push(...outputBlock.rows.flat().filter((cell): cell is string => typeof cell === 'string'));
    }
    expect(unfilledTexts(texts)).toEqual([]);
  });
});
