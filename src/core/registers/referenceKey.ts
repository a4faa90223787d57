/**
 * Invisible characters that text pasted from web pages, chat and PDFs carries inside identifiers: the
 * soft hyphen, zero-width space, zero-width non-joiner and joiner, word joiner and byte order mark.
 * Two tags that differ only by them look identical in the sheet, so they must compare equal.
 */
const INVISIBLE_CHARACTERS = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
const NON_ASCII = /[^\u0000-\u007f]/;

/**
 * Returns the form in which identifiers and names typed in different registers are compared (Asset Tag,
 * Contract ID, License ID, CI ID, Category, Department…): Unicode NFC, invisible characters removed,
 * trimmed, lower case. NFC makes a composed and a decomposed 한 equal, because pasted Korean text can
 * arrive in either form.
 */
export function referenceKey(text: string): string {
  // ASCII text is already in NFC and has none of the invisible characters, so most tags and IDs skip both steps.
  if (!NON_ASCII.test(text)) {
    return text.trim().toLowerCase();
  }
  return text.normalize('NFC').replace(INVISIBLE_CHARACTERS, '').trim().toLowerCase();
}
