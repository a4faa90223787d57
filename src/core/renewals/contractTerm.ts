import { addDays, addMonths, compareDates, monthIndex, type IsoDate } from '../calendar/calendarDate';
import type { ContractRecord, RenewalType } from '../registers/records';

/** The term of a contract that is current on the as-of date, after any automatic renewals. */
export interface ContractTerm {
  /** Last day of the current term. */
  readonly endDate: IsoDate;
  /** Last day to give notice: the term's end date minus the notice period (0 days when blank). */
  readonly deadline: IsoDate;
  /** First day of the current term: the Start Date for the first term, else the day after the previous term. */
  readonly cycleStart: IsoDate | null;
  /** Renewal type applied: blank counts as none, and automatic without a term counts as manual. */
  readonly renewalType: RenewalType;
  /** Automatic renewals that happened between the End Date in the sheet and the as-of date. */
  readonly renewals: number;
}

/** True when the contract renews automatically but has no Term (Months), so it cannot roll forward. */
export function lacksRenewalTerm(contract: ContractRecord): boolean {
  return contract.renewalType === 'automatic' && contract.termMonths === null;
}

/**
 * Returns the end of the term that follows `renewals` automatic renewals. Terms are contiguous: the next
 * term starts the day after the previous end and lasts the term length, counted from the first renewal's
 * start so that month-end clamping never drifts (a term ending 04-30 renews to end 05-31, not 05-30).
 */
function renewedEnd(firstEnd: IsoDate, termMonths: number, renewals: number): IsoDate {
  const firstRenewalStart = addDays(firstEnd, 1);
  return addDays(addMonths(firstRenewalStart, renewals * termMonths), -1);
}

/**
 * Finds the contract's current term on the as-of date. An automatic contract whose End Date has passed
 * rolls forward by its term until the term ends on or after the as-of date. Returns null without an End Date.
 */
export function currentContractTerm(contract: ContractRecord, asOf: IsoDate): ContractTerm | null {
  if (contract.endDate === null) {
    return null;
  }
  const noticeDays = contract.noticeDays ?? 0;
  const renewalType: RenewalType = lacksRenewalTerm(contract) ? 'manual' : (contract.renewalType ?? 'none');

  let renewals = 0;
  let endDate = contract.endDate;
  if (renewalType === 'automatic') {
    const termMonths = contract.termMonths as number;
    // The k-th renewed term ends exactly k × term months after the End Date's month, so every renewal
    // up to this count still ends before the as-of month and can be skipped without stepping through it.
    renewals = Math.max(0, Math.floor((monthIndex(asOf) - monthIndex(contract.endDate)) / termMonths) - 1);
    endDate = renewedEnd(contract.endDate, termMonths, renewals);
    while (compareDates(endDate, asOf) < 0) {
      renewals++;
      endDate = renewedEnd(contract.endDate, termMonths, renewals);
    }
  }

  const cycleStart = renewals === 0 ? contract.startDate : addDays(renewedEnd(contract.endDate, contract.termMonths as number, renewals - 1), 1);
  return { endDate, deadline: addDays(endDate, -noticeDays), cycleStart, renewalType, renewals };
}

/** True when the contract is in force on the as-of date: started (or no Start Date) and its current term not ended. */
export function isContractActive(contract: ContractRecord, asOf: IsoDate): boolean {
  const term = currentContractTerm(contract, asOf);
  if (term === null) {
    return false;
  }
  const started = contract.startDate === null || compareDates(contract.startDate, asOf) <= 0;
  return started && compareDates(term.endDate, asOf) >= 0;
}
