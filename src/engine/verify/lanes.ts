import { availableParallelism } from "node:os";

/**
 * How many lanes `pages` pages to run take: one per core, but one per fifty pages at most, since a lane's
 * runner process makes its snapshot first (1–2 s of CPU), as long as some thirty pages take to run.
 */
export function laneCount(pages: number): number {
  return Math.max(1, Math.min(availableParallelism(), Math.ceil(pages / 50)));
}

/**
 * Runs `work` on `count` lanes of `items` at once, each lane holding whole groups (`group`) in the items'
 * own order. Groups go largest first, each to the lane with the fewest items so far: longest-processing-time
 * scheduling (R. L. Graham, "Bounds on multiprocessing timing anomalies", 1969), within 4/3 of the best.
 */
export function inLanes<T, R>(
  items: readonly T[],
  group: (item: T) => string,
  work: (lane: readonly T[]) => Promise<R>,
  count: number,
): Promise<R[]> {
  const groups = [...Map.groupBy(items, group).values()].sort((a, b) => b.length - a.length);
  const lanes: T[][] = Array.from({ length: Math.min(count, groups.length) }, () => []);
  for (const members of groups)
    lanes.reduce((fewest, lane) => (lane.length < fewest.length ? lane : fewest)).push(...members);
  const order = new Map(items.map((item, at) => [item, at]));
  return Promise.all(lanes.map((lane) => work(lane.sort((a, b) => order.get(a)! - order.get(b)!))));
}
