import type { ChartSpec, ConditionalRule, OutputSheet } from '../core/workbook/port';
import { layOutOutputSheet, type OutputGrid, type PlacedBlock } from './outputSheetLayout';
import { toSheetRows, type SheetValue } from './sheetCellValues';
import { adoptSheet, findMarkedSheet, insertMarkedSheet } from './sheetMarker';
import type { ZoneCalendar } from './zoneCalendar';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Background of header rows (Google's light grey 2). */
export const HEADER_BACKGROUND = '#e8eaed';
/** Charts stand to the right of the tables, one below the other. */
const CHART_ROW_SPACING = 20;
/** Charts are anchored this many columns right of the last table column. */
const CHART_COLUMN_OFFSET = 2;

/**
 * Replaces an output sheet's content with a fixed number of calls, whatever the row count.
 *
 * The whole grid is built and validated before the sheet is touched. The content is then replaced by
 * one setValues over the old and the new extent together (old cells outside the new grid receive ''),
 * so a failure before or in that call leaves the old values in place.
 * NOTE: that relies on Sheets applying one setValues as a whole, which is one request but not a
 * documented guarantee.
 * Formats are cleared first so that a plain-text format from an earlier run cannot turn a new formula
 * into text. After a failed setValues the old values therefore show without number formats until the
 * next run. Swapping in a freshly written sheet instead would break formulas and links that users
 * point at this tab, because Sheets does not rebind references to a new sheet of the same name.
 */
export function writeOutputSheet(spreadsheet: Spreadsheet, output: OutputSheet, calendar: ZoneCalendar): void {
  const grid = layOutOutputSheet(output);
  const values = toSheetRows(grid.rows, grid.width, calendar, output.name, 1, 1);
  checkDecorations(output, grid);

  const sheet = outputSheetFor(spreadsheet, output);
  const height = Math.max(grid.rows.length, sheet.getLastRow());
  const width = Math.max(grid.width, sheet.getLastColumn());
  sheet.clearFormats();
  sheet.getRange(1, 1, height, width).setValues(padGrid(values, height, width));
  trimColumns(sheet, grid.width + ((output.charts ?? []).length > 0 ? CHART_COLUMN_OFFSET : 0));

  sheet.getRange(1, 1, grid.rows.length, grid.width).setNumberFormats(grid.formats);
  styleBlocks(sheet, grid);
  sheet.setFrozenRows(grid.blocks.length > 0 ? grid.blocks[0].headerRow : 0);
  setColumnWidths(sheet, grid);
  sheet.setConditionalFormatRules(grid.blocks.flatMap((placed) => conditionalRules(sheet, placed)));
  replaceCharts(sheet, grid, output.charts ?? []);

  const protection = sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET)[0] ?? sheet.protect();
  protection.setDescription(output.protectionWarning).setWarningOnly(true);

  if (output.first) {
    moveToFront(spreadsheet, sheet);
  }
}

/** Finds the output's sheet by marker, else adopts an unmarked sheet of that name, else inserts one. */
function outputSheetFor(spreadsheet: Spreadsheet, output: OutputSheet): Sheet {
  const marked = findMarkedSheet(spreadsheet, output.id);
  if (marked) {
    return marked;
  }
  const named = spreadsheet.getSheetByName(output.name);
  if (named) {
    adoptSheet(named, output.id);
    return named;
  }
  return insertMarkedSheet(spreadsheet, output.name, output.id);
}

/**
 * Deletes the empty columns right of what the sheet uses. A new sheet has 26 columns, and a spreadsheet
 * holds at most 10 million cells, so a 10,000-row table of 8 columns would otherwise hold 180,000
 * cells it never uses. The column count is fixed by the views, so the calls do not vary with the data.
 */
function trimColumns(sheet: Sheet, keep: number): void {
  const maxColumns = sheet.getMaxColumns();
  if (maxColumns > keep) {
    sheet.deleteColumns(keep + 1, maxColumns - keep);
  }
}

