import { expect, test } from "vitest";
import { findCandidates } from "#tools/scaffold/candidates.ts";
import { proposedIds as proposals } from "./support/proposals.ts";

test("an opening basis qualifies the subject and its amount per share, past an aside; an exclusion does not rename a measure of its own", () => {
  expect(
    proposals(
      [
        "Heron Labs reports first quarter 2031 results",
        "",
        "On a non-GAAP basis, which leaves out restructuring charges, net income was $19.0 million, or $0.48 per diluted share.",
        "",
        "Excluding stock-based compensation, non-GAAP operating income rose 4.0% to $12.2 million.",
        "",
        "Excluding fuel surcharges, operating revenue was $80.1 million.",
        "",
      ].join("\n"),
    ),
  ).toEqual([
    ["non-gaap-net-income.q1-2031", "Q1 2031"],
    ["non-gaap-net-income-per-diluted-share.q1-2031", "Q1 2031"],
    ["non-gaap-operating-income.growth.q1-2031", "Q1 2031"],
    ["non-gaap-operating-income.q1-2031", "Q1 2031"],
    ["operating-revenue-excluding-fuel-surcharges.q1-2031", "Q1 2031"],
  ]);
});

test("two figures listed respectively for two qualifiers of one measure are each named by its own", () => {
  expect(
    proposals(
      "Heron Labs reports first quarter 2031 results\n\nBasic and diluted net loss per ordinary share were $0.11 and $0.10, respectively.\n",
    ),
  ).toEqual([
    ["basic-net-loss-per-ordinary-share.q1-2031", "Q1 2031"],
    ["diluted-net-loss-per-ordinary-share.q1-2031", "Q1 2031"],
  ]);
});

test("a count the passive says was done is named with its participle, as the active's; two verbs name it both; an -ing word before its noun is an adjective", () => {
  expect(
    proposals(
      "Heron Labs reports first quarter 2031 results\n\nThe chief executive said that 17 new products across Marine and Rail were launched in 2031.\n\nDuring the quarter the Company built and delivered 6 tugboats.\n\nDuring the quarter the Company drilled 9 producing wells, four of which came online in March.\n",
    ),
  ).toEqual([
    ["new-products-launched.2031", "FY2031"],
    ["tugboats-built-and-delivered.q1-2031", "Q1 2031"],
    ["producing-wells-drilled.q1-2031", "Q1 2031"],
  ]);
});

test("a subject too long for an id keeps its head, before what a preposition joins to it", () => {
  expect(
    proposals(
      "Heron Labs reports first quarter 2031 results\n\nTotal class bookings in evening language lessons and weekend exam revision courses increased by 4.0% to 12,100.\n\nBasic net income attributable to Heron Labs per American Depositary Share was US$0.31.\n",
    ),
  ).toEqual([
    ["total-class-bookings.growth.q1-2031", "Q1 2031"],
    ["total-class-bookings.q1-2031", "Q1 2031"],
    // "attributable to" names the line: it is cut after eight words, not at "to", nor on a preposition.
    ["basic-net-income-attributable-to-heron-labs.q1-2031", "Q1 2031"],
  ]);
});

test("a figure of a relative clause is neither what a change after it is of nor the period the sentence is about", () => {
  expect(
    proposals(
      "Heron Labs reports first quarter 2031 results\n\nAdjusted diluted earnings per share, which leave out the $4.1 million impairment charge recorded in the first quarter of 2030, rose 9.5% to $0.46 from $0.42.\n",
    ),
  ).toEqual([
    ["impairment-charge.q1-2030", "Q1 2030"],
    ["adjusted-diluted-earnings-per-share.growth.q1-2031", "Q1 2031"],
    ["adjusted-diluted-earnings-per-share.q1-2031", "Q1 2031"],
    ["adjusted-diluted-earnings-per-share.q1-2030", "Q1 2030"],
  ]);
});

test("a rank names a group, not a figure: an ignore entry is proposed for it", () => {
  const { facts, ignores } = findCandidates(
    "Heron Labs reports first quarter 2031 results\n\nIts growth was the highest among the top 5 marine suppliers, and it launched 9 new products.\n",
  );
  expect(facts.map(({ printed }) => printed)).toEqual(["9"]);
  expect(ignores.flatMap(({ covers }) => covers.map(({ printed }) => printed)).sort()).toEqual(["2031", "5"]);
});

