import type { RecalcContext } from '../recalc/view';
import { fieldOf, registerById } from '../registers/definitions';
import type { RegisterId } from '../registers/schema';
import { a1, type Finding, type MessageParams, type Severity } from './finding';

/** A problem a view found in one register cell, before its tab, header and A1 reference are resolved. */
export interface CellProblem {
  readonly register: RegisterId;
  readonly row: number;
  /** Field key of the cell, as in registers/definitions.ts. */
  readonly field: string;
  readonly value: string;
  readonly severity: Severity;
  /** i18n message key. */
  readonly code: string;
  readonly params: MessageParams;
}

/**
 * Builds a finding that points at a register cell: the tab as found in the workbook (its standard name
 * when the tab is missing), the field's header in the user's language and the A1 cell when the column
 * exists.
 */
export function registerFinding(context: RecalcContext, problem: CellProblem): Finding {
  const register = registerById(problem.register);
  const location = context.locations[problem.register];
  const column = location?.columns[problem.field];

  return {
    sheet: location?.sheetName ?? register.tab[context.lang],
    row: problem.row,
    column: fieldOf(register, problem.field).header[context.lang],
    cell: column === undefined ? null : a1(problem.row, column),
    value: problem.value,
    severity: problem.severity,
    code: problem.code,
    params: problem.params,
  };
}

/** Returns the tab name of a register as the user sees it, for messages that name another tab. */
export function registerSheetName(context: RecalcContext, register: RegisterId): string {
  return context.locations[register]?.sheetName ?? registerById(register).tab[context.lang];
}
