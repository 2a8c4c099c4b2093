import { expect, test } from "vitest";
import { proposedIds as proposals } from "./support/proposals.ts";

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

test("year-to-date runs from the year's start to the end of the quarter the text is about; a perfect's subject ends at its auxiliary", () => {
  expect(
    proposals(
      [
        "Tern Oil reports third quarter 2031 results",
        "",
        "Net output has grown 9% year-to-date, and field costs were $18.3 million for the year to date, a 4% decrease for the first nine months.",
        "",
        "Lifting costs were down 2% from the second quarter and 6% year-to-date.",
        "",
        "As of September 30, 2031, cash had increased to $12.1 million and the debt ratio had been lowered to 1.21x.",
        "",
      ].join("\n"),
    ),
  ).toEqual([
    ["net-output.growth.2031-01-01-2031-09-30", "2031-01-01..2031-09-30"],
    ["field-costs.2031-01-01-2031-09-30", "2031-01-01..2031-09-30"],
    ["field-costs.growth.2031-01-01-2031-09-30", "2031-01-01..2031-09-30"],
    ["lifting-costs.growth-qoq.q3-2031", "Q3 2031"],
    ["lifting-costs.growth.2031-01-01-2031-09-30", "2031-01-01..2031-09-30"],
    ["cash.2031-09-30", "2031-09-30"],
    ["debt-ratio.2031-09-30", "2031-09-30"],
  ]);
});

test('an amount after "went up", "up", "an increase of" or a change and "approximately" is an increase, and the percentage after it its growth', () => {
  expect(
    proposals(
      [
        "Kestrel Savings reports second quarter 2033 results",
        "",
        "Service fees went up $2.4 million or 31% between the two quarters.",
        "",
        "Average mortgage loans for the second quarter of 2033 were $3.2 billion, up $240 million or 8% over the second quarter of 2032.",
        "",
        "Card spending totaled $910 million, an increase of $85 million, or 10% over the second quarter of 2032.",
        "",
        "Branch operating expense rose by approximately $316 thousand, or 3.1%, over the prior year quarter.",
        "",
      ].join("\n"),
    ),
  ).toEqual([
    ["service-fees.increase.q2-2033", "Q2 2033"],
    ["service-fees.growth.q2-2033", "Q2 2033"],
    ["average-mortgage-loans.q2-2033", "Q2 2033"],
    ["average-mortgage-loans.increase.q2-2033", "Q2 2033"],
    ["average-mortgage-loans.growth.q2-2033", "Q2 2033"],
    ["card-spending.q2-2033", "Q2 2033"],
    ["card-spending.increase.q2-2033", "Q2 2033"],
    ["card-spending.growth.q2-2033", "Q2 2033"],
    ["branch-operating-expense.increase.q2-2033", "Q2 2033"],
    ["branch-operating-expense.growth.q2-2033", "Q2 2033"],
  ]);
});

test("an amount set off after a level that a comparative after it (and its percentage) says changed is an increase or decrease", () => {
  expect(
    proposals(
      [
        "Pinecrest Resorts reports first quarter 2034 results",
        "",
        "Room revenue was $18.2 million, $0.9 million, or 5.2%, more than the $17.3 million of the first quarter of 2033.",
        "",
        "Spa revenue came to $2.1 million, $120 thousand lower than the $2.2 million reported a year earlier.",
        "",
        "Golf revenue was $3.0 million, above the $2.8 million of the first quarter of 2033.",
        "",
      ].join("\n"),
    ),
  ).toEqual([
    ["room-revenue.q1-2034", "Q1 2034"],
    ["room-revenue.increase.q1-2034", "Q1 2034"],
    ["room-revenue.growth.q1-2034", "Q1 2034"],
    ["room-revenue.q1-2033", "Q1 2033"],
    ["spa-revenue.q1-2034", "Q1 2034"],
    ["spa-revenue.decrease.q1-2034", "Q1 2034"],
    ["spa-revenue.q1-2033", "Q1 2033"],
    // A level compared with one after it is no change.
    ["golf-revenue.q1-2034", "Q1 2034"],
    ["golf-revenue.q1-2033", "Q1 2033"],
  ]);
});

