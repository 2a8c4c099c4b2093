import { expect, test } from "vitest";
import { proposedIds as proposals } from "./support/proposals.ts";

test("a share is of its clause's own subject, or of the level a demonstrative refers to", () => {
  expect(
    proposals(
      [
        "Kestrel Games reports third quarter 2031 results",
        "",
        "Streaming revenues grew 12% to RMB40.1 million.",
        "",
        "For the first time, that line accounted for over 30% of total revenues.",
        "",
        "Net income was $4.1 million and adjusted EBITDA was 31.0% of sales.",
        "",
        "Orders shipped were a record, 6% more than in the second quarter, and online orders accounted for 35% of them.",
        "",
      ].join("\n"),
    ),
  ).toEqual([
    ["streaming-revenues.growth.q3-2031", "Q3 2031"],
    ["streaming-revenues.q3-2031", "Q3 2031"],
    ["streaming-revenues.share.q3-2031", "Q3 2031"],
    ["net-income.q3-2031", "Q3 2031"],
    ["adjusted-ebitda.share.q3-2031", "Q3 2031"],
    ["orders-shipped.growth-qoq.q3-2031", "Q3 2031"],
    ["online-orders.share.q3-2031", "Q3 2031"],
  ]);
});

test("a percentage a clause of the same subject reaches after a share is a share; a change may lead to a record", () => {
  expect(
    proposals(
      [
        "Osprey Devices reports fourth quarter and full year 2031 results",
        "",
        "For the full year, device sales rose 9.1% to a record $312.0 million.",
        "",
        "Adjusted EBITDA came to 30.2% of sales for the year and reached 31.5% in the second half.",
        "",
      ].join("\n"),
    ),
  ).toEqual([
    ["device-sales.growth.2031", "FY2031"],
    ["device-sales.2031", "FY2031"],
    ["adjusted-ebitda.share.2031", "FY2031"],
    ["adjusted-ebitda.share.h2-2031", "H2 2031"],
  ]);
});

test("the parts of a whole a sentence opens on are named by where each comes from", () => {
  expect(
    proposals(
      "Heron Labs reports first quarter 2031 results\n\nOf the quarter's sales, $48 million came from Marine Systems, $12 million from Rail, $7 million from Aviation Parts and $3 million from Services (SV).\n",
    ),
  ).toEqual([
    ["marine-systems-sales.q1-2031", "Q1 2031"],
    ["rail-sales.q1-2031", "Q1 2031"],
    ["aviation-parts-sales.q1-2031", "Q1 2031"],
    ["services-sales.q1-2031", "Q1 2031"],
  ]);
});

test('a percentage of a sentence that opens "As a share of …" is a share of its subject, and so is the one it is compared with', () => {
  expect(
    proposals(
      "Pinecrest Resorts reports first quarter 2034 results\n\nAs a share of net sales, marketing expense fell to 8.2% from 9.1% a year earlier.\n",
    ),
  ).toEqual([
    ["marketing-expense.share.q1-2034", "Q1 2034"],
    ["marketing-expense.share.q1-2033", "Q1 2033"],
  ]);
});

test("a share is held on a day as its whole is: of an average over the quarter it is the quarter's", () => {
  expect(
    proposals(
      "Kestrel Savings reports third quarter 2033 results\n\nAverage deposits for the third quarter of 2033 were $1.4 billion, while business accounts grew to 61% of total average deposits.\n\nBusiness accounts were 38% of total deposits.\n",
    ),
  ).toEqual([
    ["average-deposits.q3-2033", "Q3 2033"],
    ["business-accounts.share.q3-2033", "Q3 2033"],
    ["business-accounts.share.2033-09-30", "2033-09-30"],
  ]);
});

test('a percentage set off as "a margin of" after a figure is that figure\'s margin, not its share', () => {
  expect(
    proposals(
      "Segment operating profit for the third quarter of 2031 was $14.6 million, a margin of 22.5% of segment sales.\n",
    ),
  ).toEqual([
    ["segment-operating-profit.q3-2031", "Q3 2031"],
    ["segment-operating-profit-margin.q3-2031", "Q3 2031"],
  ]);
});

test('an amount "in" a noun after "paid" or a verb\'s "with" is named by that noun: paid $4.0 million in royalties', () => {
  expect(
    proposals(
      "Quenby Minerals: results for the third quarter of 2031\n\nThe Company stayed profitable, paid $4.0 million in royalties in 3Q31 and ended the quarter with $91.5 million in cash.\n",
    ),
  ).toEqual([
    ["royalties-paid.q3-2031", "Q3 2031"],
    ["cash.2031-09-30", "2031-09-30"],
  ]);
});

test("a part a sentence opens on by its proper name alone comes first; a month or a linking phrase is no part", () => {
  expect(
    proposals(
      [
        "Kestrel Aluminum reports first quarter 2031 results",
        "",
        "In Fabricated Products, operating income was $40 million for the first quarter of 2031.",
        "",
        "In Addition, cash was $12 million. In March, sales were $9 million. At Palmarejo, silver sales rose 6%.",
        "",
      ].join("\n"),
    ),
  ).toEqual([
    ["fabricated-products-operating-income.q1-2031", "Q1 2031"],
    ["cash.q1-2031", "Q1 2031"],
    ["sales.q1-2031", "Q1 2031"],
    ["palmarejo-silver-sales.growth.q1-2031", "Q1 2031"],
  ]);
});

test("a part that owns its figure by name comes first; the issuer named in the first line is left out", () => {
  expect(
    proposals(
      [
        "Coeur Mines reports first quarter 2031 results",
        "",
        "Palmarejo's cash operating costs were $2.20 per silver ounce. Coeur's revenue was $200 million.",
        "",
      ].join("\n"),
    ),
  ).toEqual([
    ["palmarejo-cash-operating-costs-per-silver-ounce.q1-2031", "Q1 2031"],
    ["revenue.q1-2031", "Q1 2031"],
  ]);
});

test("what a part contributed is named by the noun it contributed, up to a word that names nothing", () => {
  expect(
    proposals(
      "Cable One reports fourth quarter 2031 results\n\nCableAmerica operations contributed $4.9 million of revenues in the fourth quarter of 2031.\n",
    ),
  ).toEqual([["cableamerica-operations-revenues.q4-2031", "Q4 2031"]]);
});

test("a part a sentence opens on by a name in lower case and a part's noun comes first, the noun kept", () => {
  expect(
    proposals(
      [
        "Fenwick Apparel reports first quarter 2031 results",
        "",
        "In the outlet division, net sales decreased 3% to $240.2 million. In the specialty category, case count grew 67.5%.",
        "",
      ].join("\n"),
    ),
  ).toEqual([
    ["outlet-division-net-sales.growth.q1-2031", "Q1 2031"],
    ["outlet-division-net-sales.q1-2031", "Q1 2031"],
    ["specialty-category-case-count.growth.q1-2031", "Q1 2031"],
  ]);
});
