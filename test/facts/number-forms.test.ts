// Number forms as filings print them, read through the real facts loader: sign, scale and value of each
// fact, and coverage finding every number (fullwidth ones too). Then precision: figures of more digits than
// decimal.js's default 20 keep every digit in their intervals, so a sum 4 apart is not passed as exact.
import { describe, expect, it } from "vitest";
import { createChecks, Ledger } from "#engine/checks/index.ts";
import { loadFiling } from "./fixture.ts";

const source = [
  "Net income was RMB −1,234 million, against RMB -1,111 million a year before.",
  "Cash was RMB1.5bn and debt US$300mn; fees were US$45k.",
  "It has １２ branches and ３，４００ staff.",
  "Revenue grew 7.7% more than RMB64,583 million.",
  "Part one was RMB 100,000,000,000,000,000,001, part two RMB 100,000,000,000,000,000,001, in all RMB 200,000,000,000,000,000,006.",
  "",
].join("\n");

const facts = `facts:
  - { id: net-income, label: Net income, period: FY2023, quote: "Net income was RMB −1,234 million" }
  - { id: net-income.before, label: Net income, period: FY2022, quote: "RMB -1,111 million a year before" }
  - { id: cash, label: Cash, period: 2023-12-31, quote: "Cash was RMB1.5bn" }
  - { id: debt, label: Debt, period: 2023-12-31, quote: "debt US$300mn" }
  - { id: fees, label: Fees, period: FY2023, quote: "fees were US$45k" }
  - { id: branches, label: Branches, period: 2023-12-31, quote: "It has １２ branches", unit: count }
  - { id: staff, label: Staff, period: 2023-12-31, quote: "and 3,400 staff", unit: count }
  - { id: growth, label: Revenue growth, period: FY2023, quote: "grew 7.7% more than", unit: percent }
  - { id: base, label: Revenue base, period: FY2023, quote: "more than RMB64,583 million" }
  - { id: part.one, label: Part one, period: FY2023, quote: "Part one was RMB 100,000,000,000,000,000,001" }
  - { id: part.two, label: Part two, period: FY2023, quote: "part two RMB 100,000,000,000,000,000,001" }
  - { id: total, label: Total, period: FY2023, quote: "in all RMB 200,000,000,000,000,000,006" }
`;

describe("number forms, through the facts loader", () => {
  const loaded = loadFiling(source, facts);
  const read = (id: string) => {
    const { value, lo, hi, unit, scale, qualifier } = loaded.facts.get(id)!;
    return { value: value.toFixed(), lo: lo.toFixed(), hi: hi.toFixed(), unit, scale, qualifier };
  };

  it("loads without errors, every number accounted for", () => {
    expect(loaded.errors.map((error) => error.format())).toEqual([]);
    expect(loaded.coverage!.unaccounted).toEqual([]);
    expect(loaded.coverage!.found).toBe(loaded.coverage!.registered);
  });

  it("keeps a minus sign, U+2212 or a hyphen", () => {
    expect(read("net-income")).toMatchObject({
      value: "-1234000000",
      lo: "-1234500000",
      hi: "-1233500000",
      unit: "RMB",
      scale: "million",
    });
    expect(read("net-income.before")).toMatchObject({ value: "-1111000000", unit: "RMB", scale: "million" });
  });

  it("reads abbreviated scale words", () => {
    expect(read("cash")).toMatchObject({
      value: "1500000000",
      lo: "1450000000",
      hi: "1550000000",
      unit: "RMB",
      scale: "billion",
    });
    expect(read("debt")).toMatchObject({ value: "300000000", unit: "USD", scale: "million" });
    expect(read("fees")).toMatchObject({ value: "45000", unit: "USD", scale: "thousand" });
  });

  it("reads fullwidth digits and separators, and matches a quote typed in ASCII digits", () => {
    expect(read("branches")).toMatchObject({ value: "12", lo: "11.5", hi: "12.5", unit: "count" });
    expect(read("staff")).toMatchObject({ value: "3400", unit: "count" });
    expect(loaded.facts.get("branches")!.printed).toBe("１２");
  });

  it("reads a comparative's amount as a figure, not as a bound", () => {
    expect(read("growth")).toMatchObject({ value: "7.7", qualifier: undefined });
    expect(read("base")).toMatchObject({
      value: "64583000000",
      lo: "64582500000",
      hi: "64583500000",
      qualifier: undefined,
    });
  });

  it("keeps every digit of a 21-digit figure, so a sum 4 apart is inconsistent", () => {
    expect(read("part.one")).toMatchObject({
      value: "100000000000000000001",
      lo: "100000000000000000000.5",
      hi: "100000000000000000001.5",
    });
    const checks = createChecks({
      ledger: new Ledger(),
      filing: "acme-6k",
      locate: () => ({ file: "page.mdx", line: 1 }),
    });
    const [one, two, total] = ["part.one", "part.two", "total"].map((id) => loaded.facts.get(id)!);
    const result = checks.sumsTo("parts", [one!, two!], total!, { label: "the parts make the total" });
    expect(result.status).toBe("inconsistent");
  });
});

