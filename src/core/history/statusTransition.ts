import { translate } from '../i18n';
import type { RecalcContext } from '../recalc/view';
import { ASSET_STATUSES, fieldOf, registerById } from '../registers/definitions';
import { headerCandidates, normalizeHeader } from '../registers/headerMatching';
import type { AssetRecord, AssetStatus } from '../registers/records';
import type { Lang } from '../registers/schema';
import type { RiskItem } from '../risk/riskItem';
import type { Settings } from '../settings/settings';
import type { HistoryRecord } from './assetHistory';
import { referenceKey } from '../registers/referenceKey';

export const SKIPPED_TRANSITION_CODE = 'history.risk.skippedTransition';

/** A status change that settings.transitions does not allow. */
export interface SkippedTransition {
  readonly code: typeof SKIPPED_TRANSITION_CODE;
  readonly from: AssetStatus;
  readonly to: AssetStatus;
  /** Statuses that `from` may move to. */
  readonly allowed: readonly AssetStatus[];
}

/** Parses a status as typed in a cell or logged in history: its key (in_repair) or its English or Korean label. */
export function assetStatusOf(text: string): AssetStatus | null {
  const normalized = normalizeHeader(text).replace(/[\s_-]+/g, ' ');
  const found = ASSET_STATUSES.find((status) =>
    [status.key, status.label.en, status.label.ko].some((candidate) => normalizeHeader(candidate).replace(/[\s_-]+/g, ' ') === normalized),
  );
  return found ? (found.key as AssetStatus) : null;
}

/**
 * Checks one status change against the allowed lifecycle transitions. Returns null when the change is
 * allowed, when the status did not change, or when either side is blank or not a status: a new
 * record has no transition, and an invalid status is a register finding.
 */
export function checkStatusTransition(oldStatus: string, newStatus: string, settings: Settings): SkippedTransition | null {
  const from = assetStatusOf(oldStatus);
  const to = assetStatusOf(newStatus);
  if (from === null || to === null || from === to) {
    return null;
  }

  const allowed = settings.transitions[from];
  if (allowed.includes(to)) {
    return null;
  }
  return { code: SKIPPED_TRANSITION_CODE, from, to, allowed };
}

/**
 * Raises a medium risk for every logged status change of an asset that skips the allowed
 * transitions. When a line's old value is unknown (a paste), the status logged by the asset's
 * previous status line is used in its place.
 */
export function statusTransitionRisks(context: RecalcContext, history: readonly HistoryRecord[]): RiskItem[] {
  const { lang } = context;
  const assets = registerById('assets');
  const assetTabs = new Set([assets.tab.en, assets.tab.ko, context.locations.assets?.sheetName ?? ''].filter((name) => name !== '').map(normalizeHeader));
  const statusHeaders = new Set(headerCandidates(fieldOf(assets, 'status')));
  const unknownTexts = new Set([translate('en', 'history.value.unknown'), translate('ko', 'history.value.unknown')].map(normalizeHeader));
  const assetRows = assetRowsByKey(context.data.assets);

  const risks: RiskItem[] = [];
  const lastStatus = new Map<string, AssetStatus>();
  for (const line of history) {
    if (!assetTabs.has(normalizeHeader(line.tab)) || !statusHeaders.has(normalizeHeader(line.field))) {
      continue;
    }
    const key = referenceKey(line.recordKey);
    const previous = unknownTexts.has(normalizeHeader(line.oldValue)) ? (lastStatus.get(key) ?? '') : line.oldValue;

    const skipped = checkStatusTransition(previous, line.newValue, context.settings);
    if (skipped) {
      risks.push({
        code: SKIPPED_TRANSITION_CODE,
        severity: 'medium',
        ref: line.recordKey,
        sheet: context.locations.assets?.sheetName ?? assets.tab[lang],
        row: assetRows.get(key) ?? null,
        params: {
          recordKey: line.recordKey,
          from: statusLabel(skipped.from, lang),
          to: statusLabel(skipped.to, lang),
          allowed: skipped.allowed.length === 0 ? translate(lang, 'history.transition.none') : skipped.allowed.map((status) => statusLabel(status, lang)).join(', '),
          time: line.time,
          user: line.user === '' ? translate(lang, 'history.value.unknown') : line.user,
        },
      });
    }

    const current = assetStatusOf(line.newValue);
    if (current !== null) {
      lastStatus.set(key, current);
    }
  }
  return risks;
}

function statusLabel(status: AssetStatus, lang: Lang): string {
  return ASSET_STATUSES.find((candidate) => candidate.key === status)?.label[lang] ?? status;
}


function assetRowsByKey(assets: readonly AssetRecord[]): Map<string, number> {
  const rows = new Map<string, number>();
  for (const asset of assets) {
    if (asset.assetTag && !rows.has(referenceKey(asset.assetTag))) {
      rows.set(referenceKey(asset.assetTag), asset.row);
    }
  }
  return rows;
}
