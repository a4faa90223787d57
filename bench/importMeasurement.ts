import { generateDemoRegisters, scaleForAssets } from '../src/core/demo/demoWorkbook';
import { importRows } from '../src/core/importing/importRows';
import { decodeText } from '../src/core/importing/textDecoding';
import type { LoadedWorkbook } from '../src/core/registers/loadWorkbook';
import { registerById } from '../src/core/registers/definitions';
import type { CellValue, OutputValue } from '../src/core/workbook/port';
import { BENCH_AS_OF, BENCH_SEED } from './benchSizes';
import { timed } from './measure';

/** A 10,000-row import of a generic CSV file into the Assets register. */
export interface ImportRun {
  readonly ms: number;
  readonly rows: number;
  readonly accepted: number;
  readonly rejected: number;
  readonly bytes: number;
}

function csvField(value: OutputValue): string {
  let text: string;
  if (value === null) {
    text = '';
  } else if (typeof value === 'object') {
    text = 'date' in value ? value.date : value.formula;
  } else {
    text = String(value);
  }
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Builds UTF-8 CSV bytes of `rows` English asset rows, generated with another seed than the workbook.
 * Asset Tags get an IMP- prefix, so every row is new to the register it is imported into.
 */
export function buildImportCsv(rows: number): Uint8Array {
  const sheet = generateDemoRegisters({ seed: BENCH_SEED + 1, asOf: BENCH_AS_OF, lang: 'en', scale: scaleForAssets(rows), deliberateErrors: false }).assets;
  const tagColumn = registerById('assets').fields.findIndex((field) => field.key === 'assetTag');
  const lines = [sheet.headers.map(csvField).join(',')];
  sheet.rows.slice(0, rows).forEach((row, index) => {
    const cells = row.map((value, column) => (column === tagColumn ? `IMP-${String(index + 1).padStart(6, '0')}` : value));
    lines.push(cells.map(csvField).join(','));
  });
  return new TextEncoder().encode(`${lines.join('\r\n')}\r\n`);
}

/** Decodes the file and runs the importer against the Assets tab as read, which it checks for duplicates. */
export function measureImport(csv: Uint8Array, loaded: LoadedWorkbook, assetValues: readonly (readonly CellValue[])[], assetsTab: string): ImportRun {
  const run = timed(() =>
    importRows({ kind: 'csv', decoded: decodeText(csv) }, registerById('assets'), { sheetName: assetsTab, values: assetValues }, {
      source: 'generic',
      dateOrder: null,
      asOf: BENCH_AS_OF,
      settings: loaded.settings,
      lang: loaded.lang,
    }),
  );
  return {
    ms: run.ms,
    rows: run.result.accepted.length + run.result.rejected.length,
    accepted: run.result.accepted.length,
    rejected: run.result.rejected.length,
    bytes: csv.length,
  };
}
