import { columnLetters } from '../../../src/core/findings/finding';
import { generateDemoRegisters, scaleForAssets } from '../../../src/core/demo/demoWorkbook';
import { computeRecalculation, type RecalcOutcome } from '../../../src/core/recalc/recalculate';
import { REGISTERS } from '../../../src/core/registers/definitions';
import { loadWorkbook } from '../../../src/core/registers/loadWorkbook';
import type { Lang } from '../../../src/core/registers/schema';
import type { CellValue, OutputSheet, OutputValue } from '../../../src/core/workbook/port';
import { MemoryWorkbookPort } from '../../support/memoryWorkbookPort';
import { unfilledTexts } from '../risk/riskContext';

const AS_OF = '2025-06-15';

function cellOf(value: OutputValue): CellValue {
  if (value === null) {
    return '';
  }
  if (typeof value === 'object' && 'formula' in value) {
    return value.formula;
  }
  return value;
}

/** Writes the demo registers, deliberate mistakes included, to a memory workbook and recalculates it once. */
function recalculateDemo(lang: Lang): { port: MemoryWorkbookPort; outcome: RecalcOutcome } {
  const registers = generateDemoRegisters({ seed: 7, asOf: AS_OF, lang, scale: scaleForAssets(200), deliberateErrors: true });
  const port = new MemoryWorkbookPort();
  for (const register of REGISTERS) {
    const sheet = registers[register.id];
    port.addSheet(register.tab[lang], [sheet.headers, ...sheet.rows.map((row) => row.map(cellOf))], register.id);
  }
  return { port, outcome: computeRecalculation(loadWorkbook(port), AS_OF) };
}

/**
 * Evaluates the dashboard's live formulas over the memory workbook: COUNTIF as a whole-cell match that
 * ignores case, as Sheets and Excel compare text criteria, and COUNTA as the non-empty cells.
 */
function evaluate(port: MemoryWorkbookPort, formula: string): number {
  const columnValues = (quotedName: string, letters: string): CellValue[] => {
    const name = quotedName.slice(1, -1).replace(/''/g, "'");
    const rows = port.readValues(name);
    const index = rows[0].findIndex((_, column) => columnLetters(column + 1) === letters);
    return rows.map((row) => row[index] ?? '');
  };
  const counta = /^=COUNTA\(('(?:[^']|'')+')!([A-Z]+):\2\)-1$/.exec(formula);
  if (counta) {
    return columnValues(counta[1], counta[2]).filter((cell) => cell !== '').length - 1;
  }

  let total = 0;
  for (const term of formula.slice(1).split('+')) {
    const countif = /^COUNTIF\(('(?:[^']|'')+')!([A-Z]+):\2,"((?:[^"]|"")*)"\)$/.exec(term);
    if (!countif) {
      throw new Error(`Unexpected formula term ${term}`);
    }
    const criterion = countif[3].replace(/""/g, '"').toLowerCase();
    total += columnValues(countif[1], countif[2]).filter((cell) => String(cell).toLowerCase() === criterion).length;
  }
  return total;
}

function sheetById(outcome: RecalcOutcome, id: string): OutputSheet {
  const sheet = outcome.sheets.find((candidate) => candidate.id === id);
  if (sheet === undefined) {
    throw new Error(`No sheet ${id}`);
  }
  return sheet;
}

describe.each(['ko', 'en'] as const)('demo workbook in %s', (lang) => {
  const { port, outcome } = recalculateDemo(lang);
  const dashboard = outcome.json.dashboard as {
    assetsByStatus: { status: string; value: number; formula: string }[];
    assets: { value: number; formula: string };
    totalTco: number;
    totalBookValue: number;
    highRisks: number;
  };

  test('views are written', () => {
    const ids = outcome.sheets.map((sheet) => sheet.id);
    expect(ids).toEqual(expect.arrayContaining(['risks', 'lifecycle', 'dashboard']));
    expect(sheetById(outcome, 'dashboard').first).toBe(true);
    expect(outcome.json).toEqual(expect.objectContaining({ risks: expect.any(Array), lifecycle: expect.any(Object), dashboard: expect.any(Object) }));
  });

  test('live formulas equal recalculated counts', () => {
    for (const line of dashboard.assetsByStatus) {
      expect({ status: line.status, live: evaluate(port, line.formula) }).toEqual({ status: line.status, live: line.value });
    }
    expect(evaluate(port, dashboard.assets.formula)).toBe(dashboard.assets.value);
  });

  test('amounts equal the finance sheet totals', () => {
    const tcoAssets = sheetById(outcome, 'tco').blocks[0].rows;
    const depreciationTotals = sheetById(outcome, 'depreciation').blocks[1].rows;
    expect(dashboard.totalTco).toBe(tcoAssets[tcoAssets.length - 1][10]);
    expect(dashboard.totalBookValue).toBe(depreciationTotals[depreciationTotals.length - 1][4]);
  });

  test('high risks equal the Risks sheet', () => {
    const risks = outcome.json.risks as { severity: string }[];
    expect(dashboard.highRisks).toBe(risks.filter((risk) => risk.severity === 'high').length);
    expect(dashboard.highRisks).toBeGreaterThan(0);
  });

  test('data errors become risks', () => {
    const errors = outcome.findings.filter((finding) => finding.severity === 'error');
    const risks = (outcome.json.risks as { code: string }[]).filter((risk) => risk.code.startsWith('dataQuality.'));
    expect(errors.length).toBeGreaterThan(0);
    expect(risks).toHaveLength(errors.length);
  });

  test('no placeholder left', () => {
    for (const id of ['risks', 'lifecycle', 'dashboard']) {
      const sheet = sheetById(outcome, id);
      const texts = [sheet.name, ...(sheet.preamble ?? [])];
      for (const block of sheet.blocks) {
        texts.push(block.title ?? '', ...block.columns.map((column) => column.header));
        texts.push(...block.rows.flat().filter((cell): cell is string => typeof cell === 'string'));
      }
      expect({ id, unfilled: unfilledTexts(texts) }).toEqual({ id, unfilled: [] });
    }
  });
});
