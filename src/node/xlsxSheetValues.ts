import type ExcelJS from 'exceljs';
import type { CellValue } from '../core/workbook/port';
import { readCellValue } from './xlsxCellValues';

/**
 * Reads a worksheet in one pass as a rectangle from A1 to the last row and column that hold a value,
 * like Apps Script's getDataRange().getValues(). Formatting alone does not extend the range.
 */
export function readSheetValues(worksheet: ExcelJS.Worksheet): CellValue[][] {
  const filled: { row: number; column: number; value: CellValue }[] = [];
  let lastRow = 0;
  let lastColumn = 0;
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      const value = readCellValue(cell);
      if (value === '') {
        return;
      }
      filled.push({ row: rowNumber, column: columnNumber, value });
      lastRow = Math.max(lastRow, rowNumber);
      lastColumn = Math.max(lastColumn, columnNumber);
    });
  });

  const values: CellValue[][] = [];
  for (let row = 0; row < lastRow; row += 1) {
    values.push(new Array<CellValue>(lastColumn).fill(''));
  }
  for (const cell of filled) {
    values[cell.row - 1][cell.column - 1] = cell.value;
  }
  return values;
}
