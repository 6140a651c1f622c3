import type { ClassifiedPort } from '../types.js';

/** Ranges wider than this are checked against everything, not bucketed number by number. */
const WIDEST_BUCKETED_RANGE = 1024;

/**
 * Published host ports in the order they were added, bucketed by protocol and number, so that
 * finding the first earlier port that overlaps a new one costs its own numbers, not the whole
 * list (a Compose file with thousands of services stays linear).
 */
export class PublishedIndex {
  private readonly buckets = new Map<string, number[]>();
  private readonly wide: number[] = [];
  private readonly added: ClassifiedPort[] = [];

  add(port: ClassifiedPort): void {
    const order = this.added.push(port) - 1;
    if (isWide(port)) {
      this.wide.push(order);
      return;
    }
    for (let n = port.port!; n <= end(port); n++) {
      const key = `${port.protocol}/${n}`;
      const bucket = this.buckets.get(key);
      if (bucket) bucket.push(order);
      else this.buckets.set(key, [order]);
    }
  }

  /** The earliest added port for which `accepts` holds, among those that can overlap `port`. */
  firstMatch(
    port: ClassifiedPort,
    accepts: (earlier: ClassifiedPort) => boolean,
  ): ClassifiedPort | undefined {
    let best = Infinity;
    // Every bucket is in insertion order, so each one is read only up to its first match.
    const search = (orders: readonly number[]) => {
      for (const order of orders) {
        if (order >= best) return;
        if (accepts(this.added[order]!)) {
          best = order;
          return;
        }
      }
    };
    if (isWide(port)) search(this.added.map((_, order) => order));
    else {
      search(this.wide);
      for (let n = port.port!; n <= end(port); n++) search(this.buckets.get(`${port.protocol}/${n}`) ?? []);
    }
    return this.added[best];
  }
}

function end(port: ClassifiedPort): number {
  return Math.max(port.endPort ?? port.port!, port.port!);
}

function isWide(port: ClassifiedPort): boolean {
  return end(port) - port.port! > WIDEST_BUCKETED_RANGE;
}
