import { expect, test } from "vitest";
import { ignoredNumbers, proposedIds as proposals } from "./support/proposals.ts";
import { findCandidates } from "#tools/scaffold/candidates.ts";

// A table written as README says (tab-separated lines, the header first): a column label that names a period
// gives its cells that period, and the row label names the figure.
test("a column named by the year and by its last three months dates its cells", () => {
  const text = [
    "Marlow Ferries reports fourth quarter and full year 2031 results",
    "",
    "(in thousands, except per trip amounts)\tThree months 2031\tThree months 2030\tYear 2031\tYear 2030",
    "Passenger revenue\t8,120\t7,640\t30,410\t28,905",
    "Revenue per trip\t41.20\t39.85\t40.15\t38.70",
    "",
    "Harbour segment\tThree months 2031\tTwelve months 2031",
    "Vessels in service\t14\t15",
    "",
  ].join("\n");
  expect(proposals(text)).toEqual([
    ["passenger-revenue.q4-2031", "Q4 2031"],
    ["passenger-revenue.q4-2030", "Q4 2030"],
    ["passenger-revenue.2031", "FY2031"],
    ["passenger-revenue.2030", "FY2030"],
    ["revenue-per-trip.q4-2031", "Q4 2031"],
    ["revenue-per-trip.q4-2030", "Q4 2030"],
    ["revenue-per-trip.2031", "FY2031"],
    ["revenue-per-trip.2030", "FY2030"],
    ["vessels-in-service.q4-2031", "Q4 2031"],
    ["vessels-in-service.2031", "FY2031"],
  ]);
  // The years of the column labels name periods: none is a figure (nor "2031 Year" a count of years).
  expect(ignoredNumbers(text)).toEqual(["2030", "2030", "2031", "2031", "2031", "2031", "2031"]);
});

test("three months a table names without the year beside them are left for the editor to date", () => {
  expect(
    proposals("Marlow Ferries update\n\nFleet\tThree months 2031\tThree months 2030\nVessels in service\t14\t13\n"),
  ).toEqual([
    ["vessels-in-service.three-months-2031", undefined],
    ["vessels-in-service.three-months-2030", undefined],
  ]);
});

test("a heading's year followed by Year names the year, not a count of years", () => {
  const text =
    "Marlow Ferries Announces Record 2031 Year End Bookings\n\nBookings reached 41,200 at the end of 2031.\n";
  expect(proposals(text)).toEqual([["bookings.2031-12-31", "2031-12-31"]]);
  expect(ignoredNumbers(text)).toEqual(["2031", "2031"]);
});

// A table's header names the table's periods: the sentences after it are still about the text's own.
test("the periods of a table's header do not date the sentences after it", () => {
  expect(
    proposals(
      [
        "Marlow Ferries reports fourth quarter 2031 results",
        "",
        "(in thousands)\tFourth quarter 2031\tFourth quarter 2030\tYear 2031\tYear 2030",
        "Passenger revenue\t8,120\t7,640\t30,410\t28,905",
        "",
        "Passenger revenue rose 6% in the quarter and 5% for the year.",
        "",
      ].join("\n"),
    ),
  ).toEqual([
    ["passenger-revenue.q4-2031", "Q4 2031"],
    ["passenger-revenue.q4-2030", "Q4 2030"],
    ["passenger-revenue.2031", "FY2031"],
    ["passenger-revenue.2030", "FY2030"],
    ["passenger-revenue.growth.q4-2031", "Q4 2031"],
    ["passenger-revenue.growth.2031", "FY2031"],
  ]);
});

test("a row label's word for a figure of the other sign is left out of the id", () => {
  expect(
    proposals(
      "Marlow Ferries reports 2031 results\n\n(in thousands, except per share amounts)\t2031\t2030\nOperating income (loss)\t(1,250)\t3,400\nEarnings (loss) per share\t(0.04)\t0.11\n",
    ),
  ).toEqual([
    ["operating-income.2031", "FY2031"],
    ["operating-income.2030", "FY2030"],
    ["earnings-per-share.2031", "FY2031"],
    ["earnings-per-share.2030", "FY2030"],
  ]);
});

