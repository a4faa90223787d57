import { translate } from '../core/i18n';
import type { Lang } from '../core/registers/schema';

/** One menu entry: its catalog key and the top-level function it calls. */
interface MenuItem {
  readonly label: string;
  readonly handler: string;
}

/** The ITAM menu; handler names are exported from main.ts and become top-level functions in the bundle. */
export const MENU_ITEMS: readonly (MenuItem | null)[] = [
  { label: 'menu.sidebar', handler: 'itamOpenSidebar' },
  null,
  { label: 'menu.recalculate', handler: 'itamRecalculate' },
  { label: 'menu.validate', handler: 'itamValidate' },
  null,
  { label: 'menu.import', handler: 'itamOpenImportDialog' },
  { label: 'menu.export', handler: 'itamOpenExportDialog' },
  null,
  { label: 'menu.setup', handler: 'itamSetup' },
];

/** The Automation submenu. */
export const AUTOMATION_ITEMS: readonly MenuItem[] = [
  { label: 'menu.automation.install', handler: 'itamInstallAutomation' },
  { label: 'menu.automation.status', handler: 'itamAutomationStatus' },
  { label: 'menu.automation.preview', handler: 'itamPreviewReminders' },
  { label: 'menu.automation.uninstall', handler: 'itamUninstallAutomation' },
];

/** Adds the localized ITAM menu. Uses only the Ui service, so it works in a simple trigger. */
export function buildMenu(ui: GoogleAppsScript.Base.Ui, lang: Lang): void {
  const menu = ui.createMenu(translate(lang, 'menu.title'));
  for (const item of MENU_ITEMS) {
    if (item === null) {
      menu.addSeparator();
    } else {
      menu.addItem(translate(lang, item.label), item.handler);
    }
  }
  const automation = ui.createMenu(translate(lang, 'menu.automation'));
  for (const item of AUTOMATION_ITEMS) {
    automation.addItem(translate(lang, item.label), item.handler);
  }
  menu.addSeparator().addSubMenu(automation).addToUi();
}
