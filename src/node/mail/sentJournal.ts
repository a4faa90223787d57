import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { Lang } from '../../core/registers/schema';
import { openReminderLedger } from '../../core/reminders/reminderLedger';
import type { OutputValue, WorkbookPort } from '../../core/workbook/port';

/**
 * A write-ahead journal of the Reminder Log rows of delivered digests, kept next to the workbook while
 * `itam remind` runs. Each digest's rows are appended and flushed to disk right after delivery, which is
 * far cheaper than saving the workbook after each digest (about 0.9 s for the 400-asset demo workbook).
 * The workbook is saved once at the end, and then the journal is deleted. A run interrupted before that
 * leaves the journal behind, so the next run copies its rows into the Reminder Log before planning.
 */
export class SentJournal {
  constructor(readonly file: string) {}

  /** The journal of a workbook: `.<name>.reminders.jsonl` in the workbook's directory. */
  static forWorkbook(workbookFile: string): SentJournal {
    const resolved = path.resolve(workbookFile);
    return new SentJournal(path.join(path.dirname(resolved), `.${path.basename(resolved)}.reminders.jsonl`));
  }

  /** Appends one digest's ledger rows as one JSON line and flushes it to disk before returning. */
  async append(rows: readonly (readonly OutputValue[])[]): Promise<void> {
    const handle = await fs.open(this.file, 'a');
    try {
      await handle.writeFile(`${JSON.stringify(rows)}\n`);
      await handle.sync();
    } finally {
      await handle.close();
    }
  }

  /**
   * Copies the rows of a journal left by an interrupted run into the Reminder Log, skipping keys already
   * there (the run may have saved the workbook before it stopped). A last line cut off mid-write is
   * ignored: its digest was never confirmed. Returns the number of rows added.
   */
  async recover(port: WorkbookPort, lang: Lang): Promise<number> {
    let text: string;
    try {
      text = await fs.readFile(this.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        return 0;
      }
      throw error;
    }

    const ledger = openReminderLedger(port, lang);
    const keys = new Set(ledger.keys);
    const missing: OutputValue[][] = [];
    for (const line of text.split('\n')) {
      for (const row of parseLine(line)) {
        const key = row[0];
        if (typeof key === 'string' && !keys.has(key)) {
          keys.add(key);
          missing.push(row);
        }
      }
    }
    if (missing.length > 0) {
      port.appendRows(ledger.sheetName, missing);
    }
    return missing.length;
  }

  async remove(): Promise<void> {
    await fs.rm(this.file, { force: true });
  }
}

function parseLine(line: string): OutputValue[][] {
  if (line.trim() === '') {
    return [];
  }
  try {
    const parsed: unknown = JSON.parse(line);
    return Array.isArray(parsed) ? (parsed.filter((row) => Array.isArray(row)) as OutputValue[][]) : [];
  } catch {
    return [];
  }
}
