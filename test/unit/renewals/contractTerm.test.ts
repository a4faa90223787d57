import fc from 'fast-check';
import { addDays, dateFromDayNumber, dayNumber, monthIndex } from '../../../src/core/calendar/calendarDate';
import { currentContractTerm, isContractActive } from '../../../src/core/renewals/contractTerm';
import { contract } from '../licensing/recalcContextBuilder';

describe('currentContractTerm', () => {
  it('rolls an automatic contract two terms forward', () => {
    // Terms: ends 2023-03-31 (in the sheet), renews to 2024-03-31, then to 2025-03-31, the first end on or after D.
    const record = contract(2, { contractId: 'C-1', renewalType: 'automatic', startDate: '2022-04-01', endDate: '2023-03-31', termMonths: 12, noticeDays: 60 });
    expect(currentContractTerm(record, '2024-05-31')).toEqual({
      endDate: '2025-03-31',
      deadline: '2025-01-30',
      cycleStart: '2024-04-01',
      renewalType: 'automatic',
      renewals: 2,
    });
  });

  it('counts every renewal since the end date', () => {
    const record = contract(2, { renewalType: 'automatic', endDate: '2022-03-31', termMonths: 12, noticeDays: 60 });
    expect(currentContractTerm(record, '2024-05-31')?.renewals).toBe(3);
    expect(currentContractTerm(record, '2024-05-31')?.endDate).toBe('2025-03-31');
  });

  it('keeps the term that ends on the as-of date', () => {
    const record = contract(2, { renewalType: 'automatic', endDate: '2025-03-31', termMonths: 12, noticeDays: 60 });
    expect(currentContractTerm(record, '2025-03-31')?.endDate).toBe('2025-03-31');
    expect(currentContractTerm(record, '2025-03-31')?.renewals).toBe(0);
    expect(currentContractTerm(record, '2025-04-01')?.endDate).toBe('2026-03-31');
    expect(currentContractTerm(record, '2025-04-01')?.deadline).toBe('2026-01-30');
  });

  it('renews a month-end term to the next month end', () => {
    const record = contract(2, { renewalType: 'automatic', endDate: '2023-04-30', termMonths: 1 });
    const term = currentContractTerm(record, '2023-06-15');
    expect(term?.endDate).toBe('2023-06-30');
    expect(term?.cycleStart).toBe('2023-06-01');
    expect(term?.renewals).toBe(2);
  });

  it('renews a January-end monthly term without drifting', () => {
    const record = contract(2, { renewalType: 'automatic', endDate: '2024-01-31', termMonths: 1 });
    expect(currentContractTerm(record, '2024-02-10')?.endDate).toBe('2024-02-29');
    expect(currentContractTerm(record, '2024-03-10')?.endDate).toBe('2024-03-31');
  });

  it('returns to the leap day every fourth year', () => {
    const record = contract(2, { renewalType: 'automatic', endDate: '2024-02-29', termMonths: 12 });
    expect(currentContractTerm(record, '2024-05-31')?.endDate).toBe('2025-02-28');
    expect(currentContractTerm(record, '2024-05-31')?.cycleStart).toBe('2024-03-01');
    expect(currentContractTerm(record, '2028-02-29')?.endDate).toBe('2028-02-29');
    expect(currentContractTerm(record, '2028-03-01')?.endDate).toBe('2029-02-28');
  });

  it('subtracts the notice period across month ends and leap days', () => {
    const deadline = (endDate: string, noticeDays: number) => currentContractTerm(contract(2, { renewalType: 'manual', endDate, noticeDays }), '2024-01-01')?.deadline;
    expect(deadline('2024-03-30', 30)).toBe('2024-02-29');
    expect(deadline('2024-03-31', 31)).toBe('2024-02-29');
    expect(deadline('2024-03-01', 1)).toBe('2024-02-29');
    expect(deadline('2025-03-01', 1)).toBe('2025-02-28');
    expect(deadline('2025-01-15', 45)).toBe('2024-12-01');
  });

  it('uses the end date of a manual contract that has passed', () => {
    const record = contract(2, { renewalType: 'manual', startDate: '2023-01-01', endDate: '2023-12-31', termMonths: 12, noticeDays: 30 });
    expect(currentContractTerm(record, '2024-05-31')).toEqual({ endDate: '2023-12-31', deadline: '2023-12-01', cycleStart: '2023-01-01', renewalType: 'manual', renewals: 0 });
  });

  it('treats automatic renewal without a term as manual', () => {
    const record = contract(2, { renewalType: 'automatic', endDate: '2024-04-30' });
    expect(currentContractTerm(record, '2024-05-31')).toEqual({ endDate: '2024-04-30', deadline: '2024-04-30', cycleStart: null, renewalType: 'manual', renewals: 0 });
  });

  it('treats a blank renewal type as none', () => {
    expect(currentContractTerm(contract(2, { endDate: '2024-04-30', termMonths: 12 }), '2024-05-31')?.renewalType).toBe('none');
  });

  it('returns null without an end date', () => {
    expect(currentContractTerm(contract(2, { renewalType: 'automatic', termMonths: 12 }), '2024-05-31')).toBeNull();
  });
});

describe('isContractActive', () => {
  it('requires a started contract whose term has not ended', () => {
    expect(isContractActive(contract(2, { startDate: '2024-01-01', endDate: '2024-05-31' }), '2024-05-31')).toBe(true);
    expect(isContractActive(contract(2, { startDate: '2024-01-01', endDate: '2024-05-30' }), '2024-05-31')).toBe(false);
    expect(isContractActive(contract(2, { startDate: '2024-06-01', endDate: '2025-05-31' }), '2024-05-31')).toBe(false);
    expect(isContractActive(contract(2, { endDate: '2024-12-31' }), '2024-05-31')).toBe(true);
  });

  it('keeps a rolled automatic contract active', () => {
    expect(isContractActive(contract(2, { renewalType: 'automatic', endDate: '2020-12-31', termMonths: 24 }), '2024-05-31')).toBe(true);
  });
});

describe('currentContractTerm properties', () => {
  const dayNumbers = fc.integer({ min: dayNumber('2000-01-01'), max: dayNumber('2040-12-31') });

  it('finds the first renewed term ending on or after the as-of date', () => {
    fc.assert(
      fc.property(dayNumbers, dayNumbers, fc.integer({ min: 1, max: 36 }), (endDay, asOfDay, termMonths) => {
        const endDate = dateFromDayNumber(endDay);
        const asOf = dateFromDayNumber(asOfDay);
        const term = currentContractTerm(contract(2, { renewalType: 'automatic', endDate, termMonths }), asOf);
        if (term === null) {
          throw new Error('An automatic contract with an end date has a term.');
        }

        expect(term.endDate >= asOf || term.renewals === 0).toBe(true);
        expect(monthIndex(term.endDate) - monthIndex(endDate)).toBe(term.renewals * termMonths);
        if (term.renewals > 0) {
          // The previous term ended the day before this one started, and before the as-of date.
          expect(addDays(term.cycleStart as string, -1) < asOf).toBe(true);
          expect(term.endDate >= asOf).toBe(true);
        }
        const endsMonth = (date: string) => addDays(date, 1).endsWith('-01');
        if (endsMonth(endDate)) {
          expect(endsMonth(term.endDate)).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
