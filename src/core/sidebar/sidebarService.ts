import { nextAssetTag } from '../assets/assetTagPattern';
import { MAX_FIELD_LENGTH } from '../assets/assetInput';
import { calendarDateIn } from '../calendar/today';
import { resolveLang, translate } from '../i18n';
import { readWorkbookSettings, type WorkbookSettings } from '../importing/registerSnapshot';
import type { RecalcContext } from '../recalc/view';
import { registerById } from '../registers/definitions';
import { loadWorkbook, type LoadedWorkbook } from '../registers/loadWorkbook';
import type { Lang } from '../registers/schema';
import { assetDetailsOf } from './assetDetails';
import { assetFormFields, type FormSources } from './assetForm';
import { searchAssets } from './assetSearch';
import { readAssetTab } from './assetTab';
import { atAGlance } from './atAGlance';
import { rowArgument, SidebarRequestError, textArgument } from './bridgeArguments';
import { readHistoryLines } from './historyTab';
import { addAssetFromPanel, tagHint } from './panelAddAsset';
import { failure, invalidInput, reasonOf, requestFailure } from './panelFailure';
import { applyLifecycleAction } from './panelLifecycleAction';
import { formatMoney, rowLink, statusLabel } from './panelText';
import { sidebarLabels } from './sidebarLabels';
import type { AssetDetails, SidebarFailure, SidebarServer } from './sidebarContract';
import type { SidebarEnvironment } from './sidebarEnvironment';

/** Maximum length of the search text; tags, serial numbers and names are far shorter. */
const MAX_QUERY_LENGTH = 200;
/** Maximum length of a sheet name: Google Sheets allows 100 characters and Excel 31. */
const MAX_SHEET_NAME_LENGTH = 100;

/**
 * Returns the asset panel's server functions over one host environment. Apps Script and `itam preview`
 * both expose exactly these, so the panel behaves the same on a spreadsheet and on an .xlsx file.
 * Every function validates its arguments again and returns plain JSON. Any failure is a SidebarFailure
 * with a message in the workbook's language, never an exception or a stack trace.
 */
export function sidebarService(env: SidebarEnvironment): SidebarServer {
  return {
    sidebarBootstrap: () => respond(env, () => bootstrap(env)),
    sidebarAddAsset: (payload, options) => respond(env, (workbook) => addAssetFromPanel(env, workbook, payload, options)),
    sidebarFindAssets: (query) => respond(env, (workbook) => findAssets(env, workbook, query)),
    sidebarAssetDetails: (assetTag) => respond(env, (workbook) => details(env, workbook, assetTag)),
    sidebarApplyAction: (assetTag, action, input) => respond(env, (workbook) => applyAction(env, workbook, assetTag, action, input)),
    sidebarShowRow: (sheetName, row) => respond(env, (workbook) => showRow(env, workbook, sheetName, row)),
  };
}

/** Runs one server function: reads the workbook language first, so that every failure is in it. */
function respond<T>(env: SidebarEnvironment, work: (workbook: WorkbookSettings) => T): T | SidebarFailure {
  let lang: Lang = 'en';
  try {
    lang = resolveLang(null, env.port.locale());
    const workbook = readWorkbookSettings(env.port);
    lang = workbook.lang;
    return work(workbook);
  } catch (error) {
    if (error instanceof SidebarRequestError) {
      return requestFailure(lang, error);
    }
    env.reportError(error);
    return failure(translate(lang, 'sidebar.error.failed', { reason: reasonOf(error) }));
  }
}

function loadForPanel(env: SidebarEnvironment): { loaded: LoadedWorkbook; context: RecalcContext } {
  const loaded = loadWorkbook(env.port);
  if (loaded.locations.assets === undefined) {
    throw new SidebarRequestError('sidebar.error.noAssetsTab', {});
  }
  const asOf = calendarDateIn(env.now(), loaded.timeZone);
  const context: RecalcContext = { asOf, lang: loaded.lang, settings: loaded.settings, data: loaded.data, locations: loaded.locations, findings: loaded.findings };
  return { loaded, context };
}

function formSources(loaded: LoadedWorkbook): FormSources {
  return {
    lang: loaded.lang,
    settings: loaded.settings,
    assets: loaded.data.assets,
    categories: loaded.data.categories,
    vendors: loaded.data.vendors,
    headers: loaded.headers.assets ?? {},
  };
}