test("a row an earlier table has too is named with its own table's name", () => {
  expect(
    proposals(
      [
        "Marlow Ferries reports 2031 results",
        "",
        "Reported (in thousands)\t2031\t2030",
        "Operating income (loss)\t(1,250)\t3,400",
        "",
        "Excluding fuel hedges (in thousands)\t2031\t2030",
        "Operating income\t2,100\t2,950",
        "",
      ].join("\n"),
    ),
  ).toEqual([
    ["operating-income.2031", "FY2031"],
    ["operating-income.2030", "FY2030"],
    ["excluding-fuel-hedges-operating-income.2031", "FY2031"],
    ["excluding-fuel-hedges-operating-income.2030", "FY2030"],
  ]);
});

test("a year's column of a table the line before says is of the year to date runs to the quarter the text is about", () => {
  const table = ["(in thousands)\t2031\t2030", "Net premiums\t3,814\t3,524", ""];
  const text = (caption: string) =>
    [
      "Tamsin Re reports third quarter 2031 results",
      "",
      "Net income was $88.2 million.",
      "",
      caption,
      "",
      ...table,
    ].join("\n");
  expect(proposals(text("Year-to-date results:"))).toEqual([
    ["net-income.q3-2031", "Q3 2031"],
    ["net-premiums.2031-01-01-2031-09-30", "2031-01-01..2031-09-30"],
    ["net-premiums.2030-01-01-2030-09-30", "2030-01-01..2030-09-30"],
  ]);
  // Said of nothing, a year's column is the year.
  expect(proposals(text("Results by year:"))).toEqual([
    ["net-income.q3-2031", "Q3 2031"],
    ["net-premiums.2031", "FY2031"],
    ["net-premiums.2030", "FY2030"],
  ]);
});

test("a year's column of a table whose caption or header names months ended a day without its year is those months of that year", () => {
  expect(
    proposals(
      [
        "Tamsin Rentals reports second quarter 2031 results",
        "",
        "Three Months Ended June 30,\t2031\t2030",
        "Equipment rentals\t55,712\t41,605",
        "",
        "The statement of operations for the six months ended June 30, in part:",
        "",
        "(in thousands)\t2031\t2030",
        "Total revenues\t184,305\t131,046",
        "",
      ].join("\n"),
    ),
  ).toEqual([
    ["equipment-rentals.q2-2031", "Q2 2031"],
    ["equipment-rentals.q2-2030", "Q2 2030"],
    ["total-revenues.h1-2031", "H1 2031"],
    ["total-revenues.h1-2030", "H1 2030"],
  ]);
});

test('a row "Other" is the rest of what its group adds up to', () => {
  const row = (lines: string[]) =>
    proposals(["Tamsin Rail reports fourth quarter 2031 results", "", ...lines, ""].join("\n")).filter(([id]) =>
      id!.startsWith("other"),
    );
  expect(
    row([
      "(in thousands)\t2031\t2030",
      "Freight revenues\t8,120\t7,640",
      "Other\t412\t388",
      "Total revenues\t8,532\t8,028",
    ]),
  ).toEqual([
    ["other-revenues.2031", "FY2031"],
    ["other-revenues.2030", "FY2030"],
  ]);
  expect(row(["(in thousands)\t2031\t2030", "Expenses:\t\t", "Fuel\t2,310\t2,150", "Other\t95\t90"])).toEqual([
    ["other-expenses.2031", "FY2031"],
    ["other-expenses.2030", "FY2030"],
  ]);
});

