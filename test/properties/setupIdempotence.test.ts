import fc from 'fast-check';
import { loadWorkbook } from '../../src/core/registers/loadWorkbook';
import { REGISTERS } from '../../src/core/registers/definitions';
import type { Lang, RegisterDef } from '../../src/core/registers/schema';
import { setupWorkbook } from '../../src/core/setup/setupWorkbook';
import type { CellValue, WorkbookPort } from '../../src/core/workbook/port';
import { SpreadsheetPort } from '../../src/gas/spreadsheetPort';
import { asGasSpreadsheet, installGasFakes, uninstallGasFakes } from '../fakes';
import { MemoryWorkbookPort } from '../support/memoryWorkbookPort';

/**
 * Setup on a random workbook (registers with some of their columns in any order and language, user
 * columns, data rows, renamed tabs, unrelated tabs) keeps every cell the user had, and a second run
 * changes nothing.
 */

/** Headers of user columns that match no register field, not even as a near miss. */
const USER_HEADERS = ['Cost Center', '비고 2', 'Barcode', 'Checked by', 'Room No.'];
const USER_VALUES = ['=SUM(A1:A3)', 'kept', '0003', '-', '2025-01-01', '#N/A', '가나다'];

interface TabSpec {
  readonly register: RegisterDef | null;
  readonly name: string;
  readonly marked: boolean;
  readonly header: readonly string[];
  readonly rows: readonly (readonly CellValue[])[];
}

function registerTab(register: RegisterDef): fc.Arbitrary<TabSpec> {
  const headerOf = (index: number, form: number): string => {
    const field = register.fields[index];
    return [field.header.en, field.header.ko, field.key.toUpperCase(), ` ${field.header.en} `][form % 4];
  };
  return fc
    .record({
      columns: fc.shuffledSubarray(
        register.fields.map((_, index) => index),
        { minLength: 0 },
      ),
      forms: fc.array(fc.nat(3), { minLength: register.fields.length, maxLength: register.fields.length }),
      userColumns: fc.subarray(USER_HEADERS, { maxLength: 2 }),
      rowCount: fc.nat(3),
      values: fc.array(fc.constantFrom(...USER_VALUES), { minLength: 60, maxLength: 60 }),
      naming: fc.constantFrom('en', 'ko', 'renamed'),
    })
    .map(({ columns, forms, userColumns, rowCount, values, naming }) => {
      const header = [...columns.map((index) => headerOf(index, forms[index])), ...userColumns];
      const rows = Array.from({ length: rowCount }, (_, row) => header.map((_, column) => values[(row * header.length + column) % values.length]));
      const renamed = naming === 'renamed';
      return { register, name: renamed ? `My ${register.tab.en}` : register.tab[naming as Lang], marked: renamed, header, rows };
    });
}

const otherTab: fc.Arbitrary<TabSpec> = fc.constantFrom('Notes', 'Pivot 1', '보고서').map((name) => ({ register: null, name, marked: false, header: ['Anything'], rows: [['=1+1'], ['kept']] }));

/** A set of tabs with distinct names: some registers and some unrelated tabs. */
const workbookSpec = fc
  .tuple(fc.subarray(REGISTERS as RegisterDef[]).chain((registers) => fc.tuple(...registers.map(registerTab))), fc.array(otherTab, { maxLength: 2 }), fc.constantFrom<Lang>('en', 'ko'))
  .map(([registerTabs, others, lang]) => {
    const seen = new Set<string>();
    const tabs = [...registerTabs, ...others].filter((tab) => {
      const key = tab.name.toLowerCase();
      if (seen.has(key) || (tab.header.length === 0 && tab.rows.length > 0)) {
        return false;
      }
      seen.add(key);
      return true;
    });
    return { tabs, lang };
  });

function valuesOf(tab: TabSpec): CellValue[][] {
  return tab.header.length === 0 ? [] : [[...tab.header], ...tab.rows.map((row) => [...row])];
}

/** Reads every tab's values, keyed by tab name. */
function snapshot(port: WorkbookPort): Map<string, CellValue[][]> {
  return new Map(port.listSheets().map((sheet) => [sheet.name, port.readValues(sheet.name)]));
}

/** Returns the part of a tab that existed before setup: the original rows, cut to their original width. */
function originalPart(values: readonly (readonly CellValue[])[], tab: TabSpec): CellValue[][] {
  const width = tab.header.length;
  return values.slice(0, tab.rows.length + (width === 0 ? 0 : 1)).map((row) => row.slice(0, width));
}

function checkSetup(port: WorkbookPort, tabs: readonly TabSpec[], lang: Lang): void {
  const first = setupWorkbook(port, { lang });
  const afterFirst = snapshot(port);

  for (const tab of tabs) {
    expect([tab.name, originalPart(afterFirst.get(tab.name) ?? [], tab)]).toEqual([tab.name, valuesOf(tab)]);
  }
  const loaded = loadWorkbook(port);
  expect(loaded.findings.filter((finding) => ['finding.missingRegister', 'finding.missingRequiredColumn', 'finding.duplicateHeader'].includes(finding.code))).toEqual([]);
  expect(first.created.length + first.addedColumns).toBeGreaterThanOrEqual(0);

  const second = setupWorkbook(port, { lang });

  expect(second.created).toEqual([]);
  expect(second.addedColumns).toBe(0);
  expect(snapshot(port)).toEqual(afterFirst);
}

describe('setup on random workbooks', () => {
  test('in memory: keeps cells, second run is a no-op', () => {
    fc.assert(
      fc.property(workbookSpec, ({ tabs, lang }) => {
        const port = new MemoryWorkbookPort('Asia/Seoul', lang === 'ko' ? 'ko_KR' : 'en_US');
        for (const tab of tabs) {
          port.addSheet(tab.name, valuesOf(tab), tab.marked && tab.register !== null ? tab.register.id : null);
        }

        checkSetup(port, tabs, lang);
      }),
      { numRuns: 150 },
    );
  });

  test('on the Apps Script fakes: keeps cells, second run is a no-op', () => {
    fc.assert(
      fc.property(workbookSpec, ({ tabs, lang }) => {
        const fakes = installGasFakes(globalThis, {
          spreadsheet: {
            locale: lang === 'ko' ? 'ko_KR' : 'en_US',
            sheets: tabs.map((tab) => ({
              name: tab.name,
              // The seed is written like setValues: the apostrophe keeps text such as '0003 and =SUM… as typed.
              values: valuesOf(tab).map((row) => row.map((cell) => (typeof cell === 'string' && cell !== '' ? `'${cell}` : cell))),
              metadata: tab.marked && tab.register !== null ? { 'itam.sheet': tab.register.id } : undefined,
            })),
          },
        });
        try {
          checkSetup(new SpreadsheetPort(asGasSpreadsheet(fakes.spreadsheet)), tabs, lang);
        } finally {
          uninstallGasFakes(globalThis);
        }
      }),
      { numRuns: 25 },
    );
  });
});
