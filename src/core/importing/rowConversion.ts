import { translate } from '../i18n';
import type { FieldDef, Lang, RegisterDef } from '../registers/schema';
import { parseCell } from '../values/parseCell';
import type { Money, ParsedValue, ParseOptions, ProblemCode } from '../values/parseResult';
import { TEXT_LIMIT } from '../values/textValue';
import type { CellValue } from '../workbook/port';
import type { ColumnMapping, MappedColumn } from './columnMapping';
import { findGarbledSequence } from './garbledText';
import type { MessageSpec, NoteType, SourceRegisterMapping } from './sources/importSource';

/** One data row after its cells were read: parsed field values and the messages about them. */
export interface ConvertedRow {
  readonly values: Map<string, ParsedValue | null>;
  /** Cell text as written, by field key, for values that are written back as text (foreign-currency amounts). */
  readonly texts: Map<string, string>;
  readonly flags: MessageSpec[];
  readonly problems: MessageSpec[];
  readonly tallies: MessageSpec[];
}

export interface ConversionContext {
  readonly register: RegisterDef;
  readonly mapping: ColumnMapping;
  readonly source: SourceRegisterMapping | undefined;
  readonly parseOptions: ParseOptions;
  readonly lang: Lang;
  /** A blank key is generated later from a pattern, so it is not a missing value here. */
  readonly generatesKey: boolean;
  /** The workbook currency; an amount written in another currency is flagged. */
  readonly currency: string;
}

/**
 * Problems that leave the text usable, so the row is accepted with a flag and the text kept as written.
 * An ID that Excel turned into scientific notation cannot be recovered from the file anyway. A
 * replacement character means the decoding already lost the original.
 */
const FLAG_PROBLEMS: ReadonlySet<ProblemCode> = new Set(['damagedId', 'replacementCharacter']);

const NOTE_FIELDS: Readonly<Record<NoteType, FieldDef>> = {
  text: { key: 'note', header: { en: '', ko: '' }, type: 'text', note: { en: '', ko: '' } },
  id: { key: 'note', header: { en: '', ko: '' }, type: 'id', note: { en: '', ko: '' } },
  boolean: { key: 'note', header: { en: '', ko: '' }, type: 'boolean', note: { en: '', ko: '' } },
};

export function cellText(cell: CellValue | undefined): string {
  if (cell === undefined || cell === null) {
    return '';
  }
  if (typeof cell === 'object') {
    return cell.date;
  }
  if (typeof cell === 'boolean') {
    return cell ? 'TRUE' : 'FALSE';
  }
  return String(cell);
}

function cellProblem(problem: ProblemCode, detail: Readonly<Record<string, string | number>> | undefined, column: MappedColumn, text: string, field?: string): MessageSpec {
  return { code: `problem.${problem}`, params: { ...(detail ?? {}), column: column.header, value: text }, field };
}

function checkGarbled(column: MappedColumn, text: string, flags: MessageSpec[]): void {
  const sequence = findGarbledSequence(text);
  if (sequence !== null) {
    flags.push({ code: 'import.flag.garbledText', params: { column: column.header, value: text, sequence } });
  }
}

/** Reads a field cell. A flag-level problem keeps the text, and any other problem rejects the row. */
function readFieldCell(cell: CellValue, column: MappedColumn, field: FieldDef, context: ConversionContext, row: ConvertedRow): void {
  const text = cellText(cell).trim();
  checkGarbled(column, text, row.flags);

  const parsed = parseCell(cell, field, context.parseOptions);
  if (parsed.ok) {
    row.values.set(field.key, parsed.value);
    row.texts.set(field.key, text);
    const currency = field.type === 'money' && parsed.value !== null ? (parsed.value as Money).currency : null;
    if (currency !== null && currency !== context.currency) {
      // Amounts are never converted, so the user must know this one stays out of totals in the workbook currency.
      row.flags.push({ code: 'import.flag.otherCurrency', params: { column: column.header, value: text, currency, expected: context.currency }, field: field.key });
    }
    return;
  }
  const spec = cellProblem(parsed.problem, parsed.detail, column, text, field.key);
  if (FLAG_PROBLEMS.has(parsed.problem) && (field.type === 'text' || field.type === 'id')) {
    row.flags.push(spec);
    row.values.set(field.key, text);
    row.texts.set(field.key, text);
  } else {
    row.problems.push(spec);
  }
}

/** Reads a Notes column into a "Header: value" line, keeping a value its type cannot read as written. */
function readNoteCell(cell: CellValue, column: MappedColumn, type: NoteType, context: ConversionContext, row: ConvertedRow): string | null {
  const text = cellText(cell).trim();
  if (text === '') {
    return null;
  }
  checkGarbled(column, text, row.flags);

  const parsed = parseCell(cell, NOTE_FIELDS[type], context.parseOptions);
  if (!parsed.ok) {
    if (type === 'boolean' && parsed.problem === 'invalidBoolean') {
      row.flags.push({ code: 'import.flag.keptInNotes', params: { column: column.header, value: text } });
    } else if (FLAG_PROBLEMS.has(parsed.problem)) {
      row.flags.push(cellProblem(parsed.problem, parsed.detail, column, text));
    } else {
      row.problems.push(cellProblem(parsed.problem, parsed.detail, column, text));
    }
    return `${column.header}: ${text}`;
  }
  if (parsed.value === null) {
    return null;
  }
  if (typeof parsed.value === 'boolean') {
    return `${column.header}: ${translate(context.lang, parsed.value ? 'import.note.yes' : 'import.note.no')}`;
  }
  return `${column.header}: ${text}`;
}