test("a percentage in a column of changes is the growth to the latest period of its group", () => {
  const text = [
    "Corvane Labs reports third quarter 2031 results",
    "",
    "(dollars in millions)\tThree Months Ended September 30, 2031\tThree Months Ended September 30, 2030\tThree Months Ended September 30, Change\tNine Months Ended September 30, 2031\tNine Months Ended September 30, 2030\tNine Months Ended September 30, Change",
    "Net revenues\t2,410\t2,200\t9.5%\t7,030\t6,600\t6.5%",
    "",
    "(dollars in millions)\t2031\t2030\t% Change",
    "Test volume\t112\t104\t7.7%",
    "",
  ].join("\n");
  expect(proposals(text).filter(([id]) => id!.includes("growth"))).toEqual([
    ["net-revenues.growth.q3-2031", "Q3 2031"],
    ["net-revenues.growth.2031-01-01-2031-09-30", "2031-01-01..2031-09-30"],
    ["test-volume.growth.2031", "FY2031"],
  ]);
});

test("a column labelled year to date and a year runs from that year's start to the end of the quarter the text is about", () => {
  expect(
    proposals(
      [
        "Larkspur Grid: Third Quarter 2033",
        "",
        "Adjusted earnings for the third quarter of 2033 came to $22.1 million.",
        "",
        "(In millions)\tThird Quarter 2033\tThird Quarter 2032\tYear-to-Date 2033\tYear-to-Date 2032",
        "Electricity Delivery\t10.5\t16.3\t20.3\t31.1",
        "",
      ].join("\n"),
    ),
  ).toEqual([
    ["adjusted-earnings.q3-2033", "Q3 2033"],
    ["electricity-delivery.q3-2033", "Q3 2033"],
    ["electricity-delivery.q3-2032", "Q3 2032"],
    ["electricity-delivery.2033-01-01-2033-09-30", "2033-01-01..2033-09-30"],
    ["electricity-delivery.2032-01-01-2032-09-30", "2032-01-01..2032-09-30"],
  ]);
});

test("a row whose label the table prints twice is anchored by its line, each figure of its column's period, per the basis its heading names", () => {
  const text = [
    "Osprey Metals Reports First Quarter 2033 Results",
    "",
    "Osprey Metals gave its results for the first quarter 2033, the quarter ended March 31, 2033.",
    "",
    "(In millions of dollars except per share amounts)\tQuarter Ended March 31, 2033\tQuarter Ended March 31, 2032",
    "Net sales\t399.0\t392.2",
    "Earnings per share — Basic:\t\t",
    "Net income per share\t1.95\t.86",
    "Earnings per share — Diluted:\t\t",
    "Net income per share\t1.92\t.85",
    "",
  ].join("\n");
  const { facts } = findCandidates(text);
  expect(facts.map(({ id, period }) => [id, period])).toEqual([
    ["net-sales.q1-2033", "Q1 2033"],
    ["net-sales.q1-2032", "Q1 2032"],
    ["net-income-per-basic-share.q1-2033", "Q1 2033"],
    ["net-income-per-basic-share.q1-2032", "Q1 2032"],
    ["net-income-per-diluted-share.q1-2033", "Q1 2033"],
    ["net-income-per-diluted-share.q1-2032", "Q1 2032"],
  ]);
  // The loader refuses a cell named by a label its table prints twice: those four are anchored by their row's line.
  expect(facts.slice(2).map(({ anchor }) => anchor)).toEqual([
    { quote: "Net income per share 1.95 .86", number: "1.95" },
    { quote: "Net income per share 1.95 .86", number: ".86" },
    { quote: "Net income per share 1.92 .85", number: "1.92" },
    { quote: "Net income per share 1.92 .85", number: ".85" },
  ]);
});

