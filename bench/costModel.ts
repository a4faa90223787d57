/**
 * An estimate of a run's time in Apps Script from what the fake services count: service calls, cells
 * read and cells written, plus the JavaScript time measured in Node. Google publishes no per-call or
 * per-cell cost, so the rates come from public measurements (listed in COST_SOURCES) and span a wide
 * range. The projection is an estimate, never a measurement of Apps Script.
 */

export interface CostRates {
  readonly label: string;
  /** A call that reaches the spreadsheet or another Google service. */
  readonly perCallMs: number;
  /** A Utilities call, which formats a date without touching the spreadsheet. */
  readonly perUtilityCallMs: number;
  readonly perCellReadMs: number;
  readonly perCellWrittenMs: number;
  /** Apps Script's JavaScript time as a multiple of the Node time measured here. */
  readonly computeFactor: number;
}

export const OPTIMISTIC_RATES: CostRates = {
  label: 'optimistic',
  // 1,000 getRange + getValue pairs took 3,064 ms [bugbugnow], about 1.5 ms per call.
  perCallMs: 1.5,
  // NOTE: no measurement of Utilities.formatDate was found; both rate sets take the cheapest measured call.
  perUtilityCallMs: 1.5,
  // One setValues of 4,000 cells took under 50 ms [mogsdad]. No read figure was found, so reads cost the same.
  perCellReadMs: 0.0125,
  perCellWrittenMs: 0.0125,
  // NOTE: no source compares Apps Script's V8 with Node; 1 assumes the same speed.
  computeFactor: 1,
};

export const PESSIMISTIC_RATES: CostRates = {
  label: 'pessimistic',
  // Reading the size of a 10-million-cell sheet took 0.3 s [tanaikech]: every call is taken to cost that.
  perCallMs: 300,
  perUtilityCallMs: 1.5,
  // The same 4,000-cell setValues followed by SpreadsheetApp.flush() took 610 ms [mogsdad], about 0.15 ms per cell.
  perCellReadMs: 0.15,
  perCellWrittenMs: 0.15,
  // NOTE: an assumption, as above: Apps Script runs the JavaScript 3 times slower than this machine.
  computeFactor: 3,
};

export interface CostSource {
  readonly key: string;
  readonly title: string;
  readonly url: string;
  readonly figures: string;
}

export const COST_SOURCES: readonly CostSource[] = [
  {
    key: 'mogsdad',
    title: 'Stack Overflow answer "What is faster: ScriptDb or SpreadsheetApp?" (Mogsdad), as mirrored by developreference.com',
    url: 'https://ruby-bash.developreference.com/article/29263774/What+is+faster+ScriptDb+or+SpreadsheetApp',
    figures:
      'one setValues of a 4,000-cell sheet took under 50 ms, and 610 ms with SpreadsheetApp.flush() after it; one setValues was two orders of magnitude faster than writing cell by cell.',
  },
  {
    key: 'bugbugnow',
    title: 'GoogleAppsScriptのスプレッドシート処理を高速化する (bugbugnow.net, March 2019)',
    url: 'https://www.bugbugnow.net/2019/03/GoogleAppsScript-speed-up.html',
    figures:
      'on 1,000 rows: 1,000 getRange + getValue pairs took 3,064 ms; one getValues and one setValues of the column took about 125 ms more than the loop alone (905 ms against 780 ms), about 0.06 ms per cell read and written; calling getLastRow 1,000 times took 160,377 ms.',
  },
  {
    key: 'tanaikech',
    title: 'Important points for handling 10,000,000 cells in Google Spreadsheet using Google Apps Script (Kanshi Tanaike, gist)',
    url: 'https://gist.github.com/tanaikech/cc4380692790150cc090114553e38a0e',
    figures: 'reading the maximum row and column of a sheet of 10,000,000 cells took 0.3 s on average, through SpreadsheetApp and through the Sheets API.',
  },
  {
    key: 'best-practices',
    title: 'Best Practices (Apps Script documentation)',
    url: 'https://developers.google.com/apps-script/guides/support/best-practices',
    figures:
      'no figures: calls to Sheets are much slower than JavaScript inside the script, Apps Script caches reads ahead and buffers writes, and alternating reads and writes is slow, so a script should read all data with one call and write it with one call.',
  },
  {
    key: 'quotas',
    title: 'Quotas for Google Services (Apps Script documentation)',
    url: 'https://developers.google.com/apps-script/guides/services/quotas',
    figures: 'script run time 6 min per execution; total run time of time-driven triggers 90 min per day (consumer accounts) and 6 h per day (Google Workspace).',
  },
];

/** Seconds Apps Script allows one execution. */
export const EXECUTION_LIMIT_SECONDS = 6 * 60;
/** Daily run time of time-driven triggers: consumer accounts and Google Workspace accounts. */
export const DAILY_TRIGGER_SECONDS = { consumer: 90 * 60, workspace: 6 * 60 * 60 } as const;

/** What a run did, as counted over the fake services and timed in Node. */
export interface RunCost {
  readonly serviceCalls: number;
  readonly utilityCalls: number;
  readonly cellsRead: number;
  readonly cellsWritten: number;
  /** JavaScript time in Node outside the fake services. */
  readonly computeMs: number;
}

export interface Projection {
  readonly rates: CostRates;
  readonly seconds: number;
  readonly callSeconds: number;
  readonly cellSeconds: number;
  readonly computeSeconds: number;
}

export function project(cost: RunCost, rates: CostRates): Projection {
  const callSeconds = (cost.serviceCalls * rates.perCallMs + cost.utilityCalls * rates.perUtilityCallMs) / 1000;
  const cellSeconds = (cost.cellsRead * rates.perCellReadMs + cost.cellsWritten * rates.perCellWrittenMs) / 1000;
  const computeSeconds = (cost.computeMs * rates.computeFactor) / 1000;
  return { rates, seconds: callSeconds + cellSeconds + computeSeconds, callSeconds, cellSeconds, computeSeconds };
}
