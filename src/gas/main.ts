/**
 * Apps Script entry points. Every function exported here becomes a top-level function in dist/Code.js
 * (the build generates the declarations from this module's exports), so menu items, triggers and
 * google.script.run can call it. Logic lives in the imported modules.
 */
import { buildMenu } from './menu';
import { runRecalculation, runSetup, runValidation } from './menuActions';
import { uiLang } from './gasContext';
import { runAutomationStatus, runInstallAutomation, runPreviewReminders, runUninstallAutomation } from './automationMenu';
import { runDailyJob } from './dailyJob';
import { recordEdit } from './onEditHistory';
import { openExportDialog, runExportDialogSetup, runExportRegisterCsv } from './exportDialog';
import { openImportDialog, runImportCommit, runImportDialogSetup, runImportPreview } from './importDialog';
import { openSidebar, panelServer } from './sidebarServer';
import type { ActionInput, AddAssetOptions, AssetPayload, SidebarServer } from '../core/sidebar/sidebarContract';
import type { LifecycleAction } from '../core/assets/lifecycleTransition';
import type { ImportDialogResponse, ImportDialogSetup } from '../core/importing/importDialogServer';
import type { ExportDialogSetup, ExportResponse } from '../core/exporting/exportDialogServer';

/** Simple trigger: builds the menu only, because simple triggers cannot use authorized services. */
export function onOpen(e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const authorized = !e || e.authMode !== ScriptApp.AuthMode.NONE;
  buildMenu(SpreadsheetApp.getUi(), uiLang(authorized ? SpreadsheetApp.getActiveSpreadsheet() : null));
}

export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}

export function itamSetup(): void {
  runSetup();
}

export function itamRecalculate(): void {
  runRecalculation();
}

export function itamValidate(): void {
  runValidation();
}

/** Installable on-edit trigger: records direct edits of the registers in the Change History tab. */
export function itamOnEdit(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  recordEdit(e);
}

/** Daily time-driven trigger: recalculates, sends the reminders due today and writes the Run Log. */
export function itamDailyJob(e?: GoogleAppsScript.Events.TimeDriven): void {
  runDailyJob(e ?? {});
}

export function itamInstallAutomation(): void {
  runInstallAutomation();
}

export function itamAutomationStatus(): void {
  runAutomationStatus();
}

export function itamPreviewReminders(): void {
  runPreviewReminders();
}

export function itamUninstallAutomation(): void {
  runUninstallAutomation();
}

/** Menu item: opens the asset panel (the sidebar for adding, finding and moving assets). */
export function itamOpenSidebar(): void {
  openSidebar();
}

/** Asset panel: the language, labels, asset form and the at-a-glance lists. */
export function sidebarBootstrap(): ReturnType<SidebarServer['sidebarBootstrap']> {
  return panelServer().sidebarBootstrap();
}

/** Asset panel: adds one asset under the document lock and logs it in Change History. */
export function sidebarAddAsset(payload: AssetPayload, options: AddAssetOptions): ReturnType<SidebarServer['sidebarAddAsset']> {
  return panelServer().sidebarAddAsset(payload, options);
}

/** Asset panel: finds up to 20 assets by tag, serial number, name or user. */
export function sidebarFindAssets(query: string): ReturnType<SidebarServer['sidebarFindAssets']> {
  return panelServer().sidebarFindAssets(query);
}

/** Asset panel: one asset's details, licenses, contracts, TCO, book value, impact and history. */
export function sidebarAssetDetails(assetTag: string): ReturnType<SidebarServer['sidebarAssetDetails']> {
  return panelServer().sidebarAssetDetails(assetTag);
}

/** Asset panel: applies a lifecycle action allowed by the transition table in Settings. */
export function sidebarApplyAction(assetTag: string, action: LifecycleAction, input: ActionInput): ReturnType<SidebarServer['sidebarApplyAction']> {
  return panelServer().sidebarApplyAction(assetTag, action, input);
}

/** Asset panel: selects a row of a sheet for a link in the panel. */
export function sidebarShowRow(sheetName: string, row: number): ReturnType<SidebarServer['sidebarShowRow']> {
  return panelServer().sidebarShowRow(sheetName, row);
}

/** Menu item: opens the import dialog, which previews a CSV file and adds its rows on confirmation. */
export function itamOpenImportDialog(): void {
  openImportDialog();
}

/** Import dialog: the labels, registers, sources, encodings and date orders to choose from. */
export function importDialogSetup(): ImportDialogSetup {
  return runImportDialogSetup();
}

/** Import dialog: checks the uploaded file and returns the status of every row; writes nothing. */
export function importPreview(request: unknown): ImportDialogResponse {
  return runImportPreview(request);
}

/** Import dialog: recomputes the preview under the document lock and adds the accepted rows. */
export function importCommit(request: unknown): ImportDialogResponse {
  return runImportCommit(request);
}

/** Menu item: opens the export dialog, which downloads a register tab as CSV. */
export function itamOpenExportDialog(): void {
  openExportDialog();
}

/** Export dialog: the labels, registers and header choices. */
export function exportDialogSetup(): ExportDialogSetup {
  return runExportDialogSetup();
}

/** Export dialog: one register tab as CSV text for the browser to save. */
export function exportRegisterCsv(registerId: unknown, headerMode: unknown): ExportResponse {
  return runExportRegisterCsv(registerId, headerMode);
}
