import fc from 'fast-check';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { REGISTERS } from '../../src/core/registers/definitions';
import { loadWorkbook, type LoadedWorkbook } from '../../src/core/registers/loadWorkbook';
import type { Lang, RegisterDef, RegisterId } from '../../src/core/registers/schema';
import { setupWorkbook } from '../../src/core/setup/setupWorkbook';
import type { WorkbookPort } from '../../src/core/workbook/port';
import { XlsxWorkbookPort } from '../../src/node/xlsxPort';
import { expectedRecord, memoryWorkbook, registerRows, sheetOf, writtenRow, type GeneratedRow } from './registerArbitraries';

/**
 * A register of valid generated rows, written through a WorkbookPort and read back, gives exactly the
 * generated values: nothing is coerced, dropped or reported.
 */

const ROUND_TRIP_REGISTERS = REGISTERS.filter((register) => register.id !== 'settings');
/** Findings that a register may raise about the others: generated references point at nothing. */
const REFERENCE_CODES = new Set(['finding.unknownReference']);

function readBack(loaded: LoadedWorkbook, register: RegisterDef, appendedFrom: number): unknown[] {
  const records = loaded.data[register.id] as unknown as { row: number }[];
  return records.filter((record) => record.row >= appendedFrom);
}

function unexpectedFindings(loaded: LoadedWorkbook): string[] {
  return loaded.findings.filter((finding) => !REFERENCE_CODES.has(finding.code)).map((finding) => `${finding.code} ${finding.sheet}!${finding.cell} "${finding.value}"`);
}

/** Appends generated rows below a register's existing rows and returns the first appended sheet row. */
function appendRows(port: WorkbookPort, register: RegisterDef, rows: readonly GeneratedRow[]): number {
  const sheet = sheetOf(port, register.id);
  const first = port.readValues(sheet).length + 1;
  port.appendRows(
    sheet,
    rows.map((row) => writtenRow(register, row)),
  );
  return first;
}

describe('register round trip in memory', () => {
  test.each(ROUND_TRIP_REGISTERS.map((register) => [register.id, register] as const))('%s reads back identically', (_id, register) => {
    fc.assert(
      fc.property(
        fc.constantFrom<Lang>('en', 'ko').chain((lang) => registerRows(register, lang).map((rows) => ({ lang, rows }))),
        ({ lang, rows }) => {
          const port = memoryWorkbook({}, lang);
          const first = appendRows(port, register, rows);

          const loaded = loadWorkbook(port);

          expect(unexpectedFindings(loaded)).toEqual([]);
          expect(readBack(loaded, register, first)).toEqual(rows.map((row, index) => expectedRecord(register, row, first + index)));
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('register round trip through xlsx', () => {
  let folder: string;

  beforeAll(async () => {
    folder = await fs.mkdtemp(path.join(os.tmpdir(), 'itam-roundtrip-'));
  });

  afterAll(async () => {
    await fs.rm(folder, { recursive: true, force: true });
  });

  test('every register survives save and open', async () => {
    const workbook = fc.record(Object.fromEntries(ROUND_TRIP_REGISTERS.map((register) => [register.id, registerRows(register, 'ko', 4)])) as Record<RegisterId, fc.Arbitrary<GeneratedRow[]>>);
    let run = 0;

    await fc.assert(
      fc.asyncProperty(workbook, async (rowsByRegister) => {
        const port = XlsxWorkbookPort.create({ locale: 'ko_KR' });
        setupWorkbook(port, { lang: 'ko' });
        const firstRows = new Map<RegisterId, number>();
        for (const register of ROUND_TRIP_REGISTERS) {
          firstRows.set(register.id, appendRows(port, register, rowsByRegister[register.id]));
        }
        run += 1;
        const file = path.join(folder, `round-trip-${run}.xlsx`);
        await port.save(file);

        const loaded = loadWorkbook(await XlsxWorkbookPort.open(file));

        expect(unexpectedFindings(loaded)).toEqual([]);
        for (const register of ROUND_TRIP_REGISTERS) {
          const first = firstRows.get(register.id) as number;
          expect([register.id, readBack(loaded, register, first)]).toEqual([register.id, rowsByRegister[register.id].map((row, index) => expectedRecord(register, row, first + index))]);
        }
      }),
      { numRuns: 8 },
    );
  });
});
