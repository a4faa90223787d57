import { countCalls } from './callCounter';
import type { FakeEnvironment } from './fakeEnvironment';
import { FakeRange } from './range';
import type { ConditionalRuleState, RangeRef } from './sheetState';

export const BooleanCriteria = {
  CELL_EMPTY: 'CELL_EMPTY',
  CUSTOM_FORMULA: 'CUSTOM_FORMULA',
  NUMBER_GREATER_THAN: 'NUMBER_GREATER_THAN',
  NUMBER_LESS_THAN: 'NUMBER_LESS_THAN',
  TEXT_CONTAINS: 'TEXT_CONTAINS',
  TEXT_EQUAL_TO: 'TEXT_EQUAL_TO',
} as const;

export class FakeBooleanCondition {
  constructor(
    readonly env: FakeEnvironment,
    private readonly rule: ConditionalRuleState,
  ) {}

  getCriteriaType(): string {
    return this.rule.criteria;
  }

  getCriteriaValues(): unknown[] {
    return [...this.rule.values];
  }

  getBackground(): string | null {
    return this.rule.background;
  }

  getFontColor(): string | null {
    return this.rule.fontColor;
  }

  getBold(): boolean | null {
    return this.rule.bold;
  }
}

export class FakeConditionalFormatRule {
  constructor(
    readonly env: FakeEnvironment,
    readonly state: ConditionalRuleState,
  ) {}

  getBooleanCondition(): FakeBooleanCondition {
    return new FakeBooleanCondition(this.env, this.state);
  }

  getRanges(): FakeRange[] {
    return this.state.ranges.map((ref) => new FakeRange(this.env, ref));
  }

  copy(): FakeConditionalFormatRuleBuilder {
    return new FakeConditionalFormatRuleBuilder(this.env, this.state);
  }
}

export class FakeConditionalFormatRuleBuilder {
  private criteria: string | null;
  private values: readonly unknown[];
  private background: string | null;
  private fontColor: string | null;
  private bold: boolean | null;
  private ranges: readonly RangeRef[];

  constructor(
    readonly env: FakeEnvironment,
    initial: ConditionalRuleState | null = null,
  ) {
    this.criteria = initial?.criteria ?? null;
    this.values = initial?.values ?? [];
    this.background = initial?.background ?? null;
    this.fontColor = initial?.fontColor ?? null;
    this.bold = initial?.bold ?? null;
    this.ranges = initial?.ranges ?? [];
  }

  whenTextEqualTo(text: string): this {
    this.criteria = BooleanCriteria.TEXT_EQUAL_TO;
    this.values = [text];
    return this;
  }

  whenTextContains(text: string): this {
    this.criteria = BooleanCriteria.TEXT_CONTAINS;
    this.values = [text];
    return this;
  }

  whenNumberLessThan(number: number): this {
    this.criteria = BooleanCriteria.NUMBER_LESS_THAN;
    this.values = [number];
    return this;
  }

  whenNumberGreaterThan(number: number): this {
    this.criteria = BooleanCriteria.NUMBER_GREATER_THAN;
    this.values = [number];
    return this;
  }

  whenCellEmpty(): this {
    this.criteria = BooleanCriteria.CELL_EMPTY;
    this.values = [];
    return this;
  }

  whenFormulaSatisfied(formula: string): this {
    this.criteria = BooleanCriteria.CUSTOM_FORMULA;
    this.values = [formula];
    return this;
  }

  setBackground(color: string | null): this {
    this.background = color;
    return this;
  }

  setFontColor(color: string | null): this {
    this.fontColor = color;
    return this;
  }

  setBold(bold: boolean | null): this {
    this.bold = bold;
    return this;
  }

  setRanges(ranges: readonly FakeRange[]): this {
    this.ranges = ranges.map((range) => range.ref);
    return this;
  }

  getRanges(): FakeRange[] {
    return this.ranges.map((ref) => new FakeRange(this.env, ref));
  }

  build(): FakeConditionalFormatRule {
    if (this.criteria === null) {
      throw new Error('A conditional format rule needs a condition before build(), for example whenTextEqualTo.');
    }
    return new FakeConditionalFormatRule(this.env, {
      criteria: this.criteria,
      values: this.values,
      background: this.background,
      fontColor: this.fontColor,
      bold: this.bold,
      ranges: this.ranges,
    });
  }
}

countCalls(FakeBooleanCondition, 'BooleanCondition');
countCalls(FakeConditionalFormatRule, 'ConditionalFormatRule');
countCalls(FakeConditionalFormatRuleBuilder, 'ConditionalFormatRuleBuilder');
