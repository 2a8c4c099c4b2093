import { expect, test } from "vitest";
import { findCandidates } from "#tools/scaffold/candidates.ts";

/** The proposals for a text, as id and period. */
function proposals(text: string) {
  return findCandidates(text).facts.map(({ id, period }) => [id, period]);
}

test("a change over the quarter before is growth-qoq, whether it is a sentence's first figure or not", () => {
  expect(
    proposals(
      [
        "Cobalt Ferries reports second quarter 2032 results",
        "",
        "Freight tonnage in the quarter climbed 3% over the first quarter of 2032.",
        "",
        "In the second quarter of 2032, passengers carried fell by 2.2% to 1,204,300 from 1,231,400 in the first quarter of 2032.",
        "",
      ].join("\n"),
    ),
  ).toEqual([
    ["freight-tonnage.growth-qoq.q2-2032", "Q2 2032"],
    ["passengers-carried.growth-qoq.q2-2032", "Q2 2032"],
    ["passengers-carried.q2-2032", "Q2 2032"],
    ["passengers-carried.q1-2032", "Q1 2032"],
  ]);
});
