export { referenceKey } from '../registers/referenceKey';

/** Returns the trimmed text, or null when the cell holds only spaces. */
export function trimmedOrNull(text: string | null): string | null {
  if (text === null) {
    return null;
  }
  const trimmed = text.trim();
  return trimmed === '' ? null : trimmed;
}
