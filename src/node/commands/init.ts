import { promises as fs } from 'node:fs';
import { translate } from '../../core/i18n';
import type { Lang } from '../../core/registers/schema';
import { historyTimestamp } from '../../core/history/historyTimestamp';
import { setupWorkbook } from '../../core/setup/setupWorkbook';
import { cliUser } from './cliUser';
import { workbookPathArgument } from './arguments';
import { loadXlsxPort } from './loadXlsxPort';
import { type CliCommand, EXIT_SUCCESS, UsageError } from './command';

const LOCALE_BY_LANG: Record<Lang, string> = { ko: 'ko_KR', en: 'en_US' };

/** `itam init <file.xlsx> [--lang ko|en]`: creates the workbook when missing, then sets up the registers. */
export const initCommand: CliCommand = {
  name: 'init',
  summaryKey: 'cli.init.summary',
  usageKey: 'cli.init.usage',
  descriptionKey: 'cli.init.description',
  options: {
    lang: { type: 'string', valueName: 'ko|en', helpKey: 'cli.init.option.lang' },
  },
  async run(context) {
    const file = workbookPathArgument(context, initCommand);
    const lang = langOption(context.options.lang);
    const { XlsxWorkbookPort } = await loadXlsxPort();

    const existed = await pathExists(file);
    const port = existed ? await XlsxWorkbookPort.open(file) : XlsxWorkbookPort.create({ locale: LOCALE_BY_LANG[lang ?? 'ko'] });
    const author = { source: 'cli' as const, userEmail: cliUser(context.io.env), timestamp: historyTimestamp(context.io.now(), port.timeZone()) };
    const report = setupWorkbook(port, lang === undefined ? { author } : { lang, author });

    if (existed && report.created.length === 0 && report.addedColumns === 0) {
      context.io.stdout(translate(context.lang, 'cli.init.unchanged', { file }));
      return EXIT_SUCCESS;
    }
    await port.save(file);
    context.io.stdout(translate(context.lang, 'setup.done', { created: report.created.length, columns: report.addedColumns }));
    context.io.stdout(translate(context.lang, 'cli.saved', { file }));
    return EXIT_SUCCESS;
  },
};

function langOption(value: string | boolean | undefined): Lang | undefined {
  if (value === undefined) {
    return undefined;
  }
  const normalized = String(value).trim().toLowerCase();
  if (normalized !== 'ko' && normalized !== 'en') {
    throw new UsageError('cli.error.invalidLang', { value: String(value) });
  }
  return normalized;
}

async function pathExists(file: string): Promise<boolean> {
  try {
    await fs.lstat(file);
    return true;
  } catch {
    return false;
  }
}
