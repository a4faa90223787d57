import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { translate } from '../../core/i18n';
import { startPreviewServer, type RunningPreview } from '../preview/previewServer';
import { systemErrorCode } from '../xlsxFileError';
import { workbookPathArgument } from './arguments';
import { type CliCommand, EXIT_SUCCESS, UsageError } from './command';

const DEFAULT_PORT = 8765;

/**
 * Returns the path of the built panel, dist/sidebar.html at the repository root, which is three
 * folders up from both src/node/commands and build/node/commands. ITAM_PREVIEW_PAGE names another
 * built page, because the tests build into a temporary folder.
 */
function sidebarPagePath(env: Readonly<Record<string, string | undefined>>): string {
  return env.ITAM_PREVIEW_PAGE ?? path.resolve(__dirname, '..', '..', '..', 'dist', 'sidebar.html');
}

/** `itam preview <file.xlsx> [--port N]`: serves the asset panel on 127.0.0.1 over the workbook until Ctrl+C. */
export const previewCommand: CliCommand = {
  name: 'preview',
  summaryKey: 'cli.preview.summary',
  usageKey: 'cli.preview.usage',
  descriptionKey: 'cli.preview.description',
  options: {
    port: { type: 'string', valueName: 'N', helpKey: 'cli.preview.option.port' },
  },
  async run(context) {
    const file = workbookPathArgument(context, previewCommand);
    const port = portOption(context.options.port);
    const pagePath = sidebarPagePath(context.io.env);
    const sidebarHtml = await fs.readFile(pagePath, 'utf8').catch(() => {
      throw new UsageError('cli.preview.error.noBuild', { file: pagePath });
    });

    // Loaded here, because it loads exceljs, which `--help` and command-line mistakes do not need.
    const { PreviewWorkbook } = await import('../preview/previewWorkbook');
    const workbook = await PreviewWorkbook.open(file);
    let preview: RunningPreview;
    try {
      preview = await startPreviewServer({ workbook, sidebarHtml, port, now: context.io.now, userName: userName(), log: context.io.stderr });
    } catch (error) {
      if (systemErrorCode(error) === 'EADDRINUSE') {
        throw new UsageError('cli.preview.error.portInUse', { port: String(port) });
      }
      throw error;
    }
    context.io.stdout(translate(context.lang, 'cli.preview.listening', { file, url: preview.url }));

    await stopRequested();
    await preview.close();
    context.io.stdout(translate(context.lang, 'cli.preview.stopped'));
    return EXIT_SUCCESS;
  },
};

function portOption(value: string | boolean | undefined): number {
  if (value === undefined) {
    return DEFAULT_PORT;
  }
  const text = String(value).trim();
  const port = Number(text);
  if (!/^\d+$/.test(text) || port > 65535) {
    throw new UsageError('cli.preview.error.port', { value: text });
  }
  return port;
}

/** Returns the login name, which Change History records as the user of every change made through the preview. */
function userName(): string {
  try {
    return os.userInfo().username;
  } catch {
    return '';
  }
}

/** Resolves on Ctrl+C (SIGINT) or SIGTERM. */
function stopRequested(): Promise<void> {
  return new Promise((resolve) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