test("an amount's noun is named without the participle that says where or when it came from; a count's keeps it", () => {
  expect(
    proposals(
      "Heron Labs reports first quarter 2031 results\n\nThe quarter benefited from a one-time $3.0 million favorable adjustment arising from a change in the accounting for certain rebates.\n\nAdjusted EPS excludes the $9.5 million litigation charge taken in the first quarter of 2030.\n\nThe Company originated 1,200 loans in the quarter.\n",
    ),
  ).toEqual([
    ["favorable-adjustment.q1-2031", "Q1 2031"],
    ["litigation-charge.q1-2030", "Q1 2030"],
    ["loans-originated.q1-2031", "Q1 2031"],
  ]);
});

test("a contribution is named after what contributes it and what it adds to", () => {
  expect(
    proposals(
      "Heron Labs reports first quarter 2031 results\n\nBy the Company's estimate, the leap day contributed approximately $120 million in sales and $0.05 of earnings per diluted share.\n\nNew stores added $3.1 million of revenue.\n",
    ),
  ).toEqual([
    ["leap-day-sales.q1-2031", "Q1 2031"],
    ["leap-day-earnings-per-diluted-share.q1-2031", "Q1 2031"],
    ["new-stores-revenue.q1-2031", "Q1 2031"],
  ]);
});

test("a model's name that closes on digits is a name: its digits are ignored, and a count of it is named with them", () => {
  const { facts, ignores } = findCandidates(
    "Tern Air reports third quarter 2033 results\n\nOn August 2, 2033, the Company ordered 14 Airbus A321s for its Atlantic routes.\n",
  );
  expect(facts.map(({ id }) => id)).toEqual(["airbus-a321s-ordered.2033-08-02"]);
  expect(ignores.flatMap(({ covers }) => covers.map(({ printed }) => printed)).sort()).toEqual([
    "2",
    "2033",
    "2033",
    "321",
  ]);
});

test("the group is a reporter as the Company is, an adverb may stand before its verb, and what it paid for a count may follow asides", () => {
  expect(
    proposals(
      "Tern Air reports third quarter 2033 results\n\nOn August 2, 2033, the group ordered 14 Airbus A321s.\n\nIt also repurchased 2.4 million shares during the third quarter of 2033, at an average price of $31, for $74 million.\n",
    ),
  ).toEqual([
    ["airbus-a321s-ordered.2033-08-02", "2033-08-02"],
    ["shares-repurchased.q3-2033", "Q3 2033"],
    ["average-price.q3-2033", "Q3 2033"],
    ["share-repurchases.q3-2033", "Q3 2033"],
  ]);
});

test('a comparative that opens a subject ("Higher tire costs") says how it moved, not what it is', () => {
  expect(
    proposals(
      "Alder Freight reports second quarter 2034 results\n\nHigher tire costs weighed on margins: $4.2 million for the quarter, up 9.0% from $3.9 million in the same period of 2033.\n",
    ),
  ).toEqual([
    ["tire-costs.q2-2034", "Q2 2034"],
    ["tire-costs.growth.q2-2034", "Q2 2034"],
    ["tire-costs.q2-2033", "Q2 2033"],
  ]);
});

test('a unit of power after a count ("4,210 MW") is no name of it, nor does "Quarterly" name a subject', () => {
  expect(
    proposals(
      "Larkwind Power reports third quarter 2033 results\n\nQuarterly deliveries were 4,210 MW, up 12% sequentially and up 40% year-over-year.\n",
    ),
  ).toEqual([
    ["deliveries.q3-2033", "Q3 2033"],
    ["deliveries.growth-qoq.q3-2033", "Q3 2033"],
    ["deliveries.growth.q3-2033", "Q3 2033"],
  ]);
});

test('"compares with" is a verb of reporting, and "That …" refers to the name given before that its words open', () => {
  expect(
    proposals(
      "Larkwind Power reports third quarter 2033 results\n\nCore operating profit attributable to the parent was RMB512.0 million in the quarter.\n\nThat core operating profit compares with RMB480.5 million in Q2 2033 and RMB390.2 million in Q3 2032.\n",
    ),
  ).toEqual([
    ["core-operating-profit-attributable-to-parent.q3-2033", "Q3 2033"],
    ["core-operating-profit-attributable-to-parent.q2-2033", "Q2 2033"],
    ["core-operating-profit-attributable-to-parent.q3-2032", "Q3 2032"],
  ]);
});

test("a passive's participle before the level it reached is no object: the figure is its subject's", () => {
  expect(
    proposals(
      "Tern Air reports third quarter 2033 results\n\nThe net leverage ratio was reduced to 2.1x as of September 30, 2033.\n",
    ),
  ).toEqual([["net-leverage-ratio.2033-09-30", "2033-09-30"]]);
});

