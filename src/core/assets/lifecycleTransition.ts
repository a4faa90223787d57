import type { IsoDate } from '../calendar/calendarDate';
import { translate } from '../i18n';
import { fieldOf, registerById, ASSET_STATUSES } from '../registers/definitions';
import type { AssetRecord, AssetStatus } from '../registers/records';
import type { Lang } from '../registers/schema';
import type { Settings } from '../settings/settings';
import type { Money } from '../values/parseResult';
import { parseDate } from '../values/dateValue';
import { parseMoney } from '../values/moneyValue';
import type { OutputValue } from '../workbook/port';
import { MAX_FIELD_LENGTH, type FieldError } from './assetInput';

/** Lifecycle actions offered in the sidebar, each moving the asset to one status. */
export type LifecycleAction = 'checkOut' | 'checkIn' | 'sendToRepair' | 'retire' | 'dispose' | 'markLost';

export const ACTION_TARGETS: Readonly<Record<LifecycleAction, AssetStatus>> = {
  checkOut: 'deployed',
  checkIn: 'in_stock',
  sendToRepair: 'in_repair',
  retire: 'retired',
  dispose: 'disposed',
  markLost: 'lost',
};

export const LIFECYCLE_ACTIONS = Object.keys(ACTION_TARGETS) as LifecycleAction[];

export function isLifecycleAction(value: unknown): value is LifecycleAction {
  return typeof value === 'string' && (LIFECYCLE_ACTIONS as string[]).includes(value);
}

/** Returns whether the settings' transition table allows moving from one status to another. */
export function isTransitionAllowed(from: AssetStatus | null, to: AssetStatus, settings: Settings): boolean {
  if (from === null) {
    return true;
  }
  return settings.transitions[from].includes(to);
}

/** Returns the actions allowed from an asset's current status, in menu order. */
export function allowedActions(status: AssetStatus | null, settings: Settings): LifecycleAction[] {
  return LIFECYCLE_ACTIONS.filter((action) => isTransitionAllowed(status, ACTION_TARGETS[action], settings));
}

export interface LifecycleInput {
  readonly assignedTo?: unknown;
  readonly location?: unknown;
  readonly date?: unknown;
  readonly proceeds?: unknown;
}

export interface LifecyclePlan {
  /** Field values to write into the asset's row, by field key. */
  readonly changes: Readonly<Record<string, OutputValue>>;
  /** Ledger entry to append (disposal proceeds), by field key. */
  readonly ledgerEntry: Readonly<Record<string, OutputValue>> | null;
  readonly from: AssetStatus | null;
  readonly to: AssetStatus;
}

function statusLabel(status: AssetStatus, lang: Lang): string {
  return ASSET_STATUSES.find((value) => value.key === status)?.label[lang] ?? status;
}

function optionalText(value: unknown, field: string, errors: FieldError[]): string {
  if (value === undefined || value === null) {
    return '';
  }
  if (typeof value !== 'string') {
    errors.push({ field, code: 'assets.input.notText', params: { field } });
    return '';
  }
  if (value.trim().length > MAX_FIELD_LENGTH) {
    errors.push({ field, code: 'problem.tooLong', params: { length: value.trim().length, limit: MAX_FIELD_LENGTH } });
    return '';
  }
  return value.trim();
}

/**
 * Plans a lifecycle action: checks the transition table, validates the action's inputs and returns
 * the cells to change. Disposal proceeds become a benefit entry of cost type disposal in the ledger.
 */
export function planLifecycleAction(
  asset: AssetRecord,
  action: LifecycleAction,
  input: LifecycleInput,
  context: { readonly settings: Settings; readonly asOf: IsoDate; readonly lang: Lang },
): { ok: true; plan: LifecyclePlan } | { ok: false; errors: FieldError[] } {
  const to = ACTION_TARGETS[action];
  if (!isTransitionAllowed(asset.status, to, context.settings)) {
    const from = asset.status === null ? '-' : statusLabel(asset.status, context.lang);
    return { ok: false, errors: [{ field: '', code: 'assets.action.notAllowed', params: { from, to: statusLabel(to, context.lang) } }] };
  }

  const errors: FieldError[] = [];
  const assignedTo = optionalText(input.assignedTo, 'assignedTo', errors);
  const location = optionalText(input.location, 'location', errors);
  const changes: Record<string, OutputValue> = { status: statusLabel(to, context.lang) };
  let ledgerEntry: Record<string, OutputValue> | null = null;

  switch (action) {
    case 'checkOut':
      if (assignedTo === '' && location === '') {
        errors.push({ field: 'assignedTo', code: 'assets.action.checkOutTarget', params: {} });
      }
      if (assignedTo !== '') {
        changes.assignedTo = assignedTo;
      }
      if (location !== '') {
        changes.location = location;
      }
      break;
    case 'checkIn':
      changes.assignedTo = '';
      if (location !== '') {
        changes.location = location;
      }
      break;
    case 'dispose': {
      const date = parseDate(typeof input.date === 'string' ? input.date : '');
      if (!date.ok || date.value === null) {
        errors.push({ field: 'date', code: 'assets.action.disposalDate', params: {} });
        break;
      }
      const proceedsText = typeof input.proceeds === 'string' ? input.proceeds : '';
      const proceeds = parseMoney(proceedsText);
      if (!proceeds.ok || (proceeds.value !== null && (proceeds.value as Money).amount < 0)) {
        errors.push({ field: 'proceeds', code: 'problem.invalidMoney', params: {} });
        break;
      }
      changes.assignedTo = '';
      if (proceeds.value !== null && (proceeds.value as Money).amount > 0) {
        const ledger = registerById('ledger');
        const label = (key: string, value: string): string =>
          fieldOf(ledger, key).enumValues?.find((candidate) => candidate.key === value)?.label[context.lang] ?? value;
        ledgerEntry = {
          date: { date: date.value },
          kind: label('kind', 'benefit'),
          costType: label('costType', 'disposal'),
          amount: (proceeds.value as Money).amount,
          currency: (proceeds.value as Money).currency ?? context.settings.currency,
          assetTag: asset.assetTag ?? '',
          department: asset.department ?? '',
          description: translate(context.lang, 'assets.ledger.disposalProceeds'),
        };
      }
      break;
    }
    case 'sendToRepair':
    case 'retire':
    case 'markLost':
      if (location !== '') {
        changes.location = location;
      }
      break;
  }

  if (errors.length > 0) {
    return { ok: false, errors };
  }
  return { ok: true, plan: { changes, ledgerEntry, from: asset.status, to } };
}
