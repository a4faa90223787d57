import fc from 'fast-check';
import { addDays, compareDates, daysBetween, type IsoDate } from '../../src/core/calendar/calendarDate';
import { computeDepreciation } from '../../src/core/finance/assetDepreciation';
import { decliningBalanceResidual, depreciate } from '../../src/core/finance/depreciation';
import { computeTco, type TcoResult } from '../../src/core/finance/tco';
import { computeLicenseCompliance } from '../../src/core/licensing/licensePosition';
import { contextOf } from '../../src/core/recalc/recalculate';
import type { RecalcContext } from '../../src/core/recalc/view';
import { COST_TYPES } from '../../src/core/registers/definitions';
import { loadWorkbook } from '../../src/core/registers/loadWorkbook';
import type { DepreciationMethod } from '../../src/core/registers/records';
import type { RegisterId } from '../../src/core/registers/schema';
import { computeRenewals } from '../../src/core/renewals/renewalSchedule';
import { currentContractTerm } from '../../src/core/renewals/contractTerm';
import type { OutputValue } from '../../src/core/workbook/port';
import { calendarDate, memoryWorkbook } from './registerArbitraries';

/** Properties of the calculators on generated workbooks, read through the register reader. */

type Rows = Partial<Record<RegisterId, Record<string, OutputValue>[]>>;

/** Cent-level tolerance for sums of unrounded amounts. */
const TOLERANCE = 1e-6;

function contextFor(rows: Rows, asOf: IsoDate): RecalcContext {
  const loaded = loadWorkbook(memoryWorkbook(rows));
  return contextOf(loaded, asOf);
}

const method = fc.constantFrom<DepreciationMethod>('straight_line', 'declining_balance');
const methodLabel = (value: DepreciationMethod): string => (value === 'straight_line' ? 'straight-line' : 'declining-balance');