test("an amount per share is named by the noun after a hyphenated per-share, and is the level a change after it is of", () => {
  expect(
    proposals(
      "Tern Air reports third quarter 2033 results\n\nDuring the quarter the company paid a $0.15 per-share quarterly cash dividend, a 25% increase over the dividend paid a year earlier.\n",
    ),
  ).toEqual([
    ["quarterly-cash-dividend-per-share.q3-2033", "Q3 2033"],
    ["quarterly-cash-dividend-per-share.growth.q3-2033", "Q3 2033"],
  ]);
});

test('an exclusion that opens the reporter\'s clause qualifies its object; "record" describes a figure, it does not name it', () => {
  expect(
    proposals(
      "Tern Air reports third quarter 2033 results\n\nExcluding one-time costs, the Company posted a record third quarter operating profit of $42 million, a 12% increase over the third quarter of 2032.\n\nOperating profit for the third quarter was $39 million.\n",
    ),
  ).toEqual([
    ["operating-profit-excluding-one-time-costs.q3-2033", "Q3 2033"],
    ["operating-profit-excluding-one-time-costs.growth.q3-2033", "Q3 2033"],
    ["operating-profit.q3-2033", "Q3 2033"],
  ]);
});

test('two figures compared "respectively" with two before them are each named as its counterpart, both of the period they are compared for', () => {
  expect(
    proposals(
      "Alder Freight reports second quarter 2034 results\n\nIn the quarter the Company reported a load factor of 84.2% and a 6.1% pretax margin, compared with 82.7% and 5.4%, respectively, in the second quarter of 2033.\n",
    ),
  ).toEqual([
    ["load-factor.q2-2034", "Q2 2034"],
    ["pretax-margin.q2-2034", "Q2 2034"],
    ["load-factor.q2-2033", "Q2 2033"],
    ["pretax-margin.q2-2033", "Q2 2033"],
  ]);
});

test('an amount a reporter "held" in something is named by what it is in, nouns joined by "and" together', () => {
  expect(
    proposals(
      "Kestrel Savings reports third quarter 2033 results\n\nAt September 30, 2033, the bank held $2.3 billion in deposits and short-term borrowings.\n",
    ),
  ).toEqual([["deposits-and-short-term-borrowings.2033-09-30", "2033-09-30"]]);
});

test('"Cost of sales" is named by what it is the cost of, with and without an aside before its verb', () => {
  expect(
    proposals(
      "Brindle Foods: results for the third quarter of 2031\n\nCost of goods sold was $71.3 million. Cost of services, which leaves out shipping, came to $12.0 million.\n",
    ),
  ).toEqual([
    ["cost-of-goods-sold.q3-2031", "Q3 2031"],
    ["cost-of-services.q3-2031", "Q3 2031"],
  ]);
});

test('a relative clause\'s object before its figure names it, nouns joined by "and" together: which leaves out repairs and maintenance of', () => {
  expect(
    proposals(
      "Brindle Foods: results for the third quarter of 2031\n\nPlant costs, which leave out repairs and maintenance of $3.2 million, were $40.6 million.\n",
    ),
  ).toEqual([
    ["repairs-and-maintenance.q3-2031", "Q3 2031"],
    ["plant-costs.q3-2031", "Q3 2031"],
  ]);
});

test("an amount per share after a short phrase that follows the amount it divides is named after that amount", () => {
  expect(
    proposals(
      "Heron Outfitters reports third quarter 2031 results\n\nNet income was $9.4 million on a reported basis, or $0.22 per diluted share, against $7.2 million of net income or $0.18 per diluted share a year earlier.\n",
    ),
  ).toEqual([
    ["net-income.q3-2031", "Q3 2031"],
    ["net-income-per-diluted-share.q3-2031", "Q3 2031"],
    ["net-income.q3-2030", "Q3 2030"],
    ["net-income-per-diluted-share.q3-2030", "Q3 2030"],
  ]);
});

test('two qualifiers listed "respectively" in a clause after the first figure name the figures after it', () => {
  expect(
    proposals(
      "Heron Outfitters reports fourth quarter 2031 results\n\nFor the quarter, net income was $4.1 million, with basic and fully diluted earnings per share of $0.21 and $0.20, respectively.\n",
    ),
  ).toEqual([
    ["net-income.q4-2031", "Q4 2031"],
    ["basic-earnings-per-share.q4-2031", "Q4 2031"],
    ["fully-diluted-earnings-per-share.q4-2031", "Q4 2031"],
  ]);
});

