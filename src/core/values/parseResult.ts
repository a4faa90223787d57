import type { IsoDate } from '../calendar/calendarDate';

/** Reason a cell could not be read; each code has a message in the i18n catalog under `problem.<code>`. */
export type ProblemCode =
  | 'invalidDate'
  | 'impossibleDate'
  | 'ambiguousDate'
  | 'dateOutOfRange'
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
  | 'replacementCharacter'
  | 'controlCharacter';

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

/** A parsed cell: `value` null means the cell is empty, and `detail` contains the parameters of the problem's message. */
export type ParseResult<T> =
  | { readonly ok: true; readonly value: T | null }
  | { readonly ok: false; readonly problem: ProblemCode; readonly detail?: Readonly<Record<string, string | number>> };

export type ParsedValue = string | number | boolean | IsoDate | Money | readonly string[];

/** The result for an empty cell, shared because parsers return it for most cells of a sparse register. */
export const EMPTY_RESULT: ParseResult<never> = Object.freeze({ ok: true as const, value: null });

export function success<T>(value: T): ParseResult<T> {
  return { ok: true, value };
}

export function failure(problem: ProblemCode, detail?: Readonly<Record<string, string | number>>): ParseResult<never> {
  return detail === undefined ? { ok: false, problem } : { ok: false, problem, detail };
}
