import { translate } from '../i18n';
import { registerById } from '../registers/definitions';
import type { Lang } from '../registers/schema';
import type { OutputBlock, OutputSheet, OutputValue } from '../workbook/port';
import { isFlagged, type ImportResult } from './importResult';
import { importSourceById } from './sources/knownSources';
import type { TextEncoding } from './textDecoding';

export const IMPORT_REPORT_SHEET_ID = 'importReport';

export const ENCODING_NAMES: Readonly<Record<TextEncoding, string>> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16LE',
  'utf-16be': 'UTF-16BE',
  cp949: 'CP949 (EUC-KR)',
  'windows-1252': 'Windows-1252',
  macintosh: 'Mac Roman',
};

const REJECTED_BACKGROUND = '#f4cccc';
const FLAGGED_BACKGROUND = '#fff2cc';

function rowsBlock(result: ImportResult, lang: Lang): OutputBlock {
  const register = registerById(result.register);
  const keyField = register.fields.find((field) => field.key === register.keyField);
  const resultLabel = {
    accepted: translate(lang, 'import.report.result.accepted'),
    flagged: translate(lang, 'import.report.result.flagged'),
    rejected: translate(lang, 'import.report.result.rejected'),
  };

  const lines: { row: number; values: OutputValue[] }[] = [
    ...result.accepted.map((accepted) => ({
      row: accepted.row,
      values: [accepted.row, accepted.line, isFlagged(accepted) ? resultLabel.flagged : resultLabel.accepted, accepted.key ?? '', accepted.flags.map((flag) => flag.text).join('\n')],
    })),
    ...result.rejected.map((rejected) => ({
      row: rejected.row,
      values: [rejected.row, rejected.line, resultLabel.rejected, rejected.key, rejected.reasons.map((reason) => reason.text).join('\n')],
    })),
  ];
  lines.sort((a, b) => a.row - b.row);

  return {
    title: translate(lang, 'import.report.rowsTitle'),
    columns: [
      { header: translate(lang, 'import.report.header.row'), format: 'integer', width: 60 },
      { header: translate(lang, 'import.report.header.line'), format: 'integer', width: 60 },
      { header: translate(lang, 'import.report.header.result'), format: 'text', width: 130 },
      { header: keyField ? keyField.header[lang] : translate(lang, 'import.report.header.key'), format: 'text', width: 140 },
      { header: translate(lang, 'import.report.header.details'), format: 'text', width: 640 },
    ],
    rows: lines.map((line) => line.values),
    conditional: [
      { kind: 'textEquals', column: 2, text: resultLabel.rejected, background: REJECTED_BACKGROUND },
      { kind: 'textEquals', column: 2, text: resultLabel.flagged, background: FLAGGED_BACKGROUND },
    ],
  };
}

/**
 * Describes the Import Report sheet: a summary, the encoding, then one line per data row of the file
 * with its result and reasons, and the file-level errors and warnings. Text from the file is written
 * as plain text cells, never as formulas.
 */
export function buildImportReportSheet(result: ImportResult, lang: Lang): OutputSheet {
  const register = registerById(result.register);
  const flagged = result.accepted.filter(isFlagged).length;

  const preamble = [
    translate(lang, 'import.report.summary', {
      source: importSourceById(result.source).label[lang],
      register: register.tab[lang],
      asOf: result.asOf,
      accepted: result.accepted.length,
      flagged,
      rejected: result.rejected.length,
    }),
  ];
  if (result.encoding !== null && result.encodingDetection !== null) {
    preamble.push(translate(lang, 'import.report.encoding', { encoding: ENCODING_NAMES[result.encoding], how: translate(lang, `import.encoding.${result.encodingDetection}`) }));
  }

  const blocks: OutputBlock[] = [rowsBlock(result, lang)];
  const messages = [...result.errors, ...result.warnings];
  if (messages.length > 0) {
    blocks.push({
      title: translate(lang, 'import.report.warningsTitle'),
      columns: [{ header: translate(lang, 'import.report.header.message'), format: 'text', width: 900 }],
      rows: messages.map((message) => [message.text]),
    });
  }

  return {
    id: IMPORT_REPORT_SHEET_ID,
    name: translate(lang, 'import.report.sheetName'),
    preamble,
    blocks,
    protectionWarning: translate(lang, 'import.report.protection'),
  };
}
