import { expect, test } from "vitest";
import { ignoredNumbers, proposedIds as proposals } from "./support/proposals.ts";

// Accounting standards are named by the number of their topic in the codification: no figure.
test("an accounting standard's topic number (ASC 842) is proposed as ignored, not as a fact", () => {
  const text =
    "Marrowfield Leasing's results for the first quarter of 2031 apply the ASC 842 lease standard.\n\nLease income was $12.4 million.\n";
  expect(proposals(text)).toEqual([["lease-income.q1-2031", "Q1 2031"]]);
  expect(ignoredNumbers(text)).toEqual(["2031", "842"]);
});
