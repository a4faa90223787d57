import { parseArgs } from 'node:util';
import { translate } from '../../core/i18n';
import type { Lang } from '../../core/registers/schema';
import { type CliCommand, type CommandContext, type OptionSpec, UsageError } from './command';

/** Options every command accepts. */
export const COMMON_OPTIONS: Readonly<Record<string, OptionSpec>> = {
  help: { type: 'boolean', short: 'h', helpKey: 'cli.option.help' },
  debug: { type: 'boolean', helpKey: 'cli.option.debug' },
};

export interface ParsedArguments {
  readonly positionals: readonly string[];
  readonly options: Readonly<Record<string, string | boolean | undefined>>;
}

/**
 * Parses a command's arguments with node:util parseArgs, then checks each option token itself so an
 * unknown option, a missing value or a value given to a flag gets a message in the user's language.
 */
export function parseCommandArguments(command: CliCommand, args: readonly string[]): ParsedArguments {
  const specs: Record<string, OptionSpec> = { ...COMMON_OPTIONS, ...command.options };
  const parseOptions = Object.fromEntries(
    Object.entries(specs).map(([name, spec]) => [name, spec.short ? { type: spec.type, short: spec.short } : { type: spec.type }]),
  );
  const parsed = parseArgs({ args: [...args], options: parseOptions, strict: false, allowPositionals: true, tokens: true });

  for (const token of parsed.tokens ?? []) {
    if (token.kind !== 'option') {
      continue;
    }
    const spec = specs[token.name];
    if (spec === undefined) {
      throw new UsageError('cli.error.unknownOption', { option: token.rawName, command: command.name });
    }
    const valueMissing = token.value === undefined || (!token.inlineValue && token.value.startsWith('-'));
    if (spec.type === 'string' && valueMissing) {
      throw new UsageError('cli.error.missingOptionValue', { option: token.rawName, command: command.name });
    }
    if (spec.type === 'boolean' && token.value !== undefined) {
      throw new UsageError('cli.error.unexpectedOptionValue', { option: token.rawName, value: token.value });
    }
  }
  return { positionals: parsed.positionals, options: parsed.values as Record<string, string | boolean | undefined> };
}

/** Returns the single workbook path argument, which must name an .xlsx file. */
export function workbookPathArgument(context: CommandContext, command: CliCommand): string {
  const usage = translate(context.lang, command.usageKey);
  const [file, extra] = context.positionals;
  if (file === undefined) {
    throw new UsageError('cli.error.missingFile', { usage });
  }
  if (extra !== undefined) {
    throw new UsageError('cli.error.extraArgument', { argument: extra, usage });
  }
  if (!/\.xlsx$/i.test(file)) {
    throw new UsageError('cli.error.notXlsxName', { file });
  }
  return file;
}

/** Picks the terminal language from LC_ALL, LC_MESSAGES, then LANG: ko… is Korean, anything else English. */
export function terminalLanguage(env: Readonly<Record<string, string | undefined>>): Lang {
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value !== undefined && value !== '') ?? '';
  return /^ko/i.test(locale) ? 'ko' : 'en';
}
