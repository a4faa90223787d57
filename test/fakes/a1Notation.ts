/** A1 notation for the fake Range: column letters and rectangular ranges such as B2:D10, A:C or 2:5. */

export interface GridBounds {
  readonly row: number;
  readonly column: number;
  readonly numRows: number;
  readonly numColumns: number;
}

export function columnLetters(column: number): string {
  let letters = '';
  let remaining = column;
  while (remaining > 0) {
    const digit = (remaining - 1) % 26;
    letters = String.fromCharCode(65 + digit) + letters;
    remaining = Math.floor((remaining - 1) / 26);
  }
  return letters;
}

export function columnNumber(letters: string): number {
  let column = 0;
  for (const letter of letters.toUpperCase()) {
    column = column * 26 + (letter.charCodeAt(0) - 64);
  }
  return column;
}

export function a1Of(bounds: GridBounds): string {
  const start = `${columnLetters(bounds.column)}${bounds.row}`;
  if (bounds.numRows === 1 && bounds.numColumns === 1) {
    return start;
  }
  return `${start}:${columnLetters(bounds.column + bounds.numColumns - 1)}${bounds.row + bounds.numRows - 1}`;
}

const CELL = /^\$?([A-Za-z]*)\$?(\d*)$/;

/** Parses A1 notation against a sheet's size; open ends (A:C, 2:5, A2:C) run to the last row or column. */
export function parseA1(notation: string, maxRows: number, maxColumns: number): GridBounds {
  const text = notation.includes('!') ? notation.slice(notation.lastIndexOf('!') + 1) : notation;
  const [startText, endText = startText] = text.split(':');
  const start = CELL.exec(startText.trim());
  const end = CELL.exec(endText.trim());
  if (!start || !end || (start[1] === '' && start[2] === '') || (end[1] === '' && end[2] === '')) {
    throw new Error(`Range not found: "${notation}" is not valid A1 notation.`);
  }
  const firstColumn = start[1] ? columnNumber(start[1]) : 1;
  const firstRow = start[2] ? Number(start[2]) : 1;
  const lastColumn = end[1] ? columnNumber(end[1]) : maxColumns;
  const lastRow = end[2] ? Number(end[2]) : maxRows;
  if (firstRow < 1 || lastRow < firstRow || lastColumn < firstColumn) {
    throw new Error(`Range not found: "${notation}" is not valid A1 notation.`);
  }
  return { row: firstRow, column: firstColumn, numRows: lastRow - firstRow + 1, numColumns: lastColumn - firstColumn + 1 };
}
