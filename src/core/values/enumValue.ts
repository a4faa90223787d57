import type { EnumValue } from '../registers/schema';
import type { CellValue } from '../workbook/port';
import { formulaErrorOf } from './formulaError';
import { toHalfWidth } from './halfWidth';
import { EMPTY_RESULT, failure, success, type ParseResult } from './parseResult';
import { isPlaceholder } from './placeholder';

/**
 * Choice cells, matched against each value's key and both labels after trimming, folding full-width
 * forms to ASCII, Unicode NFC, case folding and removing '_', '-' and spaces. So 'In Stock', 'in-stock', 'IN_STOCK' and '사용 중' all match
 * their value, and the result is the value's key.
 */

interface EnumLookup {
  readonly keyByForm: ReadonlyMap<string, string>;
  /** Every value's labels, English then Korean, for the message that lists the allowed values. */
  readonly allowed: string;
}

const SEPARATORS = /[\s_-]+/g;
const LOOKUPS = new WeakMap<readonly EnumValue[], EnumLookup>();

/** Returns the form compared when matching: two spellings of one value have the same form. */
export function enumForm(text: string): string {
  return toHalfWidth(text).normalize('NFC').toLowerCase().replace(SEPARATORS, '');
}

function lookupOf(values: readonly EnumValue[]): EnumLookup {
  const cached = LOOKUPS.get(values);
  if (cached !== undefined) {
    return cached;
  }

  const keyByForm = new Map<string, string>();
  const labels: string[] = [];
  for (const value of values) {
    for (const spelling of [value.key, value.label.en, value.label.ko]) {
      const form = enumForm(spelling);
      if (!keyByForm.has(form)) {
        keyByForm.set(form, value.key);
      }
    }
    labels.push(value.label.en === value.label.ko ? value.label.en : `${value.label.en} (${value.label.ko})`);
  }

  const lookup = { keyByForm, allowed: labels.join(', ') };
  LOOKUPS.set(values, lookup);
  return lookup;
}

/** Reads a choice and returns its key. A placeholder such as '-' is empty unless it is itself a choice. */
export function parseEnum(cell: CellValue, values: readonly EnumValue[]): ParseResult<string> {
  const error = formulaErrorOf(cell);
  if (error !== null) {
    return error;
  }
  const lookup = lookupOf(values);
  if (typeof cell !== 'string' && typeof cell !== 'number') {
    return failure('invalidEnum', { allowed: lookup.allowed });
  }
  const text = String(cell).trim();
  if (text.length === 0) {
    return EMPTY_RESULT;
  }

  const key = lookup.keyByForm.get(enumForm(text));
  if (key !== undefined) {
    return success(key);
  }
  return isPlaceholder(text) ? EMPTY_RESULT : failure('invalidEnum', { allowed: lookup.allowed });
}
