import { addMonths, type IsoDate } from '../../calendar/calendarDate';
import { translate } from '../../i18n';
import { ASSET_STATUSES } from '../../registers/definitions';
import type { FieldDef, Lang } from '../../registers/schema';
import type { AssetStatus } from '../../registers/records';
import { parseCell } from '../../values/parseCell';
import type { ParsedValue } from '../../values/parseResult';
import type { ColumnRole, Derivation, DerivationContext, ImportSourceDef, MessageSpec } from './importSource';

/**
 * Snipe-IT's CSV exports and import templates for assets and licenses (column names as Snipe-IT 6–8
 * writes them). Columns with a register field map to it; columns the registers have no field for
 * (Company, Order Number, Model Number, a license's product key…) become lines of Notes so nothing is
 * lost; Checkout Type, the "Checked Out To" columns, Status and Warranty feed the derive step below.
 */

const field = (key: string): ColumnRole => ({ kind: 'field', field: key });
const note = (type: 'text' | 'id' | 'boolean' = 'text'): ColumnRole => ({ kind: 'note', type });
const input = (name: string): ColumnRole => ({ kind: 'input', input: name });

const ASSET_COLUMNS: Readonly<Record<string, ColumnRole>> = {
  'Model name': field('model'),
  'Asset Notes': field('notes'),
  'Model Number': note('id'),
  'Order Number': note('id'),
  Company: note(),
  'Checkout Type': input('checkoutType'),
  'Checked Out To: Username': input('assigneeUsername'),
  'Checked Out To: First Name': input('assigneeFirstName'),
  'Checked Out To: Last Name': input('assigneeLastName'),
  'Checked Out To: Email': input('assigneeEmail'),
  'Checked Out To: Location': input('checkedOutLocation'),
  // The import template names the person an asset is checked out to with these three columns.
  'Full Name': input('assigneeName'),
  Email: input('assigneeEmail'),
  Username: input('assigneeUsername'),
  Status: input('statusLabel'),
  Warranty: input('warrantyMonths'),
  'Warranty Months': input('warrantyMonths'),
};

const LICENSE_COLUMNS: Readonly<Record<string, ColumnRole>> = {
  Name: field('software'),
  'License Name': field('software'),
  'purchase date': field('startDate'),
  // Snipe-IT stores a license's purchase cost per seat and multiplies it by the seats for the total.
  'purchase cost': field('unitCost'),
  'Licensed to Email': field('owner'),
  'Licensed To Name': note(),
  'serial number': note('id'),
  'Product Key': note('id'),
  Category: note(),
  'purchase order': note('id'),
  'order number': note('id'),
  maintained: note('boolean'),
  reassignable: note('boolean'),
  company: note(),
  supplier: note(),
  'Termination Date': note(),
  // In the license import template these name the person a seat is checked out to.
  'Full Name': note(),
  Email: note(),
  Username: note(),
};

/** Snipe-IT's default status labels (lower case) and the lifecycle status each one means here. */
const STATUS_LABELS: ReadonlyMap<string, AssetStatus> = new Map([
  ['ready to deploy', 'in_stock'],
  ['deployable', 'in_stock'],
  ['pending', 'in_stock'],
  ['deployed', 'deployed'],
  ['pending diagnostics', 'in_repair'],
  ['out for diagnostics', 'in_repair'],
  ['out for repair', 'in_repair'],
  ['undeployable', 'in_repair'],
  ['broken - not fixable', 'retired'],
  ['archived', 'retired'],
  ['lost', 'lost'],
  ['lost/stolen', 'lost'],
  ['stolen', 'lost'],
]);

const STATUS_FIELD: FieldDef = {
  key: 'status',
  header: { en: 'Status', ko: '상태' },
  type: 'enum',
  enumValues: ASSET_STATUSES,
  note: { en: '', ko: '' },
};

const WARRANTY_MONTHS_FIELD: FieldDef = {
  key: 'warrantyMonths',
  header: { en: 'Warranty', ko: '보증기간' },
  type: 'integer',
  min: 0,
  note: { en: '', ko: '' },
};

function statusLabelOf(status: AssetStatus, lang: Lang): string {
  return ASSET_STATUSES.find((candidate) => candidate.key === status)?.label[lang] ?? status;
}

/** Name of the person the asset is checked out to: email first, then full name, then username. */
function assigneeOf(context: DerivationContext): string {
  const fullName = context.input('assigneeName') || [context.input('assigneeFirstName'), context.input('assigneeLastName')].filter((part) => part !== '').join(' ');
  return context.input('assigneeEmail') || fullName || context.input('assigneeUsername');
}

interface StatusOutcome {
  readonly status: AssetStatus | null;
  readonly flag?: MessageSpec;
  readonly problem?: MessageSpec;
  readonly tally?: MessageSpec;
}

