import type { IsoDate } from '../calendar/calendarDate';
import type { MessageParams } from '../findings/finding';
import { registerById } from '../registers/definitions';
import type { FieldDef, Lang } from '../registers/schema';
import type { Settings } from '../settings/settings';
import type { Money } from '../values/parseResult';
import { parseCell } from '../values/parseCell';
import type { OutputValue } from '../workbook/port';
import { nextAssetTag } from './assetTagPattern';
import { referenceKey } from '../registers/referenceKey';

/** Maximum length of one field's text from the form; notes may be longer. */
export const MAX_FIELD_LENGTH = 500;
export const MAX_NOTES_LENGTH = 5000;

export interface FieldError {
  /** Field key, or '' for an error about the whole payload. */
  readonly field: string;
  readonly code: string;
  readonly params: MessageParams;
}

export type AssetInputResult =
  | { readonly ok: true; readonly values: Readonly<Record<string, OutputValue>>; readonly assetTag: string; readonly generatedTag: boolean }
  | { readonly ok: false; readonly errors: readonly FieldError[] };

export interface AssetInputContext {
  readonly lang: Lang;
  readonly settings: Settings;
  readonly asOf: IsoDate;
  /** Asset tags already in the register, as typed. */
  readonly existingTags: readonly string[];
}

export const normalizeTag = referenceKey;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;
}

/** Converts a parsed value to what is written in the register cell, in the workbook's language. */
export function cellValueFor(field: FieldDef, value: unknown, text: string, lang: Lang, currency: string): OutputValue {
  switch (field.type) {
    case 'date':
      return { date: value as IsoDate };
    case 'money': {
      const money = value as Money;
      return money.currency === null || money.currency === currency ? money.amount : text.trim();
    }
    case 'number':
    case 'integer':
      return value as number;
    case 'boolean':
      return value as boolean;
    case 'enum':
      return field.enumValues?.find((candidate) => candidate.key === value)?.label[lang] ?? String(value);
    case 'idList':
    case 'emails':
      return (value as string[]).join(', ');
    default:
      return value as string;
  }
}

/**
 * Validates an asset submitted from the sidebar. The payload comes from the browser, so anyone with
 * edit access can send anything: it must be a plain object of strings naming asset fields, every value
 * is parsed like a sheet cell, and the tag must be unique. A blank tag is generated from the pattern.
 */
export function validateAssetInput(payload: unknown, context: AssetInputContext): AssetInputResult {
  const register = registerById('assets');
  if (!isPlainObject(payload)) {
    return { ok: false, errors: [{ field: '', code: 'assets.input.notAnObject', params: {} }] };
  }

  const errors: FieldError[] = [];
  const values: Record<string, OutputValue> = {};
  for (const key of Object.keys(payload)) {
    if (!register.fields.some((field) => field.key === key)) {
      errors.push({ field: key, code: 'assets.input.unknownField', params: { field: key.slice(0, 40) } });
    }
  }

  for (const field of register.fields) {
    const raw = payload[field.key];
    const label = field.header[context.lang];
    if (raw !== undefined && raw !== null && typeof raw !== 'string') {
      errors.push({ field: field.key, code: 'assets.input.notText', params: { field: label } });
      continue;
    }
    const text = (raw ?? '').trim();
    const limit = field.key === 'notes' ? MAX_NOTES_LENGTH : MAX_FIELD_LENGTH;
    if (text.length > limit) {
      errors.push({ field: field.key, code: 'problem.tooLong', params: { length: text.length, limit } });
      continue;
    }
    if (text === '') {
      if (field.required && field.key !== 'assetTag') {
        errors.push({ field: field.key, code: 'finding.requiredMissing', params: { column: label } });
      }
      continue;
    }
    const parsed = parseCell(text, field);
    if (!parsed.ok) {
      errors.push({ field: field.key, code: `problem.${parsed.problem}`, params: { ...(parsed.detail ?? {}), column: label } });
      continue;
    }
    if (parsed.value !== null) {
      values[field.key] = cellValueFor(field, parsed.value, text, context.lang, context.settings.currency);
    }
  }

  const typedTag = typeof values.assetTag === 'string' ? values.assetTag : '';
  const taken = new Set(context.existingTags.map(normalizeTag));
  if (typedTag !== '' && taken.has(normalizeTag(typedTag))) {
    errors.push({ field: 'assetTag', code: 'assets.input.tagTaken', params: { value: typedTag } });
  }
  if (errors.length > 0) {
    return { ok: false, errors };
  }

  const assetTag = typedTag !== '' ? typedTag : nextAssetTag(context.settings.assetTagPattern, context.asOf, context.existingTags);
  return { ok: true, values: { ...values, assetTag }, assetTag, generatedTag: typedTag === '' };
}

/** Lays out field values in the tab's own column order; columns the tool does not know stay blank. */
export function rowForColumns(columns: Readonly<Record<string, number>>, values: Readonly<Record<string, OutputValue>>, width: number): OutputValue[] {
  const row: OutputValue[] = Array(width).fill('');
  for (const [key, value] of Object.entries(values)) {
    const column = columns[key];
    if (column !== undefined) {
      row[column - 1] = value;
    }
  }
  return row;
}
