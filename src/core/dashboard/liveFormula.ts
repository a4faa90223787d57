import { columnLetters } from '../findings/finding';
import type { RegisterLocation } from '../recalc/view';
import { ASSET_STATUSES } from '../registers/definitions';
import type { AssetStatus } from '../registers/records';
import type { FormulaCell } from '../workbook/port';

/**
 * Quotes a tab name for a formula reference: always in single quotes, with each quote inside doubled, so
 * that a name with spaces, quotes or Hangul stays one reference ('Bob''s Assets'!G:G). Sheets and Excel
 * both accept a quoted name, so quoting every name is safe.
 */
export function quoteSheetName(sheetName: string): string {
  return `'${sheetName.replace(/'/g, "''")}'`;
}

/** Returns a whole-column reference such as '자산'!G:G for a 1-based column. */
export function columnReference(sheetName: string, column: number): string {
  const letters = columnLetters(column);
  return `${quoteSheetName(sheetName)}!${letters}:${letters}`;
}

/** Writes a text as a formula string literal, doubling its double quotes. */
function stringLiteral(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * Returns the spellings of a status that a live count matches: the Korean label, the English label and
 * the key, without repeats. COUNTIF compares text criteria without case in Sheets, Excel and LibreOffice
 * Calc (liveFormulaLibreOffice.test.ts checks Calc), so 'In Stock' matches too. Other spellings that
 * reading accepts (사용 중, in-stock) and cells with spaces around the text do not match.
 */
export function statusSpellings(status: AssetStatus): string[] {
  const value = ASSET_STATUSES.find((candidate) => candidate.key === status);
  if (value === undefined) {
    throw new Error(`Unknown asset status "${status}".`);
  }
  const spellings: string[] = [];
  for (const spelling of [value.label.ko, value.label.en, value.key]) {
    if (!spellings.some((seen) => seen.toLowerCase() === spelling.toLowerCase())) {
      spellings.push(spelling);
    }
  }
  return spellings;
}

/**
 * Builds =COUNTIF(…)+COUNTIF(…) over the Status column of the Assets tab, one COUNTIF per spelling, or
 * returns null when the tab or its Status column was not found. The header row never matches a status.
 */
export function statusCountFormula(assets: RegisterLocation | undefined, status: AssetStatus): FormulaCell | null {
  const column = assets?.columns.status;
  if (assets === undefined || column === undefined) {
    return null;
  }
  const range = columnReference(assets.sheetName, column);
  const terms = statusSpellings(status).map((spelling) => `COUNTIF(${range},${stringLiteral(spelling)})`);
  return { formula: `=${terms.join('+')}` };
}

/** Builds =COUNTA(…)-1 over the Asset Tag column, the header being row 1, or null when that column was not found. */
export function assetCountFormula(assets: RegisterLocation | undefined): FormulaCell | null {
  const column = assets?.columns.assetTag;
  if (assets === undefined || column === undefined) {
    return null;
  }
  return { formula: `=COUNTA(${columnReference(assets.sheetName, column)})-1` };
}
