import { columnLetters } from '../findings/finding';
import { normalizeHeader } from '../registers/headerMatching';
import type { FieldDef, RegisterDef } from '../registers/schema';
import type { ColumnRole, MessageSpec, NoteType, SourceRegisterMapping } from './sources/importSource';

export type ColumnTarget =
  | { readonly kind: 'blank' }
  | { readonly kind: 'unmapped' }
  | { readonly kind: 'field'; readonly field: FieldDef }
  | { readonly kind: 'note'; readonly type: NoteType }
  | { readonly kind: 'input'; readonly input: string };

export interface MappedColumn {
  /** 0-based position in the file's rows. */
  readonly index: number;
  /** Spreadsheet column letter (A, B, …), as the user sees the file in Excel. */
  readonly letter: string;
  /** Header as written in the file, trimmed. */
  readonly header: string;
  readonly target: ColumnTarget;
}

export interface ColumnMapping {
  readonly columns: readonly MappedColumn[];
  readonly fieldColumns: ReadonlyMap<string, MappedColumn>;
  readonly inputColumns: ReadonlyMap<string, MappedColumn>;
  /** Problems that stop the import, because the column that contains a value would be a guess. */
  readonly errors: readonly MessageSpec[];
  readonly warnings: readonly MessageSpec[];
}

/** Strength of a header's claim on its target: a source's own column name, a register label, or an alias. */
const Priority = { Source: 0, Label: 1, Alias: 2 } as const;
type Priority = (typeof Priority)[keyof typeof Priority];

interface Candidate {
  readonly target: ColumnTarget;
  readonly priority: Priority;
}

function targetOfRole(role: ColumnRole, register: RegisterDef): ColumnTarget {
  switch (role.kind) {
    case 'field': {
      const field = register.fields.find((candidate) => candidate.key === role.field);
      if (!field) {
        throw new Error(`Import source maps a column to "${role.field}", which register "${register.id}" does not have.`);
      }
      return { kind: 'field', field };
    }
    case 'note':
      return { kind: 'note', type: role.type };
    case 'input':
      return { kind: 'input', input: role.input };
  }
}

function headerText(cell: unknown): string {
  const text = cell === null || cell === undefined ? '' : String(cell);
  return text.replace(/^\uFEFF/, '').trim();
}

function buildLookup(register: RegisterDef, source: SourceRegisterMapping | undefined): Map<string, Candidate> {
  const lookup = new Map<string, Candidate>();
  for (const [header, role] of Object.entries(source?.columns ?? {})) {
    lookup.set(normalizeHeader(header), { target: targetOfRole(role, register), priority: Priority.Source });
  }
  for (const field of register.fields) {
    for (const label of [field.key, field.header.en, field.header.ko]) {
      const normalized = normalizeHeader(label);
      if (!lookup.has(normalized)) {
        lookup.set(normalized, { target: { kind: 'field', field }, priority: Priority.Label });
      }
    }
  }
  for (const field of register.fields) {
    for (const alias of field.aliases ?? []) {
      const normalized = normalizeHeader(alias);
      if (!lookup.has(normalized)) {
        lookup.set(normalized, { target: { kind: 'field', field }, priority: Priority.Alias });
      }
    }
  }
  return lookup;
}

/** Returns the name of an exclusive target (a field or input), or null for blank, unmapped and note columns. */
function exclusiveKey(target: ColumnTarget): string | null {
  if (target.kind === 'field') return `field:${target.field.key}`;
  if (target.kind === 'input') return `input:${target.input}`;
  return null;
}

/**
 * Maps each header of a file to what it feeds. A header written twice is an error, and so are two
 * columns that name the same field equally strongly. A weaker name loses to a stronger one (an alias
 * to a label), and the losing column is reported as not imported.
 */
export function mapColumns(register: RegisterDef, source: SourceRegisterMapping | undefined, headerRow: readonly unknown[]): ColumnMapping {
  const lookup = buildLookup(register, source);
  const errors: MessageSpec[] = [];
  const warnings: MessageSpec[] = [];

  const headers = headerRow.map(headerText);
  const firstByHeader = new Map<string, number>();
  const candidates: (Candidate | null)[] = headers.map((header, index) => {
    const normalized = normalizeHeader(header);
    if (normalized === '') {
      return null;
    }
    const first = firstByHeader.get(normalized);
    if (first !== undefined) {
      errors.push({ code: 'import.error.duplicateHeader', params: { header, first: columnLetters(first + 1), second: columnLetters(index + 1) } });
    } else {
      firstByHeader.set(normalized, index);
    }
    return lookup.get(normalized) ?? { target: { kind: 'unmapped' }, priority: Priority.Alias };
  });

  // For each exclusive target, the strongest column wins; equally strong columns are an error.
  const winners = new Map<string, number>();
  candidates.forEach((candidate, index) => {
    const key = candidate ? exclusiveKey(candidate.target) : null;
    if (candidate === null || key === null) {
      return;
    }
    const current = winners.get(key);
    if (current === undefined) {
      winners.set(key, index);
      return;
    }
    const held = candidates[current] as Candidate;
    if (held.priority === candidate.priority) {
      if (normalizeHeader(headers[current]) !== normalizeHeader(headers[index])) {
        errors.push({
          code: 'import.error.sameTarget',
          params: { first: columnLetters(current + 1), firstHeader: headers[current], second: columnLetters(index + 1), secondHeader: headers[index] },
        });
      }
    } else if (candidate.priority < held.priority) {
      winners.set(key, index);
    }
  });

  const columns: MappedColumn[] = headers.map((header, index) => {
    const candidate = candidates[index];
    const letter = columnLetters(index + 1);
    if (candidate === null) {
      return { index, letter, header, target: { kind: 'blank' } };
    }
    const key = exclusiveKey(candidate.target);
    if (key !== null && winners.get(key) !== index) {
      const winner = winners.get(key) as number;
      if (candidates[winner]?.priority !== candidate.priority) {
        warnings.push({ code: 'import.warning.shadowedColumn', params: { column: letter, header, otherColumn: columnLetters(winner + 1), otherHeader: headers[winner] } });
      }
      return { index, letter, header, target: { kind: 'unmapped' } };
    }
    if (candidate.target.kind === 'unmapped') {
      warnings.push({ code: 'import.warning.unmappedColumn', params: { column: letter, header } });
    }
    return { index, letter, header, target: candidate.target };
  });

  const fieldColumns = new Map<string, MappedColumn>();
  const inputColumns = new Map<string, MappedColumn>();
  for (const column of columns) {
    if (column.target.kind === 'field') fieldColumns.set(column.target.field.key, column);
    if (column.target.kind === 'input') inputColumns.set(column.target.input, column);
  }
  return { columns, fieldColumns, inputColumns, errors, warnings };
}
