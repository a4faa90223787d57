import type { CallCounter } from '../test/fakes';

/** Service calls and cells of one measured step, from the fake services' counter. */
export interface CallCounts {
  readonly total: number;
  readonly cellsRead: number;
  readonly cellsWritten: number;
  /** Calls per `Service.method`, keys sorted. */
  readonly byMethod: Readonly<Record<string, number>>;
}

export function callCountsOf(counter: CallCounter): CallCounts {
  return { total: counter.total, cellsRead: counter.cellsRead, cellsWritten: counter.cellsWritten, byMethod: counter.byMethod() };
}

/** Counts the calls of `action` alone: the counter is reset before it runs. */
export function countCalls<T>(counter: CallCounter, action: () => T): { readonly result: T; readonly calls: CallCounts } {
  counter.reset();
  const result = action();
  return { result, calls: callCountsOf(counter) };
}

/** Milliseconds since an arbitrary origin, with sub-millisecond resolution. */
export function now(): number {
  return performance.now();
}

export function timed<T>(action: () => T): { readonly result: T; readonly ms: number } {
  const start = now();
  const result = action();
  return { result, ms: now() - start };
}

export async function timedAsync<T>(action: () => Promise<T>): Promise<{ readonly result: T; readonly ms: number }> {
  const start = now();
  const result = await action();
  return { result, ms: now() - start };
}

export function median(values: readonly number[]): number {
  if (values.length === 0) {
    throw new Error('The median of no values is undefined.');
  }
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Runs a full garbage collection when Node was started with --expose-gc, so heap samples start level. */
export function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc !== undefined) {
    gc();
  }
}

export function gcExposed(): boolean {
  return typeof (globalThis as { gc?: unknown }).gc === 'function';
}

/**
 * Samples the used heap at the points where a measured step calls `sample`. The peak is the largest
 * sample above the level before the step, so it is a lower bound of the true peak between samples.
 */
export class HeapSampler {
  private readonly start: number;
  private peak: number;

  constructor() {
    collectGarbage();
    this.start = process.memoryUsage().heapUsed;
    this.peak = this.start;
  }

  sample(): void {
    this.peak = Math.max(this.peak, process.memoryUsage().heapUsed);
  }

  /** Bytes above the level at construction. */
  peakAboveStart(): number {
    this.sample();
    return this.peak - this.start;
  }
}

/** Returns the names whose counts differ between two call maps, with both counts. */
export function callDifferences(a: Readonly<Record<string, number>>, b: Readonly<Record<string, number>>): string[] {
  const names = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  return names.filter((name) => (a[name] ?? 0) !== (b[name] ?? 0)).map((name) => `${name}: ${a[name] ?? 0} vs ${b[name] ?? 0}`);
}

/**
 * Services whose calls never touch the spreadsheet: Utilities.formatDate converts a date in the Apps
 * Script runtime. The adapter calls it once per distinct calendar day it reads or writes, so its count
 * follows the span of dates in the registers, not their row count.
 */
export const IN_RUNTIME_SERVICES: readonly string[] = ['Utilities'];

function isInRuntime(method: string): boolean {
  return IN_RUNTIME_SERVICES.includes(method.slice(0, method.indexOf('.')));
}

/** The calls that reach the spreadsheet or another Google service, by method. */
export function serviceCallsOf(calls: CallCounts): Record<string, number> {
  return Object.fromEntries(Object.entries(calls.byMethod).filter(([method]) => !isInRuntime(method)));
}

export function serviceCallTotal(calls: CallCounts): number {
  return Object.values(serviceCallsOf(calls)).reduce((sum, count) => sum + count, 0);
}

export function inRuntimeCallTotal(calls: CallCounts): number {
  return calls.total - serviceCallTotal(calls);
}
