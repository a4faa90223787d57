import fc from 'fast-check';
import { dateFromDayNumber, dayNumber, type IsoDate } from '../../src/core/calendar/calendarDate';
import { REGISTERS } from '../../src/core/registers/definitions';
import { referenceKey } from '../../src/core/registers/referenceKey';
import type { FieldDef, Lang, RegisterDef, RegisterId } from '../../src/core/registers/schema';
import { setupWorkbook } from '../../src/core/setup/setupWorkbook';
import { formulaErrorOf } from '../../src/core/values/formulaError';
import type { ParsedValue } from '../../src/core/values/parseResult';
import { isPlaceholder } from '../../src/core/values/placeholder';
import type { OutputValue, WorkbookPort } from '../../src/core/workbook/port';
import { MemoryWorkbookPort } from '../support/memoryWorkbookPort';

/**
 * Generators of valid register rows for property tests: each cell is generated with the value that
 * reading it must give back, so a round trip through a WorkbookPort can be compared field by field.
 */

/** A cell as written to the register and the parsed value the reader must return for it. */
export interface GeneratedCell {
  readonly written: OutputValue;
  readonly parsed: ParsedValue | null;
}

export type GeneratedRow = Readonly<Record<string, GeneratedCell>>;

/**
 * Characters of generated text: Hangul, a decomposed syllable, RTL letters, an emoji with a joiner,
 * formula starters, quotes, line breaks and the start of an .xlsx escape (_x0041_).
 */
const TEXT_UNITS = [
  ...'abcXYZ019 .,-_/()',
  '가',
  '한',
  '\u1112\u1161\u11ab',
  'ש',
  'خ',
  '👩‍💻',
  '=',
  '+',
  '@',
  '"',
  "'",
  '\n',
  '\r\n',
  '_x0041_',
  '#',
];
const ID_UNITS = [...'ABCXYZ0123456789-_/.', '가', '한'];

/** Text that the reader keeps exactly: trimmed, not blank and not a formula error such as #N/A. */
export const cellText = fc
  .string({ unit: fc.constantFrom(...TEXT_UNITS), minLength: 1, maxLength: 12 })
  .map((text) => text.trim())
  .filter((text) => text !== '' && formulaErrorOf(text) === null && referenceKey(text) !== '');

/** An identifier: no list separator, not a placeholder such as '-', and not in scientific notation. */
export const identifier = fc
  .string({ unit: fc.constantFrom(...ID_UNITS), minLength: 1, maxLength: 10 })
  .filter((text) => text.trim() === text && text !== '' && !isPlaceholder(text) && !/^[+-]?\d(?:\.\d+)?E[+-]\d{1,3}$/i.test(text));

const emailAddress = fc
  .tuple(fc.stringMatching(/^[a-z][a-z0-9.]{0,6}[a-z0-9]$/), fc.constantFrom('example.com', 'corp.co.kr', 'xn--hq1bm8jm9l.kr'))
  .filter(([local]) => !local.includes('..'))
  .map(([local, domain]) => `${local}@${domain}`);

/** Plausible calendar dates: 1990-01-01 to 2060-12-31. */
export const calendarDate = fc.integer({ min: dayNumber('1990-01-01'), max: dayNumber('2060-12-31') }).map((day) => dateFromDayNumber(day));

function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const itemKey = key(item);
    if (seen.has(itemKey)) {
      return false;
    }
    seen.add(itemKey);
    return true;
  });
}

