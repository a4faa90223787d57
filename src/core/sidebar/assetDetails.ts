import type { IsoDate } from '../calendar/calendarDate';
import { allowedActions } from '../assets/lifecycleTransition';
import { buildCiGraph, idKey, nodeOf } from '../configuration/ciGraph';
import { impactOfAsset } from '../configuration/impactAnalysis';
import { computeDepreciation } from '../finance/assetDepreciation';
import { methodLabel } from '../finance/financeLabels';
import { computeTco } from '../finance/tco';
import { historyOf, type HistoryRecord } from '../history/assetHistory';
import { translate } from '../i18n';
import type { RecalcContext } from '../recalc/view';
import { registerById } from '../registers/definitions';
import type { LoadedWorkbook } from '../registers/loadWorkbook';
import type { AssetRecord } from '../registers/records';
import type { FieldDef, Lang } from '../registers/schema';
import type { Money } from '../values/parseResult';
import { actionFields, type FormSources } from './assetForm';
import { tagKey } from './assetTab';
import { formatMoney, rowLink, statusLabel } from './panelText';
import type { ActionOffer, AssetDetails, DetailLine, DetailSection } from './sidebarContract';

/** History lines shown for one asset, newest first. */
const MAX_HISTORY_LINES = 20;

/**
 * Builds everything the panel shows about one asset from a loaded workbook: its cells (an invalid cell
 * as typed, with the reason), licenses, contracts, TCO and book value, the configuration items that
 * fail with it, its change history and the lifecycle actions the settings allow. Returns null when no
 * row has the tag.
 */
export function assetDetailsOf(loaded: LoadedWorkbook, asOf: IsoDate, history: readonly HistoryRecord[], assetTag: string): AssetDetails | null {
  const asset = loaded.data.assets.find((record) => record.assetTag !== null && tagKey(record.assetTag) === tagKey(assetTag));
  const sheetName = loaded.locations.assets?.sheetName;
  if (asset === undefined || asset.assetTag === null || sheetName === undefined) {
    return null;
  }
  const { lang } = loaded;
  const context: RecalcContext = { asOf, lang, settings: loaded.settings, data: loaded.data, locations: loaded.locations, findings: loaded.findings };
  const tag = asset.assetTag;

  const sections: DetailSection[] = [
    section(lang, 'licenses', licenseLines(context, tag)),
    section(lang, 'contracts', contractLines(context, tag)),
    section(lang, 'costs', costLines(context, tag)),
    section(lang, 'impact', impactLines(context, tag)),
    section(lang, 'history', historyLines(lang, historyOf(history, tag, { limit: MAX_HISTORY_LINES }))),
  ];
  const status = asset.status;
  const statusText = status === null ? '' : statusLabel(status, lang);
  return {
    assetTag: tag,
    name: asset.name ?? '',
    status,
    statusLabel: statusText,
    link: rowLink(lang, sheetName, asset.row),
    fields: fieldLines(loaded, sheetName, asset),
    sections,
    actions: actionOffers(loaded, asset),
    noActionText: translate(lang, 'sidebar.action.none', { status: statusText || '-' }),
  };
}

function section(lang: Lang, id: DetailSection['id'], lines: DetailLine[]): DetailSection {
  const emptyKey = { licenses: 'noLicenses', contracts: 'noContracts', costs: 'noCosts', impact: 'noImpact', history: 'noHistory' }[id];
  return { id, title: translate(lang, `sidebar.section.${id}`), lines, emptyText: translate(lang, `sidebar.section.${emptyKey}`) };
}

/** Shows each filled cell in the register's own terms; an invalid cell shows what was typed and why it is invalid. */
function fieldLines(loaded: LoadedWorkbook, sheetName: string, asset: AssetRecord): DetailLine[] {
  const { lang } = loaded;
  const headers = loaded.headers.assets ?? {};
  const lines: DetailLine[] = [];

  for (const field of registerById('assets').fields) {
    const header = headers[field.key];
    if (header === undefined) {
      continue;
    }
    const value = (asset as unknown as Record<string, unknown>)[field.key];
    const text = displayValue(field, value, lang, loaded.settings.currency);
    if (text !== '') {
      lines.push({ primary: header, secondary: text });
      continue;
    }
    const problem = loaded.findings.find((finding) => finding.sheet === sheetName && finding.row === asset.row && finding.column === header && finding.value !== '');
    if (problem) {
      const message = translate(lang, problem.code, problem.params);
      lines.push({ primary: header, secondary: translate(lang, 'sidebar.details.invalidCell', { value: problem.value, message }) });
    }
  }
  return lines;
}

function displayValue(field: FieldDef, value: unknown, lang: Lang, currency: string): string {
  if (value === null || value === undefined) {
    return '';
  }
  switch (field.type) {
    case 'money': {
      const money = value as Money;
      return formatMoney(lang, money.amount, money.currency ?? currency);
    }
    case 'enum':
      return field.enumValues?.find((candidate) => candidate.key === value)?.label[lang] ?? String(value);
    case 'idList':
    case 'emails':
      return (value as string[]).join(', ');
    case 'boolean':
      return value ? 'TRUE' : 'FALSE';
    default:
      return String(value);
  }
}

