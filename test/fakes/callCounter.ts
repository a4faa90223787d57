/**
 * Counts every call a test makes into the fake Apps Script services, so a test can assert how many
 * round trips an adapter makes. Keys are `Service.method`, for example `Range.setValues`.
 */
export class CallCounter {
  private readonly counts = new Map<string, number>();
  private totalCalls = 0;
  /** Cells returned by getValues, getValue, getDisplayValues, getFormulas and getNotes. */
  cellsRead = 0;
  /** Cells written by setValues, setValue, setFormula(s) and appendRow. */
  cellsWritten = 0;

  /** Adds one call of `method`; the fakes call this, tests normally only read the counts. */
  record(method: string): number {
    const count = (this.counts.get(method) ?? 0) + 1;
    this.counts.set(method, count);
    this.totalCalls += 1;
    return count;
  }

  get total(): number {
    return this.totalCalls;
  }

  count(method: string): number {
    return this.counts.get(method) ?? 0;
  }

  /** Sum of the calls to the named services, for example totalFor('Spreadsheet', 'Sheet', 'Range'). */
  totalFor(...services: string[]): number {
    let sum = 0;
    for (const [method, count] of this.counts) {
      if (services.includes(method.slice(0, method.indexOf('.')))) {
        sum += count;
      }
    }
    return sum;
  }

  /** Per-method counts with the keys sorted, suitable for toEqual comparisons. */
  byMethod(): Record<string, number> {
    const result: Record<string, number> = {};
    for (const method of [...this.counts.keys()].sort()) {
      result[method] = this.counts.get(method) as number;
    }
    return result;
  }

  reset(): void {
    this.counts.clear();
    this.totalCalls = 0;
    this.cellsRead = 0;
    this.cellsWritten = 0;
  }
}

/** An object of the fakes whose public methods are counted; `env` is the fresh state it belongs to. */
export interface CountedObject {
  readonly env: { enter(method: string): void };
}

/**
 * Wraps every public prototype method of a fake class so each call is counted as `service.method`
 * and passes through the fault hooks. `guard` runs before the method, for example to reject calls on
 * a deleted sheet.
 */
export function countCalls(
  fakeClass: { prototype: object },
  service: string,
  guard?: (target: never, method: string) => void,
): void {
  const prototype = fakeClass.prototype as Record<string, unknown>;
  for (const name of Object.getOwnPropertyNames(prototype)) {
    const descriptor = Object.getOwnPropertyDescriptor(prototype, name);
    if (name === 'constructor' || !descriptor || typeof descriptor.value !== 'function') {
      continue;
    }
    const original = descriptor.value as (...args: unknown[]) => unknown;
    const method = `${service}.${name}`;
    Object.defineProperty(prototype, name, {
      ...descriptor,
      value: function countedMethod(this: CountedObject, ...args: unknown[]): unknown {
        this.env.enter(method);
        if (guard) {
          guard(this as never, method);
        }
        return original.apply(this, args);
      },
    });
  }
}