describe("sums of many parts", () => {
  it("adds 125,000 parts without running out of stack", () => {
    const loadedOne = loadFiling(
      "Each part was RMB 1 million.\n",
      "facts:\n  - { id: part, label: Part, period: FY2023, quote: Each part was RMB 1 million }\n",
    );
    const part = loadedOne.facts.get("part")!;
    const checks = createChecks({
      ledger: new Ledger(),
      filing: "acme-6k",
      locate: () => ({ file: "page.mdx", line: 1 }),
    });
    const parts = Array.from({ length: 125_000 }, () => part);
    const total = checks.sum(parts);
    expect(total.value.toFixed()).toBe("125000000000");
    expect([total.lo.toFixed(), total.hi.toFixed()]).toEqual(["62500000000", "187500000000"]);
    expect(checks.sumsTo("parts", parts, total, { label: "the parts make their sum", bothComputed: true }).status).toBe(
      "exact",
    );
  });
});

describe("a verb that says a figure passed the one it names", () => {
  it("makes a lower bound, as 'more than' does: 'surpassed $100 million', 'exceeding 18%'", () => {
    const loaded = loadFiling(
      "Revenue surpassed $100 million, with export growth exceeding 18%.\n",
      `facts:
  - { id: revenue, label: Revenue, period: FY2023, quote: "Revenue surpassed $100 million", unit: USD }
  - { id: exports.growth, label: Export growth, period: FY2023, quote: "exceeding 18%" }
`,
    );
    expect(loaded.errors.map((error) => error.format())).toEqual([]);
    expect(loaded.facts.get("revenue")!.qualifier).toBe("more-than");
    expect(loaded.facts.get("exports.growth")!.qualifier).toBe("more-than");
  });
});

describe("a bound printed after the figure", () => {
  it("'20% or greater' is at least 20%, '$5 million or less' at most $5 million; 'or more than' is no bound", () => {
    const loaded = loadFiling(
      "A margin of 20% or greater, fees of $5 million or less, and a 3% or more than double rise.\n",
      `facts:
  - { id: margin, label: Margin, period: FY2023, quote: "A margin of 20% or greater" }
  - { id: fees, label: Fees, period: FY2023, quote: "fees of $5 million or less", unit: USD }
  - { id: rise, label: Rise, period: FY2023, quote: "a 3% or more than double rise" }
`,
    );
    expect(loaded.errors.map((error) => error.format())).toEqual([]);
    expect([loaded.facts.get("margin")!.qualifier, loaded.facts.get("margin")!.printed]).toEqual([
      "at-least",
      "20% or greater",
    ]);
    expect(loaded.facts.get("fees")!.qualifier).toBe("at-most");
    expect(loaded.facts.get("rise")!.qualifier).toBeUndefined();
  });
});