/** Rejects rules and charts that point outside their block before anything is written. */
function checkDecorations(output: OutputSheet, grid: OutputGrid): void {
  grid.blocks.forEach((placed, index) => {
    for (const rule of placed.block.conditional ?? []) {
      if (rule.column < 0 || rule.column >= placed.block.columns.length) {
        throw new Error(`Output sheet "${output.id}", block ${index + 1}: conditional rule column ${rule.column} is outside the block.`);
      }
    }
  });
  for (const chart of output.charts ?? []) {
    const placed = grid.blocks[chart.block ?? 0];
    if (!placed) {
      throw new Error(`Output sheet "${output.id}": chart "${chart.title}" refers to block ${chart.block ?? 0}, which does not exist.`);
    }
    const columns = [chart.labelColumn, ...chart.valueColumns];
    if (chart.valueColumns.length === 0 || columns.some((column) => column < 0 || column >= placed.block.columns.length)) {
      throw new Error(`Output sheet "${output.id}": chart "${chart.title}" uses a column outside its block.`);
    }
  }
}

/** Pads the rows in place to `width` and adds empty rows up to `height`; the rows are the caller's own copies. */
function padGrid(values: SheetValue[][], height: number, width: number): SheetValue[][] {
  for (let row = 0; row < height; row += 1) {
    if (row === values.length) {
      values.push([]);
    }
    const line = values[row];
    while (line.length < width) {
      line.push('');
    }
  }
  return values;
}

function styleBlocks(sheet: Sheet, grid: OutputGrid): void {
  for (const placed of grid.blocks) {
    if (placed.titleRow !== null) {
      sheet.getRange(placed.titleRow, 1).setFontWeight('bold');
    }
    sheet
      .getRange(placed.headerRow, 1, 1, placed.block.columns.length)
      .setFontWeight('bold')
      .setBackground(HEADER_BACKGROUND);
  }
}

/** Applies the widest width that any block sets for each column; other columns keep their width. */
function setColumnWidths(sheet: Sheet, grid: OutputGrid): void {
  const widths = new Map<number, number>();
  for (const placed of grid.blocks) {
    placed.block.columns.forEach((column, index) => {
      if (column.width !== undefined) {
        widths.set(index + 1, Math.max(widths.get(index + 1) ?? 0, column.width));
      }
    });
  }
  for (const [column, width] of widths) {
    sheet.setColumnWidth(column, width);
  }
}

function conditionalRules(sheet: Sheet, placed: PlacedBlock): GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] {
  if (placed.rowCount === 0) {
    return [];
  }
  return (placed.block.conditional ?? []).map((rule: ConditionalRule) => {
    const range = sheet.getRange(placed.firstDataRow, rule.column + 1, placed.rowCount, 1);
    const builder = SpreadsheetApp.newConditionalFormatRule();
    if (rule.kind === 'textEquals') {
      builder.whenTextEqualTo(rule.text);
    } else {
      builder.whenNumberLessThan(rule.threshold);
    }
    return builder.setBackground(rule.background).setRanges([range]).build();
  });
}

const CHART_TYPES: Readonly<Record<ChartSpec['kind'], () => GoogleAppsScript.Charts.ChartType>> = {
  column: () => Charts.ChartType.COLUMN,
  bar: () => Charts.ChartType.BAR,
  pie: () => Charts.ChartType.PIE,
};

/** Removes the sheet's charts and inserts one per spec, each over its block's header and data rows. */
function replaceCharts(sheet: Sheet, grid: OutputGrid, charts: readonly ChartSpec[]): void {
  for (const chart of sheet.getCharts()) {
    sheet.removeChart(chart);
  }
  charts.forEach((spec, index) => {
    const placed = grid.blocks[spec.block ?? 0];
    if (placed.rowCount === 0) {
      return;
    }
    const columnRange = (column: number) => sheet.getRange(placed.headerRow, column + 1, placed.rowCount + 1, 1);
    let builder = sheet.newChart().setChartType(CHART_TYPES[spec.kind]()).addRange(columnRange(spec.labelColumn));
    for (const column of spec.valueColumns) {
      builder = builder.addRange(columnRange(column));
    }
    const chart = builder
      .setNumHeaders(1)
      .setOption('title', spec.title)
      .setPosition(1 + index * CHART_ROW_SPACING, grid.width + CHART_COLUMN_OFFSET, 0, 0)
      .build();
    sheet.insertChart(chart);
  });
}

/** Moves the sheet to the first tab position and gives the user back the sheet they were on. */
function moveToFront(spreadsheet: Spreadsheet, sheet: Sheet): void {
  if (sheet.getIndex() === 1) {
    return;
  }
  const active = spreadsheet.getActiveSheet();
  spreadsheet.setActiveSheet(sheet);
  spreadsheet.moveActiveSheet(1);
  if (active) {
    spreadsheet.setActiveSheet(active);
  }
}
