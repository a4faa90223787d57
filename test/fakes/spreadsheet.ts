import { parseA1 } from './a1Notation';
import { countCalls } from './callCounter';
import { DeveloperMetadataVisibility, FakeDeveloperMetadata, FakeDeveloperMetadataFinder, validKey } from './developerMetadata';
import type { FakeEnvironment } from './fakeEnvironment';
import { FakeRange } from './range';
import { FakeSheet, validSheetName } from './sheet';
import { SheetState, type SpreadsheetState } from './sheetState';
import { assertTimeZone } from './zonedTime';

export class FakeSpreadsheet {
  constructor(
    readonly env: FakeEnvironment,
    readonly state: SpreadsheetState,
  ) {}

  getId(): string {
    return this.state.id;
  }

  getName(): string {
    return this.state.name;
  }

  rename(newName: string): void {
    this.state.name = newName;
  }

  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.state.id}/edit`;
  }

  /** The spreadsheet's own zone, which may differ from Session.getScriptTimeZone(). */
  getSpreadsheetTimeZone(): string {
    return this.state.timeZone;
  }

  setSpreadsheetTimeZone(timezone: string): void {
    assertTimeZone(timezone);
    this.state.timeZone = timezone;
  }

  getSpreadsheetLocale(): string {
    return this.state.locale;
  }

  setSpreadsheetLocale(locale: string): void {
    this.state.locale = locale;
  }

  getSheets(): FakeSheet[] {
    return this.state.sheets.map((sheet) => new FakeSheet(this.env, sheet));
  }

  getNumSheets(): number {
    return this.state.sheets.length;
  }

  /** Returns null when no tab has the name; names are compared ignoring case as Sheets does. */
  getSheetByName(name: string): FakeSheet | null {
    const sheet = this.state.findSheet(name);
    return sheet ? new FakeSheet(this.env, sheet) : null;
  }

  getSheetById(id: number): FakeSheet | null {
    const sheet = this.state.sheets.find((candidate) => candidate.id === id);
    return sheet ? new FakeSheet(this.env, sheet) : null;
  }

  /**
   * insertSheet(), (sheetIndex), (sheetName) or (sheetName, sheetIndex); the index is 0-based, the
   * sheet is 1000 × 26 and becomes the active sheet, as in Sheets.
   */
  insertSheet(nameOrIndex?: string | number | object, index?: number | object): FakeSheet {
    let name: string | null = null;
    let position = this.state.sheets.length;
    if (typeof nameOrIndex === 'string') {
      name = validSheetName(nameOrIndex);
      if (typeof index === 'number') {
        position = index;
      }
    } else if (typeof nameOrIndex === 'number') {
      position = nameOrIndex;
    }
    if (!Number.isInteger(position) || position < 0 || position > this.state.sheets.length) {
      throw new Error(`Invalid sheet index ${position}: expected 0 to ${this.state.sheets.length}.`);
    }
    if (name === null) {
      let ordinal = this.state.sheets.length + 1;
      while (this.state.findSheet(`Sheet${ordinal}`)) {
        ordinal += 1;
      }
      name = `Sheet${ordinal}`;
    }
    if (this.state.findSheet(name)) {
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }

    const sheet = new SheetState(this.state, this.state.nextSheetId(), name);
    this.state.assertCellLimit(sheet.maxRows * sheet.maxColumns);
    this.state.sheets.splice(position, 0, sheet);
    this.state.activeSheet = sheet;
    return new FakeSheet(this.env, sheet);
  }

  deleteSheet(sheet: FakeSheet): void {
    const index = this.state.sheets.indexOf(sheet.state);
    if (index < 0) {
      throw new Error(`The sheet "${sheet.state.name}" is not in this spreadsheet or was already deleted.`);
    }
    if (this.state.sheets.length === 1) {
      throw new Error("You can't remove all the sheets in a document.");
    }
    deleteSheetState(this.state, sheet.state);
  }

  getActiveSheet(): FakeSheet {
    return new FakeSheet(this.env, this.state.activeSheet ?? this.state.sheets[0]);
  }

  setActiveSheet(sheet: FakeSheet): FakeSheet {
    if (!this.state.sheets.includes(sheet.state)) {
      throw new Error(`The sheet "${sheet.state.name}" is not in this spreadsheet.`);
    }
    this.state.activeSheet = sheet.state;
    return new FakeSheet(this.env, sheet.state);
  }

  /** Moves the active sheet to a 1-based position. */
  moveActiveSheet(pos: number): void {
    if (!Number.isInteger(pos) || pos < 1 || pos > this.state.sheets.length) {
      throw new Error(`Invalid sheet position ${pos}: expected 1 to ${this.state.sheets.length}.`);
    }
    const active = this.state.activeSheet ?? this.state.sheets[0];
    this.state.sheets.splice(this.state.sheets.indexOf(active), 1);
    this.state.sheets.splice(pos - 1, 0, active);
  }

  createDeveloperMetadataFinder(): FakeDeveloperMetadataFinder {
    return new FakeDeveloperMetadataFinder(this.env, this.state);
  }

  addDeveloperMetadata(key: string, value?: string): this {
    validKey(key);
    this.state.metadata.push({
      id: this.env.nextSequence(),
      key,
      value: value ?? null,
      visibility: DeveloperMetadataVisibility.DOCUMENT,
      sheet: null,
      spreadsheet: this.state,
    });
    return this;
  }

  getDeveloperMetadata(): FakeDeveloperMetadata[] {
    return this.state.metadata.map((metadata) => new FakeDeveloperMetadata(this.env, metadata));
  }

  /** A range in A1 notation, optionally prefixed by a sheet name ('Sheet 1'!A1:B2); else the active sheet. */
  getRange(a1Notation: string): FakeRange {
    const separator = a1Notation.lastIndexOf('!');
    let sheet = this.state.activeSheet ?? this.state.sheets[0];
    if (separator >= 0) {
      const name = a1Notation.slice(0, separator).replace(/^'(.*)'$/, '$1').replace(/''/g, "'");
      const named = this.state.findSheet(name);
      if (!named) {
        throw new Error(`Range not found: no sheet named "${name}".`);
      }
      sheet = named;
    }
    const bounds = parseA1(a1Notation.slice(separator + 1), sheet.maxRows, sheet.maxColumns);
    return new FakeRange(this.env, { sheet, ...bounds });
  }

  toast(message: string, title = '', timeoutSeconds?: number): void {
    this.env.ui.toasts.push({ message: String(message), title, timeoutSeconds: timeoutSeconds ?? null });
  }
}

/** Removes a sheet with its metadata, charts and protections; used by deleteSheet and the fault hooks. */
export function deleteSheetState(spreadsheet: SpreadsheetState, sheet: SheetState): void {
  const index = spreadsheet.sheets.indexOf(sheet);
  if (index < 0) {
    return;
  }
  spreadsheet.sheets.splice(index, 1);
  sheet.deleted = true;
  if (spreadsheet.activeSheet === sheet) {
    spreadsheet.activeSheet = spreadsheet.sheets[Math.min(index, spreadsheet.sheets.length - 1)] ?? null;
  }
}

countCalls(FakeSpreadsheet, 'Spreadsheet');
