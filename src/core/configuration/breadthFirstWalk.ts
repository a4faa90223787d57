/**
 * Breadth-first walks over one adjacency list, reusing its work arrays between walks so that walking
 * from every node of a 5,000-node graph allocates nothing per walk. Uses a queue, not recursion.
 */
export class BreadthFirstWalk {
  private readonly visitedIn: Int32Array;
  private readonly queue: Int32Array;
  private readonly depths: Int32Array;
  private readonly parents: Int32Array;
  private walkNumber = 0;
  private reachedCount = 0;

  constructor(private readonly adjacency: readonly (readonly number[])[]) {
    const size = adjacency.length;
    this.visitedIn = new Int32Array(size);
    this.queue = new Int32Array(size);
    this.depths = new Int32Array(size);
    this.parents = new Int32Array(size);
  }

  /**
   * Visits every node reachable from the seeds without entering an excluded node. Seeds have depth 1
   * and parent −1. Returns how many nodes were reached; read them with reached(), depth() and parent()
   * until the next walk.
   */
  walk(seeds: readonly number[], excluded: readonly number[] = []): number {
    this.walkNumber++;
    const current = this.walkNumber;
    let head = 0;
    let tail = 0;

    for (const node of excluded) {
      this.visitedIn[node] = current;
    }
    for (const node of seeds) {
      if (this.visitedIn[node] !== current) {
        this.visitedIn[node] = current;
        this.depths[node] = 1;
        this.parents[node] = -1;
        this.queue[tail++] = node;
      }
    }

    while (head < tail) {
      const node = this.queue[head++];
      for (const next of this.adjacency[node]) {
        if (this.visitedIn[next] !== current) {
          this.visitedIn[next] = current;
          this.depths[next] = this.depths[node] + 1;
          this.parents[next] = node;
          this.queue[tail++] = next;
        }
      }
    }

    this.reachedCount = tail;
    return tail;
  }

  /** Returns the i-th node reached by the last walk, in visiting order (depth never decreases). */
  reached(index: number): number {
    if (index < 0 || index >= this.reachedCount) {
      throw new RangeError(`Walk reached ${this.reachedCount} nodes; index ${index} is out of range.`);
    }
    return this.queue[index];
  }

  depth(node: number): number {
    return this.depths[node];
  }

  /** Node from which the last walk first reached `node`, or −1 for a seed. */
  parent(node: number): number {
    return this.parents[node];
  }
}
