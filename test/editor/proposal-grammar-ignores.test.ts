import { expect, test } from "vitest";
import { ignoredNumbers, proposedIds as proposals } from "./support/proposals.ts";

// Accounting standards are named by the number of their topic in the codification: no figure.
test("an accounting standard's topic number (ASC 842) is proposed as ignored, not as a fact", () => {
  const text =
    "Marrowfield Leasing's results for the first quarter of 2031 apply the ASC 842 lease standard.\n\nLease income was $12.4 million.\n";
  expect(proposals(text)).toEqual([["lease-income.q1-2031", "Q1 2031"]]);
  expect(ignoredNumbers(text)).toEqual(["2031", "842"]);
});

// README: a figure in a unit Recount does not have is ignored with that reason, not counted.
test("a change in basis points is proposed as ignored, and names no figure after it", () => {
  const text =
    "Delta Knit reports fourth quarter 2031 results\n\nNet sales for the fourth quarter of 2031 reached $82.5 million.\n\nSelling, general and administrative expenses improved by 60 basis points to 15.9% of net sales, from 16.5% of net sales in the fourth quarter of the prior year.\n";
  expect(proposals(text)).toEqual([
    ["net-sales.q4-2031", "Q4 2031"],
    ["selling-general-and-administrative-expenses.share.q4-2031", "Q4 2031"],
    ["selling-general-and-administrative-expenses.share.q4-2030", "Q4 2030"],
  ]);
  expect(ignoredNumbers(text)).toEqual(["2031", "2031", "60"]);
});

// README: a figure in a unit Recount does not have is ignored with that reason, however it is printed.
test("an amount in ounces, tons or barrels is proposed as ignored, and its change named by what it is of", () => {
  const text =
    "Coeur Mines reports first quarter 2031 results\n\nSilver production was 3.8 million ounces, 22% lower than in the first quarter of 2030. Shipments were 12,400 tons.\n";
  expect(proposals(text)).toEqual([["silver-production.growth.q1-2031", "Q1 2031"]]);
  expect(ignoredNumbers(text)).toEqual(["12,400", "2030", "2031", "3.8"]);
});

test("a name that closes on digits, the 1 of a ratio N-to-1 or N:1, a trailing 12 months and a range in ounces are proposed as ignored", () => {
  const text =
    "Reston Labs reports fourth quarter 2031 results\n\nCOVID-19 volumes were higher. The book-to-bill ratio was 1.2-to-1 for the quarter, and the trailing 12 months' return on equity was 12 percent. Guidance is 18.0 to 19.5 million ounces of silver. Its leverage ratio was 0.99:1.\n";
  expect(proposals(text).map(([id]) => id)).toEqual([
    "book-to-bill-ratio.q4-2031",
    "trailing-return-on-equity.q4-2031",
    "leverage-ratio.q4-2031",
  ]);
  expect(ignoredNumbers(text)).toEqual(["1", "1", "12", "18.0", "19", "19.5", "2031"]);
});

test("an amount in another country's dollar is proposed as ignored, its unit being one Recount does not have", () => {
  const text =
    "Taipei Telecom reports third quarter 2031 results\n\nRevenue was NT$55.3 billion, up 2.1%, and net income HK$ 9.8 million. Cash was US$4.2 billion.\n";
  expect(proposals(text).map(([id]) => id)).toEqual(["revenue.growth.q3-2031", "cash.q3-2031"]);
  expect(ignoredNumbers(text)).toEqual(["2031", "55.3", "9.8"]);
});
