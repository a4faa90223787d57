import type { RenewalItem } from '../renewals/renewalSchedule';

/** A reminder stage: the lead in days before the deadline, or 'overdue' once the deadline has passed. */
export type ReminderStage = number | 'overdue';

/**
 * Returns the stage due for an item on the as-of date: the smallest lead L with daysLeft ≤ L, or
 * 'overdue' when the deadline has passed but the term has not ended. Only the current stage is returned,
 * so a job that missed a week sends one reminder for where the item stands now, not one per missed lead.
 *
 * Returns null when the deadline is further away than the largest lead, and for an expired item (its term
 * has ended): a register imported with years of history must not mail its past. Licenses, warranties and
 * end-of-support dates end on their deadline, so their last reminder is the smallest lead.
 */
export function reminderStage(item: Pick<RenewalItem, 'daysLeft' | 'status'>, leadDays: readonly number[]): ReminderStage | null {
  if (item.status === 'expired') {
    return null;
  }
  if (item.daysLeft < 0) {
    return 'overdue';
  }

  const ascending = leadDays.filter((lead) => Number.isInteger(lead) && lead >= 0).sort((a, b) => a - b);
  for (const lead of ascending) {
    if (item.daysLeft <= lead) {
      return lead;
    }
  }
  return null;
}

/** Returns the stage as written in ledger keys: 'D-30' for the 30-day lead, 'overdue' after the deadline. */
export function stageKey(stage: ReminderStage): string {
  return stage === 'overdue' ? 'overdue' : `D-${stage}`;
}
