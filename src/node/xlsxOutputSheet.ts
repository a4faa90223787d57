import type ExcelJS from 'exceljs';
import type { ConditionalRule, OutputBlock, OutputSheet } from '../core/workbook/port';
import { NUMBER_FORMATS, excelText, writeCell } from './xlsxCellValues';
import { PIXELS_PER_CHARACTER, displayWidth } from './xlsxColumnWidth';

/** Row positions of one block in the written sheet (1-based). */
interface BlockPlacement {
  readonly block: OutputBlock;
  readonly titleRow: number | null;
  readonly headerRow: number;
  readonly firstDataRow: number;
}

const WARNING_FONT: Partial<ExcelJS.Font> = { italic: true, color: { argb: 'FF666666' } };
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEFEFEF' } };
const MAX_AUTO_WIDTH = 60;

/**
 * Writes a computed sheet into an empty worksheet. Row 1 contains the protection warning: an .xlsx sheet
 * protection cannot warn and still allow the edit the way a Sheets warning-only protection does, so
 * the sheet stays unprotected and the warning is shown as text. The preamble follows, then each block
 * as title, header and rows, with one blank row before each block.
 */
export function writeOutputContent(worksheet: ExcelJS.Worksheet, sheet: OutputSheet): void {
  checkBlockShapes(sheet);

  worksheet.getCell(1, 1).value = excelText(sheet.protectionWarning);
  worksheet.getCell(1, 1).font = WARNING_FONT;
  let row = 2;
  for (const line of sheet.preamble ?? []) {
    worksheet.getCell(row, 1).value = excelText(line);
    row += 1;
  }

  const placements: BlockPlacement[] = [];
  for (const block of sheet.blocks) {
    row += 1;
    const titleRow = block.title === undefined ? null : row;
    if (block.title !== undefined) {
      worksheet.getCell(row, 1).value = excelText(block.title);
      worksheet.getCell(row, 1).font = { bold: true, size: 12 };
      row += 1;
    }
    const headerRow = row;
    placements.push({ block, titleRow, headerRow, firstDataRow: headerRow + 1 });
    writeBlock(worksheet, block, headerRow);
    row = headerRow + 1 + block.rows.length;
  }

  setColumnWidths(worksheet, sheet);
  if (placements.length > 0) {
    worksheet.views = [{ state: 'frozen', xSplit: 0, ySplit: placements[0].headerRow }];
  }
  for (const placement of placements) {
    addConditionalFormats(worksheet, placement);
  }
  // NOTE: exceljs 4.4.0 cannot write charts, so sheet.charts is not drawn in .xlsx files; the figures
  // the charts would plot are in the blocks above.
}

function checkBlockShapes(sheet: OutputSheet): void {
  sheet.blocks.forEach((block, blockIndex) => {
    block.rows.forEach((values, rowIndex) => {
      if (values.length !== block.columns.length) {
        throw new Error(
          `Output sheet "${sheet.id}", block ${blockIndex + 1}, row ${rowIndex + 1} has ${values.length} values for ${block.columns.length} columns.`,
        );
      }
    });
  });
}

function writeBlock(worksheet: ExcelJS.Worksheet, block: OutputBlock, headerRow: number): void {
  block.columns.forEach((column, index) => {
    const cell = worksheet.getCell(headerRow, index + 1);
    cell.value = excelText(column.header);
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
  });

  block.rows.forEach((values, rowIndex) => {
    values.forEach((value, columnIndex) => {
      const cell = worksheet.getCell(headerRow + 1 + rowIndex, columnIndex + 1);
      cell.numFmt = NUMBER_FORMATS[block.columns[columnIndex].format];
      writeCell(cell, value);
    });
  });
}

/** Uses the widest width the blocks set for a column (in pixels), else fits its longest text up to 60 characters. */
function setColumnWidths(worksheet: ExcelJS.Worksheet, sheet: OutputSheet): void {
  const widths = new Map<number, number>();
  for (const block of sheet.blocks) {
    block.columns.forEach((column, index) => {
      const characters =
        column.width !== undefined
          ? Math.round(column.width / PIXELS_PER_CHARACTER)
          : Math.min(MAX_AUTO_WIDTH, longestText(column.header, block, index) + 2);
      widths.set(index + 1, Math.max(widths.get(index + 1) ?? 0, characters, 4));
    });
  }
  for (const [column, width] of widths) {
    worksheet.getColumn(column).width = width;
  }
}

function longestText(header: string, block: OutputBlock, index: number): number {
  let longest = displayWidth(header);
  for (const values of block.rows) {
    longest = Math.max(longest, displayWidth(displayText(values[index])));
  }
  return longest;
}

function displayText(value: unknown): string {
  if (value === null || value === undefined) {
    return '';
  }
  if (typeof value === 'object') {
    return 'date' in value ? String((value as { date: string }).date) : '';
  }
  return String(value);
}

function addConditionalFormats(worksheet: ExcelJS.Worksheet, placement: BlockPlacement): void {
  const { block, firstDataRow } = placement;
  if (block.rows.length === 0) {
    return;
  }
  const lastDataRow = firstDataRow + block.rows.length - 1;
  (block.conditional ?? []).forEach((rule, index) => {
    const letter = worksheet.getColumn(rule.column + 1).letter;
    worksheet.addConditionalFormatting({
      ref: `${letter}${firstDataRow}:${letter}${lastDataRow}`,
      rules: [conditionalRule(rule, index + 1)],
    });
  });
}

function conditionalRule(rule: ConditionalRule, priority: number): ExcelJS.ConditionalFormattingRule {
  const style: Partial<ExcelJS.Style> = {
    fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argbOf(rule.background) } },
  };
  if (rule.kind === 'textEquals') {
    // A text operand of a cellIs rule is a formula string literal, with quotes doubled.
    return { type: 'cellIs', operator: 'equal', formulae: [`"${rule.text.replace(/"/g, '""')}"`], style, priority };
  }
  return { type: 'cellIs', operator: 'lessThan', formulae: [String(rule.threshold)], style, priority };
}

/** Converts a CSS colour '#rrggbb' to exceljs's opaque 'FFRRGGBB'. */
function argbOf(color: string): string {
  const match = /^#?([0-9a-f]{6})$/i.exec(color.trim());
  if (!match) {
    throw new Error(`Invalid background colour "${color}": expected #rrggbb.`);
  }
  return `FF${match[1].toUpperCase()}`;
}
