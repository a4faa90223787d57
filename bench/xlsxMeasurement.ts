import type { DemoRegisters } from '../src/core/demo/demoWorkbook';
import { recalculate } from '../src/core/recalc/recalculate';
import { REGISTERS } from '../src/core/registers/definitions';
import { setupWorkbook } from '../src/core/setup/setupWorkbook';
import type { OutputValue } from '../src/core/workbook/port';
import { XlsxWorkbookPort } from '../src/node/xlsxPort';
import { BENCH_AS_OF, BENCH_LANG, BENCH_LOCALE, BENCH_TIME_ZONE } from './benchSizes';
import { timed, timedAsync } from './measure';

/** The CLI's path over an .xlsx file: open it with exceljs, recalculate, save it. */
export interface XlsxRun {
  readonly ms: number;
  readonly openMs: number;
  readonly recalcMs: number;
  readonly saveMs: number;
}

/**
 * Writes the registers to a new .xlsx file: setup creates the tabs, then each register's rows replace
 * the rows below its header in one write, as `npm run demo` fills its workbook.
 */
export async function writeRegisterWorkbook(registers: DemoRegisters, file: string): Promise<void> {
  const port = XlsxWorkbookPort.create({ timeZone: BENCH_TIME_ZONE, locale: BENCH_LOCALE });
  setupWorkbook(port, { lang: BENCH_LANG });
  for (const register of REGISTERS) {
    const tab = port.listSheets().find((sheet) => sheet.marker === register.id);
    if (tab === undefined) {
      throw new Error(`Setup did not create the ${register.id} tab.`);
    }
    const rows: OutputValue[][] = registers[register.id].rows.map((row) => [...row]);
    const rowsBelowHeader = port.readValues(tab.name).length - 1;
    while (rows.length < rowsBelowHeader) {
      rows.push(Array<OutputValue>(register.fields.length).fill(''));
    }
    if (rows.length > 0) {
      port.updateRange(tab.name, 2, 1, rows);
    }
  }
  await port.save(file);
}

/** Opens `source`, recalculates it and saves the result to `target`, timing each step. */
export async function measureXlsxRecalculation(source: string, target: string): Promise<XlsxRun> {
  const open = await timedAsync(() => XlsxWorkbookPort.open(source));
  const recalc = timed(() => recalculate(open.result, BENCH_AS_OF));
  const save = await timedAsync(() => open.result.save(target));
  return { ms: open.ms + recalc.ms + save.ms, openMs: open.ms, recalcMs: recalc.ms, saveMs: save.ms };
}