/**
 * Status: a known Snipe-IT label maps through STATUS_LABELS, and a deployable label on a checked-out
 * asset means deployed. Other text is read as one of our statuses. A blank cell, or a file without a
 * Status column, gives deployed for a checked-out asset and in stock otherwise.
 */
function deriveStatus(context: DerivationContext, checkedOut: boolean): StatusOutcome {
  const label = context.input('statusLabel');
  const fallback: AssetStatus = checkedOut ? 'deployed' : 'in_stock';
  const fallbackLabel = statusLabelOf(fallback, context.lang);

  if (label === '') {
    if (context.hasInputColumn('statusLabel')) {
      return { status: fallback, flag: { code: checkedOut ? 'import.flag.statusBlankCheckedOut' : 'import.flag.statusBlankNotCheckedOut', params: { status: fallbackLabel } } };
    }
    return { status: fallback, tally: { code: checkedOut ? 'import.warning.noStatusColumnCheckedOut' : 'import.warning.noStatusColumnNotCheckedOut', params: { status: fallbackLabel } } };
  }

  const mapped = STATUS_LABELS.get(label.toLowerCase().replace(/\s+/g, ' '));
  if (mapped !== undefined) {
    const status = mapped === 'in_stock' && checkedOut ? 'deployed' : mapped;
    return { status, tally: { code: 'import.warning.statusLabelMapped', params: { label, status: statusLabelOf(status, context.lang) } } };
  }

  const parsed = parseCell(label, STATUS_FIELD, context.parseOptions);
  if (!parsed.ok) {
    return { status: null, problem: { field: 'status', code: `problem.${parsed.problem}`, params: { ...(parsed.detail ?? {}), column: context.inputHeader('statusLabel'), value: label } } };
  }
  return { status: parsed.value as AssetStatus };
}

function deriveAsset(context: DerivationContext): Derivation {
  const values: Record<string, ParsedValue> = {};
  const notes: string[] = [];
  const flags: MessageSpec[] = [];
  const problems: MessageSpec[] = [];
  const tallies: MessageSpec[] = [];

  const assignee = assigneeOf(context);
  if (assignee !== '') {
    values.assignedTo = assignee;
  }
  const checkedOutLocation = context.input('checkedOutLocation');
  const location = context.value('location');
  if (checkedOutLocation !== '') {
    if (location === null) {
      values.location = checkedOutLocation;
    } else if (location !== checkedOutLocation) {
      notes.push(`Checked Out To: Location: ${checkedOutLocation}`);
    }
  }

  const checkedOut = context.input('checkoutType') !== '' || assignee !== '' || checkedOutLocation !== '' || context.value('assignedTo') !== null;
  const status = deriveStatus(context, checkedOut);
  if (status.status !== null) values.status = status.status;
  if (status.flag) flags.push(status.flag);
  if (status.problem) problems.push(status.problem);
  if (status.tally) tallies.push(status.tally);

  // Snipe-IT leaves an asset's name blank when the model name says enough.
  const model = context.value('model');
  if (context.value('name') === null && typeof model === 'string') {
    values.name = model;
    flags.push({ code: 'import.flag.nameFromModel', params: { model } });
  }

  const warrantyText = context.input('warrantyMonths');
  if (warrantyText !== '') {
    const months = parseCell(warrantyText, WARRANTY_MONTHS_FIELD, context.parseOptions);
    const purchaseDate = context.value('purchaseDate') as IsoDate | null;
    if (!months.ok) {
      problems.push({ code: `problem.${months.problem}`, params: { ...(months.detail ?? {}), column: context.inputHeader('warrantyMonths'), value: warrantyText } });
    } else if (months.value !== null && months.value !== 0) {
      // Snipe-IT shows the warranty expiry as the purchase date plus the warranty months.
      if (purchaseDate !== null) {
        values.warrantyEnd = addMonths(purchaseDate, months.value as number);
      } else {
        notes.push(`${context.inputHeader('warrantyMonths')}: ${translate(context.lang, 'import.note.months', { months: months.value as number })}`);
        flags.push({ code: 'import.flag.warrantyWithoutPurchaseDate', params: { months: months.value as number } });
      }
    }
  }

  return { values, notes, flags, problems, tallies };
}

export const SNIPE_IT_SOURCE: ImportSourceDef = {
  id: 'snipe-it',
  label: { en: 'Snipe-IT', ko: 'Snipe-IT' },
  registers: {
    assets: { columns: ASSET_COLUMNS, derive: deriveAsset },
    // Snipe-IT seats go to users or assets and carry no metric, so per user is the starting point.
    licenses: { columns: LICENSE_COLUMNS, defaults: { metric: 'per_user' } },
  },
};