function licenseLines(context: RecalcContext, tag: string): DetailLine[] {
  const { lang, data } = context;
  return data.licenseAssignments
    .filter((assignment) => assignment.assetTag !== null && idKey(assignment.assetTag) === idKey(tag))
    .map((assignment) => {
      const license = data.licenses.find((candidate) => candidate.licenseId !== null && assignment.licenseId !== null && idKey(candidate.licenseId) === idKey(assignment.licenseId));
      const assigned = assignment.assignedDate ?? '-';
      const secondary =
        assignment.removedDate === null
          ? translate(lang, 'sidebar.license.active', { assigned })
          : translate(lang, 'sidebar.license.removed', { assigned, removed: assignment.removedDate });
      return { primary: [assignment.licenseId ?? '', license?.software ?? ''].filter((part) => part !== '').join(' '), secondary };
    });
}

function contractLines(context: RecalcContext, tag: string): DetailLine[] {
  const { lang, data } = context;
  const contractTypes = registerById('contracts').fields.find((field) => field.key === 'type')?.enumValues ?? [];
  return data.contracts
    .filter((contract) => contract.assetTags.some((listed) => idKey(listed) === idKey(tag)))
    .map((contract) => {
      const type = contract.type === null ? null : (contractTypes.find((value) => value.key === contract.type)?.label[lang] ?? contract.type);
      const ends = contract.endDate === null ? null : translate(lang, 'sidebar.contract.ends', { endDate: contract.endDate });
      return {
        primary: [contract.contractId ?? '', contract.title ?? ''].filter((part) => part !== '').join(' '),
        secondary: [type, contract.vendor, ends].filter((part): part is string => part !== null && part !== '').join(' · '),
      };
    });
}

/** TCO parts that are not zero, then the book value or the reason the asset is not depreciated. */
function costLines(context: RecalcContext, tag: string): DetailLine[] {
  const { lang } = context;
  const currency = context.settings.currency;
  const money = (amount: number): string => formatMoney(lang, amount, currency);
  const lines: DetailLine[] = [];

  const tco = computeTco(context).assets.find((line) => tagKey(line.assetTag) === tagKey(tag));
  if (tco !== undefined && tco.total !== 0) {
    lines.push({ primary: translate(lang, 'sidebar.cost.tco'), secondary: money(tco.total) });
    const parts: [string, number][] = [
      ['acquisition', tco.acquisition],
      ['ledger', tco.ledgerCosts],
      ['contracts', tco.contractShare],
      ['licenses', tco.licenseShare],
      ['proceeds', -tco.disposalProceeds],
    ];
    for (const [key, amount] of parts) {
      if (amount !== 0) {
        lines.push({ primary: translate(lang, `sidebar.cost.${key}`), secondary: money(amount) });
      }
    }
  }

  const depreciation = computeDepreciation(context);
  const line = depreciation.lines.find((candidate) => tagKey(candidate.assetTag) === tagKey(tag));
  if (line !== undefined) {
    const detail = translate(lang, 'sidebar.cost.bookValueDetail', { accumulated: money(line.accumulated), method: methodLabel(lang, line.method) });
    lines.push({ primary: translate(lang, 'sidebar.cost.bookValue'), secondary: `${money(line.bookValue)} (${detail})` });
  } else {
    const skipped = depreciation.notDepreciated.find((candidate) => tagKey(candidate.assetTag) === tagKey(tag));
    if (skipped !== undefined) {
      lines.push({ primary: translate(lang, 'sidebar.cost.notDepreciated'), secondary: translate(lang, skipped.reason, skipped.params) });
    }
  }
  return lines;
}

function impactLines(context: RecalcContext, tag: string): DetailLine[] {
  const graph = buildCiGraph(context.data.configurationItems);
  return impactOfAsset(graph, tag).map((entry) => {
    const node = nodeOf(graph, entry.ciId);
    const name = node === undefined ? '' : (graph.items[node].name ?? '');
    const secondary = entry.depth === 1 && tagKey(entry.via) === tagKey(tag)
      ? translate(context.lang, 'sidebar.impact.direct')
      : translate(context.lang, 'sidebar.impact.through', { via: entry.via, depth: entry.depth });
    return { primary: [entry.ciId, name].filter((part) => part !== '').join(' '), secondary };
  });
}

function historyLines(lang: Lang, records: readonly HistoryRecord[]): DetailLine[] {
  return records.map((record) => {
    const primary =
      record.oldValue === '' && record.newValue === ''
        ? record.field
        : translate(lang, 'sidebar.history.change', { field: record.field, oldValue: record.oldValue || '—', newValue: record.newValue || '—' });
    const source = record.source === null ? '' : translate(lang, `history.source.${record.source}`);
    const secondary = translate(lang, 'sidebar.history.by', { time: shortTime(record.time), user: record.user || '—', source });
    return { primary, secondary };
  });
}

/** Shows an ISO 8601 history time as 2025-03-04 09:15, in the zone it was logged in; other text stays as typed. */
function shortTime(time: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(time);
  return match ? `${match[1]} ${match[2]}` : time;
}

function actionOffers(loaded: LoadedWorkbook, asset: AssetRecord): ActionOffer[] {
  const sources: FormSources = {
    lang: loaded.lang,
    settings: loaded.settings,
    assets: loaded.data.assets,
    categories: loaded.data.categories,
    vendors: loaded.data.vendors,
    headers: loaded.headers.assets ?? {},
  };
  return allowedActions(asset.status, loaded.settings).map((action) => ({
    action,
    label: translate(loaded.lang, `sidebar.action.${action}`),
    fields: actionFields(action, sources),
  }));
}
