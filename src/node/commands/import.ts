import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { calendarDateIn } from '../../core/calendar/today';
import { cliUser } from './cliUser';
import { historyTimestamp } from '../../core/history/historyTimestamp';
import { translate } from '../../core/i18n';
import { commitImport, type ImportCommitOutcome } from '../../core/importing/importCommit';
import { buildImportReportSheet } from '../../core/importing/importReportSheet';
import { DATE_ORDERS } from '../../core/importing/importRequest';
import { importResultJson, isFlagged, type ImportMessage, type ImportResult } from '../../core/importing/importResult';
import { importRows, type ImportInput } from '../../core/importing/importRows';
import { IMPORT_REGISTERS, IMPORT_REGISTER_IDS, registerNamed } from '../../core/importing/registerName';
import { readRegisterSnapshot } from '../../core/importing/registerSnapshot';
import { IMPORT_SOURCES, type ImportSourceId } from '../../core/importing/sources/importSource';
import { ENCODING_CHOICES, decodeText, type EncodingChoice } from '../../core/importing/textDecoding';
import type { Lang, RegisterDef } from '../../core/registers/schema';
import type { DateOrder } from '../../core/values/parseResult';
import type { CellValue } from '../../core/workbook/port';
import { systemErrorCode } from '../xlsxFileError';
import { decodeLegacyWithIconv } from '../legacyDecoder';
import { loadXlsxPort } from './loadXlsxPort';
import { type CliCommand, type CommandContext, EXIT_DATA_ERRORS, EXIT_SUCCESS, UsageError } from './command';

/** Rows printed per list (rejected, to check) before the rest are left to the Import Report tab or --json. */
const MAX_PRINTED_ROWS = 50;

type SourceKind = 'csv' | 'xlsx';

interface ImportArguments {
  readonly sourceFile: string;
  readonly sourceKind: SourceKind;
  readonly workbookFile: string;
  readonly register: RegisterDef;
  readonly source: ImportSourceId;
  readonly encoding: EncodingChoice;
  readonly dateOrder: DateOrder | null;
  readonly dryRun: boolean;
  readonly json: boolean;
}

/**
 * `itam import <file.csv|file.xlsx> --into <register> <workbook.xlsx> [options]`: previews the file
 * against the register and, unless --dry-run, commits the accepted rows and saves the workbook. The
 * exit code is 1 when at least one row was rejected, even though the accepted rows were added.
 */
export const importCommand: CliCommand = {
  name: 'import',
  summaryKey: 'cli.import.summary',
  usageKey: 'cli.import.usage',
  descriptionKey: 'cli.import.description',
  options: {
    into: { type: 'string', valueName: '<register>', helpKey: 'cli.import.option.into' },
    source: { type: 'string', valueName: 'generic|snipe-it', helpKey: 'cli.import.option.source' },
    encoding: { type: 'string', valueName: ENCODING_CHOICES.join('|'), helpKey: 'cli.import.option.encoding' },
    'date-order': { type: 'string', valueName: DATE_ORDERS.join('|'), helpKey: 'cli.import.option.dateOrder' },
    'dry-run': { type: 'boolean', helpKey: 'cli.import.option.dryRun' },
    json: { type: 'boolean', helpKey: 'cli.import.option.json' },
  },
  async run(context) {
    const args = importArguments(context);
    const bytes = args.sourceKind === 'csv' ? await readSourceFile(args.sourceFile) : null;
    if (bytes === null) {
      await checkSourceFile(args.sourceFile);
    }
    const { XlsxWorkbookPort } = await loadXlsxPort();

    const port = await XlsxWorkbookPort.open(args.workbookFile);
    const snapshot = readRegisterSnapshot(port, args.register);
    const now = context.io.now();
    const input: ImportInput =
      bytes === null
        ? { kind: 'rows', rows: await firstSheetRows(args.sourceFile) }
        : { kind: 'csv', decoded: decodeText(bytes, { encoding: args.encoding, decodeLegacy: decodeLegacyWithIconv }) };
    const result = importRows(input, args.register, snapshot.tab, {
      source: args.source,
      dateOrder: args.dateOrder,
      asOf: calendarDateIn(now, snapshot.timeZone),
      settings: snapshot.settings,
      lang: snapshot.lang,
    });

    let outcome: ImportCommitOutcome | null = null;
    if (!args.dryRun) {
      outcome = commitImport(port, args.register, result, { userEmail: cliUser(context.io.env), timestamp: historyTimestamp(now, snapshot.timeZone) });
      await port.save(args.workbookFile);
    }

    if (args.json) {
      context.io.stdout(JSON.stringify(jsonReport(result, outcome), null, 2));
    } else {
      printReport(result, outcome, args, context);
    }
    return result.rejected.length > 0 || result.errors.length > 0 ? EXIT_DATA_ERRORS : EXIT_SUCCESS;
  },
};

