import * as path from 'node:path';
import { registerToCsv, type ExportHeaders } from '../../core/exporting/csvExport';
import { dataRowCount } from '../../core/exporting/exportDialogServer';
import { translate } from '../../core/i18n';
import { registerNamed } from '../../core/importing/registerName';
import { readRegisterSnapshot } from '../../core/importing/registerSnapshot';
import { REGISTERS } from '../../core/registers/definitions';
import type { RegisterDef } from '../../core/registers/schema';
import { saveFileAtomically } from '../xlsxAtomicSave';
import { loadXlsxPort } from './loadXlsxPort';
import { type CliCommand, type CommandContext, EXIT_SUCCESS, UsageError } from './command';

const HEADER_MODES: readonly ExportHeaders[] = ['localized', 'keys'];

interface ExportArguments {
  readonly workbookFile: string;
  readonly register: RegisterDef;
  readonly out: string | null;
  readonly headers: ExportHeaders;
}

/**
 * `itam export <workbook.xlsx> <register> [--out file.csv] [--headers localized|keys]`: writes one
 * register tab as CSV to a file or to standard output. The workbook is only read.
 */
export const exportCommand: CliCommand = {
  name: 'export',
  summaryKey: 'cli.export.summary',
  usageKey: 'cli.export.usage',
  descriptionKey: 'cli.export.description',
  options: {
    out: { type: 'string', valueName: '<file.csv>', helpKey: 'cli.export.option.out' },
    headers: { type: 'string', valueName: HEADER_MODES.join('|'), helpKey: 'cli.export.option.headers' },
  },
  async run(context) {
    const args = exportArguments(context);
    const { XlsxWorkbookPort } = await loadXlsxPort();

    const port = await XlsxWorkbookPort.open(args.workbookFile);
    const snapshot = readRegisterSnapshot(port, args.register);
    if (snapshot.tab === null) {
      throw new UsageError('cli.export.error.missingTab', { file: args.workbookFile, sheet: args.register.tab[snapshot.lang] });
    }
    const csv = registerToCsv(args.register, snapshot.tab.values, { headers: args.headers, lang: snapshot.lang });

    if (args.out === null) {
      // The terminal writer ends every line with LF, so the last CRLF is left to it.
      context.io.stdout(csv.endsWith('\r\n') ? csv.slice(0, -2) : csv);
      return EXIT_SUCCESS;
    }
    await saveFileAtomically(args.out, new Uint8Array(Buffer.from(csv, 'utf8')));
    context.io.stdout(translate(context.lang, 'cli.export.written', { rows: dataRowCount(snapshot.tab.values), sheet: snapshot.tab.sheetName, file: args.out }));
    return EXIT_SUCCESS;
  },
};

function exportArguments(context: CommandContext): ExportArguments {
  const usage = translate(context.lang, exportCommand.usageKey);
  const { positionals, options } = context;
  if (positionals.length !== 2) {
    throw positionals.length > 2 ? new UsageError('cli.error.extraArgument', { argument: positionals[2], usage }) : new UsageError('cli.export.error.arguments', { usage });
  }
  const [workbookFile, registerName] = positionals;
  if (!/\.xlsx$/i.test(workbookFile)) {
    throw new UsageError('cli.error.notXlsxName', { file: workbookFile });
  }
  const register = registerNamed(registerName, REGISTERS);
  if (register === null) {
    throw new UsageError('cli.export.error.unknownRegister', { value: registerName, registers: REGISTERS.map((candidate) => candidate.id).join(', ') });
  }

  const out = options.out === undefined ? null : String(options.out);
  if (out !== null && path.resolve(out) === path.resolve(workbookFile)) {
    throw new UsageError('cli.export.error.outIsWorkbook', { file: workbookFile });
  }
  const headerText = options.headers === undefined ? 'localized' : String(options.headers).trim().toLowerCase();
  const headers = HEADER_MODES.find((mode) => mode === headerText);
  if (headers === undefined) {
    throw new UsageError('cli.export.error.invalidHeaders', { value: String(options.headers) });
  }
  return { workbookFile, register, out, headers };
}
