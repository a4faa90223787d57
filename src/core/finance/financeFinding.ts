import { a1, type Finding, type MessageParams, type Severity } from '../findings/finding';
import type { RecalcContext } from '../recalc/view';
import { fieldOf, registerById } from '../registers/definitions';
import type { RegisterId } from '../registers/schema';

/** A finance finding about one register cell, before its location is resolved. */
export interface CellFinding {
  readonly register: RegisterId;
  readonly row: number;
  /** Field key of the cell, as in registers/definitions.ts. */
  readonly field: string;
  readonly value: string;
  readonly severity: Severity;
  /** i18n key under `finance.finding.`. */
  readonly code: string;
  readonly params: MessageParams;
}

/**
 * Resolves where a finding points: the tab as found in the workbook (its standard name when the tab is
 * missing), the field's header in the user's language and the A1 cell when the column exists.
 */
export function locateFinding(context: RecalcContext, finding: CellFinding): Finding {
  const register = registerById(finding.register);
  const location = context.locations[finding.register];
  const column = location?.columns[finding.field];

  return {
    sheet: location?.sheetName ?? register.tab[context.lang],
    row: finding.row,
    column: fieldOf(register, finding.field).header[context.lang],
    cell: column === undefined ? null : a1(finding.row, column),
    value: finding.value,
    severity: finding.severity,
    code: finding.code,
    params: finding.params,
  };
}

/** Returns the tab name of a register as the user sees it, for messages that name another tab. */
export function registerSheetName(context: RecalcContext, register: RegisterId): string {
  return context.locations[register]?.sheetName ?? registerById(register).tab[context.lang];
}
