import { countCalls } from './callCounter';
import type { FakeEnvironment } from './fakeEnvironment';
import { FakeRange } from './range';
import type { ProtectionState } from './sheetState';

export const ProtectionType = { RANGE: 'RANGE', SHEET: 'SHEET' } as const;

export class FakeUser {
  constructor(
    readonly env: FakeEnvironment,
    private readonly email: string,
  ) {}

  getEmail(): string {
    return this.email;
  }
}

export class FakeProtection {
  constructor(
    readonly env: FakeEnvironment,
    readonly state: ProtectionState,
  ) {}

  getProtectionType(): string {
    return this.state.type;
  }

  getDescription(): string {
    return this.state.description;
  }

  setDescription(description: string): this {
    this.state.description = String(description);
    return this;
  }

  /** True shows a warning before an edit and lets every editor continue; false restricts editors. */
  setWarningOnly(warningOnly: boolean): this {
    this.state.warningOnly = Boolean(warningOnly);
    return this;
  }

  isWarningOnly(): boolean {
    return this.state.warningOnly;
  }

  getRange(): FakeRange {
    const ref = this.state.range ?? {
      sheet: this.state.sheet,
      row: 1,
      column: 1,
      numRows: this.state.sheet.maxRows,
      numColumns: this.state.sheet.maxColumns,
    };
    return new FakeRange(this.env, ref);
  }

  canEdit(): boolean {
    return true;
  }

  getEditors(): FakeUser[] {
    return this.state.editors.map((email) => new FakeUser(this.env, email));
  }

  addEditor(email: string): this {
    if (!this.state.editors.includes(email)) {
      this.state.editors.push(email);
    }
    return this;
  }

  removeEditor(email: string): this {
    this.state.editors = this.state.editors.filter((editor) => editor !== email);
    return this;
  }

  remove(): void {
    this.state.removed = true;
    const list = this.state.sheet.protections;
    const index = list.indexOf(this.state);
    if (index >= 0) {
      list.splice(index, 1);
    }
  }
}

countCalls(FakeUser, 'User');
countCalls(FakeProtection, 'Protection');