function importArguments(context: CommandContext): ImportArguments {
  const usage = translate(context.lang, importCommand.usageKey);
  const { positionals, options } = context;
  if (positionals.length !== 2) {
    throw positionals.length > 2 ? new UsageError('cli.error.extraArgument', { argument: positionals[2], usage }) : new UsageError('cli.import.error.arguments', { usage });
  }
  const [sourceFile, workbookFile] = positionals;
  if (!/\.xlsx$/i.test(workbookFile)) {
    throw new UsageError('cli.error.notXlsxName', { file: workbookFile });
  }
  if (path.resolve(sourceFile) === path.resolve(workbookFile)) {
    throw new UsageError('cli.import.error.sameFile', { file: workbookFile });
  }
  const sourceKind = sourceKindOf(sourceFile);

  const registers = IMPORT_REGISTER_IDS.join(', ');
  if (options.into === undefined) {
    throw new UsageError('cli.import.error.missingInto', { registers });
  }
  const register = registerNamed(String(options.into), IMPORT_REGISTERS);
  if (register === null) {
    throw new UsageError('cli.import.error.unknownRegister', { value: String(options.into), registers });
  }

  const source = choice(options.source, IMPORT_SOURCES, 'generic', 'cli.import.error.invalidSource', {});
  const encoding = choice(options.encoding, ENCODING_CHOICES, 'auto', 'cli.import.error.invalidEncoding', { encodings: ENCODING_CHOICES.join(', ') });
  if (sourceKind === 'xlsx' && options.encoding !== undefined) {
    throw new UsageError('cli.import.error.encodingForXlsx', {});
  }
  const dateOrder = options['date-order'] === undefined ? null : choice(options['date-order'], DATE_ORDERS, null, 'cli.import.error.invalidDateOrder', {});

  return { sourceFile, sourceKind, workbookFile, register, source, encoding, dateOrder, dryRun: options['dry-run'] === true, json: options.json === true };
}

function sourceKindOf(file: string): SourceKind {
  if (/\.xlsx$/i.test(file)) {
    return 'xlsx';
  }
  if (/\.(csv|txt)$/i.test(file)) {
    return 'csv';
  }
  throw new UsageError('cli.import.error.sourceType', { file });
}

/** Reads an option limited to a list of values; case and surrounding spaces do not matter. */
function choice<T extends string, D extends T | null>(value: string | boolean | undefined, allowed: readonly T[], fallback: D, errorCode: string, params: Record<string, string>): T | D {
  if (value === undefined) {
    return fallback;
  }
  const normalized = String(value).trim().toLowerCase();
  const found = allowed.find((candidate) => candidate === normalized);
  if (found === undefined) {
    throw new UsageError(errorCode, { ...params, value: String(value) });
  }
  return found;
}

async function readSourceFile(file: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await fs.readFile(file));
  } catch (error) {
    throw sourceFileError(error, file);
  }
}

async function checkSourceFile(file: string): Promise<void> {
  try {
    const stats = await fs.stat(file);
    if (!stats.isFile()) {
      throw new UsageError('cli.import.error.sourceUnreadable', { file, reason: 'not a file' });
    }
  } catch (error) {
    throw sourceFileError(error, file);
  }
}

function sourceFileError(error: unknown, file: string): UsageError {
  if (error instanceof UsageError) {
    return error;
  }
  const code = systemErrorCode(error);
  if (code === 'ENOENT' || code === 'ENOTDIR') {
    return new UsageError('cli.import.error.sourceNotFound', { file });
  }
  return new UsageError('cli.import.error.sourceUnreadable', { file, reason: error instanceof Error ? error.message : String(error) });
}

/** Reads the first worksheet of an .xlsx file, as a spreadsheet shows it (header in row 1). */
async function firstSheetRows(file: string): Promise<CellValue[][]> {
  const { XlsxWorkbookPort } = await loadXlsxPort();
  const source = await XlsxWorkbookPort.open(file);
  const first = source.listSheets()[0];
  if (first === undefined) {
    throw new UsageError('cli.import.error.noSheet', { file });
  }
  return source.readValues(first.name);
}