/** Generates a valid, non-blank value of a field, written in `lang` where the field has labels. */
export function valueOf(field: FieldDef, lang: Lang): fc.Arbitrary<GeneratedCell> {
  switch (field.type) {
    case 'text':
      return cellText.map((text) => ({ written: text, parsed: text }));
    case 'id':
      return identifier.map((id) => ({ written: id, parsed: id }));
    case 'idList':
      return fc.uniqueArray(identifier, { minLength: 1, maxLength: 4 }).map((ids) => ({ written: ids.join(', '), parsed: ids }));
    case 'emails':
      return fc
        .uniqueArray(emailAddress, { minLength: 1, maxLength: 3, selector: (address) => address.toLowerCase() })
        .map((addresses) => ({ written: addresses.join('; '), parsed: addresses }));
    case 'date':
      return calendarDate.map((date: IsoDate) => ({ written: { date }, parsed: date }));
    case 'money':
      return fc.integer({ min: field.min ?? -1_000_000_000_000, max: 1_000_000_000_000 }).map((amount) => ({ written: amount, parsed: { amount, currency: null } }));
    case 'number':
    case 'integer':
      return fc.integer({ min: field.min ?? -1_000_000, max: Math.max(field.min ?? 0, 0) + 1_000_000 }).map((value) => ({ written: value, parsed: value }));
    case 'boolean':
      return fc.boolean().map((value) => ({ written: value, parsed: value }));
    case 'enum': {
      const values = field.enumValues ?? [];
      return fc.tuple(fc.constantFrom(...values), fc.constantFrom<'key' | 'label'>('key', 'label')).map(([value, form]) => ({
        written: form === 'key' ? value.key : value.label[lang],
        parsed: value.key,
      }));
    }
  }
}

/** Generates a value of the field, or a blank cell when the field is optional. */
function cellOf(field: FieldDef, lang: Lang): fc.Arbitrary<GeneratedCell> {
  const blank: GeneratedCell = { written: null, parsed: null };
  return field.required ? valueOf(field, lang) : fc.oneof({ weight: 3, arbitrary: valueOf(field, lang) }, { weight: 1, arbitrary: fc.constant(blank) });
}

export function registerNamed(id: RegisterId): RegisterDef {
  return REGISTERS.find((register) => register.id === id) as RegisterDef;
}

/** Rows of one register with unique values in its unique fields (compared as references are). */
export function registerRows(register: RegisterDef, lang: Lang, maxRows = 6): fc.Arbitrary<GeneratedRow[]> {
  const row = fc.record(Object.fromEntries(register.fields.map((field) => [field.key, cellOf(field, lang)])) as Record<string, fc.Arbitrary<GeneratedCell>>);
  const uniqueFields = register.fields.filter((field) => field.unique);
  return fc.array(row, { minLength: 1, maxLength: maxRows }).map((rows) =>
    uniqueFields.reduce<GeneratedRow[]>((kept, field) => uniqueBy(kept, (candidate) => referenceKey(String(candidate[field.key].parsed ?? ''))), rows),
  );
}

/** Lays out a generated row as setup lays out the tab: one value per field, in field order. */
export function writtenRow(register: RegisterDef, row: GeneratedRow): OutputValue[] {
  return register.fields.map((field) => row[field.key]?.written ?? null);
}

/** The record the reader must return for a generated row at a 1-based sheet row. */
export function expectedRecord(register: RegisterDef, row: GeneratedRow, sheetRow: number): Record<string, unknown> {
  const record: Record<string, unknown> = { row: sheetRow };
  for (const field of register.fields) {
    const parsed = row[field.key]?.parsed ?? null;
    record[field.key] = parsed === null && (field.type === 'idList' || field.type === 'emails') ? [] : parsed;
  }
  return record;
}

/** Returns the name of the tab carrying a register's marker. */
export function sheetOf(port: WorkbookPort, id: RegisterId): string {
  const sheet = port.listSheets().find((candidate) => candidate.marker === id);
  if (sheet === undefined) {
    throw new Error(`No tab carries the ${id} marker.`);
  }
  return sheet.name;
}

/** Sets up an in-memory workbook and appends the given rows, each given as field key to written value. */
export function memoryWorkbook(rows: Partial<Record<RegisterId, readonly Readonly<Record<string, OutputValue>>[]>>, lang: Lang = 'en'): MemoryWorkbookPort {
  const port = new MemoryWorkbookPort('Asia/Seoul', lang === 'ko' ? 'ko_KR' : 'en_US');
  setupWorkbook(port, { lang });
  for (const [id, records] of Object.entries(rows) as [RegisterId, readonly Record<string, OutputValue>[]][]) {
    if (records.length > 0) {
      const register = registerNamed(id);
      port.appendRows(
        sheetOf(port, id),
        records.map((record) => register.fields.map((field) => record[field.key] ?? null)),
      );
    }
  }
  return port;
}
