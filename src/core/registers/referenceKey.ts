/**
 * Returns the form in which identifiers and names typed in different registers are compared (Asset Tag,
 * Contract ID, License ID, CI ID, Category, Department…): Unicode NFC, trimmed, lower case. NFC makes a
 * composed and a decomposed 한 equal, because pasted Korean text can arrive in either form.
 */
export function referenceKey(text: string): string {
  return text.normalize('NFC').trim().toLowerCase();
}
