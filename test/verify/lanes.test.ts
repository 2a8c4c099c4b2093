import { expect, test } from "vitest";
import { availableParallelism } from "node:os";
import { inLanes, laneCount } from "#engine/verify/lanes.ts";

const pages = ["a/1", "b/1", "a/2", "c/1", "b/2", "a/3", "d/1"];
const filing = (page: string) => page.split("/")[0]!;

test("lanes hold whole groups, in the items' order, the largest groups spread first", async () => {
  const lanes = await inLanes(pages, filing, async (lane) => lane, 2);
  expect(lanes).toEqual([
    ["a/1", "a/2", "a/3", "d/1"],
    ["b/1", "c/1", "b/2"],
  ]);
});

test("no more lanes than groups, and none for nothing", async () => {
  expect(await inLanes(["a/1", "a/2"], filing, async (lane) => lane, 4)).toEqual([["a/1", "a/2"]]);
  expect(await inLanes([], filing, async (lane) => lane, 4)).toEqual([]);
});

test("the lanes run at once", async () => {
  let running = 0;
  let most = 0;
  await inLanes(
    pages,
    filing,
    async () => {
      most = Math.max(most, ++running);
      await new Promise((resolve) => setImmediate(resolve));
      running--;
    },
    3,
  );
  expect(most).toBe(3);
});

test("a lane for every fifty pages to run, one per core at most, and always one", () => {
  expect([0, 1, 50, 51].map(laneCount)).toEqual([1, 1, 1, Math.min(2, availableParallelism())]);
  expect(laneCount(1_000_000)).toBe(availableParallelism());
});
