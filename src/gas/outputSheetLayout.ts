import type { OutputBlock, OutputSheet, OutputValue } from '../core/workbook/port';
import { NUMBER_FORMATS } from './numberFormats';

/** Position of a block in the stacked grid, as 1-based sheet rows. */
export interface PlacedBlock {
  readonly block: OutputBlock;
  readonly titleRow: number | null;
  readonly headerRow: number;
  readonly firstDataRow: number;
  readonly rowCount: number;
}

export interface OutputGrid {
  /** Rectangular: every row has `width` values. */
  readonly rows: OutputValue[][];
  /** Number format pattern of every cell of `rows`. */
  readonly formats: string[][];
  readonly width: number;
  readonly blocks: readonly PlacedBlock[];
}

const TEXT_FORMAT = NUMBER_FORMATS.text;

/**
 * Stacks an output sheet into one grid: the preamble lines in column A, a blank row, then each block
 * as its title, header row and data rows, with one blank row between blocks.
 */
export function layOutOutputSheet(sheet: OutputSheet): OutputGrid {
  const preamble = sheet.preamble ?? [];
  const width = Math.max(1, ...sheet.blocks.map((block) => block.columns.length));
  const rows: OutputValue[][] = [];
  const formats: string[][] = [];
  const textRow = (first: OutputValue): void => {
    rows.push([first, ...new Array<OutputValue>(width - 1).fill(null)]);
    formats.push(new Array<string>(width).fill(TEXT_FORMAT));
  };

  for (const line of preamble) {
    textRow(line);
  }

  const blocks: PlacedBlock[] = [];
  sheet.blocks.forEach((block, blockIndex) => {
    if (rows.length > 0) {
      textRow(null);
    }
    let titleRow: number | null = null;
    if (block.title !== undefined) {
      textRow(block.title);
      titleRow = rows.length;
    }

    rows.push(padRow(block.columns.map((column) => column.header), width));
    formats.push(new Array<string>(width).fill(TEXT_FORMAT));
    const headerRow = rows.length;

    const dataFormats = block.columns.map((column) => NUMBER_FORMATS[column.format]);
    block.rows.forEach((row, rowIndex) => {
      if (row.length > block.columns.length) {
        throw new Error(
          `Output sheet "${sheet.id}", block ${blockIndex + 1}, data row ${rowIndex + 1} has ${row.length} values for ${block.columns.length} columns.`,
        );
      }
      rows.push(padRow(row, width));
      formats.push(padFormats(dataFormats, width));
    });
    blocks.push({ block, titleRow, headerRow, firstDataRow: headerRow + 1, rowCount: block.rows.length });
  });

  if (rows.length === 0) {
    textRow(null);
  }
  return { rows, formats, width, blocks };
}

function padRow(row: readonly OutputValue[], width: number): OutputValue[] {
  return [...row, ...new Array<OutputValue>(width - row.length).fill(null)];
}

function padFormats(formats: readonly string[], width: number): string[] {
  return [...formats, ...new Array<string>(width - formats.length).fill(TEXT_FORMAT)];
}
