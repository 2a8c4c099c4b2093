import { describe, expect, it } from "vitest";
import { loadFiling } from "./fixture.ts";

// The SEC renders a report's XBRL data with a unit line "¥ in Thousands" and prints the currency on a
// table's first row only: "¥ 16,553,930" must read as thousands, like the bare cells below it.
const source = [
  "An excerpt.",
  "",
  "¥ in Thousands\tDec. 31, 2022",
  "Total net revenue\t¥ 16,553,930",
  "Provision for loans receivable\t1,580,306",
  "",
  "After.",
].join("\n");
const facts = `
tables:
  - id: operations
    header: ¥ in Thousands
facts:
  - id: revenue
    label: Total net revenue
    period: FY2022
    cell: { table: operations, row: Total net revenue, column: "Dec. 31, 2022" }
  - id: provision
    label: Provision for loans receivable
    period: FY2022
    cell: { table: operations, row: Provision for loans receivable, column: "Dec. 31, 2022" }
ignore:
  - quote: Dec. 31, 2022
    reason: the column's date
`;

describe("a table in the SEC's rendering of XBRL data", () => {
  const loaded = loadFiling(source, facts);

  it("reads ¥ as RMB and takes the unit line's scale for a cell that prints its currency", () => {
    const revenue = loaded.facts.get("revenue")!;
    expect([revenue.unit, revenue.scale, revenue.printed]).toEqual(["RMB", "thousand", "¥ 16,553,930"]);
    expect([revenue.lo.toFixed(), revenue.hi.toFixed()]).toEqual(["16553929500", "16553930500"]);
  });

  it("reads the bare cells under it in the same unit and scale", () => {
    const provision = loaded.facts.get("provision")!;
    expect([provision.unit, provision.scale, provision.value.toFixed()]).toEqual(["RMB", "thousand", "1580306000"]);
  });
});