test("a change by an amount is of what a verb moved by it, or of what a change as a noun is in, for the period it names", () => {
  expect(
    proposals(
      [
        "Alder Freight reports second quarter 2034 results",
        "",
        "A debt refinancing completed in June lowered interest expense by about $1.2 million.",
        "",
        "Results were helped by increases in gains on sales of trailers, of $0.8 million for the three month period and $1.9 million for the six month period.",
        "",
      ].join("\n"),
    ),
  ).toEqual([
    ["interest-expense.decrease.q2-2034", "Q2 2034"],
    ["gains-on-sales-of-trailers.increase.q2-2034", "Q2 2034"],
    ["gains-on-sales-of-trailers.increase.h1-2034", "H1 2034"],
  ]);
});

test('"N% year-over-year growth" is growth, and one at constant currency or exchange rates growth in constant currency', () => {
  expect(
    proposals(
      "Catalog sales in the first quarter of 2031 reached $84.2 million, marking 6.1% year-over-year growth, and 7.9% period-over-period growth at constant exchange rates.\n",
    ),
  ).toEqual([
    ["catalog-sales.q1-2031", "Q1 2031"],
    ["catalog-sales.growth.q1-2031", "Q1 2031"],
    ["catalog-sales.growth-constant-currency.q1-2031", "Q1 2031"],
  ]);
});

test("a change by an amount against the quarter before is increase-qoq or decrease-qoq", () => {
  expect(
    proposals(
      "Orchard Rail: results for the third quarter of 2031\n\nOperating income rose $2.0 million quarter-over-quarter to $31.2 million. Freight backlog fell $6.1 million sequentially.\n",
    ),
  ).toEqual([
    ["operating-income.increase-qoq.q3-2031", "Q3 2031"],
    ["operating-income.q3-2031", "Q3 2031"],
    // A backlog is a balance: its change is to the quarter's last day.
    ["freight-backlog.decrease-qoq.2031-09-30", "2031-09-30"],
  ]);
});

test('an amount before "increase in" or "decrease in" is the change of what follows: a $3.1 million decrease in fuel costs', () => {
  expect(
    proposals(
      "Thornbury Freight: results for the third quarter of 2031\n\nOperating expenses fell to $88.0 million, helped by a $3.1 million decrease in fuel costs during the quarter.\n",
    ),
  ).toEqual([
    ["operating-expenses.q3-2031", "Q3 2031"],
    ["fuel-costs.decrease.q3-2031", "Q3 2031"],
  ]);
});

test('"a percentage change of" set off after the figures it compares is the change of their subject', () => {
  expect(
    proposals(
      "Heron Ferries reports third quarter 2031 results\n\nFerry ticket revenues were 8,120 in the quarter, against 7,310 a year earlier, a percentage change of 11.1%.\n",
    ),
  ).toEqual([
    ["ferry-ticket-revenues.q3-2031", "Q3 2031"],
    ["ferry-ticket-revenues.q3-2030", "Q3 2030"],
    ["ferry-ticket-revenues.growth.q3-2031", "Q3 2031"],
  ]);
});

test('"a change of" an amount after the figures it compares is their increase or decrease, to the later period', () => {
  expect(
    proposals(
      "Heron Transit reports fourth quarter 2031 results\n\nFerries: $0.41 in Q4 2031 and $0.37 in Q4 2030, a change of $0.04.\n\nBuses: 0.10 in Q4 2031 and 0.12 in Q4 2030, a change of (0.02).\n",
    ),
  ).toEqual([
    ["ferries.q4-2031", "Q4 2031"],
    ["ferries.q4-2030", "Q4 2030"],
    ["ferries.increase.q4-2031", "Q4 2031"],
    ["buses.q4-2031", "Q4 2031"],
    ["buses.q4-2030", "Q4 2030"],
    ["buses.decrease.q4-2031", "Q4 2031"],
  ]);
});

