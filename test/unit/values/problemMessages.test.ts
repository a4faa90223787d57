import { ASSET_STATUSES } from '../../../src/core/registers/definitions';
import { translate } from '../../../src/core/i18n';
import { parseBoolean } from '../../../src/core/values/booleanValue';
import { parseDate } from '../../../src/core/values/dateValue';
import { parseEmails } from '../../../src/core/values/emailValue';
import { parseEnum } from '../../../src/core/values/enumValue';
import { parseMoney } from '../../../src/core/values/moneyValue';
import { parseNumber } from '../../../src/core/values/numberValue';
import type { ParseResult, ProblemCode } from '../../../src/core/values/parseResult';
import { parseId, parseText } from '../../../src/core/values/textValue';

/** One real problem per code, produced by the parsers so that the detail keys are the ones they send. */
const PROBLEMS: Readonly<Record<ProblemCode, ParseResult<unknown>>> = {
  invalidDate: parseDate('yesterday'),
  impossibleDate: parseDate('2025-02-30'),
  ambiguousDate: parseDate('04/05/16'),
  invalidMoney: parseMoney('12abc'),
  invalidNumber: parseNumber('12개'),
  notInteger: parseNumber('2.5', { integer: true }),
  belowMinimum: parseNumber('-1', { min: 0 }),
  invalidBoolean: parseBoolean('maybe'),
  invalidEnum: parseEnum('broken', ASSET_STATUSES),
  invalidEmail: parseEmails('kim@'),
  formulaError: parseText('#REF!'),
  damagedId: parseId('6.37702E+15'),
  tooLong: parseText('a'.repeat(50001)),
  replacementCharacter: parseText('caf\ufffd'),
  controlCharacter: parseText('Mon\u0000itor'),
  dateOutOfRange: parseDate('9999-12-31'),
};

const PLACEHOLDER = /\{([a-z][A-Za-z0-9]*)\}/g;

function placeholdersOf(template: string): string[] {
  return Array.from(template.matchAll(PLACEHOLDER), (match) => match[1]).sort();
}

describe('problem messages', () => {
  const entries = Object.entries(PROBLEMS) as Array<[ProblemCode, ParseResult<unknown>]>;

  test.each(entries)('%s is produced', (code, result) => {
    expect(result.ok ? undefined : result.problem).toBe(code);
  });

  test.each(entries)('%s detail matches both messages', (code, result) => {
    const detail = result.ok ? {} : (result.detail ?? {});
    const keys = Object.keys(detail).sort();
    for (const lang of ['en', 'ko'] as const) {
      const template = translate(lang, `problem.${code}`, Object.fromEntries(keys.map((key) => [key, `{${key}}`])));
      expect(placeholdersOf(template)).toEqual(keys);
      expect(() => translate(lang, `problem.${code}`, detail)).not.toThrow();
    }
  });

  test('rendered messages show the values', () => {
    expect(translate('en', 'problem.impossibleDate', { detail: '2025-02-30' })).toContain('2025-02-30');
    expect(translate('ko', 'problem.tooLong', { length: 50001, limit: 50000 })).toContain('50,001');
  });
});
