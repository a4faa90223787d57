import { cellValueFor } from '../assets/assetInput';
import { nextAssetTag } from '../assets/assetTagPattern';
import type { IsoDate } from '../calendar/calendarDate';
import type { FieldDef, Lang, RegisterDef } from '../registers/schema';
import type { Settings } from '../settings/settings';
import type { DateOrder, ParseOptions } from '../values/parseResult';
import type { CellValue, OutputValue } from '../workbook/port';
import { mapColumns, type ColumnMapping } from './columnMapping';
import { parseCsv } from './csvParsing';
import { renderImportMessage, type AcceptedRow, type ImportMessage, type ImportResult, type RejectedRow } from './importResult';
import { fingerprintOf, indexExistingRows, keyPatternFor, normalizeKey, type ExistingRegister, type RegisterIndex } from './rowIdentity';
import { cellText, convertRow, type ConvertedRow } from './rowConversion';
import type { ImportSourceId, MessageSpec } from './sources/importSource';
import { importSourceById } from './sources/knownSources';
import type { DecodedText } from './textDecoding';

export interface ImportOptions {
  readonly source: ImportSourceId;
  /** Order of ambiguous slash dates such as 04/05/16; null leaves them as problems. */
  readonly dateOrder: DateOrder | null;
  readonly asOf: IsoDate;
  readonly settings: Settings;
  readonly lang: Lang;
}

/** A decoded CSV file, or the rows of a spreadsheet (the first row is the header). */
export type ImportInput =
  | { readonly kind: 'csv'; readonly decoded: DecodedText }
  | { readonly kind: 'rows'; readonly rows: readonly (readonly CellValue[])[] };

interface SourceRow {
  readonly line: number;
  readonly row: number;
  readonly cells: readonly CellValue[];
  readonly unclosedQuoteLine: number | null;
}

/** The sequence part of a key pattern, as nextAssetTag reads it. */
const KEY_SEQUENCE = /\{0+\}/;

/** Maximum number of lines listed in a warning before "…". */
const LISTED_LINES = 10;

function sourceRowsOf(input: ImportInput): SourceRow[] {
  if (input.kind === 'csv') {
    return parseCsv(input.decoded.text).map((record, index) => ({ line: record.line, row: index + 1, cells: record.fields, unclosedQuoteLine: record.unclosedQuoteLine }));
  }
  return input.rows.map((cells, index) => ({ line: index + 1, row: index + 1, cells, unclosedQuoteLine: null }));
}

function isBlank(cells: readonly CellValue[]): boolean {
  return cells.every((cell) => cellText(cell).trim() === '');
}

function listLines(lines: readonly number[]): string {
  const shown = lines.slice(0, LISTED_LINES).join(', ');
  return lines.length > LISTED_LINES ? `${shown}, …` : shown;
}

/** Counts identical tallies (same code and parameters) and returns one message each with a `count`. */
function countTallies(tallies: readonly MessageSpec[]): MessageSpec[] {
  const counted = new Map<string, { spec: MessageSpec; count: number }>();
  for (const tally of tallies) {
    const id = `${tally.code}\u001f${JSON.stringify(tally.params)}`;
    const entry = counted.get(id);
    if (entry) {
      entry.count++;
    } else {
      counted.set(id, { spec: tally, count: 1 });
    }
  }
  return Array.from(counted.values(), ({ spec, count }) => ({ code: spec.code, params: { ...spec.params, count } }));
}

/** Warnings about the layout of the file: headerless columns, short rows and unreadable characters. */
function layoutWarnings(input: ImportInput, mapping: ColumnMapping, dataRows: readonly SourceRow[]): MessageSpec[] {
  const warnings: MessageSpec[] = [...mapping.warnings];

  for (const column of mapping.columns.filter((candidate) => candidate.target.kind === 'blank')) {
    const count = dataRows.filter((row) => cellText(row.cells[column.index]).trim() !== '').length;
    warnings.push(count === 0 ? { code: 'import.warning.blankHeader', params: { column: column.letter } } : { code: 'import.warning.blankHeaderWithData', params: { column: column.letter, count } });
  }

  const shortLines = dataRows.filter((row) => row.cells.length < mapping.columns.length).map((row) => row.line);
  if (shortLines.length > 0) {
    warnings.push({ code: 'import.warning.shortRows', params: { count: shortLines.length, lines: listLines(shortLines) } });
  }

  if (input.kind === 'csv' && input.decoded.replacementCount > 0) {
    warnings.push({ code: 'import.warning.replacementCharacters', params: { count: input.decoded.replacementCount, encoding: input.decoded.encoding } });
  }
  return warnings;
}

