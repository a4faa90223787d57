import { MAX_FIELD_LENGTH, rowForColumns, type FieldError } from '../assets/assetInput';
import { planLifecycleAction, type LifecyclePlan } from '../assets/lifecycleTransition';
import { calendarDateIn } from '../calendar/today';
import { entriesForNewRecords, entriesForToolChange, historyRows, historyText, type ToolChange } from '../history/changeHistory';
import type { WorkbookSettings } from '../importing/registerSnapshot';
import { fieldOf, registerById } from '../registers/definitions';
import { findRegisterSheet } from '../registers/loadWorkbook';
import { readRegister } from '../registers/readRegister';
import type { Lang } from '../registers/schema';
import type { CellValue, OutputValue, SheetInfo, WorkbookPort } from '../workbook/port';
import { ACTION_INPUT_KEYS } from './assetForm';
import { findAssetRow, readAssetTab, type AssetTab } from './assetTab';
import { lifecycleActionArgument, SidebarRequestError, textArgument, textRecordArgument } from './bridgeArguments';
import { ensureHistoryTab, panelAuthor } from './historyTab';
import type { SidebarEnvironment } from './sidebarEnvironment';

/** What the locked part of an action did: nothing because the input was rejected, or the writes. */
export type ActionOutcome =
  | { readonly kind: 'rejected'; readonly errors: readonly FieldError[] }
  | {
      readonly kind: 'applied';
      readonly assetTag: string;
      readonly plan: LifecyclePlan;
      /** Sheet and row of the disposal proceeds added to the ledger, or null. */
      readonly ledgerRow: { readonly sheetName: string; readonly row: number } | null;
    };

/** A register tab read for appending: its columns and the row a new line lands on. */
interface AppendTarget {
  readonly sheetName: string;
  readonly columns: Readonly<Record<string, number>>;
  readonly width: number;
  readonly nextRow: number;
}

/**
 * Applies a lifecycle action from the panel. Under the lock it reads the Assets tab afresh, finds the
 * asset by tag, checks the transition against the settings and the inputs, and only then writes: the
 * changed cells of the asset's row (one write per run of adjacent columns), the disposal proceeds as
 * a ledger line, and the Change History lines. Cells whose value does not change are not rewritten.
 * Returns null when the lock is busy.
 */
export function applyLifecycleAction(
  env: SidebarEnvironment,
  workbook: WorkbookSettings,
  tagArgument: unknown,
  actionArgument: unknown,
  inputArgument: unknown,
): ActionOutcome | null {
  const { lang, settings } = workbook;
  const assetTag = textArgument(tagArgument, 'assetTag', MAX_FIELD_LENGTH, true);
  const action = lifecycleActionArgument(actionArgument);
  const input = textRecordArgument(inputArgument, 'input', ACTION_INPUT_KEYS);
  const now = env.now();
  const asOf = calendarDateIn(now, workbook.timeZone);

  return env.runLocked((): ActionOutcome => {
    const sheets = env.port.listSheets();
    const tab = readAssetTab(env.port, sheets);
    const asset = findAssetRow(tab, assetTag);
    if (asset === null || asset.assetTag === null) {
      throw new SidebarRequestError('sidebar.details.notFound', { assetTag, sheet: tab.sheetName });
    }
    const planned = planLifecycleAction(asset, action, input, { settings, asOf, lang });
    if (!planned.ok) {
      return { kind: 'rejected', errors: planned.errors };
    }
    const plan = planned.plan;
    requireColumns(tab.sheetName, tab.columns, Object.keys(plan.changes), 'assets', lang);
    const ledger = plan.ledgerEntry === null ? null : readLedgerTarget(env.port, sheets, lang);
    if (ledger !== null && plan.ledgerEntry !== null) {
      requireColumns(ledger.sheetName, ledger.columns, Object.keys(plan.ledgerEntry), 'ledger', lang);
    }

    const changes = changedCells(tab, asset.row, asset.assetTag, plan.changes);
    writeRowCells(env.port, tab, asset.row, changes);
    if (ledger !== null && plan.ledgerEntry !== null) {
      env.port.appendRows(ledger.sheetName, [rowForColumns(ledger.columns, plan.ledgerEntry, ledger.width)]);
    }

    const author = panelAuthor(now, workbook.timeZone, env.userEmail());
    const entries = [
      ...entriesForToolChange(changes.map((change) => change.history), author),
      ...(ledger === null ? [] : entriesForNewRecords([{ tab: ledger.sheetName, recordKey: '', row: ledger.nextRow }], author)),
    ];
    if (entries.length > 0) {
      env.port.appendRows(ensureHistoryTab(env.port, lang), historyRows(entries, lang));
    }
    return { kind: 'applied', assetTag: asset.assetTag, plan, ledgerRow: ledger === null ? null : { sheetName: ledger.sheetName, row: ledger.nextRow } };
  });
}

interface CellChange {
  readonly column: number;
  readonly value: OutputValue;
  readonly history: ToolChange;
}

/** Lists the cells whose text changes, left to right, with the value each had. */
function changedCells(tab: AssetTab, row: number, recordKey: string, changes: Readonly<Record<string, OutputValue>>): CellChange[] {
  const cells: CellChange[] = [];
  for (const [key, value] of Object.entries(changes)) {
    const column = tab.columns[key];
    const oldValue: CellValue = tab.values[row - 1]?.[column - 1] ?? '';
    const newValue = value as CellValue;
    if (historyText(oldValue) === historyText(newValue)) {
      continue;
    }
    cells.push({ column, value, history: { tab: tab.sheetName, recordKey, row, field: tab.headers[key], oldValue, newValue } });
  }
  return cells.sort((a, b) => a.column - b.column);
}

/** Writes the changed cells of one row, one updateRange per run of adjacent columns, so no other cell is rewritten. */
function writeRowCells(port: WorkbookPort, tab: AssetTab, row: number, cells: readonly CellChange[]): void {
  let start = 0;
  while (start < cells.length) {
    let end = start;
    while (end + 1 < cells.length && cells[end + 1].column === cells[end].column + 1) {
      end++;
    }
    port.updateRange(tab.sheetName, row, cells[start].column, [cells.slice(start, end + 1).map((cell) => cell.value)]);
    start = end + 1;
  }
}

function requireColumns(sheetName: string, columns: Readonly<Record<string, number>>, keys: readonly string[], registerId: 'assets' | 'ledger', lang: Lang): void {
  for (const key of keys) {
    if (columns[key] === undefined) {
      throw new SidebarRequestError('sidebar.action.missingColumn', { sheet: sheetName, column: fieldOf(registerById(registerId), key).header[lang] });
    }
  }
}

function readLedgerTarget(port: WorkbookPort, sheets: readonly SheetInfo[], lang: Lang): AppendTarget {
  const register = registerById('ledger');
  const sheetName = findRegisterSheet(register, sheets);
  if (sheetName === null) {
    throw new SidebarRequestError('sidebar.action.missingLedger', { sheet: register.tab[lang] });
  }
  const values = port.readValues(sheetName);
  const read = readRegister(register, sheetName, values);
  const width = Math.max(values[0]?.length ?? 0, ...Object.values(read.columns));
  return { sheetName, columns: read.columns, width, nextRow: values.length + 1 };
}
