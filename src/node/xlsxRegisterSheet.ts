import type ExcelJS from 'exceljs';
import { normalizeHeader } from '../core/registers/headerMatching';
import type { RegisterSheetLayout } from '../core/workbook/port';
import { NUMBER_FORMATS, writeCell } from './xlsxCellValues';
import { displayWidth } from './xlsxColumnWidth';
import type { WorkbookMetadata } from './xlsxMetadata';

const EXCEL_MAX_ROWS = 1048576;

/** exceljs 4.4.0 has `worksheet.dataValidations` at run time but leaves it out of its type declarations. */
interface DataValidationTarget {
  readonly dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void };
}
/** Excel rejects a list validation whose inline value list is longer than 255 characters. */
const MAX_INLINE_LIST_LENGTH = 255;

/**
 * Writes a new register tab: header row with notes, frozen header, a number format per column,
 * dropdowns for enum columns and the starter rows of the layout.
 */
export function createRegisterContent(worksheet: ExcelJS.Worksheet, layout: RegisterSheetLayout, metadata: WorkbookMetadata): void {
  worksheet.views = [{ state: 'frozen', xSplit: 0, ySplit: 1 }];
  layout.headers.forEach((_, index) => writeColumn(worksheet, layout, index, index + 1, metadata));
  (layout.initialRows ?? []).forEach((values, rowIndex) => {
    values.forEach((value, columnIndex) => writeCell(worksheet.getCell(rowIndex + 2, columnIndex + 1), value));
  });
}

/**
 * Appends the layout's columns whose header the tab lacks, after its last used column, and returns
 * how many were added. Existing cells are not changed.
 */
export function appendRegisterColumns(
  worksheet: ExcelJS.Worksheet,
  layout: RegisterSheetLayout,
  headerRow: readonly unknown[],
  lastUsedColumn: number,
  metadata: WorkbookMetadata,
): number {
  const present = new Set(headerRow.filter((value): value is string => typeof value === 'string').map(normalizeHeader));
  let column = lastUsedColumn;
  layout.headers.forEach((header, index) => {
    if (present.has(normalizeHeader(header))) {
      return;
    }
    column += 1;
    writeColumn(worksheet, layout, index, column, metadata);
  });
  return column - lastUsedColumn;
}

function writeColumn(worksheet: ExcelJS.Worksheet, layout: RegisterSheetLayout, index: number, column: number, metadata: WorkbookMetadata): void {
  const format = layout.formats[index] ?? 'text';
  const sheetColumn = worksheet.getColumn(column);
  sheetColumn.numFmt = NUMBER_FORMATS[format];
  sheetColumn.width = Math.max(12, displayWidth(layout.headers[index]) + 4);

  const header = worksheet.getCell(1, column);
  header.value = layout.headers[index];
  header.font = { bold: true };
  const note = layout.notes[index] ?? '';
  if (note !== '') {
    header.note = note;
  }

  const validation = layout.validations.find((candidate) => candidate.column === index);
  if (validation !== undefined && validation.values.length > 0) {
    const letter = sheetColumn.letter;
    (worksheet as unknown as DataValidationTarget).dataValidations.add(`${letter}2:${letter}${EXCEL_MAX_ROWS}`, {
      type: 'list',
      allowBlank: true,
      formulae: [listFormula(validation.values, `${layout.registerId}.${layout.headers[index]}`, metadata)],
      // A warning, not a stop: keys and the other language's labels are valid too, and the data
      // quality check reports a value that is not.
      showErrorMessage: true,
      errorStyle: 'warning',
    });
  }
}

/** Writes the values inline when Excel allows it, else stores them in the `_itam` sheet and refers to them. */
function listFormula(values: readonly string[], key: string, metadata: WorkbookMetadata): string {
  const inline = values.join(',');
  const inlineAllowed = inline.length <= MAX_INLINE_LIST_LENGTH && values.every((value) => !/[,"]/.test(value));
  return inlineAllowed ? `"${inline}"` : metadata.storeList(key, values);
}
