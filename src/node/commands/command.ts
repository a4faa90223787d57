import type { MessageParams } from '../../core/findings/finding';
import { translate } from '../../core/i18n';
import type { Lang } from '../../core/registers/schema';

export const EXIT_SUCCESS = 0;
/** `itam validate` found at least one data error. */
export const EXIT_DATA_ERRORS = 1;
/** Invalid command, option or file. */
export const EXIT_USAGE = 2;

/** The process's streams, environment and clock, passed in so tests can run commands in-process. */
export interface CliIo {
  /** Writes one line to standard output. */
  readonly stdout: (line: string) => void;
  /** Writes one line to standard error. */
  readonly stderr: (line: string) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The current instant; the as-of date is its calendar date in the workbook's time zone. */
  readonly now: () => Date;
}

export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  readonly short?: string;
  /** Placeholder of the value in help text, such as ko|en. */
  readonly valueName?: string;
  /** Catalog key of the option's help line. */
  readonly helpKey: string;
}

export interface CommandContext {
  readonly positionals: readonly string[];
  readonly options: Readonly<Record<string, string | boolean | undefined>>;
  readonly io: CliIo;
  /** Language of everything printed to the terminal. */
  readonly lang: Lang;
}

/** One `itam` command: its name, help texts (catalog keys), options and the function that runs it. */
export interface CliCommand {
  readonly name: string;
  readonly summaryKey: string;
  readonly usageKey: string;
  readonly descriptionKey: string;
  readonly options: Readonly<Record<string, OptionSpec>>;
  /** Runs the command and returns the process exit code. */
  readonly run: (context: CommandContext) => Promise<number>;
}

/** A mistake in the command line; the CLI prints the message in the terminal language and exits with code 2. */
export class UsageError extends Error {
  constructor(
    readonly code: string,
    readonly params: MessageParams,
  ) {
    super(translate('en', code, params));
    this.name = 'UsageError';
  }
}