test("a basis that opens a sentence names its figures: a standard's or a measure's own word alone, another with basis", () => {
  expect(
    proposals(
      "Heron Outfitters reports fourth quarter 2031 results\n\nOn the managed basis the company also reports, net earnings for the quarter were $8 million, or $0.10 per diluted share.\n\nOn a non-GAAP basis, net income was $9.0 million.\n",
    ),
  ).toEqual([
    ["managed-basis-net-earnings.q4-2031", "Q4 2031"],
    ["managed-basis-net-earnings-per-diluted-share.q4-2031", "Q4 2031"],
    ["non-gaap-net-income.q4-2031", "Q4 2031"],
  ]);
});

test("'record' praises a figure and names none; an amount printed per share after its clause's verb is per share", () => {
  expect(
    proposals(
      [
        "Corwen Steel reports fourth quarter 2031 results",
        "",
        "For 2031 the company reported record net sales of $22.1 billion. Cash from operations reached a record $4.2 billion in 2031 and adjusted EBITDA a record $5.3 billion.",
        "",
        "In the third quarter of 2031, earnings were $5.01 per diluted share and adjusted earnings were $5.44 per diluted share.",
        "",
      ].join("\n"),
    ),
  ).toEqual([
    ["net-sales.2031", "FY2031"],
    ["cash-from-operations.2031", "FY2031"],
    ["adjusted-ebitda.2031", "FY2031"],
    ["earnings-per-diluted-share.q3-2031", "Q3 2031"],
    ["adjusted-earnings-per-diluted-share.q3-2031", "Q3 2031"],
  ]);
});

test("net income available to common shareholders is named whole, as net income attributable to them is", () => {
  expect(
    proposals(
      "Tamsin Nitrogen reports second quarter 2031 results\n\nNet income available to common shareholders was $202.1 million, or $1.93 per diluted share.\n",
    ),
  ).toEqual([
    ["net-income-available-to-common-shareholders.q2-2031", "Q2 2031"],
    ["net-income-available-to-common-shareholders-per-diluted-share.q2-2031", "Q2 2031"],
  ]);
});

test("an amount per share after its level's period is that level's; one compared after it, at its scale, is compared with it", () => {
  expect(
    proposals(
      [
        "Corvid Bank reports third quarter 2031 results",
        "",
        "Net income was $23.4 million in the third quarter, or $0.43 per diluted common share.",
        "",
        "On an adjusted basis, net income came to $57.6 million, or $1.07 per diluted common share, against $0.88 in the previous quarter and $0.86 in the third quarter of last year.",
        "",
        "Net income came to $22 million, or diluted earnings per share of $0.41, against a net loss of $12 million, or diluted loss per share of $0.23, in the same period last year.",
        "",
      ].join("\n"),
    ),
  ).toEqual([
    ["net-income.q3-2031", "Q3 2031"],
    ["net-income-per-diluted-common-share.q3-2031", "Q3 2031"],
    ["adjusted-net-income.q3-2031", "Q3 2031"],
    ["adjusted-net-income-per-diluted-common-share.q3-2031", "Q3 2031"],
    ["adjusted-net-income-per-diluted-common-share.q2-2031", "Q2 2031"],
    ["adjusted-net-income-per-diluted-common-share.q3-2030", "Q3 2030"],
    ["net-income.q3-2031-2", "Q3 2031"],
    ["diluted-earnings-per-share.q3-2031", "Q3 2031"],
    ["net-loss.q3-2030", "Q3 2030"],
    ["diluted-loss-per-share.q3-2030", "Q3 2030"],
  ]);
});

test("a bank's book is named with what it is held for", () => {
  expect(
    proposals(
      [
        "Corvid Bank reports third quarter 2031 results",
        "",
        "Loans held for investment stood at $12.30 billion at the end of the third quarter of 2031, up from $9.87 billion at the end of the previous quarter.",
        "",
        "Securities available for sale were $2.1 billion at September 30, 2031.",
        "",
      ].join("\n"),
    ),
  ).toEqual([
    ["loans-held-for-investment.2031-09-30", "2031-09-30"],
    ["loans-held-for-investment.2031-06-30", "2031-06-30"],
    ["securities-available-for-sale.2031-09-30", "2031-09-30"],
  ]);
});

test("a subject after an opening period without a comma is the subject; a common noun's possessive names the noun", () => {
  expect(
    proposals(
      [
        "Harlan Rentals reports second quarter 2031 results",
        "",
        "At the end of the second quarter of 2031 the rental fleet's original acquisition cost stood at $724.9 million.",
        "",
      ].join("\n"),
    ),
  ).toEqual([["rental-fleet-original-acquisition-cost.2031-06-30", "2031-06-30"]]);
});

