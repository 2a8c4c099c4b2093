import { expect, test } from "vitest";
import { heldOut, scoreProposals, totalScore } from "../../bench/proposals.ts";

// Where the rules stand on the releases of test/fixtures/proposals/ (384 of 397 ids, 397 of 397 periods in
// round 6 of 2026-12-07; BENCHMARKS.md has the scores), above the targets (80 %, 90 %): a change to
// the scaffold that makes editors rewrite more of its proposals on the text it was developed on fails here.
test("an editor keeps at least 98 % of the proposed ids and 99 % of the proposed periods", () => {
  const scores = scoreProposals();
  expect(scores.length).toBeGreaterThanOrEqual(2);
  const total = (key: "facts" | "idsKept" | "periodsKept") => scores.reduce((sum, score) => sum + score[key], 0);
  expect(total("idsKept") / total("facts")).toBeGreaterThanOrEqual(0.98);
  expect(total("periodsKept") / total("facts")).toBeGreaterThanOrEqual(0.99);
  for (const { release, ignored } of scores) expect(ignored, release).toBe(0);
});

// The held-out releases (BENCHMARKS.md says which and why) are scored, not held to the targets: a smoke
// test that each loads as reviewed and is matched to proposals, so the bench cannot silently score nothing.
test("the held-out releases load and are scored", () => {
  const scores = scoreProposals(heldOut);
  expect(scores.map(({ release }) => release)).toEqual([
    "drh-2017-05-05-8k",
    "sigi-2005-04-26-8k",
    "tsem-2022-05-16-6k",
  ]);
  for (const { release, facts, idsKept, periodsKept } of scores) {
    expect(facts, release).toBeGreaterThan(5);
    expect(idsKept, release).toBeLessThanOrEqual(facts);
    expect(periodsKept, release).toBeLessThanOrEqual(facts);
  }
  expect(totalScore(scores).facts).toBe(75);
});
