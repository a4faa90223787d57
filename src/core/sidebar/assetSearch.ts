import { assetStatusOf } from '../history/statusTransition';
import type { Lang } from '../registers/schema';
import { cellText, type AssetTab } from './assetTab';
import { statusLabel } from './panelText';
import type { AssetSummary } from './sidebarContract';

/** Results returned by one search; the message gives the total so the user can narrow the search. */
export const MAX_SEARCH_RESULTS = 20;

/** Columns searched, in the order a match ranks: a tag match first, a user match last. */
const SEARCH_FIELDS = ['assetTag', 'serialNumber', 'name', 'assignedTo'] as const;

export interface SearchOutcome {
  readonly assets: AssetSummary[];
  readonly total: number;
}

function searchForm(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * Finds assets whose tag, serial number, name or user contains the query, ignoring case and repeated
 * spaces. The cells are searched as typed, so a row with an invalid date is still found. Exact
 * matches come first, then matches at the start of a value, then the rest, each in sheet order.
 */
export function searchAssets(tab: AssetTab, query: string, lang: Lang): SearchOutcome {
  const wanted = searchForm(query);
  const matches: { score: number; row: number }[] = [];

  for (let row = 2; row <= tab.values.length; row++) {
    let best = Number.POSITIVE_INFINITY;
    SEARCH_FIELDS.forEach((field, fieldIndex) => {
      const value = searchForm(cellText(tab, row, field));
      if (value === '' || !value.includes(wanted)) {
        return;
      }
      const closeness = value === wanted ? 0 : value.startsWith(wanted) ? 1 : 2;
      best = Math.min(best, closeness * SEARCH_FIELDS.length + fieldIndex);
    });
    if (best !== Number.POSITIVE_INFINITY) {
      matches.push({ score: best, row });
    }
  }

  matches.sort((a, b) => a.score - b.score || a.row - b.row);
  const assets = matches.slice(0, MAX_SEARCH_RESULTS).map(({ row }) => summaryOf(tab, row, lang));
  return { assets, total: matches.length };
}

function summaryOf(tab: AssetTab, row: number, lang: Lang): AssetSummary {
  const statusText = cellText(tab, row, 'status');
  const status = assetStatusOf(statusText);
  return {
    assetTag: cellText(tab, row, 'assetTag'),
    name: cellText(tab, row, 'name'),
    status: status === null ? statusText : statusLabel(status, lang),
    assignedTo: cellText(tab, row, 'assignedTo'),
    serialNumber: cellText(tab, row, 'serialNumber'),
    row,
  };
}
