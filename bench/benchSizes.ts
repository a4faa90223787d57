import type { IsoDate } from '../src/core/calendar/calendarDate';
import type { Lang } from '../src/core/registers/schema';

/** A workbook size of the benchmark: its asset count and how many measured runs give the median. */
export interface BenchSize {
  readonly label: string;
  readonly assets: number;
  readonly runs: number;
  /** The xlsx path (exceljs open, recalculate, save) is measured only where `xlsxRuns` is above 0. */
  readonly xlsxRuns: number;
}

export const SMALL: BenchSize = { label: 'S', assets: 1_000, runs: 5, xlsxRuns: 3 };
export const MEDIUM: BenchSize = { label: 'M', assets: 10_000, runs: 5, xlsxRuns: 3 };
/** The largest preset: 100,000 assets and the other registers in the demo's proportions, about 7.3 million cells. */
export const LARGE: BenchSize = { label: 'L', assets: 100_000, runs: 3, xlsxRuns: 0 };

/** Every generated workbook uses the same seed, as-of date and language, so reruns give the same cells. */
export const BENCH_SEED = 20_260_630;
export const BENCH_AS_OF: IsoDate = '2026-06-30';
export const BENCH_LANG: Lang = 'ko';
export const BENCH_TIME_ZONE = 'Asia/Seoul';
export const BENCH_LOCALE = 'ko_KR';

/** Rows in the CSV file that the import measurement reads. */
export const IMPORT_ROWS = 10_000;
