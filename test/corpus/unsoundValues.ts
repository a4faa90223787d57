/**
 * Lists the values in a result that the product must never produce from bad input. These are numbers
 * that are NaN or infinite (JSON.stringify would print them as null and hide them), the Unix epoch date
 * that a blank cell turns into when it is coerced, and programming values leaking into text.
 */

const EPOCH_DATE = '1970-01-01';
const LEAKED_TEXT = /^(?:NaN|-?Infinity|undefined|null)$|\[object Object\]|Invalid Date/;

export function unsoundValues(root: unknown, label: string): string[] {
  const problems: string[] = [];
  const seen = new Set<object>();

  const visit = (value: unknown, where: string): void => {
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) {
        problems.push(`${label} ${where}: ${value}`);
      }
      return;
    }
    if (typeof value === 'string') {
      if (value.includes(EPOCH_DATE) || LEAKED_TEXT.test(value)) {
        problems.push(`${label} ${where}: "${value.slice(0, 80)}"`);
      }
      return;
    }
    if (value instanceof Date) {
      if (Number.isNaN(value.getTime()) || value.toISOString().startsWith(EPOCH_DATE)) {
        problems.push(`${label} ${where}: Date ${String(value)}`);
      }
      return;
    }
    if (typeof value !== 'object' || value === null || seen.has(value)) {
      return;
    }
    seen.add(value);
    if (Array.isArray(value)) {
      value.forEach((item, index) => visit(item, `${where}[${index}]`));
      return;
    }
    for (const [key, item] of Object.entries(value)) {
      visit(item, `${where}.${key}`);
    }
  };

  visit(root, '$');
  return problems;
}
