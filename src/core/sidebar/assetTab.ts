import { historyText } from '../history/changeHistory';
import { registerById } from '../registers/definitions';
import { findRegisterSheet } from '../registers/loadWorkbook';
import { readRegister } from '../registers/readRegister';
import type { AssetRecord } from '../registers/records';
import type { CellValue, SheetInfo, WorkbookPort } from '../workbook/port';
import { SidebarRequestError } from './bridgeArguments';

/** The Assets tab as read by one batch read: every value, the parsed rows and where each field is. */
export interface AssetTab {
  readonly sheetName: string;
  /** Every value of the tab, header row included. */
  readonly values: readonly (readonly CellValue[])[];
  readonly records: readonly AssetRecord[];
  /** 1-based column of each field found in the header row. */
  readonly columns: Readonly<Record<string, number>>;
  /** Header text as typed, by field key. */
  readonly headers: Readonly<Record<string, string>>;
  /** Columns of the header row, the width of a new row. */
  readonly width: number;
}

/** Reads the Assets tab with one batch read; a workbook without it gets the message to run setup. */
export function readAssetTab(port: WorkbookPort, sheets: readonly SheetInfo[] = port.listSheets()): AssetTab {
  const register = registerById('assets');
  const sheetName = findRegisterSheet(register, sheets);
  if (sheetName === null) {
    throw new SidebarRequestError('sidebar.error.noAssetsTab', {});
  }

  const values = port.readValues(sheetName);
  const read = readRegister(register, sheetName, values);
  const width = Math.max(values[0]?.length ?? 0, ...Object.values(read.columns));
  return { sheetName, values, records: read.records as AssetRecord[], columns: read.columns, headers: read.headers, width };
}

/** Returns the text of one field in a sheet row (1-based), '' when the tab has no such column. */
export function cellText(tab: AssetTab, row: number, field: string): string {
  const column = tab.columns[field];
  if (column === undefined) {
    return '';
  }
  return historyText(tab.values[row - 1]?.[column - 1] ?? '').trim();
}

/** Returns every asset tag as typed, including tags of rows whose other cells are invalid. */
export function assetTagsOf(tab: AssetTab): string[] {
  const tags: string[] = [];
  for (let row = 2; row <= tab.values.length; row++) {
    const tag = cellText(tab, row, 'assetTag');
    if (tag !== '') {
      tags.push(tag);
    }
  }
  return tags;
}

/** Compares tags as the register's unique check does: NFC, trimmed, case folded. */
export function tagKey(tag: string): string {
  return tag.normalize('NFC').trim().toLowerCase();
}

/** Returns the first row whose tag matches, or null. */
export function findAssetRow(tab: AssetTab, assetTag: string): AssetRecord | null {
  const key = tagKey(assetTag);
  return tab.records.find((record) => record.assetTag !== null && tagKey(record.assetTag) === key) ?? null;
}
