import type { CellValue } from '../workbook/port';
import { failure, type ParseResult } from './parseResult';

/**
 * Error values that Google Sheets and Excel show for a failed formula. Both hand the error to scripts as
 * its text, so a cell reading '#REF!' holds a broken formula, whatever the column type.
 */
const FORMULA_ERRORS: ReadonlySet<string> = new Set([
  '#REF!',
  '#N/A',
  '#VALUE!',
  '#DIV/0!',
  '#NAME?',
  '#NUM!',
  '#NULL!',
  '#ERROR!',
  '#SPILL!',
  '#CALC!',
  '#GETTING_DATA',
  '#BLOCKED!',
  '#CONNECT!',
  '#FIELD!',
  '#UNKNOWN!',
]);

/** Returns the 'formulaError' problem when the cell holds a formula error, else null. */
export function formulaErrorOf(cell: CellValue): ParseResult<never> | null {
  if (typeof cell !== 'string' || cell.length === 0) {
    return null;
  }

  // Cheap first test, because this runs on every cell: an error starts with '#', perhaps after spaces.
  const first = cell.charCodeAt(0);
  if (first !== 0x23 && first > 0x20 && first !== 0xa0 && first !== 0x3000 && first !== 0xfeff) {
    return null;
  }

  const error = cell.trim().toUpperCase();
  return FORMULA_ERRORS.has(error) ? failure('formulaError', { detail: error }) : null;
}