test('a change after "and" and a subject of its own with no verb is that subject\'s change of the same kind', () => {
  expect(
    proposals(
      "Heron Outfitters reports 2031 results\n\nFor the full year 2031, net income rose 12.5% and net income per share 9.1% from 2030.\n",
    ),
  ).toEqual([
    ["net-income.growth.2031", "FY2031"],
    ["net-income-per-share.growth.2031", "FY2031"],
  ]);
});

test('a percentage "increase in" something is the growth of what follows', () => {
  expect(
    proposals(
      "Heron Outfitters reports fourth quarter 2031 results\n\nNet income was $4.1 million. That makes a 12.5% increase in diluted earnings per share.\n",
    ),
  ).toEqual([
    ["net-income.q4-2031", "Q4 2031"],
    ["diluted-earnings-per-share.growth.q4-2031", "Q4 2031"],
  ]);
});

test("two subjects a sentence lists 'respectively' are each its change's; an adjective may stand in 'a modest 1.9% increase in'", () => {
  expect(
    proposals(
      [
        "Tamsin Cruises reports third quarter 2031 results",
        "",
        "Revenues increased 8.4%, on a modest 1.9% increase in capacity. Occupancy levels were 109.3%, against 109.0% last year.",
        "",
        "Gross Cruise Costs and Net Cruise Costs, on a per berth basis, rose 5.8% and 6.4%, respectively.",
        "",
        "For the nine months ended September, 2031, net income was $719.1 million.",
        "",
      ].join("\n"),
    ),
  ).toEqual([
    ["revenues.growth.q3-2031", "Q3 2031"],
    ["capacity.growth.q3-2031", "Q3 2031"],
    ["occupancy-levels.q3-2031", "Q3 2031"],
    ["occupancy-levels.q3-2030", "Q3 2030"],
    ["gross-cruise-costs.growth.q3-2031", "Q3 2031"],
    ["net-cruise-costs.growth.q3-2031", "Q3 2031"],
    ["net-income.2031-01-01-2031-09-30", "2031-01-01..2031-09-30"],
  ]);
});

test("a forecast's range is two figures, its ends, named guidance-low and guidance-high; a replaced one previous-", () => {
  expect(
    proposals(
      [
        "Tamsin Gas reports second quarter 2031 results",
        "",
        "The company now guides to 2031 net income in the range of $181 million to $192 million.",
        "",
        "Its previous guidance range for 2031 net income had been $175 million to $192 million.",
        "",
      ].join("\n"),
    ),
  ).toEqual([
    ["net-income.guidance-low.2031", "FY2031"],
    ["net-income.guidance-high.2031", "FY2031"],
    ["net-income.previous-guidance-low.2031", "FY2031"],
    ["net-income.previous-guidance-high.2031", "FY2031"],
  ]);
});

test("a range between dashes is a forecast's too, named by the words before its forecast word; the one it came from is replaced", () => {
  expect(
    proposals(
      [
        "Kestrel Foods reports first quarter 2031 results",
        "",
        "The Company reaffirmed its 2031 adjusted EBITDA guidance of $108.0 – 113.0 million and raised its full-year snack sales guidance to a range of $80.0 – 95.0 million, from $60.0 – 80.0 million.",
        "",
      ].join("\n"),
    ),
  ).toEqual([
    ["adjusted-ebitda.guidance-low.2031", "FY2031"],
    ["adjusted-ebitda.guidance-high.2031", "FY2031"],
    ["snack-sales.guidance-low.2031", "FY2031"],
    ["snack-sales.guidance-high.2031", "FY2031"],
    ["snack-sales.previous-guidance-low.2031", "FY2031"],
    ["snack-sales.previous-guidance-high.2031", "FY2031"],
  ]);
});

test("a loss that narrowed or widened by an amount or a percentage is its decrease, increase or growth", () => {
  expect(
    proposals(
      "Osprey Care Reports Third Quarter 2031 Results\n\nThe operating loss narrowed by $3.0 million to $1.2 million. The net loss widened 12% to $8.0 million.\n",
    ).map(([id]) => id),
  ).toEqual([
    "operating-loss.decrease.q3-2031",
    "operating-loss.q3-2031",
    "net-loss.growth.q3-2031",
    "net-loss.q3-2031",
  ]);
});

