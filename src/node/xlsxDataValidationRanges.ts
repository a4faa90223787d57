/**
 * Keeps each data-validation range of a loaded .xlsx file as one entry instead of one entry per cell.
 *
 * exceljs 4.4.0 expands every `sqref` range into single-cell keys while reading. A dropdown on a
 * whole column (C2:C1048576, the form Excel writes for a column-wide rule) then becomes a million
 * objects: three such columns took 5 s to load and 15 s to save with exceljs 4.4.0 on Node 20.
 * The exceljs writer already accepts range keys, so the reader is patched to store ranges as
 * written. The patch replaces the `dataValidation` closing step of exceljs's internal
 * DataValidationsXform. If an exceljs upgrade moves or changes that step, the whole-column test in
 * test/adapter/xlsxPort.test.ts fails.
 */

interface ExcelRangeDecoder {
  decodeEx(value: string): { dimensions?: string; top?: number; bottom?: number; left?: number; right?: number };
}

interface DataValidationModel {
  formulae?: unknown[];
  operator?: string;
}

interface DataValidationsXformState {
  model: Record<string, DataValidationModel>;
  _address: string;
  _dataValidation: DataValidationModel;
}

type ParseClose = (this: DataValidationsXformState, name: string) => boolean;

// The exceljs package ships plain CommonJS without types for its internal modules.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const dataValidationsXform: { prototype: { parseClose: ParseClose } } = require('exceljs/lib/xlsx/xform/sheet/data-validations-xform');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const columnCache: ExcelRangeDecoder = require('exceljs/lib/utils/col-cache');

const PATCHED = Symbol.for('itam-sheets.dataValidationRanges');

/** Returns the key exceljs's writer expects for one sqref part, or null for a part it cannot write. */
export function dataValidationKey(address: string): string | null {
  if (!address.includes(':')) {
    return /^[A-Z]{1,3}[1-9][0-9]*$/.test(address) ? address : null;
  }
  const decoded = columnCache.decodeEx(address);
  const bounds = [decoded.top, decoded.bottom, decoded.left, decoded.right];
  if (decoded.dimensions === undefined || bounds.some((bound) => bound === undefined || !Number.isFinite(bound))) {
    return null;
  }
  return decoded.dimensions;
}

/** Installs the patch once per process; later calls do nothing. */
export function keepDataValidationRanges(): void {
  const prototype = dataValidationsXform.prototype as { parseClose: ParseClose; [PATCHED]?: true };
  if (prototype[PATCHED]) {
    return;
  }
  const originalParseClose = prototype.parseClose;

  prototype.parseClose = function parseClose(this: DataValidationsXformState, name: string): boolean {
    if (name !== 'dataValidation') {
      return originalParseClose.call(this, name);
    }
    const validation = this._dataValidation;
    if (!validation.formulae || validation.formulae.length === 0) {
      delete validation.formulae;
      delete validation.operator;
    }
    // NOTE: a part the writer cannot express (such as a whole-column "A:A" reference) is dropped, so
    // that rule disappears when the workbook is saved again.
    for (const address of this._address.split(/\s+/).filter((part) => part !== '')) {
      const key = dataValidationKey(address);
      if (key !== null) {
        this.model[key] = validation;
      }
    }
    return true;
  };
  prototype[PATCHED] = true;
}