/** Returns the user name recorded in Change History for a command-line import. */
function jsonReport(result: ImportResult, outcome: ImportCommitOutcome | null): Record<string, unknown> {
  return {
    ...importResultJson(result),
    dryRun: outcome === null,
    written:
      outcome === null
        ? null
        : { sheet: outcome.sheetName, rows: outcome.added, firstRow: outcome.firstRow, lastRow: outcome.lastRow, history: outcome.historySheet, report: outcome.reportSheet },
  };
}

/**
 * Prints the preview as on the Import Report tab: the summary and encoding, file-level problems, the
 * rejected rows with their reasons, the accepted rows to check, and the warnings. Messages about the
 * file are in the workbook's language; the command's own lines follow the terminal.
 */
function printReport(result: ImportResult, outcome: ImportCommitOutcome | null, args: ImportArguments, context: CommandContext): void {
  const print = context.io.stdout;
  const terminal = context.lang;
  const moreWhere = outcome === null ? (count: number) => translate(terminal, 'cli.import.moreInJson', { count }) : (count: number) => translate(terminal, 'cli.import.moreInSheet', { count, sheet: outcome.reportSheet });

  for (const line of buildImportReportSheet(result, result.lang).preamble ?? []) {
    print(line);
  }
  printMessages(print, translate(terminal, 'cli.import.errorsTitle'), result.errors);

  const rejected = result.rejected.map((row) => rowLine(terminal, row.row, row.line, row.key, row.reasons));
  const flagged = result.accepted.filter(isFlagged).map((row) => rowLine(terminal, row.row, row.line, row.key ?? '', row.flags));
  printRows(print, translate(terminal, 'cli.import.rejectedTitle'), rejected, moreWhere);
  printRows(print, translate(terminal, 'cli.import.flaggedTitle'), flagged, moreWhere);
  printMessages(print, translate(terminal, 'cli.import.warningsTitle'), result.warnings);

  print('');
  if (outcome === null) {
    print(translate(terminal, 'cli.import.dryRun', { file: args.workbookFile }));
    return;
  }
  printOutcome(print, terminal, outcome);
  print(translate(terminal, 'cli.saved', { file: args.workbookFile }));
}

function printOutcome(print: (line: string) => void, lang: Lang, outcome: ImportCommitOutcome): void {
  if (outcome.createdTab) {
    print(translate(lang, 'import.createdTab', { sheet: outcome.sheetName }));
  }
  if (outcome.addedColumns > 0) {
    print(translate(lang, 'import.addedColumns', { sheet: outcome.sheetName, count: outcome.addedColumns }));
  }
  if (outcome.firstRow === null || outcome.lastRow === null || outcome.historySheet === null) {
    print(translate(lang, 'import.committedNothing', { report: outcome.reportSheet }));
    return;
  }
  print(
    translate(lang, 'import.committed', {
      count: outcome.added,
      sheet: outcome.sheetName,
      first: outcome.firstRow,
      last: outcome.lastRow,
      history: outcome.historySheet,
      report: outcome.reportSheet,
    }),
  );
}

function rowLine(lang: Lang, row: number, line: number, key: string, messages: readonly ImportMessage[]): string {
  // A reason may span lines (a quoted value with a line break); the terminal shows it on one.
  const details = messages.map((message) => message.text.replace(/\s*[\r\n]+\s*/g, ' ')).join(' | ');
  return key === '' ? translate(lang, 'cli.import.rowWithoutKey', { row, line, details }) : translate(lang, 'cli.import.row', { row, line, key, details });
}

function printRows(print: (line: string) => void, title: string, lines: readonly string[], moreWhere: (count: number) => string): void {
  if (lines.length === 0) {
    return;
  }
  print('');
  print(title);
  for (const line of lines.slice(0, MAX_PRINTED_ROWS)) {
    print(`  ${line}`);
  }
  if (lines.length > MAX_PRINTED_ROWS) {
    print(`  ${moreWhere(lines.length - MAX_PRINTED_ROWS)}`);
  }
}

function printMessages(print: (line: string) => void, title: string, messages: readonly ImportMessage[]): void {
  if (messages.length === 0) {
    return;
  }
  print('');
  print(title);
  for (const message of messages) {
    print(`  - ${message.text}`);
  }
}
