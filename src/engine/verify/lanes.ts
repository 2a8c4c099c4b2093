import { availableParallelism } from "node:os";

/**
 * Runs `work` on `count` lanes of `items` at once, each lane holding whole groups (`group`) in the items'
 * own order. Groups go largest first, each to the lane with the fewest items so far: longest-processing-time
 * scheduling (R. L. Graham, "Bounds on multiprocessing timing anomalies", 1969), within 4/3 of the best.
 */
export function inLanes<T, R>(
  items: readonly T[],
  group: (item: T) => string,
  work: (lane: readonly T[]) => Promise<R>,
  count = availableParallelism(),
): Promise<R[]> {
  const groups = [...Map.groupBy(items, group).values()].sort((a, b) => b.length - a.length);
  const lanes: T[][] = Array.from({ length: Math.min(count, groups.length) }, () => []);
  for (const members of groups)
    lanes.reduce((fewest, lane) => (lane.length < fewest.length ? lane : fewest)).push(...members);
  const order = new Map(items.map((item, at) => [item, at]));
  return Promise.all(lanes.map((lane) => work(lane.sort((a, b) => order.get(a)! - order.get(b)!))));
}
