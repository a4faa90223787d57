import type ExcelJS from 'exceljs';

/**
 * Tab order of a worksheet. exceljs sorts `workbook.worksheets` and writes the tabs by the untyped
 * `orderNo` field of each worksheet (exceljs 4.4.0), so changing it moves the tab.
 */
interface OrderedWorksheet {
  orderNo: number;
}

export function sheetOrder(worksheet: ExcelJS.Worksheet): number {
  return (worksheet as unknown as OrderedWorksheet).orderNo;
}

export function setSheetOrder(worksheet: ExcelJS.Worksheet, order: number): void {
  (worksheet as unknown as OrderedWorksheet).orderNo = order;
}