test("an amount a comparative follows after 'were' is the subject's change; 'revenue growth' grows once", () => {
  expect(
    proposals(
      [
        "Osprey Tire Reports Third Quarter 2031 Results",
        "",
        "Raw material costs were $7 million lower, reflecting lower tariff costs, and freight costs were $3 million lower.",
        "",
        "Revenue growth for the third quarter of 2031 was 16.8%.",
        "",
      ].join("\n"),
    ).map(([id]) => id),
  ).toEqual(["raw-material-costs.decrease.q3-2031", "freight-costs.decrease.q3-2031", "revenue.growth.q3-2031"]);
});

test('a change whose verb is left out after "with" or "and" is its own subject\'s; unique customers are counted over the period', () => {
  expect(
    proposals(
      "Pell Foods reports second quarter 2031 results\n\nOrganic case count grew approximately 67.5%, with unique customers up 35.0% and placements up 55.5% against the prior year quarter. Total orders went up 6.9%.\n",
    ),
  ).toEqual([
    ["organic-case-count.growth.q2-2031", "Q2 2031"],
    ["unique-customers.growth.q2-2031", "Q2 2031"],
    ["placements.growth.q2-2031", "Q2 2031"],
    ["total-orders.growth.q2-2031", "Q2 2031"],
  ]);
});

test('an amount per share with a subject of its own after "with" has its own change', () => {
  expect(
    proposals(
      "Reston Dynamics Reports Fourth-Quarter and Full-Year 2031 Results\n\nRESTON, Va., Jan. 25, 2032 – Reston Dynamics (NYSE: RD) said its net earnings for the fourth quarter came to $992 million, up 4.2% from the year-ago quarter, with diluted earnings per share (EPS) of $3.58, up 5.6% from the year-ago quarter.\n",
    ),
  ).toEqual([
    ["net-earnings.q4-2031", "Q4 2031"],
    ["net-earnings.growth.q4-2031", "Q4 2031"],
    ["diluted-earnings-per-share.q4-2031", "Q4 2031"],
    ["diluted-earnings-per-share.growth.q4-2031", "Q4 2031"],
  ]);
});

test("a verb that moved its object by a percentage is the object's change; an amount restating a change is that change", () => {
  expect(
    proposals(
      [
        "Harlan Rentals reports second quarter 2031 results",
        "",
        "Revenues grew 40.7% to $184.3 million.",
        "",
        "Crane sales lifted new equipment sales by 100.0% from a year ago. Rental revenues grew 33.8%, or $14.1 million, to $55.8 million.",
        "",
      ].join("\n"),
    ),
  ).toEqual([
    ["revenues.growth.q2-2031", "Q2 2031"],
    ["revenues.q2-2031", "Q2 2031"],
    ["new-equipment-sales.growth.q2-2031", "Q2 2031"],
    ["rental-revenues.growth.q2-2031", "Q2 2031"],
    ["rental-revenues.increase.q2-2031", "Q2 2031"],
    ["rental-revenues.q2-2031", "Q2 2031"],
  ]);
});

test("a change restated after a few words that qualify the first is a change too", () => {
  expect(
    proposals(
      "Kelby Staffing reports third quarter 2031 results\n\nEarnings from operations rose 51% excluding restructuring, or 72% in constant currency, and OCG segment revenue was up 15% year-over-year, or 17% in constant currency.\n",
    ).map(([id]) => id),
  ).toEqual([
    "earnings-from-operations-excluding-restructuring.growth.q3-2031",
    "earnings-from-operations-excluding-restructuring.growth-constant-currency.q3-2031",
    "ocg-segment-revenue.growth.q3-2031",
    "ocg-segment-revenue.growth-constant-currency.q3-2031",
  ]);
});

