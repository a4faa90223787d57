/**
 * Time as the fake services see it: cache expiry, Utilities.sleep and lock waits advance this clock
 * instead of blocking the test. It never changes Date.now() for the code under test.
 */
export class VirtualClock {
  private current: number;

  constructor(start: number) {
    this.current = start;
  }

  now(): number {
    return this.current;
  }

  advance(milliseconds: number): void {
    if (!Number.isFinite(milliseconds) || milliseconds < 0) {
      throw new Error(`Cannot advance the clock by ${milliseconds} ms: expected a finite number of at least 0.`);
    }
    this.current += milliseconds;
  }
}
