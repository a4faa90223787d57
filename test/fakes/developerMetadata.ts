import { countCalls } from './callCounter';
import type { FakeEnvironment } from './fakeEnvironment';
import { FakeSheet } from './sheet';
import type { MetadataState, SpreadsheetState } from './sheetState';
import { FakeSpreadsheet } from './spreadsheet';

export const DeveloperMetadataLocationType = {
  COLUMN: 'COLUMN',
  ROW: 'ROW',
  SHEET: 'SHEET',
  SPREADSHEET: 'SPREADSHEET',
} as const;

export const DeveloperMetadataVisibility = { DOCUMENT: 'DOCUMENT', PROJECT: 'PROJECT' } as const;

export class FakeDeveloperMetadataLocation {
  constructor(
    readonly env: FakeEnvironment,
    private readonly metadata: MetadataState,
  ) {}

  getLocationType(): string {
    return this.metadata.sheet ? DeveloperMetadataLocationType.SHEET : DeveloperMetadataLocationType.SPREADSHEET;
  }

  /** The sheet for sheet-level metadata, null otherwise. */
  getSheet(): FakeSheet | null {
    return this.metadata.sheet ? new FakeSheet(this.env, this.metadata.sheet) : null;
  }

  getSpreadsheet(): FakeSpreadsheet | null {
    return this.metadata.sheet ? null : new FakeSpreadsheet(this.env, this.metadata.spreadsheet);
  }
}

export class FakeDeveloperMetadata {
  constructor(
    readonly env: FakeEnvironment,
    readonly state: MetadataState,
  ) {}

  getId(): number {
    return this.state.id;
  }

  getKey(): string {
    return this.state.key;
  }

  getValue(): string | null {
    return this.state.value;
  }

  getVisibility(): string {
    return this.state.visibility;
  }

  getLocation(): FakeDeveloperMetadataLocation {
    return new FakeDeveloperMetadataLocation(this.env, this.state);
  }

  setKey(key: string): this {
    this.state.key = validKey(key);
    return this;
  }

  setValue(value: string): this {
    this.state.value = value;
    return this;
  }

  remove(): void {
    const list = this.state.sheet ? this.state.sheet.metadata : this.state.spreadsheet.metadata;
    const index = list.indexOf(this.state);
    if (index >= 0) {
      list.splice(index, 1);
    }
  }
}

export function validKey(key: unknown): string {
  if (typeof key !== 'string' || key === '') {
    throw new Error('A developer metadata key must be a non-empty string.');
  }
  return key;
}

/** Searches the spreadsheet's and every sheet's metadata; each with… call narrows the search. */
export class FakeDeveloperMetadataFinder {
  private readonly filters: ((metadata: MetadataState) => boolean)[] = [];

  constructor(
    readonly env: FakeEnvironment,
    private readonly spreadsheet: SpreadsheetState,
  ) {}

  withKey(key: string): this {
    this.filters.push((metadata) => metadata.key === key);
    return this;
  }

  withValue(value: string): this {
    this.filters.push((metadata) => metadata.value === value);
    return this;
  }

  withId(id: number): this {
    this.filters.push((metadata) => metadata.id === id);
    return this;
  }

  withLocationType(locationType: string): this {
    this.filters.push((metadata) => (metadata.sheet ? DeveloperMetadataLocationType.SHEET : DeveloperMetadataLocationType.SPREADSHEET) === locationType);
    return this;
  }

  withVisibility(visibility: string): this {
    this.filters.push((metadata) => metadata.visibility === visibility);
    return this;
  }

  find(): FakeDeveloperMetadata[] {
    return this.spreadsheet
      .allMetadata()
      .filter((metadata) => this.filters.every((filter) => filter(metadata)))
      .map((metadata) => new FakeDeveloperMetadata(this.env, metadata));
  }
}

countCalls(FakeDeveloperMetadataLocation, 'DeveloperMetadataLocation');
countCalls(FakeDeveloperMetadata, 'DeveloperMetadata');
countCalls(FakeDeveloperMetadataFinder, 'DeveloperMetadataFinder');