test("a table of a measure by segment names each row's figure by its segment and the measure, the consolidated row the measure", () => {
  expect(
    proposals(
      [
        "Bexley Power reports third quarter 2031 results",
        "",
        "Operating earnings by business segment (non-GAAP), in millions:",
        "",
        "(In millions)\tThird Quarter 2031\tThird Quarter 2030",
        "Transmission\t$10.5\t$16.3",
        "All Other\t(4.7)\t(5.9)",
        "Consolidated\t$5.8\t$10.4",
        "",
      ].join("\n"),
    ),
  ).toEqual([
    ["transmission-operating-earnings.q3-2031", "Q3 2031"],
    ["transmission-operating-earnings.q3-2030", "Q3 2030"],
    ["all-other-operating-earnings.q3-2031", "Q3 2031"],
    ["all-other-operating-earnings.q3-2030", "Q3 2030"],
    ["operating-earnings.q3-2031", "Q3 2031"],
    ["operating-earnings.q3-2030", "Q3 2030"],
  ]);
});

test("columns of days under a line or a corner that says the table holds the months ended are the months that end on them", () => {
  expect(
    proposals(
      [
        "Marlow Tankers reports third quarter 2031 results",
        "",
        "The consolidated financial summary, for the three months ended:",
        "",
        "(in thousands of U.S. dollars)\tSeptember 30, 2031\tJune 30, 2031\tSeptember 30, 2030",
        "Total revenues\t182,304\t202,277\t175,915",
        "",
      ].join("\n"),
    ),
  ).toEqual([
    ["total-revenues.q3-2031", "Q3 2031"],
    ["total-revenues.q2-2031", "Q2 2031"],
    ["total-revenues.q3-2030", "Q3 2030"],
  ]);
  expect(
    proposals(
      [
        "Marlow Tankers reports second quarter 2031 results",
        "",
        "Six Months Ended\tJune 30, 2031\tJune 30, 2030",
        "Total revenues\t382,304\t375,915",
        "",
      ].join("\n"),
    ),
  ).toEqual([
    ["total-revenues.h1-2031", "H1 2031"],
    ["total-revenues.h1-2030", "H1 2030"],
  ]);
  // "13 Weeks Ended" over days: the weeks that end on each, whatever the year's calendar.
  expect(
    proposals(
      [
        "Marlow Farms reports first quarter 2031 results",
        "",
        "13 Weeks Ended\tAugust 30, 2031\tAugust 31, 2030",
        "Feed Cost (dozen)\t$0.510\t$0.484",
        "",
      ].join("\n"),
    ),
  ).toEqual([
    ["feed-cost-dozen.2031-06-01-2031-08-30", "2031-06-01..2031-08-30"],
    ["feed-cost-dozen.2030-06-02-2030-08-31", "2030-06-02..2030-08-31"],
  ]);
});

test("a table whose rows are periods and whose columns name figures gives each cell its column's name and its row's period", () => {
  const text = [
    "Riverwoods Card reports fourth quarter results",
    "",
    "Riverwoods Card released its results for the quarter and the year ended November 30, 2031.",
    "",
    "(millions)\tContinuing Operations Earnings\tNet Income Diluted EPS",
    "4Q31\t$444\t$0.89",
    "2031\t$1,063\t$1.92",
    "",
  ].join("\n");
  expect(proposals(text)).toEqual([
    ["continuing-operations-earnings.2031-09-01-2031-11-30", "2031-09-01..2031-11-30"],
    ["net-income-diluted-eps.2031-09-01-2031-11-30", "2031-09-01..2031-11-30"],
    ["continuing-operations-earnings.2030-12-01-2031-11-30", "2030-12-01..2031-11-30"],
    ["net-income-diluted-eps.2030-12-01-2031-11-30", "2030-12-01..2031-11-30"],
  ]);
  expect(findCandidates(text).facts.map((fact) => fact.label)).toEqual([
    "Continuing Operations Earnings",
    "Net Income Diluted EPS",
    "Continuing Operations Earnings",
    "Net Income Diluted EPS",
  ]);
});

