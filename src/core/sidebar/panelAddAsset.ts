import { rowForColumns, validateAssetInput } from '../assets/assetInput';
import { nextAssetTag } from '../assets/assetTagPattern';
import type { IsoDate } from '../calendar/calendarDate';
import { calendarDateIn } from '../calendar/today';
import { entriesForNewRecords, historyRows } from '../history/changeHistory';
import { translate } from '../i18n';
import type { WorkbookSettings } from '../importing/registerSnapshot';
import { fieldOf, registerById } from '../registers/definitions';
import type { Lang } from '../registers/schema';
import { assetTagsOf, readAssetTab } from './assetTab';
import { booleanOptionsArgument, isPlainObject, SidebarRequestError } from './bridgeArguments';
import { ensureHistoryTab, panelAuthor } from './historyTab';
import { failure, invalidInput } from './panelFailure';
import { rowLink } from './panelText';
import type { AddAssetResult } from './sidebarContract';
import type { SidebarEnvironment } from './sidebarEnvironment';

/**
 * Adds one asset from the panel's form. Under the lock it reads the Assets tab afresh, validates every
 * value like a sheet cell, takes the next tag from that read when none was typed, and appends the row
 * and its Change History line with one write each. Two people adding at once therefore get two
 * different tags and both rows. With validateOnly it checks the values and returns the tag without
 * writing.
 */
export function addAssetFromPanel(env: SidebarEnvironment, workbook: WorkbookSettings, payload: unknown, options: unknown): AddAssetResult {
  const { lang, settings } = workbook;
  const { validateOnly } = booleanOptionsArgument(options, 'options', ['validateOnly']);
  if (!isPlainObject(payload)) {
    throw new SidebarRequestError('sidebar.argument.notObject', {}, 'payload');
  }
  const now = env.now();
  const asOf = calendarDateIn(now, workbook.timeZone);

  const attempt = (): AddAssetResult => {
    const tab = readAssetTab(env.port);
    const tags = assetTagsOf(tab);
    const input = validateAssetInput(payload, { lang, settings, asOf, existingTags: tags });
    if (!input.ok) {
      return invalidInput(lang, input.errors);
    }
    for (const key of Object.keys(input.values)) {
      if (tab.columns[key] === undefined) {
        const column = fieldOf(registerById('assets'), key).header[lang];
        throw new SidebarRequestError('sidebar.action.missingColumn', { sheet: tab.sheetName, column });
      }
    }
    if (validateOnly) {
      const message = translate(lang, 'sidebar.add.valid', { assetTag: input.assetTag });
      return { ok: true, written: false, assetTag: input.assetTag, row: null, link: null, message, nextTagHint: tagHint(lang, settings.assetTagPattern, asOf, tags) };
    }

    const row = tab.values.length + 1;
    env.port.appendRows(tab.sheetName, [rowForColumns(tab.columns, input.values, tab.width)]);
    const historyTab = ensureHistoryTab(env.port, lang);
    const author = panelAuthor(now, workbook.timeZone, env.userEmail());
    env.port.appendRows(historyTab, historyRows(entriesForNewRecords([{ tab: tab.sheetName, recordKey: input.assetTag, row }], author), lang));

    return {
      ok: true,
      written: true,
      assetTag: input.assetTag,
      row,
      link: rowLink(lang, tab.sheetName, row),
      message: translate(lang, 'sidebar.add.added', { assetTag: input.assetTag, row: String(row), sheet: tab.sheetName }),
      nextTagHint: tagHint(lang, settings.assetTagPattern, asOf, [...tags, input.assetTag]),
    };
  };

  if (validateOnly) {
    return attempt();
  }
  return env.runLocked(attempt) ?? failure(translate(lang, 'error.busy'));
}

/** Returns the tag field's hint naming the tag the pattern gives next. */
export function tagHint(lang: Lang, pattern: string, asOf: IsoDate, tags: readonly string[]): string {
  return translate(lang, 'sidebar.add.tagHint', { tag: nextAssetTag(pattern, asOf, tags) });
}
