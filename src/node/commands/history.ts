import { translate } from '../../core/i18n';
import { historyOf, readHistory } from '../../core/history/assetHistory';
import { CHANGE_HISTORY_ID } from '../../core/history/changeHistory';
import { workbookPathArgument } from './arguments';
import { type CliCommand, EXIT_SUCCESS } from './command';
import { loadXlsxPort } from './loadXlsxPort';

/** `itam history <file.xlsx> [--record KEY] [--json]`: lists the Change History tab, oldest first. */
export const historyCommand: CliCommand = {
  name: 'history',
  summaryKey: 'cli.history.summary',
  usageKey: 'cli.history.usage',
  descriptionKey: 'cli.history.description',
  options: {
    record: { type: 'string', valueName: 'KEY', helpKey: 'cli.history.option.record' },
    json: { type: 'boolean', helpKey: 'cli.history.option.json' },
  },
  async run(context) {
    const file = workbookPathArgument(context, historyCommand);
    const { XlsxWorkbookPort } = await loadXlsxPort();

    const port = await XlsxWorkbookPort.open(file);
    const sheet = port.listSheets().find((candidate) => candidate.marker === CHANGE_HISTORY_ID);
    const all = sheet ? readHistory(port.readValues(sheet.name)) : [];
    const record = context.options.record;
    const records = typeof record === 'string' ? historyOf(all, record) : all;

    if (context.options.json === true) {
      context.io.stdout(JSON.stringify({ history: records }, null, 2));
      return EXIT_SUCCESS;
    }
    for (const entry of records) {
      context.io.stdout([entry.time, entry.user, entry.tab, entry.recordKey, entry.field, `${entry.oldValue} → ${entry.newValue}`, entry.source ?? ''].join('  '));
    }
    context.io.stdout(translate(context.lang, 'cli.history.result', { count: records.length }));
    return EXIT_SUCCESS;
  },
};