test("columns that name a figure of each row's part are named part first, dated by the corner, this year or last", () => {
  expect(
    proposals(
      [
        "Fenwick Apparel reports third quarter 2031 results",
        "",
        "Sales by division were as follows:",
        "",
        "THIRD QUARTER:\tNet Sales $ Millions\tNet Sales % Change To Last Year\tComparable Store Sales % Change Last Year",
        "Fenwick\t$159.7\t2.9%\t-3.1%",
        "Total Co.\t$197.3\t4.7%\t-2.6%",
        "",
      ].join("\n"),
    ),
  ).toEqual([
    ["fenwick-net-sales.q3-2031", "Q3 2031"],
    ["fenwick-net-sales.growth.q3-2031", "Q3 2031"],
    ["fenwick-comparable-store-sales.growth.q3-2030", "Q3 2030"],
    ["net-sales.q3-2031", "Q3 2031"],
    ["net-sales.growth.q3-2031", "Q3 2031"],
    ["comparable-store-sales.growth.q3-2030", "Q3 2030"],
  ]);
});

test("columns of changes after the periods' columns hold the change to the latest, an amount's way by its sign", () => {
  expect(
    proposals(
      [
        "Granite Paving reports fourth quarter 2031 results",
        "",
        "Operating income for the three months ended December 31 compares as follows.",
        "",
        "(In thousands)\tDecember 31, 2031\tDecember 31, 2030\tAmount\tPercent",
        "Paving\t11,485\t15,711\t(4,226)\t(26.9)",
        "Operating revenues (in millions)\t42,277\t26,664\t15,613\t58.6",
        "",
      ].join("\n"),
    ),
  ).toEqual([
    ["paving.q4-2031", "Q4 2031"],
    ["paving.q4-2030", "Q4 2030"],
    ["paving.decrease.q4-2031", "Q4 2031"],
    ["paving.growth.q4-2031", "Q4 2031"],
    ["operating-revenues.q4-2031", "Q4 2031"],
    ["operating-revenues.q4-2030", "Q4 2030"],
    ["operating-revenues.increase.q4-2031", "Q4 2031"],
    ["operating-revenues.growth.q4-2031", "Q4 2031"],
  ]);
});

test("columns headed by days in digits are the quarters a caption says end then; a column of a growth names it", () => {
  const text = [
    "Daytona Brokers reports first quarter 2031 results",
    "",
    "Revenues and organic revenue growth by division, three months ended March 31, 2031:",
    "",
    "(in millions, unaudited)\t03/31/31\t03/31/30\tChange %\tOrganic Revenue Growth %",
    "Retail\t$202.8\t$174.8\t16.0%\t2.5%",
    "Total Revenues\t$363.6\t$335.0\t8.5%\t3.9%",
    "",
  ].join("\n");
  expect(proposals(text)).toEqual([
    ["retail-revenues.q1-2031", "Q1 2031"],
    ["retail-revenues.q1-2030", "Q1 2030"],
    ["retail-revenues.growth.q1-2031", "Q1 2031"],
    ["retail-organic-revenue.growth.q1-2031", "Q1 2031"],
    ["revenues.q1-2031", "Q1 2031"],
    ["revenues.q1-2030", "Q1 2030"],
    ["revenues.growth.q1-2031", "Q1 2031"],
    ["organic-revenue.growth.q1-2031", "Q1 2031"],
  ]);
  // The days in digits are proposed as ignored, each of their numbers (the years, twice named, too).
  expect(ignoredNumbers(text)).toEqual(["03", "03", "2031", "2031", "30", "31", "31", "31", "31"]);
});