test("each item of a list is a sentence of its own; an abbreviation the sentence qualifies stays as printed, one alone is spelled out; a per-share subject of its own is changed", () => {
  expect(
    proposals(
      [
        "Tamar Labs Reports Third Quarter 2031 Financial Results",
        "",
        "- Revenues for the third quarter were $2.77 billion, down 0.4% from 2030.",
        '- Reported diluted earnings per share ("EPS") for the third quarter were $4.02, down 2.8% from 2030, and adjusted diluted EPS were $3.96, down 7.9% from 2030.',
        "- Year to date cash provided by operations came to $1.75 billion, up 19.6% from 2030.",
        "",
      ].join("\n"),
    ),
  ).toEqual([
    ["revenues.q3-2031", "Q3 2031"],
    ["revenues.growth.q3-2031", "Q3 2031"],
    ["reported-diluted-earnings-per-share.q3-2031", "Q3 2031"],
    ["reported-diluted-earnings-per-share.growth.q3-2031", "Q3 2031"],
    ["adjusted-diluted-eps.q3-2031", "Q3 2031"],
    ["adjusted-diluted-eps.growth.q3-2031", "Q3 2031"],
    ["cash-provided-by-operations.2031-01-01-2031-09-30", "2031-01-01..2031-09-30"],
    ["cash-provided-by-operations.growth.2031-01-01-2031-09-30", "2031-01-01..2031-09-30"],
  ]);
  expect(
    proposals(
      'Tamar Labs Reports Third Quarter 2031 Results\n\nIts diluted earnings per common share ("EPS") are reported quarterly. EPS was $1.51 for the third quarter of 2031.\n',
    ),
  ).toEqual([["diluted-earnings-per-common-share.q3-2031", "Q3 2031"]]);
});

test('a count a linking verb gives is its subject\'s, one compared with it the same; a subject whose verb is left out after "and" is its own', () => {
  expect(
    proposals(
      [
        "Corbel Homes reports third quarter 2031 results",
        "",
        "Net sales orders for the third quarter totaled 4,874 homes. The company closed 4,555 homes in the quarter, compared with 6,805 homes in the third quarter of 2030.",
        "",
        "Operating revenues for the quarter came to $2.52 billion, and net earnings to $168.7 million, or $1.08 per diluted share.",
        "",
      ].join("\n"),
    ),
  ).toEqual([
    ["net-sales-orders.q3-2031", "Q3 2031"],
    ["homes-closed.q3-2031", "Q3 2031"],
    ["homes-closed.q3-2030", "Q3 2030"],
    ["operating-revenues.q3-2031", "Q3 2031"],
    ["net-earnings.q3-2031", "Q3 2031"],
    ["net-earnings-per-diluted-share.q3-2031", "Q3 2031"],
  ]);
});

test("what someone said or noted is named by what is said, not by who said it", () => {
  expect(
    proposals(
      [
        "Reston Dynamics reports fourth quarter 2031 results",
        "",
        "The chief executive said revenue grew 5% in the quarter.",
        "",
        "Management noted that operating cash flow came to $1.2 billion.",
        "",
        "Reston Dynamics announced that its backlog was $91 billion.",
        "",
        "He said U.S. volume outperformed the industry, and that International segment volume increased nearly 50 percent.",
        "",
      ].join("\n"),
    ),
  ).toEqual([
    ["revenue.growth.q4-2031", "Q4 2031"],
    ["operating-cash-flow.q4-2031", "Q4 2031"],
    ["backlog.2031-12-31", "2031-12-31"],
    ["international-segment-volume.growth.q4-2031", "Q4 2031"],
  ]);
});

test("bases that name themselves, changes by an amount with their verb left out, counts a network is made up of, what it held", () => {
  expect(
    proposals(
      [
        "Tarrant Metals reports second quarter 2031 results",
        "",
        "On a consolidated basis, operating income for the quarter was $68 million. Measured on a same-store basis, revenue growth for the quarter was 16.8%.",
        "",
        "The release opens with the quarter against the second quarter of 2030: operating income up $154 million, or 117%, and North American revenues up $151 million, or 22%.",
        "",
        "As of June 30, 2031, the branch network was made up of 281 locations. At the end of the quarter it held $1.2 billion in cash and equivalents.",
        "",
      ].join("\n"),
    ),
  ).toEqual([
    ["consolidated-operating-income.q2-2031", "Q2 2031"],
    ["same-store-revenue.growth.q2-2031", "Q2 2031"],
    ["operating-income.increase.q2-2031", "Q2 2031"],
    ["operating-income.growth.q2-2031", "Q2 2031"],
    ["north-american-revenues.increase.q2-2031", "Q2 2031"],
    ["north-american-revenues.growth.q2-2031", "Q2 2031"],
    ["branch-network.2031-06-30", "2031-06-30"],
    ["cash-and-equivalents.2031-06-30", "2031-06-30"],
  ]);
});

