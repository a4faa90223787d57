import type { OutputSheet, OutputValue, RegisterSheetLayout } from '../../src/core/workbook/port';
import { SpreadsheetPort } from '../../src/gas/spreadsheetPort';
import { asGasSpreadsheet, installGasFakes, uninstallGasFakes, type GasFakes, type GasFakesOptions } from '../fakes';

let fakes: GasFakes;

function setUp(options: GasFakesOptions): SpreadsheetPort {
  fakes = installGasFakes(globalThis, options);
  return new SpreadsheetPort(asGasSpreadsheet(fakes.spreadsheet));
}

afterEach(() => {
  uninstallGasFakes(globalThis);
});

function costSheet(rowCount: number): OutputSheet {
  const rows: OutputValue[][] = [];
  for (let index = 0; index < rowCount; index += 1) {
    rows.push([`A-${index}`, index * 1000, { date: '2025-01-31' }]);
  }
  return {
    id: 'tco',
    name: 'TCO',
    preamble: ['As of 2025-02-03'],
    blocks: [
      {
        title: 'Per asset',
        columns: [
          { header: 'Asset Tag', format: 'text', width: 120 },
          { header: 'Cost', format: 'money' },
          { header: 'Bought', format: 'date' },
        ],
        rows,
        conditional: [{ kind: 'numberBelow', column: 1, threshold: 0, background: '#f4cccc' }],
      },
    ],
    charts: [{ kind: 'column', title: 'Cost by asset', labelColumn: 0, valueColumns: [1] }],
    protectionWarning: 'Rebuilt by ITAM on every recalculation.',
  };
}

function sheetValues(name: string): unknown[][] {
  return fakes.uncounted(() => fakes.spreadsheet.getSheetByName(name)!.getDataRange().getValues());
}

describe('SpreadsheetPort.readValues', () => {
  test('dates use the spreadsheet zone', () => {
    const port = setUp({
      scriptTimeZone: 'UTC',
      spreadsheet: { timeZone: 'Asia/Seoul', sheets: [{ name: 'Assets', values: [['Purchase Date'], [new Date('2025-02-02T15:30:00Z')]] }] },
    });

    expect(port.readValues('Assets')).toEqual([['Purchase Date'], [{ date: '2025-02-03' }]]);
  });

  test('one getValues per read', () => {
    const rows: unknown[][] = [['Tag', 'Cost']];
    for (let index = 0; index < 5000; index += 1) {
      rows.push([`'${String(index).padStart(4, '0')}`, index]);
    }
    const port = setUp({ spreadsheet: { sheets: [{ name: 'Assets', values: rows }] } });
    const values = port.readValues('Assets');

    expect(values).toHaveLength(5001);
    expect(values[4]).toEqual(['0003', 3]);
    expect(fakes.calls.count('Range.getValues')).toBe(1);
    expect(fakes.calls.totalFor('Spreadsheet', 'Sheet', 'Range')).toBe(4);
  });

  test('empty sheet reads as no rows', () => {
    const port = setUp({ spreadsheet: { sheets: [{ name: 'Empty' }] } });

    expect(port.readValues('Empty')).toEqual([]);
  });

  test('missing sheet is a clear error', () => {
    const port = setUp({});

    expect(() => port.readValues('Assets')).toThrow('The sheet "Assets" was not found.');
  });
});

describe('SpreadsheetPort.listSheets', () => {
  test('renamed register keeps its marker', () => {
    const port = setUp({
      spreadsheet: { sheets: [{ name: 'Assets', metadata: { 'itam.sheet': 'assets' } }, { name: 'Notes' }] },
    });
    fakes.uncounted(() => fakes.spreadsheet.getSheetByName('Assets')!.setName('Our assets'));

    expect(port.listSheets()).toEqual([
      { name: 'Our assets', marker: 'assets' },
      { name: 'Notes', marker: null },
    ]);
    expect(fakes.calls.count('DeveloperMetadataFinder.find')).toBe(1);
  });
});