test("a table of figures by basis across figures, dated by the line that introduces it; a line of its own is a paragraph", () => {
  expect(
    proposals(
      [
        "Fenwick Brands reports first quarter fiscal 2032 results",
        "Fenwick Brands released its results for the first quarter of fiscal 2032 on June 30, 2031.",
        "The release sums up the quarter in a table, First Quarter Fiscal 2032 Financial Highlights:",
        "(in millions, except per share data)\tNet Sales\tOperating Income (Loss)",
        "Reported\t$2,433\t$845",
        "% Change\t(3%)\t18%",
        "The three months ended May 31, 2030 included $142.0 million of net sales of divested wines.",
        "Operating cash flow came to $662 million.",
      ].join("\n"),
    ),
  ).toEqual([
    ["reported-net-sales.2031-03-01-2031-05-31", "2031-03-01..2031-05-31"],
    ["reported-operating-income.2031-03-01-2031-05-31", "2031-03-01..2031-05-31"],
    ["reported-net-sales.growth.2031-03-01-2031-05-31", "2031-03-01..2031-05-31"],
    ["reported-operating-income.growth.2031-03-01-2031-05-31", "2031-03-01..2031-05-31"],
    ["net-sales.2030-03-01-2030-05-31", "2030-03-01..2030-05-31"],
    ["operating-cash-flow.2031-03-01-2031-05-31", "2031-03-01..2031-05-31"],
  ]);
});

test("a column of a period that names its figure, a share of the one beside it, and rows of changes under a row", () => {
  expect(
    proposals(
      [
        "Hsinchu Motion reports second quarter 2031 results",
        "",
        "(in millions, except percentages)\t2Q 2031 Sales\t2Q 2031 Mix\t1Q 2031 Sales\t1Q 2031 Mix",
        "Mobile Storage\t$129.4\t94%\t$121.4\t93%",
        "Q/Q\t+7%\t\t-3%\t",
        "Y/Y\t+6%\t\t+4%\t",
        "",
      ].join("\n"),
    ),
  ).toEqual([
    ["mobile-storage-sales.q2-2031", "Q2 2031"],
    ["mobile-storage-sales.share.q2-2031", "Q2 2031"],
    ["mobile-storage-sales.q1-2031", "Q1 2031"],
    ["mobile-storage-sales.share.q1-2031", "Q1 2031"],
    ["mobile-storage-sales.growth-qoq.q2-2031", "Q2 2031"],
    ["mobile-storage-sales.growth-qoq.q1-2031", "Q1 2031"],
    ["mobile-storage-sales.growth.q2-2031", "Q2 2031"],
    ["mobile-storage-sales.growth.q1-2031", "Q1 2031"],
  ]);
});

test('a column named short for a fiscal quarter ("Q4 FY31") is that quarter of the fiscal year', () => {
  expect(
    proposals(
      [
        "Riverwoods Electronics reports fourth quarter and fiscal year results",
        "",
        "Riverwoods Electronics reported its results for the fourth quarter and the fiscal year ended February 28, 2031.",
        "",
        "($ in millions)\tQ4 FY31\tQ4 FY30",
        "Revenue\t$16,711\t$16,671",
        "",
      ].join("\n"),
    ),
  ).toEqual([
    ["revenue.2030-12-01-2031-02-28", "2030-12-01..2031-02-28"],
    ["revenue.2029-12-01-2030-02-28", "2029-12-01..2030-02-28"],
  ]);
});

test('a table of revenue "by end market", its columns a period\'s "$M" and "%": each row\'s revenue, and its share', () => {
  expect(
    proposals(
      [
        "Larkspur Chips reports first quarter 2033 results",
        "",
        "Revenue for the first quarter of 2033 came to $129.3 million, a sequential rise of 2.1%. Revenue by end market was as follows:",
        "",
        "End Market Revenue\tQ1 2033 $M\tQ1 2033 %\tQ4 2032 $M\tQ4 2032 %",
        "Industrial\t82.2\t64%\t79.1\t62%",
        "Total Revenue\t$129.3\t\t$126.6\t",
        "",
      ].join("\n"),
    ).map(([id]) => id),
  ).toEqual([
    "revenue.q1-2033",
    "revenue.growth-qoq.q1-2033",
    "industrial-revenue.q1-2033",
    "industrial-revenue.share.q1-2033",
    "industrial-revenue.q4-2032",
    "industrial-revenue.share.q4-2032",
    "revenue.q1-2033-2",
    "revenue.q4-2032",
  ]);
});