test('a figure compared after a change in percent is named as the level, not as "percent"', () => {
  expect(
    proposals(
      "Brown Shoe reports fiscal 2031 results\n\nFor fiscal 2031 the Company's net sales came to $2.36 billion, a decrease of 4.5 percent compared with $2.47 billion in fiscal 2030.\n",
    ),
  ).toEqual([
    ["net-sales.2031", "FY2031"],
    ["net-sales.growth.2031", "FY2031"],
    ["net-sales.2030", "FY2030"],
  ]);
});

test("a margin printed as a percentage of sales is the margin, not a share of it", () => {
  expect(
    proposals(
      "Brown Shoe reports fiscal 2031 results\n\nGross margins for 2031 widened to 40.0 percent of net sales, up from 39.3 percent of net sales a year earlier. Selling expenses were 30.1 percent of net sales.\n",
    ),
  ).toEqual([
    ["gross-margins.2031", "FY2031"],
    ["gross-margins.2030", "FY2030"],
    ["selling-expenses.share.2031", "FY2031"],
  ]);
});

test("what an aside after the subject leaves out qualifies it; a figure compared after last year's name of it is the level's", () => {
  expect(
    proposals(
      [
        "Mattel reports first quarter 2031 results",
        "",
        "Operating income, excluding charges, was up 56 percent, at $64.2 million.",
        "",
        "For the quarter, income excluding non-recurring charges was $40.8 million, against last year's income of $10.3 million.",
        "",
      ].join("\n"),
    ),
  ).toEqual([
    ["operating-income-excluding-charges.growth.q1-2031", "Q1 2031"],
    ["operating-income-excluding-charges.q1-2031", "Q1 2031"],
    ["income-excluding-non-recurring-charges.q1-2031", "Q1 2031"],
    ["income-excluding-non-recurring-charges.q1-2030", "Q1 2030"],
  ]);
});

test("a figure per another unit than the one before it is per its own unit only", () => {
  expect(
    proposals(
      "Coeur Mines reports first quarter 2031 results\n\nAverage realized prices were $30.30 per silver ounce and $1,630 per gold ounce.\n",
    ),
  ).toEqual([
    ["average-realized-prices-per-silver-ounce.q1-2031", "Q1 2031"],
    ["average-realized-prices-per-gold-ounce.q1-2031", "Q1 2031"],
  ]);
});

test("a word in -ed before an abbreviation qualifies it, and a sign before a name is no part of it", () => {
  expect(
    proposals(
      "Chefs reports fourth quarter 2031 results\n\nAdjusted EBITDA was $30.2 million for the fourth quarter of 2031, after negative adjusted EBITDA of $(10.5) million in the fourth quarter of 2030.\n",
    ),
  ).toEqual([
    ["adjusted-ebitda.q4-2031", "Q4 2031"],
    ["adjusted-ebitda.q4-2030", "Q4 2030"],
  ]);
});

test("a figure of how old its subject is names the subject's age", () => {
  expect(
    proposals(
      "Harlan Rentals reports second quarter 2031 results\n\nThe average rental fleet was 43 months old at June 30, 2031.\n",
    ),
  ).toEqual([["average-rental-fleet-age.2031-06-30", "2031-06-30"]]);
});

test("a headline's figure after its colon is named in its clause, without a quarter named short", () => {
  expect(
    proposals(
      "FB Bank Reports Third Quarter 2031 Financial Results: Q3 Diluted EPS of $0.43, Adjusted Diluted EPS of $1.07\n\nNet income was $23.4 million.\n",
    ),
  ).toEqual([
    ["diluted-eps.q3-2031", "Q3 2031"],
    ["adjusted-diluted-eps.q3-2031", "Q3 2031"],
    ["net-income.q3-2031", "Q3 2031"],
  ]);
});

test("a pronoun's amount is the level of the sentence before; what a part earned is its earnings", () => {
  expect(
    proposals(
      [
        "Horton Homes reports third quarter 2031 results",
        "",
        "For the nine months ended June 30, 2031, net income was $36.0 million. For the same period of 2030 it was $253.9 million.",
        "",
        "The steel fabrication segment earned a record $2.4 billion in the quarter.",
        "",
      ].join("\n"),
    ),
  ).toEqual([
    ["net-income.2030-10-01-2031-06-30", "2030-10-01..2031-06-30"],
    ["net-income.2029-10-01-2030-06-30", "2029-10-01..2030-06-30"],
    ["steel-fabrication-segment-earnings.2031-04-01-2031-06-30", "2031-04-01..2031-06-30"],
  ]);
});