function bootstrap(env: SidebarEnvironment): ReturnType<SidebarServer['sidebarBootstrap']> {
  const { loaded, context } = loadForPanel(env);
  const { lang } = loaded;
  const history = readHistoryLines(env.port, env.port.listSheets());
  const tags = loaded.data.assets.flatMap((asset) => (asset.assetTag === null ? [] : [asset.assetTag]));
  const tagPreview = nextAssetTag(loaded.settings.assetTagPattern, context.asOf, tags);

  return {
    ok: true,
    lang,
    labels: sidebarLabels(lang),
    form: { fields: assetFormFields(formSources(loaded)), tagPreview, tagHint: tagHint(lang, loaded.settings.assetTagPattern, context.asOf, tags) },
    glance: atAGlance(context, history),
  };
}

function findAssets(env: SidebarEnvironment, workbook: WorkbookSettings, queryArgument: unknown): ReturnType<SidebarServer['sidebarFindAssets']> {
  const { lang } = workbook;
  const query = textArgument(queryArgument, 'query', MAX_QUERY_LENGTH, false);
  if (query === '') {
    return { ok: true, assets: [], total: 0, message: translate(lang, 'sidebar.find.emptyQuery') };
  }

  const found = searchAssets(readAssetTab(env.port), query, lang);
  let message: string;
  if (found.total === 0) {
    message = translate(lang, 'sidebar.find.none', { query });
  } else if (found.assets.length < found.total) {
    message = translate(lang, 'sidebar.find.truncated', { shown: found.assets.length, count: found.total });
  } else {
    message = translate(lang, 'sidebar.find.found', { count: found.total });
  }
  return { ok: true, assets: found.assets, total: found.total, message };
}

function loadDetails(env: SidebarEnvironment, assetTag: string): AssetDetails {
  const { loaded, context } = loadForPanel(env);
  const history = readHistoryLines(env.port, env.port.listSheets());
  const details = assetDetailsOf(loaded, context.asOf, history, assetTag);
  if (details === null) {
    const sheet = loaded.locations.assets?.sheetName ?? registerById('assets').tab[loaded.lang];
    throw new SidebarRequestError('sidebar.details.notFound', { assetTag, sheet });
  }
  return details;
}

function details(env: SidebarEnvironment, _workbook: WorkbookSettings, tagArgument: unknown): ReturnType<SidebarServer['sidebarAssetDetails']> {
  const assetTag = textArgument(tagArgument, 'assetTag', MAX_FIELD_LENGTH, true);
  return { ok: true, asset: loadDetails(env, assetTag) };
}

function applyAction(env: SidebarEnvironment, workbook: WorkbookSettings, assetTag: unknown, action: unknown, input: unknown): ReturnType<SidebarServer['sidebarApplyAction']> {
  const { lang } = workbook;
  const outcome = applyLifecycleAction(env, workbook, assetTag, action, input);
  if (outcome === null) {
    return failure(translate(lang, 'error.busy'));
  }
  if (outcome.kind === 'rejected') {
    return invalidInput(lang, outcome.errors);
  }

  const status = statusLabel(outcome.plan.to, lang);
  const entry = outcome.plan.ledgerEntry;
  let message: string;
  if (outcome.ledgerRow !== null && entry !== null) {
    const amount = formatMoney(lang, entry.amount as number, String(entry.currency));
    message = translate(lang, 'sidebar.action.doneWithLedger', {
      assetTag: outcome.assetTag,
      status,
      amount,
      sheet: outcome.ledgerRow.sheetName,
      row: String(outcome.ledgerRow.row),
    });
  } else {
    message = translate(lang, 'sidebar.action.done', { assetTag: outcome.assetTag, status });
  }
  const ledgerLink = outcome.ledgerRow === null ? null : rowLink(lang, outcome.ledgerRow.sheetName, outcome.ledgerRow.row);
  return { ok: true, message, asset: loadDetails(env, outcome.assetTag), ledgerLink };
}

function showRow(env: SidebarEnvironment, workbook: WorkbookSettings, sheetArgument: unknown, rowArgumentValue: unknown): ReturnType<SidebarServer['sidebarShowRow']> {
  const sheetName = textArgument(sheetArgument, 'sheetName', MAX_SHEET_NAME_LENGTH, true);
  const row = rowArgument(rowArgumentValue);
  if (!env.port.listSheets().some((sheet) => sheet.name === sheetName)) {
    throw new SidebarRequestError('sidebar.argument.unknownSheet', { value: sheetName });
  }
  const selected = env.showRow(sheetName, row);
  const key = selected ? 'sidebar.row.selected' : 'sidebar.row.located';
  return { ok: true, message: translate(workbook.lang, key, { sheet: sheetName, row: String(row) }) };
}
