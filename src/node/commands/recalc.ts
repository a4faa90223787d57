import { translate } from '../../core/i18n';
import { computeRecalculation } from '../../core/recalc/recalculate';
import { loadWorkbook } from '../../core/registers/loadWorkbook';
import { workbookPathArgument } from './arguments';
import { AS_OF_OPTION, asOfDate } from './asOfOption';
import { type CliCommand, EXIT_SUCCESS } from './command';
import { loadXlsxPort } from './loadXlsxPort';

/**
 * `itam recalc <file.xlsx> [--as-of YYYY-MM-DD] [--json]`: rebuilds every summary sheet from the
 * registers, saves the workbook atomically and prints a summary or the whole result as JSON.
 */
export const recalcCommand: CliCommand = {
  name: 'recalc',
  summaryKey: 'cli.recalc.summary',
  usageKey: 'cli.recalc.usage',
  descriptionKey: 'cli.recalc.description',
  options: {
    'as-of': AS_OF_OPTION,
    json: { type: 'boolean', helpKey: 'cli.recalc.option.json' },
  },
  async run(context) {
    const file = workbookPathArgument(context, recalcCommand);
    const { XlsxWorkbookPort } = await loadXlsxPort();

    const port = await XlsxWorkbookPort.open(file);
    const loaded = loadWorkbook(port);
    const asOf = asOfDate(context, loaded.timeZone);
    const outcome = computeRecalculation(loaded, asOf);
    for (const sheet of outcome.sheets) {
      port.writeOutputSheet(sheet);
    }
    await port.save(file);

    if (context.options.json === true) {
      context.io.stdout(JSON.stringify(outcome.json, null, 2));
    } else {
      const errors = outcome.findings.filter((finding) => finding.severity === 'error').length;
      context.io.stdout(translate(context.lang, 'cli.recalc.result', { asOf, sheets: outcome.sheets.length, errors, file }));
    }
    return EXIT_SUCCESS;
  },
};
