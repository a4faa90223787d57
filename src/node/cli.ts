#!/usr/bin/env node
import { translate } from '../core/i18n';
import type { Lang } from '../core/registers/schema';
import { parseCommandArguments, terminalLanguage } from './commands/arguments';
import { type CliCommand, type CliIo, EXIT_SUCCESS, EXIT_USAGE, UsageError } from './commands/command';
import { formatCommandHelp, formatMainHelp } from './commands/help';
import { historyCommand } from './commands/history';
import { exportCommand } from './commands/export';
import { importCommand } from './commands/import';
import { initCommand } from './commands/init';
import { previewCommand } from './commands/preview';
import { recalcCommand } from './commands/recalc';
import { remindCommand } from './commands/remind';
import { validateCommand } from './commands/validate';
import { WorkbookFileError } from './xlsxFileError';

/** Every `itam` command; a new command is one file under ./commands and one entry here. */
export const COMMANDS: readonly CliCommand[] = [initCommand, validateCommand, recalcCommand, historyCommand, remindCommand, importCommand, exportCommand, previewCommand];

/**
 * Runs `itam` with the arguments after the program name and returns the exit code. Errors print one
 * line on standard error; the stack trace only with --debug or ITAM_DEBUG=1.
 */
export async function runCli(args: readonly string[], io: CliIo): Promise<number> {
  const lang = terminalLanguage(io.env);
  const debug = args.includes('--debug') || io.env.ITAM_DEBUG === '1';
  const [first, ...rest] = args.filter((arg, index) => !(index === 0 && arg === '--debug'));

  if (first === undefined) {
    io.stderr(formatMainHelp(COMMANDS, lang));
    return EXIT_USAGE;
  }
  if (first === '--help' || first === '-h') {
    io.stdout(formatMainHelp(COMMANDS, lang));
    return EXIT_SUCCESS;
  }

  try {
    const command = COMMANDS.find((candidate) => candidate.name === first);
    if (command === undefined) {
      throw new UsageError('cli.error.unknownCommand', { command: first });
    }
    const parsed = parseCommandArguments(command, rest);
    if (parsed.options.help === true) {
      io.stdout(formatCommandHelp(command, lang));
      return EXIT_SUCCESS;
    }
    return await command.run({ positionals: parsed.positionals, options: parsed.options, io, lang });
  } catch (error) {
    io.stderr(errorMessage(error, lang));
    if (debug && error instanceof Error && error.stack !== undefined) {
      io.stderr(error.stack);
    }
    return EXIT_USAGE;
  }
}

function errorMessage(error: unknown, lang: Lang): string {
  if (error instanceof UsageError) {
    return translate(lang, error.code, error.params);
  }
  if (error instanceof WorkbookFileError) {
    return error.localizedMessage(lang);
  }
  const reason = error instanceof Error ? error.message : String(error);
  return translate(lang, 'error.unexpected', { reason });
}

const NODE_IO: CliIo = {
  stdout: (line) => process.stdout.write(`${line}\n`),
  stderr: (line) => process.stderr.write(`${line}\n`),
  env: process.env,
  now: () => new Date(),
};

if (require.main === module) {
  // A reader that stops early (itam validate | head) closes the pipe; that ends the output, not the run.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') {
      throw error;
    }
  });
  void runCli(process.argv.slice(2), NODE_IO).then((code) => {
    process.exitCode = code;
  });
}
