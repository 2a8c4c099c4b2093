import { describe, expect, it } from "vitest";
import { loadFiling } from "./fixture.ts";

const source = [
  "Acme reports its results.",
  "",
  "(in thousands)\tThis year\tLast year\t% Change",
  "Revenue\t1,200\t1,222\t(1.8%)",
  "",
  "Revenue from China was 543 thousand (45.2%).",
].join("\n");
const facts = `
tables:
  - id: summary
    header: (in thousands)
facts:
  - id: revenue.growth
    label: Revenue, change
    period: FY2030
    cell: { table: summary, row: Revenue, column: "% Change" }
  - id: revenue-from-china.share
    label: Revenue from China, share of revenue
    period: FY2030
    quote: Revenue from China was 543 thousand (45.2%).
    number: 45.2%
ignore:
  - pattern: \\b1,2\\d\\d\\b|\\b543 thousand
    reason: not this test's figures
`;

describe("a percentage printed in parentheses", () => {
  const loaded = loadFiling(source, facts);

  it("is a negative in a table's cell, as statements print one", () => {
    expect(loaded.errors.map((error) => error.format())).toEqual([]);
    const change = loaded.facts.get("revenue.growth")!;
    expect([change.unit, change.value.toFixed(), change.lo.toFixed(), change.hi.toFixed()]).toEqual([
      "percent",
      "-1.8",
      "-1.85",
      "-1.75",
    ]);
  });

  it("is read as printed in a sentence, where it is as often an aside giving a share", () => {
    expect(loaded.facts.get("revenue-from-china.share")!.value.toFixed()).toBe("45.2");
  });
});

describe("a cell whose fact gives its unit but not its scale", () => {
  it("is an error whose hint names the unit line's scale, which the fact's unit: set aside", () => {
    const loaded = loadFiling(
      source,
      facts.replace(
        'cell: { table: summary, row: Revenue, column: "% Change" }',
        'cell: { table: summary, row: Revenue, column: "This year" }\n    unit: USD',
      ),
    );
    expect(loaded.errors.map((error) => error.hint)).toEqual([
      "the fact's unit: replaces its table's unit line, which says thousand: add scale: thousand to the fact if the cell is in it (a per-share row of a table in thousands is not), else the scale it is in",
    ]);
  });
});

describe("a cell printed with a plus sign", () => {
  it("is a positive change, as a minus makes a negative one", () => {
    const loaded = loadFiling(
      "(in millions)\tSales\tMix\nQ/Q\t+7%\t-3%\n",
      `tables:
  - id: t
    header: "(in millions)\\tSales\\tMix"
facts:
  - { id: sales.growth, label: Sales growth, period: Q2 2018, cell: { table: t, row: Q/Q, column: Sales } }
  - { id: mix.growth, label: Mix growth, period: Q2 2018, cell: { table: t, row: Q/Q, column: Mix } }
`,
    );
    expect(loaded.errors.map((error) => error.format())).toEqual([]);
    expect(loaded.facts.get("sales.growth")!.value.toFixed()).toBe("7");
    expect(loaded.facts.get("mix.growth")!.value.toFixed()).toBe("-3");
  });
});
