import type { Finding } from '../findings/finding';
import { registerFinding } from '../findings/cellFinding';
import type { RecalcContext } from '../recalc/view';
import type { RenewalItem } from '../renewals/renewalSchedule';
import { parseEmails } from '../values/emailValue';

/** Recipients of an item's reminders, and the addresses left out because they are not valid. */
export interface ItemRecipients {
  /** Owner (when an email), Reminder Recipients, then the default recipients, without repeats ignoring case. */
  readonly addresses: readonly string[];
  readonly invalid: readonly InvalidRecipient[];
}

export interface InvalidRecipient {
  readonly address: string;
  /** Register field the address came from. */
  readonly field: 'owner' | 'reminderRecipients';
}

/** Returns the address when it is one valid email address, by the same rule as the register's email columns. */
function validAddress(address: string): string | null {
  const parsed = parseEmails(address);
  if (!parsed.ok || parsed.value === null || parsed.value.length !== 1) {
    return null;
  }
  return parsed.value[0];
}

/**
 * Collects an item's recipients: its owner when the owner is an email address, its Reminder Recipients and
 * the default recipients from the settings, de-duplicated ignoring case (the first spelling is kept).
 */
export function itemRecipients(item: RenewalItem, defaultRecipients: readonly string[]): ItemRecipients {
  const addresses: string[] = [];
  const invalid: InvalidRecipient[] = [];
  const seen = new Set<string>();

  for (const candidate of [...item.recipients, ...defaultRecipients]) {
    const address = validAddress(candidate.trim());
    if (address === null) {
      const isOwner = item.owner !== null && item.owner.trim().toLowerCase() === candidate.trim().toLowerCase();
      invalid.push({ address: candidate, field: isOwner ? 'owner' : 'reminderRecipients' });
      continue;
    }
    const key = address.toLowerCase();
    if (!seen.has(key)) {
      seen.add(key);
      addresses.push(address);
    }
  }
  return { addresses, invalid };
}

/** Field a missing-recipient finding points at: the owner, or the date for assets, which have no owner column. */
const NO_RECIPIENT_FIELD: Readonly<Record<RenewalItem['kind'], string>> = {
  contract: 'owner',
  license: 'owner',
  warranty: 'warrantyEnd',
  endOfSupport: 'endOfSupport',
};

/**
 * Reports the recipient problems of one item: each invalid address (it gets no mail), and, for an item with
 * a reminder due, the absence of any recipient, because that reminder would otherwise be lost silently.
 */
export function recipientFindings(context: RecalcContext, item: RenewalItem, recipients: ItemRecipients, reminderDue: boolean): Finding[] {
  const findings: Finding[] = [];

  for (const problem of recipients.invalid) {
    findings.push(
      registerFinding(context, {
        register: item.sourceRegister,
        row: item.sourceRow,
        field: problem.field,
        value: problem.address,
        severity: 'warning',
        code: 'reminders.finding.invalidRecipient',
        params: { address: problem.address },
      }),
    );
  }

  if (reminderDue && recipients.addresses.length === 0) {
    const isAsset = item.kind === 'warranty' || item.kind === 'endOfSupport';
    findings.push(
      registerFinding(context, {
        register: item.sourceRegister,
        row: item.sourceRow,
        field: NO_RECIPIENT_FIELD[item.kind],
        value: isAsset ? item.deadline : (item.owner ?? ''),
        severity: 'warning',
        code: isAsset ? 'reminders.finding.noRecipientAsset' : 'reminders.finding.noRecipient',
        params: { deadline: item.deadline },
      }),
    );
  }
  return findings;
}
