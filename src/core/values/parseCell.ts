import type { FieldDef } from '../registers/schema';
import type { CellValue } from '../workbook/port';
import { parseBoolean } from './booleanValue';
import { parseDate } from './dateValue';
import { parseEmails } from './emailValue';
import { parseEnum } from './enumValue';
import { parseMoney } from './moneyValue';
import { minimumProblem, parseNumber } from './numberValue';
import type { ParseOptions, ParseResult, ParsedValue } from './parseResult';
import { parseId, parseIdList, parseText } from './textValue';

/**
 * Parses one register cell by its field's type and applies the field's lower bound to numbers, integers
 * and amounts. An empty cell is `{ok: true, value: null}` for every type, lists included, so callers test
 * one thing for "blank".
 */
export function parseCell(cell: CellValue, field: FieldDef, options: ParseOptions = {}): ParseResult<ParsedValue> {
  switch (field.type) {
    case 'text':
      return parseText(cell);
    case 'id':
      return parseId(cell);
    case 'idList':
      return parseIdList(cell);
    case 'emails':
      return parseEmails(cell);
    case 'date':
      return parseDate(cell, options);
    case 'boolean':
      return parseBoolean(cell);
    case 'number':
      return parseNumber(cell, { min: field.min });
    case 'integer':
      return parseNumber(cell, { integer: true, min: field.min });
    case 'money': {
      const money = parseMoney(cell, options);
      if (!money.ok || money.value === null) {
        return money;
      }
      return minimumProblem(money.value.amount, field.min) ?? money;
    }
    case 'enum':
      return parseEnum(cell, enumValuesOf(field));
  }
}

function enumValuesOf(field: FieldDef): NonNullable<FieldDef['enumValues']> {
  if (field.enumValues === undefined || field.enumValues.length === 0) {
    throw new Error(`Field "${field.key}" has type enum but no enumValues: add them to its register definition.`);
  }
  return field.enumValues;
}
