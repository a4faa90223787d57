import type { IsoDate } from '../calendar/calendarDate';

/** Why a cell could not be read; each code has a message in the i18n catalog under `problem.<code>`. */
export type ProblemCode =
  | 'invalidDate'
  | 'impossibleDate'
  | 'ambiguousDate'
  | 'invalidMoney'
  | 'invalidNumber'
  | 'notInteger'
  | 'belowMinimum'
  | 'invalidBoolean'
  | 'invalidEnum'
  | 'invalidEmail'
  | 'formulaError'
  | 'damagedId'
  | 'tooLong'
  | 'replacementCharacter';

/** An amount with the currency written in the cell, or null when the cell named none. */
export interface Money {
  readonly amount: number;
  readonly currency: string | null;
}

export type DateOrder = 'ymd' | 'mdy' | 'dmy';

export interface ParseOptions {
  /** Declared order for ambiguous slash dates such as 04/05/16 (import only); null makes them findings. */
  readonly dateOrder?: DateOrder | null;
}

/** A parsed cell: `value` null means the cell is empty; a problem carries the expected form as `expected`. */
export type ParseResult<T> =
  | { readonly ok: true; readonly value: T | null }
  | { readonly ok: false; readonly problem: ProblemCode; readonly detail?: Readonly<Record<string, string | number>> };

export type ParsedValue = string | number | boolean | IsoDate | Money | readonly string[];
