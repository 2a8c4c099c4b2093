import { describe, expect, it } from "vitest";
import { createChecks, Ledger } from "#engine/checks/index.ts";
import { printedDirection } from "#engine/facts/direction.ts";
import { factsRegistry } from "#engine/facts/registry.ts";
import { writeFilings } from "../facts/fixture.ts";
import { thrown } from "../support/thrown.ts";

const source = [
  "Loan volume was RMB 80.0 billion in 2024, a decrease of 20.0% from RMB 100.0 billion in 2023.",
  "Fees were RMB 9.0 billion in 2024, up 12.5% from RMB 8.0 billion in 2023.",
  "Margins came to 30.0% in 2024, a 4.0% decline from the 34.0% of 2023.",
  "",
].join("\n");

const facts = `facts:
  - id: volume.2024
    label: Loan volume
    period: FY2024
    quote: Loan volume was RMB 80.0 billion in 2024
    number: RMB 80.0 billion
  - id: volume.2023
    label: Loan volume
    period: FY2023
    quote: from RMB 100.0 billion in 2023
    number: RMB 100.0 billion
  - id: volume.growth
    label: Loan volume, change
    period: FY2024
    quote: a decrease of 20.0%
  - id: fees.2024
    label: Fees
    period: FY2024
    quote: Fees were RMB 9.0 billion in 2024
    number: RMB 9.0 billion
  - id: fees.2023
    label: Fees
    period: FY2023
    quote: from RMB 8.0 billion in 2023
    number: RMB 8.0 billion
  - id: fees.growth
    label: Fees, change
    period: FY2024
    quote: up 12.5%
  - id: margin.change
    label: Margin, change
    period: FY2024
    quote: Margins came to 30.0% in 2024, a 4.0% decline from the 34.0% of 2023.
    number: 4.0%
ignore:
  - quote: Margins came to 30.0% in 2024
    reason: not a figure of this test
  - quote: the 34.0% of 2023
    reason: not a figure of this test
  - pattern: \\b20\\d\\d\\b
    reason: years
`;

const registry = factsRegistry(".", { root: writeFilings({ "acme-6k": { source, facts } }) });
const fact = (id: string) => registry.fact(`acme-6k/${id}`);
const checks = createChecks({
  ledger: new Ledger({ onFailure: "throw" }),
  filing: "acme-6k",
  locate: () => ({ file: "acme-6k/pages/overview.mdx", line: 9 }),
});

