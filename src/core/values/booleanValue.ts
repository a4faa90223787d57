import type { CellValue } from '../workbook/port';
import { formulaErrorOf } from './formulaError';
import { toHalfWidth } from './halfWidth';
import { EMPTY_RESULT, failure, success, type ParseResult } from './parseResult';
import { isPlaceholder } from './placeholder';

/**
 * Yes/no cells: checkbox booleans, 1 and 0, and the words people type, in any letter case. Korean words
 * include 예/아니오 and 네/아니요, and ○ and × are the Korean marks for O and X.
 */

const TRUE_WORDS = ['true', 'yes', 'y', '1', 'o', '○', '◯', '예', '네', '참'];
const FALSE_WORDS = ['false', 'no', 'n', '0', 'x', '×', '✕', '✗', '아니오', '아니요', '아니', '거짓'];

const WORD_VALUES: ReadonlyMap<string, boolean> = new Map([
  ...TRUE_WORDS.map((word): [string, boolean] => [word, true]),
  ...FALSE_WORDS.map((word): [string, boolean] => [word, false]),
]);

const TRUE_RESULT = success(true);
const FALSE_RESULT = success(false);
const INVALID_BOOLEAN = failure('invalidBoolean');

export function parseBoolean(cell: CellValue): ParseResult<boolean> {
  if (typeof cell === 'boolean') {
    return cell ? TRUE_RESULT : FALSE_RESULT;
  }
  if (typeof cell === 'number') {
    if (cell === 1) {
      return TRUE_RESULT;
    }
    return cell === 0 ? FALSE_RESULT : INVALID_BOOLEAN;
  }
  if (typeof cell !== 'string') {
    return INVALID_BOOLEAN;
  }

  const error = formulaErrorOf(cell);
  if (error !== null) {
    return error;
  }
  const text = toHalfWidth(cell).trim();
  if (text.length === 0 || isPlaceholder(text)) {
    return EMPTY_RESULT;
  }

  const value = WORD_VALUES.get(text.toLowerCase());
  if (value === undefined) {
    return INVALID_BOOLEAN;
  }
  return value ? TRUE_RESULT : FALSE_RESULT;
}
