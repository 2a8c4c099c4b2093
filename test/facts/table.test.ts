import { describe, expect, it } from "vitest";
import { findTables, labelKey, unitLine } from "#engine/facts/table.ts";

const raw = [
  "Before.",
  "(RMB in millions)\t2022\tFirst Half of 2023",
  "Net Provisions\t6,584\t2,636",
  "Booking Ratio\t\t",
  "Ratio ¹\t2.9%",
  "",
  "After.",
].join("\n");

describe("findTables", () => {
  const [table] = findTables(raw);

  it("reads the header, its unit line and the rows of a tab-separated block", () => {
    expect(findTables(raw)).toHaveLength(1);
    expect(table!.header).toBe("(RMB in millions) 2022 First Half of 2023");
    expect(table!.columns).toEqual(["2022", "First Half of 2023"]);
    expect(table!.rows.map(({ label }) => label)).toEqual(["Net Provisions", "Booking Ratio", "Ratio"]);
    expect([table!.unit, table!.scale]).toEqual(["RMB", "million"]);
  });

  it("gives each cell its text and raw span, empty where the row prints nothing", () => {
    const cells = table!.rows.map(({ cells }) => cells.map(({ text, start, end }) => [text, raw.slice(start, end)]));
    expect(cells).toEqual([
      [
        ["6,584", "6,584"],
        ["2,636", "2,636"],
      ],
      [
        ["", ""],
        ["", ""],
      ],
      [
        ["2.9%", "2.9%"],
        ["", ""],
      ],
    ]);
  });

  it("spans each row's line", () => {
    expect(table!.rows.map(({ start, end }) => raw.slice(start, end))).toEqual([
      "Net Provisions\t6,584\t2,636",
      "Booking Ratio\t\t",
      "Ratio ¹\t2.9%",
    ]);
  });
});

describe("labelKey", () => {
  it("ignores trailing footnote markers and extra whitespace", () => {
    expect(labelKey("Provision Ratio for Loan Receivable ¹")).toBe("Provision Ratio for Loan Receivable");
    expect(labelKey("  Net   Provisions ")).toBe("Net Provisions");
  });
});

describe("unitLine", () => {
  it.each([
    ["(RMB in millions)", { unit: "RMB", scale: "million" }],
    ["(in thousands of US$)", { unit: "USD", scale: "thousand" }],
    ["(in millions)", { unit: undefined, scale: "million" }],
    ["(RMB)", { unit: "RMB", scale: undefined }],
    ["¥ in Thousands", { unit: "RMB", scale: "thousand" }],
    ["(in thousands of U.S. dollars, except per share data)", { unit: "USD", scale: "thousand" }],
    ["(In millions of US dollars)", { unit: "USD", scale: "million" }],
    ["(in millions of dollars)", { unit: undefined, scale: "million" }],
    ["Segment", { unit: undefined, scale: undefined }],
  ])("%s", (header, expected) => {
    expect(unitLine(header)).toEqual(expected);
  });
});
