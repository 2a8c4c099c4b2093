import { expect, test } from "vitest";
import { scoreProposals } from "../../bench/proposals.ts";

// The targets, on the releases of test/fixtures/proposals/ (BENCHMARKS.md has the scores): a change
// to the scaffold that makes editors rewrite more of its proposals fails here.
test("an editor keeps at least 80 % of the proposed ids and 90 % of the proposed periods", () => {
  const scores = scoreProposals();
  expect(scores.length).toBeGreaterThanOrEqual(2);
  const total = (key: "facts" | "idsKept" | "periodsKept") => scores.reduce((sum, score) => sum + score[key], 0);
  expect(total("idsKept") / total("facts")).toBeGreaterThanOrEqual(0.8);
  expect(total("periodsKept") / total("facts")).toBeGreaterThanOrEqual(0.9);
  for (const { release, ignored } of scores) expect(ignored, release).toBe(0);
});
