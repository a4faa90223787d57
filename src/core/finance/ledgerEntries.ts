import { compareDates, type IsoDate } from '../calendar/calendarDate';
import type { Finding } from '../findings/finding';
import type { RecalcContext } from '../recalc/view';
import type { CostType, LedgerKind, LedgerRecord } from '../registers/records';
import { registerFinding, type CellProblem } from '../findings/cellFinding';
import { trimmedOrNull } from './referenceKey';
import { amountInWorkbookCurrency, moneyText } from './workbookCurrency';

/** A Costs & Benefits row that counts on the as-of date, with its amount in the workbook currency. */
export interface LedgerEntry {
  readonly row: number;
  readonly date: IsoDate;
  readonly kind: LedgerKind;
  readonly costType: CostType;
  /** Unrounded amount, negative for a refund or correction. */
  readonly amount: number;
  readonly assetTag: string | null;
  readonly licenseId: string | null;
  readonly contractId: string | null;
  readonly investment: string | null;
  readonly department: string | null;
  readonly description: string | null;
}

export interface LedgerReading {
  readonly entries: readonly LedgerEntry[];
  /** One finding per row left out for its currency. Only the TCO view reports them, so each row is reported once. */
  readonly findings: readonly Finding[];
}

/**
 * Reads the ledger rows dated on or before the as-of date: later rows are plans, not actuals. A row with
 * a blank or invalid Date, Kind, Cost Type or Amount is skipped, because reading the register already
 * reported that cell. A row in another currency is left out with a finding.
 */
export function readLedgerEntries(context: RecalcContext): LedgerReading {
  const entries: LedgerEntry[] = [];
  const problems: CellProblem[] = [];

  for (const record of context.data.ledger) {
    if (record.date === null || record.kind === null || record.costType === null || record.amount === null) {
      continue;
    }
    if (compareDates(record.date, context.asOf) > 0) {
      continue;
    }

    const check = amountInWorkbookCurrency(record.amount, context.settings.currency, record.currency);
    if (!check.ok) {
      problems.push(currencyProblem(record, check, context.settings.currency));
      continue;
    }

    entries.push({
      row: record.row,
      date: record.date,
      kind: record.kind,
      costType: record.costType,
      amount: check.amount,
      assetTag: trimmedOrNull(record.assetTag),
      licenseId: trimmedOrNull(record.licenseId),
      contractId: trimmedOrNull(record.contractId),
      investment: trimmedOrNull(record.investment),
      department: trimmedOrNull(record.department),
      description: record.description,
    });
  }

  return { entries, findings: problems.map((problem) => registerFinding(context, problem)) };
}

function currencyProblem(
  record: LedgerRecord,
  check: Exclude<ReturnType<typeof amountInWorkbookCurrency>, { ok: true }>,
  expected: string,
): CellProblem {
  const amountText = record.amount === null ? '' : moneyText(record.amount);
  if (check.reason === 'conflict') {
    return {
      register: 'ledger',
      row: record.row,
      field: 'currency',
      value: record.currency ?? '',
      severity: 'warning',
      code: 'finance.finding.ledgerCurrencyConflict',
      params: { currency: check.currencyCell, amountCurrency: check.amountCurrency },
    };
  }

  const fromCurrencyCell = trimmedOrNull(record.currency) !== null;
  return {
    register: 'ledger',
    row: record.row,
    field: fromCurrencyCell ? 'currency' : 'amount',
    value: fromCurrencyCell ? (record.currency ?? '') : amountText,
    severity: 'warning',
    code: 'finance.finding.ledgerOtherCurrency',
    params: { currency: check.currency, expected: expected.trim().toUpperCase() },
  };
}
