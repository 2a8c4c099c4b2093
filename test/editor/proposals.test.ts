import { expect, test } from "vitest";
import { heldOut, scoreProposals, totalScore } from "../../bench/proposals.ts";

// Where the rules stand on the releases of test/fixtures/proposals/ (422 of 466 ids, 464 of 466 periods in
// round 7 of 2026-12-07; BENCHMARKS.md has the scores), above the targets (80 %, 90 %): a change to
// the scaffold that makes editors rewrite more of its proposals on the text it was developed on fails here.
// The floor for ids is 96 %: of the 13 ids missed before round 7, 3 are reviewers' conventions that disagree
// with each other ("net income …, or $1.15 per diluted share" is diluted EPS in one release, net income per
// share in another) and 7 are names no word of their sentence gives; a rule to meet them would be written for
// those releases. Round 6's releases bring 31 more misses of both kinds (BENCHMARKS.md lists them), which put
// the set at 90.6 %, under the floor: for the lead to decide.
test("an editor keeps at least 96 % of the proposed ids and 99 % of the proposed periods", () => {
  const scores = scoreProposals();
  expect(scores.length).toBeGreaterThanOrEqual(2);
  const total = (key: "facts" | "idsKept" | "periodsKept") => scores.reduce((sum, score) => sum + score[key], 0);
  expect(total("idsKept") / total("facts")).toBeGreaterThanOrEqual(0.96);
  expect(total("periodsKept") / total("facts")).toBeGreaterThanOrEqual(0.99);
  for (const { release, ignored } of scores) expect(ignored, release).toBe(0);
});

// The held-out releases (BENCHMARKS.md says which and why) are scored, not held to the targets: a smoke
// test that each loads as reviewed and is matched to proposals, so the bench cannot silently score nothing.
test("the held-out releases load and are scored", () => {
  const scores = scoreProposals(heldOut);
  expect(scores.map(({ release }) => release)).toEqual(["chl-fy2020-6k", "cpk-2019-02-26-8k", "mrtn-2023-10-18-8k"]);
  for (const { release, facts, idsKept, periodsKept } of scores) {
    expect(facts, release).toBeGreaterThan(5);
    expect(idsKept, release).toBeLessThanOrEqual(facts);
    expect(periodsKept, release).toBeLessThanOrEqual(facts);
  }
  expect(totalScore(scores).facts).toBe(69);
});
