/** Register schemas: each register and field is data, read by setup, parsing, the sidebar and import. */

export type Lang = 'ko' | 'en';

export interface Label {
  readonly en: string;
  readonly ko: string;
}

/**
 * How a cell is parsed. `id` keeps text exactly (leading zeros survive); `idList` is a list of ids split
 * on comma, semicolon or line break; `emails` is the same for email addresses.
 */
export type FieldType =
  | 'text'
  | 'id'
  | 'idList'
  | 'date'
  | 'money'
  | 'number'
  | 'integer'
  | 'boolean'
  | 'enum'
  | 'emails';

export interface EnumValue {
  readonly key: string;
  readonly label: Label;
}

export interface FieldDef {
  readonly key: string;
  readonly header: Label;
  /** Other headers accepted for this column (typical export names), matched like the labels. */
  readonly aliases?: readonly string[];
  readonly type: FieldType;
  readonly required?: boolean;
  /** The value must be unique within the register (checked on non-blank values). */
  readonly unique?: boolean;
  readonly enumValues?: readonly EnumValue[];
  /** Lower bound for number, integer and money fields (inclusive). */
  readonly min?: number;
  readonly note: Label;
}

export type RegisterId =
  | 'assets'
  | 'configurationItems'
  | 'licenses'
  | 'licenseAssignments'
  | 'installations'
  | 'contracts'
  | 'vendors'
  | 'ledger'
  | 'budgets'
  | 'categories'
  | 'settings';

export interface RegisterDef {
  readonly id: RegisterId;
  readonly tab: Label;
  /** The field that names a row in findings and change history (Asset Tag, CI ID, …). */
  readonly keyField: string | null;
  readonly fields: readonly FieldDef[];
}

export function label(lang: Lang, value: Label): string {
  return value[lang];
}