/**
 * Converts one data row: parses each mapped cell with its register field's parser, gathers Notes
 * lines and source inputs, runs the source's derive step, applies the source's defaults and checks
 * required values. A blank key is left for key assignment when the register generates keys.
 */
export function convertRow(cells: readonly CellValue[], context: ConversionContext): ConvertedRow {
  const { register, mapping } = context;
  const row: ConvertedRow = { values: new Map(), texts: new Map(), flags: [], problems: [], tallies: [] };
  for (const field of register.fields) {
    row.values.set(field.key, null);
  }

  const noteLines: string[] = [];
  const inputs = new Map<string, string>();
  for (const column of mapping.columns) {
    const cell = column.index < cells.length ? cells[column.index] : '';
    const target = column.target;
    if (target.kind === 'field') {
      readFieldCell(cell, column, target.field, context, row);
    } else if (target.kind === 'note') {
      const line = readNoteCell(cell, column, target.type, context, row);
      if (line !== null) noteLines.push(line);
    } else if (target.kind === 'input') {
      const text = cellText(cell).trim();
      checkGarbled(column, text, row.flags);
      inputs.set(target.input, text);
    }
  }

  applyDerivation(row, inputs, noteLines, context);
  applyDefaults(row, context);
  applyNotes(row, noteLines, context);
  checkRequired(row, context);
  return row;
}

function applyDerivation(row: ConvertedRow, inputs: ReadonlyMap<string, string>, noteLines: string[], context: ConversionContext): void {
  const derive = context.source?.derive;
  if (!derive) {
    return;
  }
  const derivation = derive({
    input: (name) => inputs.get(name) ?? '',
    hasInputColumn: (name) => context.mapping.inputColumns.has(name),
    inputHeader: (name) => context.mapping.inputColumns.get(name)?.header ?? name,
    hasFieldColumn: (field) => context.mapping.fieldColumns.has(field),
    value: (field) => row.values.get(field) ?? null,
    parseOptions: context.parseOptions,
    lang: context.lang,
  });
  for (const [key, value] of Object.entries(derivation.values)) {
    if (row.values.get(key) === null) {
      row.values.set(key, value);
      row.texts.set(key, String(value));
    }
  }
  noteLines.push(...derivation.notes);
  row.flags.push(...derivation.flags);
  row.problems.push(...derivation.problems);
  row.tallies.push(...derivation.tallies);
}

function applyDefaults(row: ConvertedRow, context: ConversionContext): void {
  for (const [key, value] of Object.entries(context.source?.defaults ?? {})) {
    if (context.mapping.fieldColumns.has(key) || row.values.get(key) !== null) {
      continue;
    }
    const field = context.register.fields.find((candidate) => candidate.key === key);
    const label = field?.enumValues?.find((candidate) => candidate.key === value)?.label[context.lang] ?? value;
    row.values.set(key, value);
    row.texts.set(key, value);
    row.tallies.push({ code: 'import.warning.defaultValue', params: { column: field?.header[context.lang] ?? key, value: label } });
  }
}

/** Joins the Notes cell and the Notes lines of other columns, one per line, the Notes cell first. */
function applyNotes(row: ConvertedRow, noteLines: readonly string[], context: ConversionContext): void {
  if (noteLines.length === 0 || !context.register.fields.some((field) => field.key === 'notes')) {
    return;
  }
  const own = row.values.get('notes');
  const notes = [typeof own === 'string' ? own : null, ...noteLines].filter((line): line is string => line !== null).join('\n');
  if (notes.length > TEXT_LIMIT) {
    row.problems.push({ code: 'problem.tooLong', params: { length: notes.length, limit: TEXT_LIMIT } });
    return;
  }
  row.values.set('notes', notes);
  row.texts.set('notes', notes);
}

function checkRequired(row: ConvertedRow, context: ConversionContext): void {
  const { register, mapping, lang } = context;
  for (const field of register.fields) {
    const generated = field.key === register.keyField && context.generatesKey;
    if (!field.required || generated || row.values.get(field.key) !== null) {
      continue;
    }
    // A value that failed to parse already has its problem, so only a truly blank value is missing.
    if (row.problems.some((problem) => problem.field === field.key)) {
      continue;
    }
    const column = mapping.fieldColumns.get(field.key);
    if (column === undefined) {
      row.problems.push({ code: 'import.reason.requiredColumnMissing', params: { column: field.header[lang] }, field: field.key });
    } else {
      row.problems.push({ code: 'finding.requiredMissing', params: { column: column.header }, field: field.key });
    }
  }
}
