/** Longest path printed in full; a longer one keeps its first and last IDs so that a sheet cell stays readable. */
const MAX_PATH_IDS_SHOWN = 20;
const SHOWN_AT_EACH_END = 10;

const ARROW = ' → ';

/**
 * Formats a chain of IDs as `APP-1 → DB-2 → SRV-3`. A long chain keeps its ends around `… (+N) …`,
 * which reads the same in Korean and English, so finding parameters stay language-neutral.
 */
export function formatDependencyPath(ids: readonly string[]): string {
  if (ids.length <= MAX_PATH_IDS_SHOWN) {
    return ids.join(ARROW);
  }

  const head = ids.slice(0, SHOWN_AT_EACH_END).join(ARROW);
  const tail = ids.slice(ids.length - SHOWN_AT_EACH_END).join(ARROW);
  const omitted = ids.length - 2 * SHOWN_AT_EACH_END;
  return `${head}${ARROW}… (+${omitted}) …${ARROW}${tail}`;
}

/** Formats a cycle listed without its closing node as `APP-1 → DB-2 → APP-1`. */
export function formatCycle(cycle: readonly string[]): string {
  return formatDependencyPath([...cycle, cycle[0]]);
}
