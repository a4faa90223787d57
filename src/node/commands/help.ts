import { translate } from '../../core/i18n';
import type { Lang } from '../../core/registers/schema';
import { COMMON_OPTIONS } from './arguments';
import type { CliCommand, OptionSpec } from './command';

/** Formats `itam --help`: what the tool does, the commands with one line each and the exit codes. */
export function formatMainHelp(commands: readonly CliCommand[], lang: Lang): string {
  const nameWidth = Math.max(...commands.map((command) => command.name.length)) + 2;
  return [
    translate(lang, 'cli.help.summary'),
    '',
    translate(lang, 'cli.help.usage'),
    '',
    translate(lang, 'cli.help.commands'),
    ...commands.map((command) => `  ${command.name.padEnd(nameWidth)}${translate(lang, command.summaryKey)}`),
    '',
    translate(lang, 'cli.help.options'),
    ...formatOptions(COMMON_OPTIONS, lang),
    '',
    translate(lang, 'cli.help.more'),
    translate(lang, 'cli.help.exitCodes'),
  ].join('\n');
}

/** Formats `itam <command> --help`: usage, description and every option. */
export function formatCommandHelp(command: CliCommand, lang: Lang): string {
  return [
    translate(lang, command.usageKey),
    '',
    translate(lang, command.descriptionKey),
    '',
    translate(lang, 'cli.help.options'),
    ...formatOptions({ ...command.options, ...COMMON_OPTIONS }, lang),
    '',
    translate(lang, 'cli.help.exitCodes'),
  ].join('\n');
}

function formatOptions(options: Readonly<Record<string, OptionSpec>>, lang: Lang): string[] {
  const labels = Object.entries(options).map(([name, spec]) => {
    const long = spec.valueName ? `--${name} ${spec.valueName}` : `--${name}`;
    return { label: spec.short ? `-${spec.short}, ${long}` : long, spec };
  });
  const width = Math.max(...labels.map((entry) => entry.label.length)) + 2;
  return labels.map((entry) => `  ${entry.label.padEnd(width)}${translate(lang, entry.spec.helpKey)}`);
}