describe("a figure printed with a direction", () => {
  it("reads the words before it", () => {
    expect(printedDirection("Volume was RMB 80.0 billion, a decrease of ")).toEqual({
      way: "decrease",
      words: "a decrease of",
    });
    expect(printedDirection("Revenues fell by ")).toEqual({ way: "decrease", words: "fell by" });
    expect(printedDirection("Revenues were down ")).toEqual({ way: "decrease", words: "were down" });
    expect(printedDirection("an increase of ")).toEqual({ way: "increase", words: "an increase of" });
    expect(printedDirection("Fees were RMB 9.0 billion, up ")).toEqual({ way: "increase", words: "up" });
    expect(printedDirection("Fees were ")).toBeUndefined();
    expect(printedDirection("a markdown of ")).toBeUndefined();
    expect(printedDirection("Strategic products made up ")).toBeUndefined();
    expect(printedDirection("The share count was reduced by ")).toEqual({ way: "decrease", words: "reduced by" });
  });

  it("reads the far end of a range as the words lead it: the 15% of 'an increase of 11% to 15%'", () => {
    expect(printedDirection("EPS is expected to show an increase of 11% to ")).toEqual({
      way: "increase",
      words: "an increase of 11% to",
    });
    expect(printedDirection("a decrease of $1.2 to ")).toEqual({ way: "decrease", words: "a decrease of $1.2 to" });
    expect(printedDirection("from 2023 to ")).toBeUndefined();
  });

  it("reads a sign spelled out before a figure: negative 5%, minus $3 million", () => {
    expect(printedDirection("Operating margin was negative ")).toEqual({ way: "decrease", words: "negative" });
    expect(printedDirection("Free cash flow was minus ")).toEqual({ way: "decrease", words: "minus" });
  });

  it('reads a change over a year said between the figure and its word, and one after "a further"', () => {
    expect(printedDirection("Sales showed a ", " year-over-year decline")).toEqual({
      way: "decrease",
      words: "year-over-year decline",
      after: true,
    });
    expect(printedDirection("Orders declined a further ")).toEqual({ way: "decrease", words: "declined a further" });
    expect(printedDirection("C&C revenue decreased only ")).toEqual({ way: "decrease", words: "decreased only" });
    expect(printedDirection("Revenue was down just ")?.way).toBe("decrease");
  });

  it("reads a change restated after ', or' as the change it restates: reduced by 8.8%, or $178.6 million", () => {
    for (const [before, way] of [
      ["Total debt was reduced by 8.8%, or ", "decrease"],
      ["Deposits increased RMB 2.0 billion, or ", "increase"],
      ["Sales fell $3.1 million, or ", "decrease"],
      ["Currency translation reduced net income by $0.4 million, or ", "decrease"],
      ["Season passes fell approximately 579,000 units or ", "decrease"],
    ] as const)
      expect(printedDirection(before), before).toEqual({
        way,
        words: before.slice(before.search(/reduced|increased|fell/)).trim(),
      });
    // A level restated per share takes no direction: "net income of $48.0 million, or"; nor does the level a
    // change reached ("decreased to $1.3 million, or $0.05 per diluted share": "to" is no currency's code).
    expect(printedDirection("Net income was $48.0 million, or ")).toBeUndefined();
    expect(printedDirection("Net income decreased to $1.3 million, or ")).toBeUndefined();
    expect(printedDirection("Revenue rose to 2.3 billion, or ")).toBeUndefined();
  });

  it("reads a change whose verb is left out after 'and' as the change before it: fell 5% and EBITDA 3%", () => {
    expect(printedDirection("Revenue fell 5% and adjusted EBITDA ", "", "3%")).toEqual({
      way: "decrease",
      words: "fell 5% and adjusted EBITDA",
    });
    expect(printedDirection("Non-GAAP net income rose 42% and Adjusted EBITDA ", "", "31%")?.way).toBe("increase");
    // A clause with a verb of its own gives its figure its own reading; a level listed after a change is none.
    expect(printedDirection("Revenue fell 5% and net income was ", "", "3%")).toBeUndefined();
    expect(printedDirection("Digital sales grew 68.9% and made up ", "", "36.8%")).toBeUndefined();
    expect(
      printedDirection("chemicals brought in $408 million, down 10 percent, and automotive ", "", "$236 million"),
    ).toBeUndefined();
  });

  it("reads a verb's change of the object it names before 'by': cut its term loan balances by $110.0 million", () => {
    expect(printedDirection("The company cut its term loan balances by ")).toEqual({
      way: "decrease",
      words: "cut its term loan balances by",
    });
    expect(printedDirection("It reduced total debt by ")).toEqual({ way: "decrease", words: "reduced total debt by" });
    expect(
      printedDirection("Revenue reportability negatively impacted the results of the first quarter of 2017 by ")?.way,
    ).toBe("decrease");
    expect(printedDirection("Translation negatively impacted net income by ")).toEqual({
      way: "decrease",
      words: "negatively impacted net income by",
    });
    expect(printedDirection("The board raised the quarterly dividend by ")).toEqual({
      way: "increase",
      words: "raised the quarterly dividend by",
    });
    expect(printedDirection("Crane sales boosted new equipment sales by ")).toEqual({
      way: "increase",
      words: "boosted new equipment sales by",
    });
    expect(printedDirection("Shipments jumped ")).toEqual({ way: "increase", words: "jumped" });
    // "by" after a noun that is no object of a verb of change gives nothing: "driven by", "offset by".
    expect(printedDirection("Revenue was driven by ")).toBeUndefined();
  });

  it("reads 'more' after a figure as 'fewer' is read: 3 percent more than last year", () => {
    expect(printedDirection("Sales were ", " percent more than last year")).toEqual({
      way: "increase",
      words: "percent more",
      after: true,
    });
  });

  it("reads a loss or spread that narrowed as a decrease, one that widened as an increase", () => {
    expect(printedDirection("The operating loss narrowed by ")).toEqual({ way: "decrease", words: "narrowed by" });
    expect(printedDirection("The net loss widened by ")).toEqual({ way: "increase", words: "widened by" });
  });

  it("reads the other verbs a release writes a fall with", () => {
    for (const verb of ["slipped", "slid", "dipped", "eased", "contracted", "plunged", "tumbled", "sank", "retreated"])
      expect(printedDirection(`Revenue ${verb} `), verb).toEqual({ way: "decrease", words: verb });
  });

  it("reads a noun's change of a subject it names before the figure", () => {
    expect(printedDirection("Lower usage led to a decrease of consumption revenues of ")).toEqual({
      way: "decrease",
      words: "a decrease of consumption revenues of",
    });
    expect(printedDirection("The quarter saw an increase in net income of ")).toEqual({
      way: "increase",
      words: "an increase in net income of",
    });
    // An abbreviation's full stops are part of its word, as a reader takes "U.S.".
    expect(printedDirection("That was offset by a decline in U.S. average ticket price of ")).toEqual({
      way: "decrease",
      words: "a decline in U.S. average ticket price of",
    });
    expect(printedDirection("There was a decline in sales. Revenue of ")).toBeUndefined();
  });

  it("gives no change to the level a verb's change ended at: the $0.94 million of 'fell 14.3% to $0.94 million'", () => {
    expect(printedDirection("Its earnings from operations fell 14.3% to ")).toBeUndefined();
    expect(printedDirection("Revenue was down 5% to ")).toBeUndefined();
    expect(printedDirection("Costs decreased by 4% to ")).toBeUndefined();
    expect(printedDirection("Sales rose 142.3% to ")).toBeUndefined();
  });

  it("reads the words after it, when none before give one", () => {
    expect(printedDirection("EPS was $1.20, a ", " decrease year over year")).toEqual({
      way: "decrease",
      words: "decrease",
      after: true,
    });
    expect(printedDirection("Costs were ", " lower than in 2023")).toEqual({
      way: "decrease",
      words: "lower",
      after: true,
    });
    expect(printedDirection("a ", " increase")).toEqual({ way: "increase", words: "increase", after: true });
    // "offset by 2.1% unfavorable product mix": an effect that lowers its subject.
    expect(printedDirection("volume growth of 10.5%, offset by ", " unfavorable product mix")).toEqual({
      way: "decrease",
      words: "unfavorable",
      after: true,
    });
    // "percent" spelled out is no part of the printed number: the direction follows it.
    expect(printedDirection("EPS was $2.15, a ", " percent decrease year over year")).toEqual({
      way: "decrease",
      words: "percent decrease",
      after: true,
    });
    expect(printedDirection("an ", " per cent rise")).toEqual({ way: "increase", words: "per cent rise", after: true });
    expect(printedDirection("a ", " percentage point decline in margin")).toEqual({
      way: "decrease",
      words: "percentage point decline",
      after: true,
    });
    expect(printedDirection("with approximately ", " fewer vehicles disposed of")).toEqual({
      way: "decrease",
      words: "fewer",
      after: true,
    });
    // A percentage's noun after the one word of what changed: "a 21% volume decline in Rigid Polyols".
    expect(printedDirection("including a ", " volume decline in Rigid Polyols", "21%")).toEqual({
      way: "decrease",
      words: "volume decline",
      after: true,
    });
    expect(printedDirection("a ", " price increase", "5%")?.way).toBe("increase");
    expect(printedDirection("Sales were ", " of the decline", "40%")).toBeUndefined();
    expect(printedDirection("up ", " decrease")).toEqual({ way: "increase", words: "up" });
    // "negative" before what is negative: "with negative adjusted free cash flow of $16.2 million", and the high
    // end of a range it opens ("a negative impact of approximately $0.12 to $0.14").
    expect(printedDirection("with negative adjusted free cash flow of ")).toEqual({
      way: "decrease",
      words: "negative adjusted free cash flow of",
    });
    expect(printedDirection("a negative impact of approximately $0.12 to ")?.way).toBe("decrease");
    expect(printedDirection("a ", " lower-cost plan")).toBeUndefined();
    expect(printedDirection("Revenue was ", " in 2024, a decrease")).toBeUndefined();
    expect(fact("margin.change").value.toString()).toBe("-4");
  });

  it("is negative when printed as a decrease, so that growth() compares with it directly", () => {
    expect(fact("volume.growth").value.toString()).toBe("-20");
    expect([fact("volume.growth").lo.toString(), fact("volume.growth").hi.toString()]).toEqual(["-20.05", "-19.95"]);
    expect(fact("fees.growth").value.toString()).toBe("12.5");
    expect(
      checks.check("volume.growth", checks.growth(fact("volume.2023"), fact("volume.2024")), fact("volume.growth"), {
        label: "Volume fell by the percentage printed",
      }).status,
    ).toBe("exact");
    expect(
      checks.check("fees.growth", checks.growth(fact("fees.2023"), fact("fees.2024")), fact("fees.growth"), {
        label: "Fees grew by the percentage printed",
      }).status,
    ).toBe("exact");
  });

  // Both fail against the same printed decrease, with the same hint.
  const printedDecrease = [
    "  disclosed   −20.05 to −19.95%, printed a decrease of 20.0%",
    '              "a decrease of 20.0%"',
    "              acme-6k/facts.yaml:12",
  ];
  const hint =
    'hint: the filing prints a decrease ("a decrease of 20.0%"), which volume.growth reads as negative, and the other side is an increase: compare growth(from, to) with it as it is, without neg(), and check the order (from, then to)';

  it.each([
    {
      id: "volume.reversed",
      label: "Volume, periods swapped",
      computed: () => checks.growth(fact("volume.2024"), fact("volume.2023")),
      computedLines: [
        "  computed    24.85–25.15%",
        "              = (RMB 100.0 billion − RMB 80.0 billion) ÷ RMB 80.0 billion",
        "              facts: acme-6k/volume.2024, acme-6k/volume.2023",
      ],
      difference:
        "  difference  computed is 45 percentage points above disclosed; rounding explains 0.191 percentage points of it",
    },
    {
      id: "volume.negated",
      label: "Volume, negated as before",
      computed: () => checks.neg(checks.growth(fact("volume.2023"), fact("volume.2024"))),
      computedLines: [
        "  computed    19.90–20.09%",
        "              = −((RMB 80.0 billion − RMB 100.0 billion) ÷ RMB 100.0 billion)",
        "              facts: acme-6k/volume.2023, acme-6k/volume.2024",
      ],
      difference:
        "  difference  computed is 40 percentage points above disclosed; rounding explains 0.140 percentage points of it",
    },
  ])(
    "fails a check the other way round ($id), saying which way was printed",
    ({ id, label, computed, computedLines, difference }) => {
      expect(thrown(() => checks.check(id, computed(), fact("volume.growth"), { label }))).toBe(
        [
          "acme-6k/pages/overview.mdx:9",
          `check failed: ${label} [${id}]`,
          ...computedLines,
          ...printedDecrease,
          difference,
          "",
          hint,
        ].join("\n"),
      );
    },
  );
});