test('a change whose verb is left out after a period and "and"; a change in basis points names no figure after it; a compared year of a quarter\'s text is that quarter', () => {
  expect(
    proposals(
      [
        "Royal Cruises reports third quarter 2031 results",
        "",
        "Gross Yields rose 6.3% over the third quarter of 2030, and Net Yields 6.9%.",
        "",
        "Adjusted EBITDA was $25.2 million. Its margin improved 110 basis points to 5.4%.",
        "",
        "Operating profit was $38 million, compared with an operating loss of $6 million in 2030.",
        "",
      ].join("\n"),
    ),
  ).toEqual([
    ["gross-yields.growth.q3-2031", "Q3 2031"],
    ["net-yields.growth.q3-2031", "Q3 2031"],
    ["adjusted-ebitda.q3-2031", "Q3 2031"],
    ["adjusted-ebitda-margin.q3-2031", "Q3 2031"],
    ["operating-profit.q3-2031", "Q3 2031"],
    ["operating-loss.q3-2030", "Q3 2030"],
  ]);
});

test("an amount per share after its level's change divides the level; a change after it, the level's given, is its own", () => {
  expect(
    proposals(
      "Reston Dynamics reports full year 2031 results\n\nNet earnings for the full year were $3.4 billion, 4.1% higher than in 2030, or $12.19 per diluted share, 5.5% higher than in 2030.\n",
    ),
  ).toEqual([
    ["net-earnings.2031", "FY2031"],
    ["net-earnings.growth.2031", "FY2031"],
    ["net-earnings-per-diluted-share.2031", "FY2031"],
    ["net-earnings-per-diluted-share.growth.2031", "FY2031"],
  ]);
});

test("a change the text expects a verb to make of its object is the object's", () => {
  expect(
    proposals(
      "Coventry Health reports third quarter 2031 results\n\nThe chief executive said that acquisitions should let Coventry grow operating revenue by more than 25% in 2031 and approaching 30% in 2032.\n",
    ),
  ).toEqual([
    ["operating-revenue.growth.2031", "FY2031"],
    ["operating-revenue.growth.2032", "FY2032"],
  ]);
});

test("a forecast without a period of its own is for the one the forecast before it was; a range's low end is per what its high end is", () => {
  expect(
    proposals(
      "Coeur Mines reports first quarter 2031 results\n\nRevenue was $200 million in the first quarter of 2031.\n\nFor 2031, sales guidance of $180 to $195 million is unchanged. Cash operating cost guidance was revised to $9.50 to $10.50 per silver ounce, from $8.00 to $9.00 per ounce.\n",
    ),
  ).toEqual([
    ["revenue.q1-2031", "Q1 2031"],
    ["sales.guidance-low.2031", "FY2031"],
    ["sales.guidance-high.2031", "FY2031"],
    ["cash-operating-cost-per-silver-ounce.guidance-low.2031", "FY2031"],
    ["cash-operating-cost-per-silver-ounce.guidance-high.2031", "FY2031"],
    ["cash-operating-cost-per-ounce.previous-guidance-low.2031", "FY2031"],
    ["cash-operating-cost-per-ounce.previous-guidance-high.2031", "FY2031"],
  ]);
});

test("a change a pronoun opens is the level of the sentence before; on a constant currency basis, its growth in constant currency", () => {
  expect(
    proposals(
      "Kelby Staffing reports third quarter 2031 results\n\nRevenue for the third quarter of 2031 totaled $1.4 billion, a 3% decrease from the corresponding quarter of 2030. On a constant currency basis it was a 3% increase.\n",
    ),
  ).toEqual([
    ["revenue.q3-2031", "Q3 2031"],
    ["revenue.growth.q3-2031", "Q3 2031"],
    ["revenue.growth-constant-currency.q3-2031", "Q3 2031"],
  ]);
});

test('a percentage with a comparative straight after it is a change, without its "than"; a period a sentence opens "Against" is compared with', () => {
  expect(
    proposals(
      "Coeur Mines reports first quarter 2031 results\n\nRealized silver prices were $30.30 per ounce. Against the first quarter of 2030, they were 7% lower.\n",
    ),
  ).toEqual([
    ["realized-silver-prices-per-ounce.q1-2031", "Q1 2031"],
    ["realized-silver-prices-per-ounce.growth.q1-2031", "Q1 2031"],
  ]);
});