/** Problems with the shape of a row that make its cells unreliable, checked before any cell is read. */
function shapeProblems(row: SourceRow, headerWidth: number): MessageSpec[] {
  if (row.unclosedQuoteLine !== null) {
    return [{ code: 'import.reason.unclosedQuote', params: { line: row.unclosedQuoteLine } }];
  }
  const lastFilled = row.cells.reduce<number>((last, cell, index) => (cellText(cell).trim() !== '' ? index + 1 : last), 0);
  if (lastFilled > headerWidth) {
    return [{ code: 'import.reason.extraValues', params: { count: lastFilled, columns: headerWidth, last: headerWidth } }];
  }
  return [];
}

interface PendingRow {
  readonly source: SourceRow;
  readonly converted: ConvertedRow | null;
  readonly problems: MessageSpec[];
  readonly flags: MessageSpec[];
  key: string | null;
}

/**
 * Builds the import preview. Nothing is written: the caller commits `accepted` in one batch. Every
 * data row of the file ends up in exactly one of `accepted` and `rejected`, and rows are never merged
 * with each other or with the register. The steps are: split rows, map headers, convert each row,
 * then check keys against the file and the register, generate missing keys, and recognise rows that
 * an earlier import already added.
 */
export function importRows(input: ImportInput, register: RegisterDef, existing: ExistingRegister | null, options: ImportOptions): ImportResult {
  const { lang, settings } = options;
  const render = (spec: MessageSpec): ImportMessage => renderImportMessage(lang, spec);
  const base = {
    register: register.id,
    source: options.source,
    asOf: options.asOf,
    lang,
    encoding: input.kind === 'csv' ? input.decoded.encoding : null,
    encodingDetection: input.kind === 'csv' ? input.decoded.detection : null,
  };

  const allRows = sourceRowsOf(input);
  const headerIndex = allRows.findIndex((row) => !isBlank(row.cells));
  if (headerIndex === -1) {
    return { ...base, accepted: [], rejected: [], errors: [render({ code: 'import.error.noHeader', params: {} })], warnings: [] };
  }
  const sourceMapping = importSourceById(options.source).registers[register.id];
  const mapping = mapColumns(register, sourceMapping, allRows[headerIndex].cells);
  const dataRows = allRows.slice(headerIndex + 1).filter((row) => !isBlank(row.cells));

  const warnings = layoutWarnings(input, mapping, dataRows);
  if (mapping.errors.length > 0) {
    const errors = mapping.errors.map(render);
    const reasons = errors.map((error) => render({ code: 'import.reason.fileError', params: { error: error.text } }));
    const rejected = dataRows.map((row) => ({ line: row.line, row: row.row, key: keyCellText(row, register, mapping), reasons }));
    return { ...base, accepted: [], rejected, errors, warnings: warnings.map(render) };
  }

  const parseOptions: ParseOptions = { dateOrder: options.dateOrder };
  const pending: PendingRow[] = dataRows.map((row) => {
    const problems = shapeProblems(row, mapping.columns.length);
    if (problems.length > 0) {
      return { source: row, converted: null, problems, flags: [], key: null };
    }
    const converted = convertRow(row.cells, { register, mapping, source: sourceMapping, parseOptions, lang, generatesKey: keyPatternFor(register.id, settings) !== null, currency: settings.currency });
    const key = register.keyField === null ? null : converted.values.get(register.keyField);
    return { source: row, converted, problems: [...converted.problems], flags: [...converted.flags], key: typeof key === 'string' ? key : null };
  });

  const index = indexExistingRows(register, existing, settings, lang);
  const sheetName = existing?.sheetName ?? register.tab[lang];
  checkKeys(pending, register, mapping, index, sheetName, lang);
  assignMissingKeys(pending, register, mapping, index, sheetName, options);

  const accepted: AcceptedRow[] = [];
  const rejected: RejectedRow[] = [];
  const tallies: MessageSpec[] = [];
  for (const row of pending) {
    if (row.problems.length > 0 || row.converted === null) {
      rejected.push({ line: row.source.line, row: row.source.row, key: keyCellText(row.source, register, mapping), reasons: row.problems.map(render) });
      continue;
    }
    tallies.push(...row.converted.tallies);
    accepted.push({ line: row.source.line, row: row.source.row, key: row.key, values: outputValues(register, row.converted, options), flags: row.flags.map(render) });
  }
  const missingColumns = pending.flatMap((row) => row.problems.filter((problem) => problem.code === 'import.reason.requiredColumnMissing'));
  const fileWarnings = [...warnings, ...countTallies(tallies), ...countTallies(missingColumns).map((spec) => ({ code: 'import.warning.missingRequiredColumn', params: spec.params }))];

  return { ...base, accepted, rejected, errors: [], warnings: fileWarnings.map(render) };
}

