import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { renderFinding } from '../../src/core/dataQuality/renderFinding';
import type { Finding } from '../../src/core/findings/finding';
import { decodeText } from '../../src/core/importing/textDecoding';
import { importRows } from '../../src/core/importing/importRows';
import type { ImportMessage, ImportResult } from '../../src/core/importing/importResult';
import { computeRecalculation, type RecalcOutcome } from '../../src/core/recalc/recalculate';
import { registerById } from '../../src/core/registers/definitions';
import { loadWorkbook } from '../../src/core/registers/loadWorkbook';
import type { Lang, RegisterId } from '../../src/core/registers/schema';
import { DEFAULT_SETTINGS } from '../../src/core/settings/settings';
import { runCli } from '../../src/node/cli';
import type { CliIo } from '../../src/node/commands/command';
import { decodeLegacyWithIconv } from '../../src/node/legacyDecoder';
import { XlsxWorkbookPort } from '../../src/node/xlsxPort';
import { UNTOUCHED_ASSETS } from './baseWorkbook';
import { buildBaseWorkbooks, buildCase, FIXTURE_FOLDER, readManifest, type CorpusManifest, type CsvCase, type WorkbookCase } from './buildCorpus';
import { unsoundValues } from './unsoundValues';

/**
 * Runs every hostile workbook and CSV file of test/fixtures/hostile/manifest.json through the product.
 * Each must end in the expected findings with messages in both languages, and nothing may throw. No
 * impossible value may reach the output, and the rows the case does not touch must still be computed.
 */

// The manifest is read synchronously so that test.each can list one test per file.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const manifest = require('../fixtures/hostile/manifest.json') as CorpusManifest;
const workbookCases = manifest.cases.filter((testCase): testCase is WorkbookCase => testCase.kind === 'xlsx');
const csvCases = manifest.cases.filter((testCase): testCase is CsvCase => testCase.kind === 'csv');

/** A placeholder that translate() would fill: camelCase in braces. Literal patterns such as {YYYY} stay. */
const UNFILLED_PLACEHOLDER = /\{[a-z][A-Za-z0-9]*\}/;
const HANGUL = /[가-힣]/;

let folder: string;
let bases: Awaited<ReturnType<typeof buildBaseWorkbooks>>;
const baseOutcomes: Partial<Record<Lang, RecalcOutcome>> = {};

beforeAll(async () => {
  folder = await fs.mkdtemp(path.join(os.tmpdir(), 'itam-corpus-'));
  bases = await buildBaseWorkbooks(folder);
  for (const lang of ['en', 'ko'] as const) {
    const port = await XlsxWorkbookPort.open(path.join(folder, `base-${lang}.xlsx`));
    baseOutcomes[lang] = computeRecalculation(loadWorkbook(port), manifest.asOf);
  }
});

afterAll(async () => {
  await fs.rm(folder, { recursive: true, force: true });
});

function findingKey(finding: Pick<Finding, 'code' | 'sheet' | 'cell'>): string {
  return finding.cell === null ? `${finding.code} @ ${finding.sheet}` : `${finding.code} @ ${finding.sheet}!${finding.cell}`;
}

function expectedKey(expected: { code: string; cell?: string; sheet?: string }): string {
  return `${expected.code} @ ${expected.cell ?? expected.sheet}`;
}

/** Checks a rendered message: filled, in the right language and free of leaked programming values. */
function messageProblems(message: string, lang: Lang): string[] {
  const problems: string[] = [];
  if (message.trim() === '') {
    problems.push('empty');
  }
  if (UNFILLED_PLACEHOLDER.test(message)) {
    problems.push(`unfilled placeholder in "${message}"`);
  }
  if (/undefined|NaN|\[object Object\]|Invalid Date/.test(message)) {
    problems.push(`programming value in "${message}"`);
  }
  if (lang === 'ko' && !HANGUL.test(message)) {
    problems.push(`Korean message without Korean text: "${message}"`);
  }
  return problems;
}

type TcoLine = { assetTag: string };

function linesOf(outcome: RecalcOutcome, key: 'depreciation' | 'tco'): TcoLine[] {
  const json = outcome.json as { tco?: { assets: TcoLine[] }; depreciation?: TcoLine[] };
  return (key === 'tco' ? json.tco?.assets : json.depreciation) ?? [];
}

describe('base workbook', () => {
  test.each(['en', 'ko'] as const)('%s base has no findings', (lang) => {
    const outcome = baseOutcomes[lang] as RecalcOutcome;

    expect(outcome.findings.map(findingKey)).toEqual([]);
    expect(linesOf(outcome, 'tco').map((line) => line.assetTag)).toEqual(['IT-0001', 'IT-0002', 'IT-0003', 'IT-0004']);
    expect(linesOf(outcome, 'depreciation').map((line) => line.assetTag)).toEqual(['IT-0001', 'IT-0002', 'IT-0003', 'IT-0004']);
  });
});

