import { countCalls } from './callCounter';
import { FakeConditionalFormatRuleBuilder, BooleanCriteria } from './conditionalFormat';
import { DataValidationCriteria, FakeDataValidationBuilder } from './dataValidation';
import { DeveloperMetadataLocationType, DeveloperMetadataVisibility } from './developerMetadata';
import type { FakeEnvironment } from './fakeEnvironment';
import { ProtectionType } from './protection';
import type { FakeSheet } from './sheet';
import { FakeSpreadsheet } from './spreadsheet';
import { FakeUi } from './ui';

const SPREADSHEETS_SCOPE = 'https://www.googleapis.com/auth/spreadsheets';
const CURRENT_ONLY_SCOPE = 'https://www.googleapis.com/auth/spreadsheets.currentonly';

export class FakeSpreadsheetApp {
  readonly BooleanCriteria = BooleanCriteria;
  readonly DataValidationCriteria = DataValidationCriteria;
  readonly DeveloperMetadataLocationType = DeveloperMetadataLocationType;
  readonly DeveloperMetadataVisibility = DeveloperMetadataVisibility;
  readonly ProtectionType = ProtectionType;

  constructor(readonly env: FakeEnvironment) {}

  /** Returns null when the script runs without an active spreadsheet (see GasFakesOptions.spreadsheet). */
  getActiveSpreadsheet(): FakeSpreadsheet | null {
    this.env.requireScope('SpreadsheetApp.getActiveSpreadsheet', CURRENT_ONLY_SCOPE, SPREADSHEETS_SCOPE);
    const state = this.env.activeSpreadsheet();
    return state ? new FakeSpreadsheet(this.env, state) : null;
  }

  getActive(): FakeSpreadsheet | null {
    this.env.requireScope('SpreadsheetApp.getActive', CURRENT_ONLY_SCOPE, SPREADSHEETS_SCOPE);
    const state = this.env.activeSpreadsheet();
    return state ? new FakeSpreadsheet(this.env, state) : null;
  }

  getActiveSheet(): FakeSheet | null {
    const state = this.env.activeSpreadsheet();
    return state ? new FakeSpreadsheet(this.env, state).getActiveSheet() : null;
  }

  /** Needs the full spreadsheets scope even for the script's own spreadsheet. */
  openById(id: string): FakeSpreadsheet {
    this.env.requireScope('SpreadsheetApp.openById', SPREADSHEETS_SCOPE);
    const state = this.env.spreadsheets.get(id);
    if (!state) {
      throw new Error('Unexpected error while getting the method or property openById on object SpreadsheetApp.');
    }
    return new FakeSpreadsheet(this.env, state);
  }

  create(name: string): FakeSpreadsheet {
    this.env.requireScope('SpreadsheetApp.create', SPREADSHEETS_SCOPE);
    return new FakeSpreadsheet(this.env, this.env.createSpreadsheet({ name }));
  }

  /** Throws outside a UI context, as in a time-driven trigger (GasFakesOptions.ui = false). */
  getUi(): FakeUi {
    if (!this.env.options.ui) {
      throw new Error('Cannot call SpreadsheetApp.getUi() from this context.');
    }
    return new FakeUi(this.env);
  }

  newDataValidation(): FakeDataValidationBuilder {
    return new FakeDataValidationBuilder(this.env);
  }

  newConditionalFormatRule(): FakeConditionalFormatRuleBuilder {
    return new FakeConditionalFormatRuleBuilder(this.env);
  }

  flush(): void {
    // Writes in the fake take effect immediately.
  }
}

countCalls(FakeSpreadsheetApp, 'SpreadsheetApp');
