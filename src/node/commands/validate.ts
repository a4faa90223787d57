import { calendarDateIn } from '../../core/calendar/today';
import { DATA_QUALITY_SHEET_ID, buildDataQualitySheet } from '../../core/dataQuality/dataQualitySheet';
import { type RenderedFinding, renderFinding, sortFindings } from '../../core/dataQuality/renderFinding';
import { translate } from '../../core/i18n';
import type { Lang } from '../../core/registers/schema';
import { loadWorkbook } from '../../core/registers/loadWorkbook';
import { workbookPathArgument } from './arguments';
import { loadXlsxPort } from './loadXlsxPort';
import { type CliCommand, EXIT_DATA_ERRORS, EXIT_SUCCESS } from './command';

/** Findings printed as text before the rest are left to the Data Quality tab. */
const MAX_TEXT_FINDINGS = 20;

/**
 * `itam validate <file.xlsx> [--json]`: reads every register, rebuilds the Data Quality tab, saves the
 * workbook and prints the findings. The exit code is 1 when at least one finding is an error.
 */
export const validateCommand: CliCommand = {
  name: 'validate',
  summaryKey: 'cli.validate.summary',
  usageKey: 'cli.validate.usage',
  descriptionKey: 'cli.validate.description',
  options: {
    json: { type: 'boolean', helpKey: 'cli.validate.option.json' },
  },
  async run(context) {
    const file = workbookPathArgument(context, validateCommand);
    const { XlsxWorkbookPort } = await loadXlsxPort();

    const port = await XlsxWorkbookPort.open(file);
    const loaded = loadWorkbook(port);
    const asOf = calendarDateIn(context.io.now(), loaded.timeZone);
    port.writeOutputSheet(buildDataQualitySheet(loaded.findings, loaded.lang, asOf));
    await port.save(file);

    // Findings read as on the Data Quality tab, in the workbook's language; the CLI's own lines follow the terminal.
    const findings = sortFindings(loaded.findings).map((finding) => renderFinding(finding, loaded.lang));
    if (context.options.json === true) {
      context.io.stdout(JSON.stringify({ findings }, null, 2));
    } else {
      const sheet = port.listSheets().find((candidate) => candidate.marker === DATA_QUALITY_SHEET_ID)?.name ?? '';
      printText(findings, { sheet, file, terminal: context.lang, workbook: loaded.lang }, context.io.stdout);
    }
    return findings.some((finding) => finding.severity === 'error') ? EXIT_DATA_ERRORS : EXIT_SUCCESS;
  },
};

interface TextReport {
  /** Name of the Data Quality tab as it is in the workbook. */
  readonly sheet: string;
  readonly file: string;
  readonly terminal: Lang;
  readonly workbook: Lang;
}

/** Prints one line per finding (Sheet!A1, severity, message, value), at most 20, then the counts. */
function printText(findings: readonly RenderedFinding[], report: TextReport, print: (line: string) => void): void {
  for (const finding of findings.slice(0, MAX_TEXT_FINDINGS)) {
    const location = finding.cell === '' ? finding.sheet : `${finding.sheet}!${finding.cell}`;
    const severity = translate(report.workbook, `severity.${finding.severity}`);
    const value = finding.value === '' ? '' : `  "${finding.value}"`;
    print(`${location}  [${severity}]  ${finding.message}${value}`);
  }
  if (findings.length > MAX_TEXT_FINDINGS) {
    print(translate(report.terminal, 'cli.validate.more', { count: findings.length - MAX_TEXT_FINDINGS, sheet: report.sheet }));
  }
  const count = (severity: RenderedFinding['severity']): number => findings.filter((finding) => finding.severity === severity).length;
  print(
    translate(report.terminal, 'cli.validate.result', {
      errors: count('error'),
      warnings: count('warning'),
      infos: count('info'),
      sheet: report.sheet,
      file: report.file,
    }),
  );
}