describe('SpreadsheetPort.writeOutputSheet', () => {
  test('call count does not depend on rows', () => {
    setUp({});
    new SpreadsheetPort(asGasSpreadsheet(fakes.spreadsheet)).writeOutputSheet(costSheet(10));
    const small = fakes.calls.byMethod();

    setUp({});
    new SpreadsheetPort(asGasSpreadsheet(fakes.spreadsheet)).writeOutputSheet(costSheet(10000));
    const large = fakes.calls.byMethod();

    expect(large).toEqual(small);
    expect(large['Range.setValues']).toBe(1);
    expect(large['Range.setNumberFormats']).toBe(1);
    expect(sheetValues('TCO')).toHaveLength(10004);
  });

  test('stacks preamble, title, header and rows', () => {
    const port = setUp({ spreadsheet: { timeZone: 'Asia/Seoul' } });
    const output = costSheet(2);
    port.writeOutputSheet({
      ...output,
      blocks: [...output.blocks, { title: 'Totals', columns: [{ header: 'Total', format: 'money' }], rows: [[1000]] }],
    });
    const values = sheetValues('TCO');

    expect(values.map((row) => row.slice(0, 2))).toEqual([
      ['As of 2025-02-03', ''],
      ['', ''],
      ['Per asset', ''],
      ['Asset Tag', 'Cost'],
      ['A-0', 0],
      ['A-1', 1000],
      ['', ''],
      ['Totals', ''],
      ['Total', ''],
      [1000, ''],
    ]);
    expect(fakes.uncounted(() => port.readValues('TCO'))[4][2]).toEqual({ date: '2025-01-31' });
  });

  test('formats, freezes and protects', () => {
    const port = setUp({});
    port.writeOutputSheet(costSheet(2));
    const sheet = fakes.spreadsheet.getSheetByName('TCO')!;

    fakes.uncounted(() => {
      expect(sheet.getRange(5, 1, 1, 3).getNumberFormats()).toEqual([['@', '#,##0', 'yyyy-mm-dd']]);
      expect(sheet.getRange(4, 1, 1, 3).getFontWeights()).toEqual([['bold', 'bold', 'bold']]);
      expect(sheet.getRange(3, 1).getFontWeight()).toBe('bold');
      expect(sheet.getRange(5, 1).getFontWeight()).toBe('normal');
      expect(sheet.getFrozenRows()).toBe(4);
      expect(sheet.getColumnWidth(1)).toBe(120);
      const protections = sheet.getProtections('SHEET');
      expect(protections).toHaveLength(1);
      expect(protections[0].isWarningOnly()).toBe(true);
      expect(protections[0].getDescription()).toBe('Rebuilt by ITAM on every recalculation.');
      const rules = sheet.getConditionalFormatRules();
      expect(rules).toHaveLength(1);
      expect(rules[0].getBooleanCondition().getCriteriaType()).toBe('NUMBER_LESS_THAN');
      expect(rules[0].getRanges()[0].getA1Notation()).toBe('B5:B6');
    });
  });

  test('chart covers header and rows', () => {
    const port = setUp({});
    port.writeOutputSheet(costSheet(3));
    port.writeOutputSheet(costSheet(3));

    fakes.uncounted(() => {
      const charts = fakes.spreadsheet.getSheetByName('TCO')!.getCharts();
      expect(charts).toHaveLength(1);
      expect(charts[0].getRanges().map((range) => range.getA1Notation())).toEqual(['A4:A7', 'B4:B7']);
      expect(charts[0].modify().getChartType()).toBe('COLUMN');
      expect(charts[0].getOptions().get('title')).toBe('Cost by asset');
      expect(charts[0].getContainerInfo().getAnchorColumn()).toBe(5);
    });
  });

  test('user text never becomes a formula', () => {
    const port = setUp({});
    port.writeOutputSheet({
      id: 'dataQuality',
      name: 'Data Quality',
      blocks: [
        {
          columns: [{ header: 'Value', format: 'text' }],
          rows: [['=HYPERLINK("http://evil.example","click")'], ['+1+2'], ['-5'], ['@SUM(A1)'], ['0003'], [{ formula: '=ROWS(A1:A3)' }]],
        },
      ],
      protectionWarning: 'Rebuilt',
    });
    const range = fakes.spreadsheet.getSheetByName('Data Quality')!.getRange(2, 1, 6, 1);

    fakes.uncounted(() => {
      expect(range.getValues()).toEqual([['=HYPERLINK("http://evil.example","click")'], ['+1+2'], ['-5'], ['@SUM(A1)'], ['0003'], ['']]);
      expect(range.getFormulas()).toEqual([[''], [''], [''], [''], [''], ['=ROWS(A1:A3)']]);
    });
  });

  test('renamed output sheet is reused', () => {
    const port = setUp({});
    port.writeOutputSheet(costSheet(2));
    fakes.uncounted(() => fakes.spreadsheet.getSheetByName('TCO')!.setName('총소유비용'));
    port.writeOutputSheet(costSheet(3));

    const names = fakes.uncounted(() => fakes.spreadsheet.getSheets().map((sheet) => sheet.getName()));
    expect(names).toEqual(['Sheet1', '총소유비용']);
    expect(sheetValues('총소유비용')).toHaveLength(7);
  });

  test('shorter output clears old rows', () => {
    const port = setUp({});
    port.writeOutputSheet(costSheet(5));
    port.writeOutputSheet(costSheet(1));

    expect(sheetValues('TCO')).toHaveLength(5);
    expect(fakes.uncounted(() => fakes.spreadsheet.getSheetByName('TCO')!.getLastRow())).toBe(5);
  });

  test('failed setValues keeps old values', () => {
    const port = setUp({});
    port.writeOutputSheet(costSheet(2));
    const before = sheetValues('TCO');
    fakes.hooks.failOnCall('Range.setValues', 1, 'Service Spreadsheets timed out');

    expect(() => port.writeOutputSheet(costSheet(4))).toThrow('Service Spreadsheets timed out');
    expect(sheetValues('TCO')).toEqual(before);
  });

  test('invalid value fails before any write', () => {
    const port = setUp({});
    const output = costSheet(2);
    const broken = { ...output, blocks: [{ ...output.blocks[0], rows: [['A-1', Number.NaN, null]] }] };

    expect(() => port.writeOutputSheet(broken)).toThrow('Cannot write NaN to cell B5 of sheet "TCO"');
    expect(fakes.calls.count('Spreadsheet.insertSheet')).toBe(0);
  });

  test('first moves the tab and keeps the active sheet', () => {
    const port = setUp({ spreadsheet: { sheets: [{ name: 'Assets' }, { name: 'Licenses' }] } });
    port.writeOutputSheet({ ...costSheet(1), first: true });

    fakes.uncounted(() => {
      expect(fakes.spreadsheet.getSheets().map((sheet) => sheet.getName())).toEqual(['TCO', 'Assets', 'Licenses']);
      expect(fakes.spreadsheet.getActiveSheet().getName()).toBe('Assets');
    });
  });

  test('sheet owned by another id is refused', () => {
    const port = setUp({ spreadsheet: { sheets: [{ name: 'TCO', metadata: { 'itam.sheet': 'assets' } }] } });

    expect(() => port.writeOutputSheet(costSheet(1))).toThrow('The sheet "TCO" belongs to "assets"');
  });
});

