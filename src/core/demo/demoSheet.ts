import { dateFromDayNumber } from '../calendar/calendarDate';
import { registerById } from '../registers/definitions';
import type { EnumValue, Lang, RegisterId } from '../registers/schema';
import type { DateCell, OutputValue } from '../workbook/port';

/** One generated register: localized headers in schema order and the rows as a user would type them. */
export interface DemoSheet {
  readonly headers: string[];
  readonly rows: OutputValue[][];
}

/**
 * Builds the rows of one register with every field in schema order. Generators set cells by field key,
 * so a field added to the schema appears as a blank column instead of shifting the others.
 */
export class SheetBuilder {
  readonly headers: string[];
  readonly rows: OutputValue[][] = [];
  private readonly columnByKey = new Map<string, number>();

  constructor(registerId: RegisterId, lang: Lang) {
    const register = registerById(registerId);
    this.headers = register.fields.map((field) => field.header[lang]);
    register.fields.forEach((field, index) => this.columnByKey.set(field.key, index));
  }

  /** Returns the zero-based column of a field. Throws for an unknown key, which is a programming error. */
  column(key: string): number {
    const column = this.columnByKey.get(key);
    if (column === undefined) {
      throw new Error(`The register has no field "${key}".`);
    }
    return column;
  }

  /** Appends a row of blank cells and returns it for the caller to fill. */
  addRow(): OutputValue[] {
    const row: OutputValue[] = new Array<OutputValue>(this.headers.length).fill('');
    this.rows.push(row);
    return row;
  }

  toSheet(): DemoSheet {
    return { headers: this.headers, rows: this.rows };
  }
}

/**
 * Date cells keyed by day number. Cells of the same day share one frozen object, which keeps the
 * large benchmark workbook's memory flat.
 */
export class DateCells {
  private readonly cells = new Map<number, DateCell>();

  at(dayNumber: number): DateCell {
    let cell = this.cells.get(dayNumber);
    if (cell === undefined) {
      cell = Object.freeze({ date: dateFromDayNumber(dayNumber) });
      this.cells.set(dayNumber, cell);
    }
    return cell;
  }
}

/** Returns a function from enum key to its label in `lang`, which throws for an unknown key. */
export function enumLabeler<K extends string>(values: readonly EnumValue[], lang: Lang): (key: K) => string {
  const labels = new Map(values.map((value) => [value.key, value.label[lang]]));
  return (key: K): string => {
    const text = labels.get(key);
    if (text === undefined) {
      throw new Error(`Unknown enum key "${key}".`);
    }
    return text;
  };
}
