/** A data-quality or calculation finding: where it is, what was there and which message explains it. */

export type Severity = 'error' | 'warning' | 'info';

export type MessageParams = Readonly<Record<string, string | number>>;

export interface Finding {
  /** Tab name as the user sees it. */
  readonly sheet: string;
  /** 1-based sheet row, or null for a finding about the whole sheet. */
  readonly row: number | null;
  /** Header as the user sees it, or null. */
  readonly column: string | null;
  /** A1 reference such as D7, or null when the finding has no single cell. */
  readonly cell: string | null;
  /** The cell's text as typed (shortened for display by the writer, never here). */
  readonly value: string;
  readonly severity: Severity;
  /** i18n catalog key of the message. */
  readonly code: string;
  readonly params: MessageParams;
}

/** Converts a 1-based column number to its letters (1 → A, 27 → AA). */
export function columnLetters(column: number): string {
  let letters = '';
  let remaining = column;
  while (remaining > 0) {
    const index = (remaining - 1) % 26;
    letters = String.fromCharCode(65 + index) + letters;
    remaining = Math.floor((remaining - 1) / 26);
  }
  return letters;
}

export function a1(row: number, column: number): string {
  return `${columnLetters(column)}${row}`;
}
