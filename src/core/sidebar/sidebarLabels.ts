import { translate } from '../i18n';
import type { Lang } from '../registers/schema';

/**
 * Fixed texts of the asset panel, sent once in the bootstrap so the page holds no language of its own.
 * Each key is the catalog key without its `sidebar.ui.` prefix.
 */
export const SIDEBAR_LABEL_KEYS = [
  'title',
  'loading',
  'callFailed',
  'tab.add',
  'tab.find',
  'tab.glance',
  'add.heading',
  'add.required',
  'add.moreFields',
  'add.submit',
  'add.adding',
  'add.another',
  'add.choose',
  'add.invalidDate',
  'find.heading',
  'find.label',
  'find.submit',
  'find.searching',
  'find.open',
  'details.loading',
  'details.fields',
  'details.actions',
  'details.back',
  'details.goToRow',
  'action.confirm',
  'action.cancel',
  'action.working',
  'glance.renewals',
  'glance.noRenewals',
  'glance.risks',
  'glance.noRisks',
  'glance.goToRow',
  'glance.refresh',
  'glance.refreshing',
  'row.selecting',
] as const;

export type SidebarLabelKey = (typeof SIDEBAR_LABEL_KEYS)[number];

export function sidebarLabels(lang: Lang): Record<SidebarLabelKey, string> {
  const labels = {} as Record<SidebarLabelKey, string>;
  for (const key of SIDEBAR_LABEL_KEYS) {
    labels[key] = translate(lang, `sidebar.ui.${key}`);
  }
  return labels;
}
