import type { MessageParams } from '../../findings/finding';
import type { Label, Lang, RegisterId } from '../../registers/schema';
import type { ParsedValue, ParseOptions } from '../../values/parseResult';

/** The tool a file was exported from; `generic` maps headers through the register labels and aliases only. */
export type ImportSourceId = 'generic' | 'snipe-it';

export const IMPORT_SOURCES: readonly ImportSourceId[] = ['generic', 'snipe-it'];

/** A message to render in the user's language later: an i18n key and its parameters. */
export interface MessageSpec {
  readonly code: string;
  readonly params: MessageParams;
  /** The register field the message is about, when there is one. */
  readonly field?: string;
}

/**
 * Destination of a source column. A `field` column is parsed by the register field's parser. A `note`
 * column becomes a "Header: value" line of Notes, for data the register has no field for. An `input`
 * column is read by the source's derive step (Snipe-IT's Checkout Type or Warranty months).
 */
export type ColumnRole =
  | { readonly kind: 'field'; readonly field: string }
  | { readonly kind: 'note'; readonly type: NoteType }
  | { readonly kind: 'input'; readonly input: string };

/** Check applied to a Notes column: `id` flags Excel's scientific notation and `boolean` reads yes/no words. */
export type NoteType = 'text' | 'id' | 'boolean';

export interface DerivationContext {
  /** Trimmed text of an input column, or '' when the cell is blank or the file has no such column. */
  input(name: string): string;
  hasInputColumn(name: string): boolean;
  /** Header of an input column as written in the file, for messages; the input name when absent. */
  inputHeader(name: string): string;
  hasFieldColumn(field: string): boolean;
  /** The parsed value of a field so far, or null when blank or invalid. */
  value(field: string): ParsedValue | null;
  readonly parseOptions: ParseOptions;
  readonly lang: Lang;
}

export interface Derivation {
  /** Field values to set; a value is only applied when the field is still blank. */
  readonly values: Readonly<Record<string, ParsedValue>>;
  /** Lines added to Notes so that data without a field is kept. */
  readonly notes: readonly string[];
  /** Messages that flag the row (accepted, to be checked). */
  readonly flags: readonly MessageSpec[];
  /** Messages that reject the row. */
  readonly problems: readonly MessageSpec[];
  /** Facts counted over the file and reported once, with a `count` parameter added. */
  readonly tallies: readonly MessageSpec[];
}

export interface SourceRegisterMapping {
  /** Column roles by header text; headers are compared after normalizeHeader. */
  readonly columns: Readonly<Record<string, ColumnRole>>;
  /**
   * Enum keys for required fields that the tool never exports, used when the file has no column for
   * the field. A warning reports which value the rows received.
   */
  readonly defaults?: Readonly<Record<string, string>>;
  /** Fills fields from the source's own columns; runs after the field columns are parsed. */
  readonly derive?: (context: DerivationContext) => Derivation;
}

export interface ImportSourceDef {
  readonly id: ImportSourceId;
  readonly label: Label;
  readonly registers: Readonly<Partial<Record<RegisterId, SourceRegisterMapping>>>;
}
