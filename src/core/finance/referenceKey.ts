/**
 * Returns the form in which finance compares identifiers and names typed in different registers (Asset
 * Tag, Contract ID, License ID, Category, Department, Investment): Unicode NFC, trimmed, lower case.
 * NFC makes a composed and a decomposed 한 equal, because pasted Korean text can arrive in either form.
 */
export function referenceKey(text: string): string {
  return text.normalize('NFC').trim().toLowerCase();
}

/** Returns the trimmed text, or null when the cell holds only spaces. */
export function trimmedOrNull(text: string | null): string | null {
  if (text === null) {
    return null;
  }
  const trimmed = text.trim();
  return trimmed === '' ? null : trimmed;
}