test("an abbreviation written with full stops is one word of an id: U.S. is us", () => {
  expect(
    proposals(
      "Marlow Cinemas reports third quarter 2031 results\n\nU.S. attendance rose 8.6%. U.K. revenues were $91 million.\n",
    ),
  ).toEqual([
    ["us-attendance.growth.q3-2031", "Q3 2031"],
    ["uk-revenues.q3-2031", "Q3 2031"],
  ]);
});

test("a count a subject's linking verb gives, and one compared with it, are the subject's, not the noun counted", () => {
  expect(
    proposals(
      [
        "Horton Homes reports third quarter 2031 results",
        "",
        "Net sales orders for the quarter totaled 4,874 homes, compared with 4,921 homes in the same quarter of 2030.",
        "",
        "Homes closed numbered 11,708. Deliveries were 3,200 homes. The company opened 110 new stores.",
        "",
      ].join("\n"),
    ),
  ).toEqual([
    ["net-sales-orders.q3-2031", "Q3 2031"],
    ["net-sales-orders.q3-2030", "Q3 2030"],
    ["homes-closed.q3-2031", "Q3 2031"],
    ["deliveries.q3-2031", "Q3 2031"],
    ["new-stores-opened.q3-2031", "Q3 2031"],
  ]);
});

test("a headline's figure is named by what the issuer reports, not by the issuer and its verb", () => {
  expect(
    proposals(
      [
        "Acme Insurance, Inc. Reports First Quarter 2031 Operating EPS Of $0.55 and revenues of $363.6 million, up 8.5%",
        "",
        "Acme Insurance released its results for the first quarter of 2031.",
        "",
      ].join("\n"),
    ),
  ).toEqual([
    ["operating-eps.q1-2031", "Q1 2031"],
    ["revenues.q1-2031", "Q1 2031"],
    ["revenues.growth.q1-2031", "Q1 2031"],
  ]);
});

test("a gain or loss is named by what it was on, printed after its amount", () => {
  expect(
    proposals(
      "Weis Stores reports third quarter 2031 results\n\nThe quarter's results included a $6.5 million loss on early retirement of debt, and a gain of $3 million on the sale of its headquarters.\n",
    ).map(([id]) => id),
  ).toEqual(["loss-on-early-retirement-of-debt.q3-2031", "gain-on-sale-of-headquarters.q3-2031"]);
});

test('words that name nothing ("having", "a rise", "they") give way to the level the sentence or the one before named', () => {
  expect(
    proposals(
      [
        "Larkspur Mills reports first quarter 2033 results",
        "",
        "Adjusted EBITDA reached $41.2 million in the first quarter of 2033, a rise of 12% on the first quarter of 2032.",
        "",
        "Net revenues came to $610.5 million in the first quarter of 2033, having decreased 4% from $636.0 million in the first quarter of 2032.",
        "",
        "Pulp inventories were $88.1 million as of March 31, 2033. They were up $6.3 million from $81.8 million as of March 31, 2032.",
        "",
        "For the quarter the Company earned $12.4 million.",
        "",
      ].join("\n"),
    ),
  ).toEqual([
    ["adjusted-ebitda.q1-2033", "Q1 2033"],
    ["adjusted-ebitda.growth.q1-2033", "Q1 2033"],
    ["net-revenues.q1-2033", "Q1 2033"],
    ["net-revenues.growth.q1-2033", "Q1 2033"],
    ["net-revenues.q1-2032", "Q1 2032"],
    ["pulp-inventories.2033-03-31", "2033-03-31"],
    ["pulp-inventories.increase.2033-03-31", "2033-03-31"],
    ["pulp-inventories.2032-03-31", "2032-03-31"],
    ["earnings.q1-2033", "Q1 2033"],
  ]);
});

