import { countCalls } from './callCounter';
import type { FakeEnvironment } from './fakeEnvironment';
import type { DataValidationState } from './sheetState';

export const DataValidationCriteria = {
  VALUE_IN_LIST: 'VALUE_IN_LIST',
  VALUE_IN_RANGE: 'VALUE_IN_RANGE',
  CHECKBOX: 'CHECKBOX',
  DATE_IS_VALID_DATE: 'DATE_IS_VALID_DATE',
  NUMBER_BETWEEN: 'NUMBER_BETWEEN',
  NUMBER_GREATER_THAN_OR_EQUAL_TO: 'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  TEXT_IS_VALID_EMAIL: 'TEXT_IS_VALID_EMAIL',
} as const;

export class FakeDataValidation {
  constructor(
    readonly env: FakeEnvironment,
    readonly state: DataValidationState,
  ) {}

  getCriteriaType(): string {
    return this.state.criteria;
  }

  getCriteriaValues(): unknown[] {
    return [...this.state.values];
  }

  getAllowInvalid(): boolean {
    return this.state.allowInvalid;
  }

  getHelpText(): string {
    return this.state.helpText;
  }

  copy(): FakeDataValidationBuilder {
    return new FakeDataValidationBuilder(this.env, { ...this.state });
  }
}

export class FakeDataValidationBuilder {
  private criteria: string | null;
  private values: readonly unknown[];
  private allowInvalid: boolean;
  private helpText: string;

  constructor(
    readonly env: FakeEnvironment,
    initial: DataValidationState | null = null,
  ) {
    this.criteria = initial?.criteria ?? null;
    this.values = initial?.values ?? [];
    this.allowInvalid = initial?.allowInvalid ?? true;
    this.helpText = initial?.helpText ?? '';
  }

  /** Lists the allowed values; the second criteria value is whether Sheets shows a dropdown. */
  requireValueInList(values: readonly string[], showDropdown = true): this {
    if (!Array.isArray(values) || values.length === 0) {
      throw new Error('requireValueInList needs a non-empty array of values.');
    }
    this.criteria = DataValidationCriteria.VALUE_IN_LIST;
    this.values = [[...values], showDropdown];
    return this;
  }

  requireCheckbox(): this {
    this.criteria = DataValidationCriteria.CHECKBOX;
    this.values = [];
    return this;
  }

  requireDate(): this {
    this.criteria = DataValidationCriteria.DATE_IS_VALID_DATE;
    this.values = [];
    return this;
  }

  requireNumberGreaterThanOrEqualTo(number: number): this {
    this.criteria = DataValidationCriteria.NUMBER_GREATER_THAN_OR_EQUAL_TO;
    this.values = [number];
    return this;
  }

  /** True (the Sheets default) shows a warning on invalid input; false rejects the input. */
  setAllowInvalid(allowInvalidData: boolean): this {
    this.allowInvalid = allowInvalidData;
    return this;
  }

  setHelpText(helpText: string): this {
    this.helpText = helpText;
    return this;
  }

  build(): FakeDataValidation {
    if (this.criteria === null) {
      throw new Error('A data validation rule needs criteria before build(), for example requireValueInList.');
    }
    return new FakeDataValidation(this.env, {
      criteria: this.criteria,
      values: this.values,
      allowInvalid: this.allowInvalid,
      helpText: this.helpText,
    });
  }
}

/** Whether a stored value passes a rule; only the list criterion is checked by the fake. */
export function satisfiesValidation(rule: DataValidationState, value: unknown): boolean {
  if (value === '' || rule.criteria !== DataValidationCriteria.VALUE_IN_LIST) {
    return true;
  }
  const allowed = rule.values[0] as readonly string[];
  return allowed.includes(String(value));
}

countCalls(FakeDataValidation, 'DataValidation');
countCalls(FakeDataValidationBuilder, 'DataValidationBuilder');
