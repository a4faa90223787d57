import type { RecalcContext } from '../recalc/view';

/**
 * Wraps a calculation so that it runs once per recalculation context. Every view of one recalculation
 * receives the same context object, and a context is never changed, so the Risks and Dashboard views
 * can share a result such as the license positions instead of computing it again.
 */
export function memoizedByContext<T>(compute: (context: RecalcContext) => T): (context: RecalcContext) => T {
  const results = new WeakMap<RecalcContext, T>();
  return (context) => {
    if (!results.has(context)) {
      results.set(context, compute(context));
    }
    return results.get(context) as T;
  };
}