describe('hostile workbooks', () => {
  test.each(workbookCases.map((testCase) => [testCase.file, testCase] as const))('%s', async (_file, testCase) => {
    const file = await buildCase(testCase, bases, folder);

    const port = await XlsxWorkbookPort.open(file);
    const loaded = loadWorkbook(port);
    const outcome = computeRecalculation(loaded, manifest.asOf);
    const keys = outcome.findings.map(findingKey);

    for (const expected of testCase.expected) {
      expect(keys).toContain(expectedKey(expected));
    }
    for (const code of testCase.absent ?? []) {
      expect(keys.filter((key) => key.startsWith(`${code} @`))).toEqual([]);
    }

    for (const finding of outcome.findings) {
      for (const lang of ['en', 'ko'] as const) {
        expect([findingKey(finding), messageProblems(renderFinding(finding, lang).message, lang)]).toEqual([findingKey(finding), []]);
      }
    }

    expect(unsoundValues({ json: outcome.json, sheets: outcome.sheets, findings: outcome.findings }, testCase.file)).toEqual([]);

    const base = baseOutcomes[testCase.lang ?? 'en'] as RecalcOutcome;
    for (const view of ['tco', 'depreciation'] as const) {
      const lines = linesOf(outcome, view);
      for (const tag of testCase.present ?? UNTOUCHED_ASSETS) {
        expect([view, tag, lines.some((line) => line.assetTag === tag)]).toEqual([view, tag, true]);
      }
      for (const tag of UNTOUCHED_ASSETS.filter((candidate) => (testCase.present ?? UNTOUCHED_ASSETS).includes(candidate))) {
        expect(lines.find((line) => line.assetTag === tag)).toEqual(linesOf(base, view).find((line) => line.assetTag === tag));
      }
    }
  });
});

describe('itam validate on hostile workbooks', () => {
  const cliCases = workbookCases.filter((testCase) => testCase.cli === true);

  test.each(cliCases.map((testCase) => [testCase.file, testCase] as const))('%s', async (_file, testCase) => {
    const file = await buildCase(testCase, bases, folder);
    const stdout: string[] = [];
    const stderr: string[] = [];
    const io: CliIo = { stdout: (line) => stdout.push(line), stderr: (line) => stderr.push(line), env: {}, now: () => new Date(Date.UTC(2025, 5, 30, 3)) };

    const code = await runCli(['validate', file, '--json'], io);

    expect(stderr).toEqual([]);
    const report = JSON.parse(stdout.join('\n')) as { findings: { sheet: string; cell: string; severity: string; message: string }[] };
    expect(code).toBe(report.findings.some((finding) => finding.severity === 'error') ? 1 : 0);
    for (const expected of testCase.expected.filter((candidate) => candidate.cell !== undefined)) {
      const [sheet, cell] = [expected.cell!.slice(0, expected.cell!.lastIndexOf('!')), expected.cell!.slice(expected.cell!.lastIndexOf('!') + 1)];
      expect(report.findings.map((finding) => `${finding.sheet}!${finding.cell}`)).toContain(`${sheet}!${cell}`);
    }
    for (const finding of report.findings) {
      expect(messageProblems(finding.message, testCase.lang ?? 'en')).toEqual([]);
    }
    const reopened = await XlsxWorkbookPort.open(file);
    expect(reopened.listSheets().some((sheet) => sheet.marker === 'dataQuality')).toBe(true);
  });
});

function importMessages(result: ImportResult): { line: number | null; message: ImportMessage }[] {
  return [
    ...result.errors.map((message) => ({ line: null, message })),
    ...result.warnings.map((message) => ({ line: null, message })),
    ...result.rejected.flatMap((row) => row.reasons.map((message) => ({ line: row.line, message }))),
    ...result.accepted.flatMap((row) => row.flags.map((message) => ({ line: row.line, message }))),
  ];
}

describe('hostile CSV files', () => {
  test.each(csvCases.map((testCase) => [testCase.file, testCase] as const))('%s', async (_file, testCase) => {
    const file = await buildCase(testCase, bases, folder);
    const bytes = new Uint8Array(await fs.readFile(file));
    const register = registerById(testCase.register as RegisterId);

    for (const lang of ['en', 'ko'] as const) {
      const decoded = decodeText(bytes, { decodeLegacy: decodeLegacyWithIconv });
      const result = importRows({ kind: 'csv', decoded }, register, null, { source: 'generic', dateOrder: null, asOf: manifest.asOf, settings: DEFAULT_SETTINGS, lang });
      const messages = importMessages(result);

      expect([lang, result.accepted.length, result.rejected.length]).toEqual([lang, testCase.accepted, testCase.rejected]);
      const found = messages.map(({ line, message }) => (line === null ? message.code : `${message.code} @ line ${line}`));
      for (const expected of testCase.expected) {
        expect(found).toContain(expected.line === undefined ? expected.code : `${expected.code} @ line ${expected.line}`);
      }
      for (const { message } of messages) {
        expect([message.code, messageProblems(message.text, lang)]).toEqual([message.code, []]);
      }
      const acceptedKeys = result.accepted.map((row) => row.key);
      for (const key of testCase.acceptedKeys ?? []) {
        expect(acceptedKeys).toContain(key);
      }
      expect(unsoundValues(result, testCase.file)).toEqual([]);
    }
  });
});

describe('corpus manifest', () => {
  test('lists at least 60 distinct files', () => {
    const files = manifest.cases.map((testCase) => testCase.file);

    expect(new Set(files).size).toBe(files.length);
    expect(files.length).toBeGreaterThanOrEqual(60);
  });

  test('every case says what it attacks', () => {
    for (const testCase of manifest.cases) {
      expect([testCase.file, testCase.attacks.length > 10]).toEqual([testCase.file, true]);
    }
  });

  test('committed CSVs and manifest agree', async () => {
    const committed = (await fs.readdir(FIXTURE_FOLDER)).filter((name) => name.endsWith('.csv')).sort();
    const listed = csvCases.filter((testCase) => testCase.content === undefined).map((testCase) => testCase.file).sort();

    expect(committed).toEqual(listed);
  });

  test('read from disk equals the loaded copy', async () => {
    expect(await readManifest()).toEqual(manifest);
  });
});
