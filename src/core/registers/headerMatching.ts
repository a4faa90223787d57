import type { FieldDef, RegisterDef } from './schema';

/** Normalizes a header for matching: BOM removed, NFC, trimmed, inner whitespace folded, case folded. */
export function normalizeHeader(text: string): string {
  return text.replace(/^\uFEFF/, '').normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

export function headerCandidates(field: FieldDef): string[] {
  return [field.key, field.header.en, field.header.ko, ...(field.aliases ?? [])].map(normalizeHeader);
}

export interface HeaderMatch {
  /** 1-based column of each matched field. */
  readonly columns: Record<string, number>;
  /** Fields matched by more than one column: field key with both 1-based columns. */
  readonly duplicates: readonly { readonly field: FieldDef; readonly first: number; readonly second: number; readonly header: string }[];
  /** Required fields with no column. */
  readonly missingRequired: readonly FieldDef[];
  /** 1-based columns that matched no field (user columns, kept and ignored). */
  readonly extraColumns: readonly number[];
}

/**
 * Maps a header row to register fields. Exact header labels win over aliases, so an "Asset Tag" column
 * is never taken by a field that only lists it as an alias while the owning field is present.
 */
export function matchHeaders(register: RegisterDef, headerRow: readonly unknown[]): HeaderMatch {
  const primary = new Map<string, FieldDef>();
  const secondary = new Map<string, FieldDef>();
  for (const field of register.fields) {
    for (const text of [field.key, field.header.en, field.header.ko].map(normalizeHeader)) {
      primary.set(text, field);
    }
  }
  for (const field of register.fields) {
    for (const alias of (field.aliases ?? []).map(normalizeHeader)) {
      if (!primary.has(alias) && !secondary.has(alias)) {
        secondary.set(alias, field);
      }
    }
  }

  const columns: Record<string, number> = {};
  const duplicates: { field: FieldDef; first: number; second: number; header: string }[] = [];
  const extraColumns: number[] = [];
  const pending: { column: number; field: FieldDef; header: string }[] = [];
  headerRow.forEach((cell, index) => {
    const header = typeof cell === 'string' ? cell : String(cell ?? '');
    const normalized = normalizeHeader(header);
    if (normalized === '') {
      extraColumns.push(index + 1);
      return;
    }
    const exact = primary.get(normalized);
    if (exact) {
      if (exact.key in columns) {
        duplicates.push({ field: exact, first: columns[exact.key], second: index + 1, header });
      } else {
        columns[exact.key] = index + 1;
      }
      return;
    }
    const alias = secondary.get(normalized);
    if (alias) {
      pending.push({ column: index + 1, field: alias, header });
    } else {
      extraColumns.push(index + 1);
    }
  });
  for (const candidate of pending) {
    if (candidate.field.key in columns) {
      extraColumns.push(candidate.column);
    } else {
      columns[candidate.field.key] = candidate.column;
    }
  }

  const missingRequired = register.fields.filter((field) => field.required && !(field.key in columns));
  return { columns, duplicates, missingRequired, extraColumns: extraColumns.sort((a, b) => a - b) };
}