describe('book value', () => {
  const terms = fc
    .record({
      method,
      cost: fc.integer({ min: 0, max: 10_000_000_000 }),
      salvageShare: fc.double({ min: 0, max: 1, noNaN: true }),
      usefulLifeMonths: fc.integer({ min: 1, max: 240 }),
    })
    .map(({ method: chosen, cost, salvageShare, usefulLifeMonths }) => ({ method: chosen, cost, salvage: Math.floor(cost * salvageShare), usefulLifeMonths }));

  test('between salvage and cost every month', () => {
    fc.assert(
      fc.property(terms, (term) => {
        // Violations are collected and asserted once, because one expect per month makes the run slow.
        const violations: string[] = [];
        let previous = term.cost;
        for (let months = 0; months <= term.usefulLifeMonths; months += 1) {
          const state = depreciate(term, months);
          if (state.bookValue < term.salvage - TOLERANCE || state.bookValue > term.cost + TOLERANCE) {
            violations.push(`month ${months}: book value ${state.bookValue} outside ${term.salvage}..${term.cost}`);
          }
          if (state.bookValue > previous + TOLERANCE) {
            violations.push(`month ${months}: book value rose from ${previous} to ${state.bookValue}`);
          }
          if (Math.abs(state.accumulated + state.bookValue - term.cost) > TOLERANCE) {
            violations.push(`month ${months}: accumulated + book value is not the cost`);
          }
          previous = state.bookValue;
        }
        expect(violations).toEqual([]);
        const residual = term.method === 'straight_line' ? term.salvage : decliningBalanceResidual(term.cost, term.salvage);
        expect(depreciate(term, term.usefulLifeMonths).bookValue).toBeCloseTo(residual, 6);
      }),
      { numRuns: 200 },
    );
  });

  test('assets in a workbook stay in bounds', () => {
    const assetRow = fc.record({
      purchaseDate: calendarDate,
      cost: fc.integer({ min: 0, max: 100_000_000 }),
      salvageShare: fc.double({ min: 0, max: 1, noNaN: true }),
      usefulLifeMonths: fc.integer({ min: 1, max: 120 }),
      method,
    });

    fc.assert(
      fc.property(fc.array(assetRow, { minLength: 1, maxLength: 8 }), calendarDate, (assets, asOf) => {
        const rows: Rows = {
          assets: assets.map((asset, index) => ({
            assetTag: `IT-${index + 1}`,
            name: 'Laptop',
            category: 'HW',
            status: 'deployed',
            purchaseDate: { date: asset.purchaseDate },
            purchaseCost: asset.cost,
            salvageValue: Math.floor(asset.cost * asset.salvageShare),
            usefulLifeMonths: asset.usefulLifeMonths,
            depreciationMethod: methodLabel(asset.method),
          })),
        };

        const result = computeDepreciation(contextFor(rows, asOf));

        expect(result.lines).toHaveLength(assets.length);
        for (const line of result.lines) {
          const source = assets[Number(line.assetTag.slice(3)) - 1];
          expect(line.bookValue).toBeGreaterThanOrEqual(Math.floor(source.cost * source.salvageShare) - TOLERANCE);
          expect(line.bookValue).toBeLessThanOrEqual(source.cost + TOLERANCE);
          if (compareDates(source.purchaseDate, asOf) > 0) {
            // Bought after the as-of date: nothing is depreciated yet.
            expect(line.bookValue).toBe(source.cost);
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('TCO', () => {
  const asOf = '2025-06-30';
  const pastDate = fc.integer({ min: 0, max: 3000 }).map((days) => addDays(asOf, -days));
  const tags = ['IT-1', 'IT-2', 'IT-3', 'IT-4'];
  const costType = fc.constantFrom(...COST_TYPES.map((value) => value.key));

  const ledgerEntry = fc.record({
    date: pastDate,
    kind: fc.constantFrom('cost', 'benefit'),
    costType,
    amount: fc.integer({ min: -500_000, max: 5_000_000 }),
    target: fc.constantFrom('assetTag', 'contractId', 'licenseId', 'investment', 'none'),
    pick: fc.nat(3),
  });

  type Entry = { date: IsoDate; kind: string; costType: string; amount: number; target: string; pick: number };

  function ledgerRow(entry: Entry): Record<string, OutputValue> {
    const row: Record<string, OutputValue> = { date: { date: entry.date }, kind: entry.kind, costType: entry.costType, amount: entry.amount };
    if (entry.target === 'assetTag') {
      row.assetTag = tags[entry.pick];
    } else if (entry.target === 'contractId') {
      row.contractId = `C-${(entry.pick % 2) + 1}`;
    } else if (entry.target === 'licenseId') {
      row.licenseId = `LIC-${(entry.pick % 2) + 1}`;
    } else if (entry.target === 'investment') {
      row.investment = 'ERP';
    }
    return row;
  }

  function baseRows(assets: { date: IsoDate; cost: number | null }[], entries: Entry[]): Rows {
    return {
      assets: assets.map((asset, index) => ({
        assetTag: tags[index],
        name: 'Server',
        category: 'HW',
        status: 'deployed',
        purchaseDate: { date: asset.date },
        purchaseCost: asset.cost,
      })),
      contracts: [
        { contractId: 'C-1', title: 'Maintenance', endDate: { date: '2026-12-31' }, assetTags: 'IT-1, IT-2' },
        { contractId: 'C-2', title: 'Support', endDate: { date: '2026-12-31' }, assetTags: 'IT-3, IT-4, IT-3' },
      ],
      licenses: [
        { licenseId: 'LIC-1', software: 'CAD', metric: 'per device', quantity: 3 },
        { licenseId: 'LIC-2', software: 'Office', metric: 'per user', quantity: 3 },
      ],
      licenseAssignments: [
        { licenseId: 'LIC-1', assetTag: 'IT-1' },
        { licenseId: 'LIC-1', assetTag: 'IT-4' },
        { licenseId: 'LIC-2', user: 'kim' },
      ],
      ledger: entries.map(ledgerRow),
    };
  }

  function totals(result: TcoResult): Map<string, number> {
    return new Map(result.assets.map((asset) => [asset.assetTag, asset.total]));
  }

  test('adding a cost never lowers any TCO', () => {
    const assets = fc.array(fc.record({ date: pastDate, cost: fc.option(fc.integer({ min: 0, max: 10_000_000 }), { nil: null }) }), { minLength: 4, maxLength: 4 });
    const added = ledgerEntry.map((entry) => ({ ...entry, kind: 'cost', amount: Math.abs(entry.amount) }));

    fc.assert(
      fc.property(assets, fc.array(ledgerEntry, { maxLength: 8 }), added, (assetRows, entries, extra) => {
        const before = computeTco(contextFor(baseRows(assetRows, entries), asOf));
        const after = computeTco(contextFor(baseRows(assetRows, [...entries, extra]), asOf));

        const beforeTotals = totals(before);
        for (const [tag, total] of totals(after)) {
          expect([tag, total >= (beforeTotals.get(tag) ?? 0) - TOLERANCE]).toEqual([tag, true]);
        }
        const sum = (result: TcoResult) => result.assets.reduce((total, asset) => total + asset.total, 0);
        expect(sum(after)).toBeGreaterThanOrEqual(sum(before) - TOLERANCE);
      }),
      { numRuns: 150 },
    );
  });
});

describe('license seats', () => {
  const asOf = '2025-06-30';
  /** Spellings of one asset tag that the sheet shows alike: case, spaces and a zero-width space. */
  const spelling = (tag: string, variant: number): string => [tag, tag.toLowerCase(), ` ${tag} `, `${tag}\u200b`][variant % 4];
  const pick = fc.record({ asset: fc.nat(5), variant: fc.nat(3) });

  test('a device is never counted twice', () => {
    fc.assert(
      fc.property(fc.array(pick, { maxLength: 12 }), fc.array(pick, { maxLength: 12 }), fc.nat(3), (assigned, installed, extraCopies) => {
        const tags = Array.from({ length: 6 }, (_, index) => `PC-${index + 1}`);
        const assignments = assigned.map(({ asset, variant }) => ({ licenseId: 'LIC-1', assetTag: spelling(tags[asset], variant) }));
        const duplicated = [...assignments, ...assignments.slice(0, extraCopies)];
        const rows: Rows = {
          assets: tags.map((assetTag) => ({ assetTag, name: 'PC', category: 'HW', status: 'deployed' })),
          licenses: [{ licenseId: 'LIC-1', software: 'CAD', metric: 'per device', quantity: 4, matchPatterns: 'CAD Pro*' }],
          licenseAssignments: duplicated,
          installations: installed.map(({ asset, variant }) => ({ assetTag: spelling(tags[asset], variant), software: variant % 2 === 0 ? 'CAD Pro 2024' : 'cad pro 2025 (x64)' })),
        };

        const position = computeLicenseCompliance(contextFor(rows, asOf)).positions[0];

        const holders = new Set([...assigned.map(({ asset }) => asset), ...installed.map(({ asset }) => asset)]);
        expect(position.used).toBe(holders.size);
      }),
      { numRuns: 200 },
    );
  });

  test('a person is never counted twice', () => {
    const people = ['kim@corp.kr', 'Lee Min', '박서준'];
    const variant = (name: string, index: number): string => [name, name.toUpperCase(), ` ${name}`, `${name}\u200b`][index % 4];

    fc.assert(
      fc.property(fc.array(fc.record({ person: fc.nat(2), spelling: fc.nat(3) }), { maxLength: 10 }), (assigned) => {
        const rows: Rows = {
          licenses: [{ licenseId: 'LIC-1', software: 'Office', metric: 'per user', quantity: 2 }],
          licenseAssignments: assigned.map(({ person, spelling: index }) => ({ licenseId: 'lic-1', user: variant(people[person], index) })),
        };

        const position = computeLicenseCompliance(contextFor(rows, asOf)).positions[0];

        expect(position.used).toBe(new Set(assigned.map(({ person }) => person)).size);
      }),
      { numRuns: 200 },
    );
  });
});

describe('renewal deadlines', () => {
  const contract = fc
    .record({
      start: calendarDate,
      lengthDays: fc.integer({ min: 0, max: 1500 }),
      renewal: fc.constantFrom('none', 'manual', 'automatic'),
      termMonths: fc.integer({ min: 1, max: 36 }),
      noticeShare: fc.double({ min: 0, max: 1, noNaN: true }),
      asOf: calendarDate,
    })
    .map((value) => {
      const end = addDays(value.start, value.lengthDays);
      // A notice period that fits in the first term and in every renewed term (at least 28 days a month).
      const longest = value.renewal === 'automatic' ? Math.min(value.lengthDays, value.termMonths * 28 - 1) : value.lengthDays;
      return { ...value, end, noticeDays: Math.floor(longest * value.noticeShare) };
    });

  test('never before the start of the term', () => {
    fc.assert(
      fc.property(contract, (value) => {
        const rows: Rows = {
          contracts: [
            {
              contractId: 'C-1',
              title: 'Support',
              startDate: { date: value.start },
              endDate: { date: value.end },
              renewalType: value.renewal,
              termMonths: value.termMonths,
              noticeDays: value.noticeDays,
            },
          ],
        };
        const context = contextFor(rows, value.asOf);

        const items = computeRenewals(context).filter((item) => item.kind === 'contract');
        const term = currentContractTerm(context.data.contracts[0], value.asOf);

        expect(items).toHaveLength(1);
        expect(term).not.toBeNull();
        const item = items[0];
        expect(compareDates(item.deadline, value.start)).toBeGreaterThanOrEqual(0);
        expect(compareDates(item.deadline, item.endDate)).toBeLessThanOrEqual(0);
        expect(daysBetween(item.deadline, item.endDate)).toBe(value.noticeDays);
        expect(compareDates(item.deadline, term!.cycleStart as IsoDate)).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 300 },
    );
  });
});