function keyCellText(row: SourceRow, register: RegisterDef, mapping: ColumnMapping): string {
  const column = register.keyField === null ? undefined : mapping.fieldColumns.get(register.keyField);
  return column === undefined ? '' : cellText(row.cells[column.index]).trim();
}

function keyColumnLabel(register: RegisterDef, mapping: ColumnMapping, lang: Lang): string {
  const keyField = register.fields.find((field) => field.key === register.keyField) as FieldDef;
  return mapping.fieldColumns.get(keyField.key)?.header ?? keyField.header[lang];
}

/** Rejects every row whose key is repeated in the file or already in the register. */
function checkKeys(pending: readonly PendingRow[], register: RegisterDef, mapping: ColumnMapping, index: RegisterIndex, sheetName: string, lang: Lang): void {
  if (register.keyField === null) {
    return;
  }
  const column = keyColumnLabel(register, mapping, lang);

  const linesByKey = new Map<string, number[]>();
  for (const row of pending) {
    if (row.key !== null) {
      const lines = linesByKey.get(normalizeKey(row.key)) ?? [];
      lines.push(row.source.line);
      linesByKey.set(normalizeKey(row.key), lines);
    }
  }

  for (const row of pending) {
    if (row.key === null) {
      continue;
    }
    const others = (linesByKey.get(normalizeKey(row.key)) ?? []).filter((line) => line !== row.source.line);
    if (others.length > 0) {
      row.problems.push({ code: 'import.reason.duplicateInFile', params: { column, value: row.key, lines: listLines(others) } });
    }
    const existingRow = index.rowByKey.get(normalizeKey(row.key));
    if (existingRow !== undefined) {
      row.problems.push({ code: 'import.reason.alreadyInRegister', params: { column, value: row.key, sheet: sheetName, row: existingRow } });
    }
  }
}

/**
 * Handles valid rows without a key. A row whose values match a register row was imported before and
 * is rejected. Any other row gets the next free key from the pattern, with a flag that reports it.
 * Rows of registers without a key are matched the same way.
 */
function assignMissingKeys(pending: readonly PendingRow[], register: RegisterDef, mapping: ColumnMapping, index: RegisterIndex, sheetName: string, options: ImportOptions): void {
  const { settings, lang } = options;
  const keyField = register.fields.find((field) => field.key === register.keyField) ?? null;
  const column = keyField === null ? '' : keyColumnLabel(register, mapping, lang);
  const pattern = keyPatternFor(register.id, settings);
  const takenKeys = [...index.keys, ...pending.flatMap((row) => (row.key === null ? [] : [row.key]))];
  let lastGenerated: string | null = null;
  const firstLineByFingerprint = new Map<string, number>();

  for (const row of pending) {
    if (row.problems.length > 0 || row.converted === null || row.key !== null) {
      continue;
    }
    const fingerprint = fingerprintOf(register, row.converted.values, settings.currency);
    const matches = index.rowsByFingerprint.get(fingerprint);
    if (matches !== undefined && matches.length > 0) {
      const existingRow = matches.shift() as number;
      row.problems.push({ code: keyField === null ? 'import.reason.sameAsExisting' : 'import.reason.sameAsExistingWithoutKey', params: { row: existingRow, sheet: sheetName, column } });
      continue;
    }
    const firstLine = firstLineByFingerprint.get(fingerprint);
    if (firstLine !== undefined) {
      row.flags.push({ code: 'import.flag.sameAsLine', params: { line: firstLine } });
    } else {
      firstLineByFingerprint.set(fingerprint, row.source.line);
    }

    // Without a pattern the blank key was already rejected as a missing required value.
    if (keyField === null || pattern === null) {
      continue;
    }
    if (!KEY_SEQUENCE.test(pattern)) {
      row.problems.push({ code: 'import.reason.keyPatternInvalid', params: { column, pattern } });
      continue;
    }
    // After the first key, the last generated one is the highest, so it alone decides the next.
    lastGenerated = nextAssetTag(pattern, options.asOf, lastGenerated === null ? takenKeys : [lastGenerated]);
    row.key = lastGenerated;
    row.converted.values.set(keyField.key, lastGenerated);
    row.converted.texts.set(keyField.key, lastGenerated);
    row.flags.push({ code: 'import.flag.generatedKey', params: { column, value: lastGenerated } });
  }
}

function outputValues(register: RegisterDef, row: ConvertedRow, options: ImportOptions): OutputValue[] {
  return register.fields.map((field) => {
    const value = row.values.get(field.key) ?? null;
    if (value === null) {
      return '';
    }
    const text = row.texts.get(field.key) ?? String(value);
    return cellValueFor(field, value, text, options.lang, options.settings.currency);
  });
}
