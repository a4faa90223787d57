import { translate } from '../i18n';
import type { Lang } from '../registers/schema';
import type { OutputSheet } from '../workbook/port';

/**
 * Cuts every table of a summary sheet to `limit` data rows and notes the cut above the tables. A spreadsheet
 * holds at most 10 million cells, and per-asset tables of a 100,000-asset workbook would take more
 * than the registers leave free. The rows kept are the first ones in the view's own order.
 */
export function limitSummaryRows(sheet: OutputSheet, limit: number, lang: Lang): OutputSheet {
  if (sheet.blocks.every((block) => block.rows.length <= limit)) {
    return sheet;
  }

  const notes: string[] = [];
  const blocks = sheet.blocks.map((block) => {
    if (block.rows.length <= limit) {
      return block;
    }
    notes.push(translate(lang, 'recalc.rowsLimited', { table: block.title ?? sheet.name, shown: limit, total: block.rows.length }));
    return { ...block, rows: block.rows.slice(0, limit) };
  });
  return { ...sheet, preamble: [...(sheet.preamble ?? []), ...notes], blocks };
}
