import type { RegisterDef, RegisterId } from '../registers/schema';
import type { Settings } from '../settings/settings';
import type { ParsedValue, ParseOptions } from '../values/parseResult';
import type { CellValue } from '../workbook/port';
import type { Lang } from '../registers/schema';
import { mapColumns } from './columnMapping';
import { convertRow } from './rowConversion';

/**
 * Recognition of imported rows in the register: by key when the row has one, otherwise by its values
 * (the fingerprint). So importing the same file twice adds nothing, even for rows whose key the first
 * import generated and for registers without a key.
 */

/** The register tab as read before the import: its name and every value, header row included. */
export interface ExistingRegister {
  readonly sheetName: string;
  readonly values: readonly (readonly CellValue[])[];
}

export interface RegisterIndex {
  /** Sheet row of each key, by normalized key. */
  readonly rowByKey: ReadonlyMap<string, number>;
  /** Keys as written, for generating the next free one. */
  readonly keys: readonly string[];
  /** Sheet rows by fingerprint; an imported row that matches takes one row off its list. */
  readonly rowsByFingerprint: Map<string, number[]>;
}

/**
 * Patterns for generated keys: assets follow the Asset Tag pattern in Settings.
 * NOTE: Settings has no pattern for the other registers yet, so these prefixes are fixed here.
 */
const FIXED_KEY_PATTERNS: Readonly<Partial<Record<RegisterId, string>>> = {
  licenses: 'LIC-{0000}',
  configurationItems: 'CI-{0000}',
  contracts: 'CON-{0000}',
};

export function keyPatternFor(register: RegisterId, settings: Settings): string | null {
  if (register === 'assets') {
    return settings.assetTagPattern;
  }
  return FIXED_KEY_PATTERNS[register] ?? null;
}

export function normalizeKey(key: string): string {
  return key.normalize('NFC').trim().toLowerCase();
}

function fingerprintPart(value: ParsedValue | null, currency: string): string {
  if (value === null) {
    return '';
  }
  if (Array.isArray(value)) {
    return value.join('\n');
  }
  if (typeof value === 'object') {
    const money = value as { amount: number; currency: string | null };
    return `${money.amount} ${money.currency ?? currency}`;
  }
  if (typeof value === 'string') {
    // A line break in a quoted CSV field may be CRLF, while an .xlsx file gives it back as LF.
    return value.normalize('NFC').trim().replace(/\r\n?/g, '\n');
  }
  return String(value);
}

/** Joins every field except the key; an amount without a currency counts in the workbook's currency. */
export function fingerprintOf(register: RegisterDef, values: ReadonlyMap<string, ParsedValue | null>, currency: string): string {
  return register.fields
    .filter((field) => field.key !== register.keyField)
    .map((field) => fingerprintPart(values.get(field.key) ?? null, currency))
    .join('\u001f');
}

function isBlankRow(row: readonly CellValue[]): boolean {
  return row.every((cell) => typeof cell === 'string' && cell.trim() === '');
}

/**
 * Indexes the register's rows. They are read through the same conversion as imported rows, so both
 * sides of a comparison are normalized the same way (an enum label and its key, a date cell and text).
 */
export function indexExistingRows(register: RegisterDef, existing: ExistingRegister | null, settings: Settings, lang: Lang): RegisterIndex {
  const rowByKey = new Map<string, number>();
  const keys: string[] = [];
  const rowsByFingerprint = new Map<string, number[]>();
  if (existing === null || existing.values.length === 0) {
    return { rowByKey, keys, rowsByFingerprint };
  }

  const mapping = mapColumns(register, undefined, existing.values[0]);
  const parseOptions: ParseOptions = {};
  for (let index = 1; index < existing.values.length; index++) {
    const cells = existing.values[index];
    if (isBlankRow(cells)) {
      continue;
    }
    const sheetRow = index + 1;
    const converted = convertRow(cells, { register, mapping, source: undefined, parseOptions, lang, generatesKey: true, currency: settings.currency });

    const key = register.keyField === null ? null : converted.values.get(register.keyField);
    if (typeof key === 'string') {
      keys.push(key);
      if (!rowByKey.has(normalizeKey(key))) {
        rowByKey.set(normalizeKey(key), sheetRow);
      }
    }
    const fingerprint = fingerprintOf(register, converted.values, settings.currency);
    const rows = rowsByFingerprint.get(fingerprint);
    if (rows) {
      rows.push(sheetRow);
    } else {
      rowsByFingerprint.set(fingerprint, [sheetRow]);
    }
  }
  return { rowByKey, keys, rowsByFingerprint };
}