describe('SpreadsheetPort dates written', () => {
  test('date cell lands on its day in the sheet zone', () => {
    const port = setUp({ scriptTimeZone: 'UTC', spreadsheet: { timeZone: 'Asia/Seoul', sheets: [{ name: 'Log' }] } });
    port.appendRows('Log', [[{ date: '2025-02-03' }]]);
    const stored = sheetValues('Log')[0][0] as Date;

    expect(stored.toISOString()).toBe('2025-02-03T03:00:00.000Z');
    expect(port.readValues('Log')).toEqual([[{ date: '2025-02-03' }]]);
  });

  test('date survives a midnight DST change', () => {
    // Brazil started daylight saving time at 00:00 on 2018-11-04, so that day had no local midnight.
    const port = setUp({ spreadsheet: { timeZone: 'America/Sao_Paulo', sheets: [{ name: 'Log' }] } });
    port.appendRows('Log', [[{ date: '2018-11-04' }], [{ date: '2018-11-03' }]]);

    expect(port.readValues('Log')).toEqual([[{ date: '2018-11-04' }], [{ date: '2018-11-03' }]]);
  });
});

describe('SpreadsheetPort register writes', () => {
  const layout: RegisterSheetLayout = {
    registerId: 'assets',
    name: '자산',
    headers: ['자산번호', '상태', '취득일', '취득가액'],
    notes: ['고유 번호', '현재 상태', '취득한 날짜', '원 단위'],
    formats: ['text', 'text', 'date', 'money'],
    validations: [{ column: 1, values: ['사용중', '재고', '폐기'] }],
  };

  test('new register tab is set up', () => {
    const port = setUp({ spreadsheet: { sheets: [{ name: 'Sheet1' }] } });

    expect(port.ensureRegisterSheet({ ...layout, initialRows: [['0001', '재고', { date: '2025-01-02' }, 1200000]] }, null)).toBe('자산');
    const sheet = fakes.spreadsheet.getSheetByName('자산')!;
    fakes.uncounted(() => {
      expect(port.readValues('자산')).toEqual([layout.headers, ['0001', '재고', { date: '2025-01-02' }, 1200000]]);
      expect(sheet.getRange(1, 1, 1, 4).getNotes()).toEqual([layout.notes]);
      expect(sheet.getRange(1, 1, 1, 4).getFontWeights()).toEqual([['bold', 'bold', 'bold', 'bold']]);
      expect(sheet.getFrozenRows()).toBe(1);
      expect(sheet.getRange(2, 1, 1, 4).getNumberFormats()).toEqual([['@', '@', 'yyyy-mm-dd', '#,##0']]);
      expect(sheet.getRange(1000, 3).getNumberFormat()).toBe('yyyy-mm-dd');
      const validation = sheet.getRange(500, 2).getDataValidation()!;
      expect(validation.getCriteriaValues()).toEqual([['사용중', '재고', '폐기'], true]);
      expect(validation.getAllowInvalid()).toBe(true);
      expect(sheet.getRange(2, 1).getDataValidation()).toBeNull();
      expect(fakes.spreadsheet.getActiveSheet().getName()).toBe('Sheet1');
    });
    expect(port.listSheets()).toContainEqual({ name: '자산', marker: 'assets' });
    expect(fakes.calls.count('Range.setValues')).toBe(1);
  });

  test('existing tab gains only missing columns', () => {
    const port = setUp({
      spreadsheet: {
        sheets: [{ name: 'Assets', values: [['Asset Tag', 'My column'], ["'0007", 'kept']] }],
      },
    });
    const extension: RegisterSheetLayout = { ...layout, name: 'Assets', headers: ['Asset Tag', 'Status'], notes: ['id', 'state'], formats: ['text', 'text'], validations: [{ column: 1, values: ['deployed'] }] };

    expect(port.ensureRegisterSheet(extension, 'Assets')).toBe('Assets');
    expect(sheetValues('Assets')).toEqual([['Asset Tag', 'My column', 'Status'], ['0007', 'kept', '']]);
    fakes.uncounted(() => {
      const sheet = fakes.spreadsheet.getSheetByName('Assets')!;
      expect(sheet.getRange(1, 3).getNote()).toBe('state');
      expect(sheet.getRange(2, 3).getDataValidation()!.getCriteriaValues()[0]).toEqual(['deployed']);
      expect(sheet.getRange(1, 1).getFontWeight()).toBe('normal');
    });
    expect(port.listSheets()).toEqual([{ name: 'Assets', marker: 'assets' }]);
    expect(fakes.calls.count('Range.setValues')).toBe(1);
  });

  test('name taken by another register', () => {
    const port = setUp({ spreadsheet: { sheets: [{ name: '자산', metadata: { 'itam.sheet': 'licenses' } }] } });

    expect(() => port.ensureRegisterSheet(layout, null)).toThrow('Cannot create the register tab "자산"');
  });
});

