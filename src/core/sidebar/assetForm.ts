import { MAX_FIELD_LENGTH, MAX_NOTES_LENGTH } from '../assets/assetInput';
import { translate } from '../i18n';
import { registerById } from '../registers/definitions';
import type { AssetRecord, CategoryRecord, VendorRecord } from '../registers/records';
import type { FieldDef, FieldType, Lang } from '../registers/schema';
import type { Settings } from '../settings/settings';
import type { LifecycleAction } from '../assets/lifecycleTransition';
import type { ChoiceOption, FormField, FormFieldType } from './sidebarContract';

/** Fields of the Assets register shown in the collapsed "More fields" group: depreciation and audit details. */
const MORE_FIELDS: ReadonlySet<string> = new Set(['endOfSupport', 'usefulLifeMonths', 'salvageValue', 'depreciationMethod', 'investment', 'lastAudit', 'notes']);

/** Values offered while typing are capped, so a large register does not bloat every bootstrap. */
const MAX_SUGGESTIONS = 300;

const INPUT_TYPES: Readonly<Record<FieldType, FormFieldType>> = {
  text: 'text',
  id: 'id',
  idList: 'list',
  emails: 'list',
  date: 'date',
  money: 'money',
  number: 'number',
  integer: 'integer',
  boolean: 'boolean',
  enum: 'enum',
};

/** What the asset form offers besides the schema: categories, and values typed before. */
export interface FormSources {
  readonly lang: Lang;
  readonly settings: Settings;
  readonly assets: readonly AssetRecord[];
  readonly categories: readonly CategoryRecord[];
  readonly vendors: readonly VendorRecord[];
  /** Header text of the Assets tab as typed, by field key. */
  readonly headers: Readonly<Record<string, string>>;
}

/** Returns distinct non-blank values, first spelling kept, in the language's alphabetical order. */
export function distinctValues(lang: Lang, ...lists: readonly (readonly (string | null)[])[]): string[] {
  const seen = new Map<string, string>();
  for (const list of lists) {
    for (const value of list) {
      const text = (value ?? '').trim();
      const key = text.normalize('NFC').toLowerCase();
      if (text !== '' && !seen.has(key)) {
        seen.set(key, text);
      }
    }
  }
  const collator = new Intl.Collator(lang === 'ko' ? 'ko-KR' : 'en-US');
  return [...seen.values()].sort(collator.compare).slice(0, MAX_SUGGESTIONS);
}

function categoryOptions(categories: readonly CategoryRecord[]): ChoiceOption[] {
  const options: ChoiceOption[] = [];
  for (const category of categories) {
    if (category.code !== null && !options.some((option) => option.value === category.code)) {
      options.push({ value: category.code, label: category.name === null ? category.code : `${category.code} · ${category.name}` });
    }
  }
  return options;
}

function suggestionsFor(field: FieldDef, sources: FormSources): string[] {
  const used = (key: keyof AssetRecord): (string | null)[] => sources.assets.map((asset) => asset[key] as string | null);
  switch (field.key) {
    case 'department':
      return distinctValues(sources.lang, sources.settings.departments, used('department'));
    case 'location':
      return distinctValues(sources.lang, sources.settings.locations, used('location'));
    case 'vendor':
      return distinctValues(sources.lang, sources.vendors.map((vendor) => vendor.vendor), used('vendor'));
    case 'assignedTo':
      return distinctValues(sources.lang, used('assignedTo'));
    case 'manufacturer':
      return distinctValues(sources.lang, used('manufacturer'));
    default:
      return [];
  }
}

function formField(field: FieldDef, sources: FormSources): FormField {
  const categories = field.key === 'category' ? categoryOptions(sources.categories) : [];
  const enumOptions = (field.enumValues ?? []).map((value) => ({ value: value.key, label: value.label[sources.lang] }));
  return {
    key: field.key,
    label: sources.headers[field.key] || field.header[sources.lang],
    hint: field.note[sources.lang],
    type: categories.length > 0 ? 'choice' : INPUT_TYPES[field.type],
    // A blank tag is filled from the pattern, so the form does not require one.
    required: field.required === true && field.key !== 'assetTag',
    group: MORE_FIELDS.has(field.key) ? 'more' : 'main',
    options: categories.length > 0 ? categories : enumOptions,
    suggestions: suggestionsFor(field, sources),
    maxLength: field.key === 'notes' ? MAX_NOTES_LENGTH : MAX_FIELD_LENGTH,
  };
}

/** Builds the asset form from the register schema: the tag first, then required fields, then the rest in schema order. */
export function assetFormFields(sources: FormSources): FormField[] {
  const fields = registerById('assets').fields;
  const ordered = [...fields].sort((a, b) => rank(a) - rank(b) || fields.indexOf(a) - fields.indexOf(b));
  return ordered.map((field) => formField(field, sources));
}

function rank(field: FieldDef): number {
  if (field.key === 'assetTag') {
    return 0;
  }
  return field.required ? 1 : 2;
}

/** The inputs each lifecycle action takes, as planLifecycleAction reads them. */
const ACTION_INPUTS: Readonly<Record<LifecycleAction, readonly ('assignedTo' | 'location' | 'date' | 'proceeds')[]>> = {
  checkOut: ['assignedTo', 'location'],
  checkIn: ['location'],
  sendToRepair: ['location'],
  retire: ['location'],
  dispose: ['date', 'proceeds'],
  markLost: ['location'],
};

export const ACTION_INPUT_KEYS = ['assignedTo', 'location', 'date', 'proceeds'] as const;

/** Returns the inputs of a lifecycle action, with the people and places typed before as suggestions. */
export function actionFields(action: LifecycleAction, sources: FormSources): FormField[] {
  return ACTION_INPUTS[action].map((key) => {
    let suggestions: string[] = [];
    if (key === 'assignedTo' || key === 'location') {
      suggestions = suggestionsFor(registerById('assets').fields.find((field) => field.key === key) as FieldDef, sources);
    }
    return {
      key,
      label: translate(sources.lang, `sidebar.action.field.${key}`),
      hint: translate(sources.lang, `sidebar.action.hint.${key}`),
      type: key === 'date' ? 'date' : key === 'proceeds' ? 'money' : 'text',
      required: key === 'date',
      group: 'main',
      options: [],
      suggestions,
      maxLength: MAX_FIELD_LENGTH,
    };
  });
}
