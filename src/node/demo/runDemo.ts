#!/usr/bin/env node
/**
 * `npm run demo`: builds a seeded sample workbook of a Korean company in Korean and in English, then
 * runs the whole job on each (set up, validate, recalculate, plan and write reminders) and prints a
 * short summary. Everything goes under demo-output/.
 */
import fs from 'node:fs';
import path from 'node:path';
import { isIsoDate, type IsoDate } from '../../core/calendar/calendarDate';
import { calendarDateIn } from '../../core/calendar/today';
import { DEMO_DELIBERATE_ERRORS, DEMO_SCALE, generateDemoRegisters, type DemoRegisters } from '../../core/demo/demoWorkbook';
import { computeRecalculation } from '../../core/recalc/recalculate';
import { REGISTERS } from '../../core/registers/definitions';
import { loadWorkbook } from '../../core/registers/loadWorkbook';
import type { Lang } from '../../core/registers/schema';
import { setupWorkbook } from '../../core/setup/setupWorkbook';
import type { OutputValue, WorkbookPort } from '../../core/workbook/port';
import { XlsxWorkbookPort } from '../xlsxPort';
import { writeDemoReminders } from './demoReminders';
import { printDemoSummary, type DemoRun } from './demoSummary';

const DEMO_SEED = 20261204;
const OUTPUT_DIRECTORY = 'demo-output';
const LOCALES: Record<Lang, string> = { ko: 'ko_KR', en: 'en_US' };

/** Replaces the rows below each register's header with the demo rows, in one write per register. */
function fillRegisters(port: WorkbookPort, registers: DemoRegisters): void {
  for (const register of REGISTERS) {
    const sheet = port.listSheets().find((candidate) => candidate.marker === register.id);
    if (!sheet) {
      throw new Error(`Setup did not create the ${register.id} tab.`);
    }
    const rows: OutputValue[][] = registers[register.id].rows.map((row) => [...row]);
    const existingRows = port.readValues(sheet.name).length - 1;
    const width = register.fields.length;
    while (rows.length < existingRows) {
      rows.push(Array(width).fill(''));
    }
    if (rows.length > 0) {
      port.updateRange(sheet.name, 2, 1, rows);
    }
  }
}

async function runForLanguage(lang: Lang, asOf: IsoDate): Promise<DemoRun> {
  const file = path.join(OUTPUT_DIRECTORY, `itam-demo-${lang}.xlsx`);
  const port = XlsxWorkbookPort.create({ timeZone: 'Asia/Seoul', locale: LOCALES[lang] });

  setupWorkbook(port, { lang });
  const registers = generateDemoRegisters({ seed: DEMO_SEED, asOf, lang, scale: DEMO_SCALE, deliberateErrors: true });
  fillRegisters(port, registers);

  const loaded = loadWorkbook(port);
  const outcome = computeRecalculation(loaded, asOf);
  for (const sheet of outcome.sheets) {
    port.writeOutputSheet(sheet);
  }
  const reminders = await writeDemoReminders(port, loaded, asOf, path.join(OUTPUT_DIRECTORY, `outbox-${lang}`));
  await port.save(file);
  fs.writeFileSync(path.join(OUTPUT_DIRECTORY, `recalc-${lang}.json`), `${JSON.stringify(outcome.json, null, 2)}\n`);

  return { lang, file, registers, outcome, reminders };
}

async function main(): Promise<void> {
  const asOfArgument = process.argv.find((argument) => argument.startsWith('--as-of='))?.slice('--as-of='.length);
  if (asOfArgument !== undefined && !isIsoDate(asOfArgument)) {
    throw new Error(`Invalid --as-of date "${asOfArgument}". Use YYYY-MM-DD.`);
  }
  const asOf = asOfArgument ?? calendarDateIn(new Date(), 'Asia/Seoul');
  fs.mkdirSync(OUTPUT_DIRECTORY, { recursive: true });

  const runs: DemoRun[] = [];
  for (const lang of ['ko', 'en'] as const) {
    runs.push(await runForLanguage(lang, asOf));
  }
  printDemoSummary(runs, DEMO_DELIBERATE_ERRORS, asOf, (line) => console.log(line));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