describe('SpreadsheetPort.appendRows and updateRange', () => {
  test('append writes once below the last row', () => {
    const port = setUp({ spreadsheet: { sheets: [{ name: 'History', values: [['When', 'What'], ['x', 'y']] }] } });
    port.appendRows('History', [['0003', '=1+1'], ['TRUE', 42]]);

    expect(sheetValues('History')).toEqual([['When', 'What'], ['x', 'y'], ['0003', '=1+1'], ['TRUE', 42]]);
    expect(fakes.calls.count('Range.setValues')).toBe(1);
  });

  test('append grows a full sheet', () => {
    const port = setUp({ spreadsheet: { sheets: [{ name: 'History', maxRows: 2, values: [['When'], ['x']] }] } });
    port.appendRows('History', [['y'], ['z']]);

    expect(sheetValues('History')).toEqual([['When'], ['x'], ['y'], ['z']]);
  });

  test('update writes one rectangle', () => {
    const port = setUp({ spreadsheet: { sheets: [{ name: 'Assets', values: [['A', 'B'], [1, 2], [3, 4]] }] } });
    port.updateRange('Assets', 2, 2, [['two'], [null]]);

    expect(sheetValues('Assets')).toEqual([['A', 'B'], [1, 'two'], [3, '']]);
    expect(fakes.calls.count('Range.setValues')).toBe(1);
  });

  test('update rejects ragged rows', () => {
    const port = setUp({ spreadsheet: { sheets: [{ name: 'Assets' }] } });

    expect(() => port.updateRange('Assets', 1, 1, [[1, 2], [3]])).toThrow('needs rows of equal, non-zero length');
  });
});
