import { CHANGE_HISTORY_ID } from '../core/history/changeHistory';
import { historyTimestamp } from '../core/history/historyTimestamp';
import { translate } from '../core/i18n';
import { recalculate, type RecalcOutcome } from '../core/recalc/recalculate';
import { buildDataQualitySheet } from '../core/dataQuality/dataQualitySheet';
import { loadWorkbook } from '../core/registers/loadWorkbook';
import type { Lang } from '../core/registers/schema';
import { setupWorkbook, type SetupReport } from '../core/setup/setupWorkbook';
import { activeUserEmail, busyMessage, notify, openSpreadsheet, todayIn, uiLang, withDocumentLock } from './gasContext';
import { protectLogSheet } from './logSheetProtection';
import { SpreadsheetPort } from './spreadsheetPort';

/** Runs a menu action under the document lock and reports a failure as a plain message, never a stack. */
function runMenuAction<T>(action: (spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet) => T, describe: (result: T, lang: Lang) => string): T | null {
  const spreadsheet = openSpreadsheet();
  const lang = uiLang(spreadsheet);
  try {
    const result = withDocumentLock(() => action(spreadsheet));
    if (result === null) {
      notify(busyMessage(lang));
      return null;
    }
    notify(describe(result, lang));
    return result;
  } catch (error) {
    console.error(error);
    notify(translate(lang, 'error.unexpected', { reason: error instanceof Error ? error.message : String(error) }));
    throw error;
  }
}

export function runSetup(): SetupReport | null {
  return runMenuAction(
    (spreadsheet) => {
      const report = setupWorkbook(new SpreadsheetPort(spreadsheet), {
        author: { source: 'setup', userEmail: activeUserEmail(), timestamp: historyTimestamp(new Date(), spreadsheet.getSpreadsheetTimeZone()) },
      });
      // Change History is append-only, so Sheets requests a confirmation before its rows are edited or deleted.
      protectLogSheet(spreadsheet, CHANGE_HISTORY_ID, translate(report.lang, 'history.protection'));
      return report;
    },
    (report, lang) => translate(lang, 'setup.done', { created: report.created.length, columns: report.addedColumns }),
  );
}

export function runRecalculation(): RecalcOutcome | null {
  return runMenuAction(
    (spreadsheet) => recalculate(new SpreadsheetPort(spreadsheet), todayIn(spreadsheet)),
    (outcome) =>
      translate(outcome.lang, 'recalc.done', {
        asOf: outcome.asOf,
        sheets: outcome.sheets.length,
        errors: outcome.findings.filter((finding) => finding.severity === 'error').length,
      }),
  );
}

export function runValidation(): { lang: Lang; errors: number; warnings: number } | null {
  return runMenuAction(
    (spreadsheet) => {
      const port = new SpreadsheetPort(spreadsheet);
      const loaded = loadWorkbook(port);
      port.writeOutputSheet(buildDataQualitySheet(loaded.findings, loaded.lang, todayIn(spreadsheet)));
      return {
        lang: loaded.lang,
        errors: loaded.findings.filter((finding) => finding.severity === 'error').length,
        warnings: loaded.findings.filter((finding) => finding.severity === 'warning').length,
      };
    },
    (summary) => translate(summary.lang, 'validate.done', { errors: summary.errors, warnings: summary.warnings }),
  );
}