test("a change listed by place is the place's, part first; a change told in words and restated is growth", () => {
  expect(
    proposals(
      [
        "Larkspur Media reports third quarter 2033 results",
        "",
        "By region, organic revenue grew 6.3% in North America, 9.1% in the United Kingdom and 0.4% in Africa/Middle East.",
        "",
        "Diluted net income per common share rose two cents, or 2.1%, to $0.97 per share.",
        "",
        "Net income was $9.4 million, or $0.39 per basic and diluted share.",
        "",
      ].join("\n"),
    ),
  ).toEqual([
    ["north-america-organic-revenue.growth.q3-2033", "Q3 2033"],
    ["united-kingdom-organic-revenue.growth.q3-2033", "Q3 2033"],
    ["africa-middle-east-organic-revenue.growth.q3-2033", "Q3 2033"],
    ["diluted-net-income-per-common-share.growth.q3-2033", "Q3 2033"],
    ["diluted-net-income-per-common-share.q3-2033", "Q3 2033"],
    ["net-income.q3-2033", "Q3 2033"],
    ["net-income-per-basic-and-diluted-share.q3-2033", "Q3 2033"],
  ]);
});

test("a margin's amount restated as a percentage of revenue is its share; a basis after the figure, where a sentence gives two, comes first", () => {
  expect(
    proposals(
      [
        "Larkspur Diners reports fourth quarter 2033 results",
        "",
        "Franchise Operating Margin was $31.6 million, or 47.6% of franchise revenue.",
        "",
        "Gross margin was 47.5% under GAAP and 46.9% on a non-GAAP basis.",
        "",
      ].join("\n"),
    ),
  ).toEqual([
    ["franchise-operating-margin.q4-2033", "Q4 2033"],
    ["franchise-operating-margin.share.q4-2033", "Q4 2033"],
    ["gaap-gross-margin.q4-2033", "Q4 2033"],
    ["non-gaap-gross-margin.q4-2033", "Q4 2033"],
  ]);
});

test("a headline's present before its figure is its verb, the issuer's listed name is left out, and its period is the dateline's", () => {
  expect(
    proposals(
      [
        "Larkspur earnings climb 22% on global volume growth; revenue rises 15%",
        "ATLANTA, July 21, 2033 — Larkspur (NYSE: LKP) said today that its diluted earnings per share for the second quarter of 2033 rose 22.2%.",
        "",
        "Larkspur net revenue was $10.2 billion in the second quarter of 2033.",
        "",
      ].join("\n"),
    ),
  ).toEqual([
    ["earnings.growth.q2-2033", "Q2 2033"],
    ["revenue.growth.q2-2033", "Q2 2033"],
    ["diluted-earnings-per-share.growth.q2-2033", "Q2 2033"],
    ["net-revenue.q2-2033", "Q2 2033"],
  ]);
  // The praise "record" names nothing, whatever a blanked period leaves after it.
  expect(proposals("Larkspur reports record Q2 2033 revenue of $201 Million\n\nRevenue rose.\n")).toEqual([
    ["revenue.q2-2033", "Q2 2033"],
  ]);
});

test('"set a record at" is a verb, and "per fully diluted share" a per-share amount', () => {
  expect(
    proposals(
      [
        "Larkspur Leasing reports second quarter 2033 results",
        "",
        "Lease-related revenue set a record at $77.5 million in the second quarter of 2033.",
        "",
        "Net income was $19.1 million, or $0.97 per fully diluted share, in the second quarter of 2033.",
        "",
      ].join("\n"),
    ),
  ).toEqual([
    ["lease-related-revenue.q2-2033", "Q2 2033"],
    ["net-income.q2-2033", "Q2 2033"],
    ["net-income-per-fully-diluted-share.q2-2033", "Q2 2033"],
  ]);
});

test('"because they now include Justice sales of", "also reached a record, $70.2 million": the noun an amount is of, the subject without its adverb', () => {
  expect(
    proposals(
      [
        "Larkspur Apparel reports second quarter 2033 results",
        "",
        "Net sales rose in the second quarter of 2033, mostly because they now include Justice sales of $290.6 million.",
        "",
        "Outlet segment revenue also reached a second-quarter record, $70.2 million, in the second quarter of 2033.",
        "",
        "Branch gross profit as a percent of revenue was 18.0% in the second quarter of 2033.",
        "",
      ].join("\n"),
    ),
  ).toEqual([
    ["justice-sales.q2-2033", "Q2 2033"],
    ["outlet-segment-revenue.q2-2033", "Q2 2033"],
    ["branch-gross-profit.share.q2-2033", "Q2 2033"],
  ]);
});

test('an ampersand between words is said "and"; one inside an abbreviation joins its letters', () => {
  expect(
    proposals(
      "Larkspur Engineering reports second quarter 2033 results\n\nEnergy & Chemicals segment profit was $75 million in the second quarter of 2033.\n\nSG&A expense was $23.6 million.\n",
    ),
  ).toEqual([
    ["energy-and-chemicals-segment-profit.q2-2033", "Q2 2033"],
    ["sga-expense.q2-2033", "Q2 2033"],
  ]);
});