describe("a range's ends", () => {
  it("gives the high end the estimate the low end is printed with, as a reader takes it, and shows it", () => {
    const loaded = loadFiling(
      "Shipments cost approximately $0.12 to $0.14 per unit, and fees were $3 to $4 per unit.\n",
      `facts:
  - { id: cost.low, label: Cost, period: FY2023, quote: "approximately $0.12 to", unit: USD, scale: one }
  - { id: cost.high, label: Cost, period: FY2023, quote: "to $0.14 per unit, and", unit: USD, scale: one }
  - { id: fees.high, label: Fees, period: FY2023, quote: "to $4 per unit.", unit: USD, scale: one }
ignore:
  - { quote: "fees were $3", reason: "the low end" }
`,
    );
    expect(loaded.errors.map((error) => error.format())).toEqual([]);
    const high = loaded.facts.get("cost.high")!;
    expect([high.qualifier, high.printed, high.approximate]).toEqual(["approximately", "approximately $0.14", true]);
    expect(loaded.facts.get("fees.high")!.qualifier).toBeUndefined();
  });

  it("gives none to the level a change reached: the $1.98 of 'rose approximately 11% to $1.98'", () => {
    const loaded = loadFiling(
      "Adjusted EPS rose approximately 11% to $1.98 per diluted share.\n",
      `facts:
  - { id: eps.growth, label: EPS growth, period: FY2023, quote: "rose approximately 11%" }
  - { id: eps, label: EPS, period: FY2023, quote: "to $1.98 per diluted share", unit: USD, scale: one }
`,
    );
    expect(loaded.errors.map((error) => error.format())).toEqual([]);
    const eps = loaded.facts.get("eps")!;
    expect([eps.qualifier, eps.printed, eps.approximate]).toEqual([undefined, "$1.98", false]);
  });
});

describe("a table's line quoted", () => {
  it("reads a cell's (3%) as −3%, as the table means it, however the quote cuts the line; a sentence's as printed", () => {
    const loaded = loadFiling(
      "(in millions)\tNet sales\tEPS\n% Change\t(3%)\t18%\n\nThe share was 9% (3%) of the whole.\n",
      `facts:
  - { id: sales.growth, label: Net sales growth, period: FY2023, quote: "(3%)\\t18%", number: "(3%)" }
  - { id: eps.growth, label: EPS growth, period: FY2023, quote: "3%)\\t18%", number: "18%" }
  - { id: cut, label: Cut, period: FY2023, quote: "Change\\t(3", number: "3" , unit: percent}
  - { id: share, label: Share, period: FY2023, quote: "9% (3%) of the whole", number: "3%" }
ignore:
  - { quote: "The share was 9%", reason: "another share" }
`,
    );
    expect(loaded.errors.map((error) => error.format())).toEqual([]);
    expect(loaded.facts.get("sales.growth")!.value.toFixed()).toBe("-3");
    expect(loaded.facts.get("cut")!.value.toFixed()).toBe("-3");
    expect(loaded.facts.get("eps.growth")!.value.toFixed()).toBe("18");
    expect(loaded.facts.get("share")!.value.toFixed()).toBe("3");
  });
});

describe("an amount in brackets after another", () => {
  it("is its translation, as printed, not a negative: Rs 5.06 ($0.061); a table's (1,234) is still a negative", () => {
    const loaded = loadFiling(
      "Earnings per share were Rs 5.06 ($0.061), and revenue RMB20.2 billion (US$2.8 billion). The loss was ($1,234).\n\n(in thousands)\tLoss\nNet\t($1,234)\n",
      `tables:
  - id: t
    header: "(in thousands)\\tLoss"
facts:
  - { id: eps.usd, label: EPS, period: FY2023, quote: "Rs 5.06 ($0.061)", number: "($0.061)", unit: USD, scale: one }
  - { id: loss, label: Loss, period: FY2023, quote: "The loss was ($1,234)", unit: USD, scale: one }
  - { id: net, label: Net, period: FY2023, cell: { table: t, row: Net, column: Loss }, unit: USD, scale: thousand }
ignore:
  - { quote: "Rs 5.06", reason: "rupees, which Recount has no unit for" }
  - { quote: "revenue RMB20.2 billion (US$2.8 billion)", reason: "not this test's" }
`,
    );
    expect(loaded.errors.map((error) => error.format())).toEqual([]);
    expect(loaded.facts.get("eps.usd")!.value.toFixed()).toBe("0.061");
    expect(loaded.facts.get("loss")!.value.toFixed()).toBe("-1234");
    expect(loaded.facts.get("net")!.value.toFixed()).toBe("-1234000");
  });
});
