import { describe, expect, it } from "vitest";
import { csv } from "#engine/tables/csv.ts";

const columns = [
  { key: "label", label: "Label", align: "left", format: String },
  { key: "amount", label: "Amount", align: "right", format: String },
] as const;

describe("csv", () => {
  it("neutralises what a spreadsheet would run as a formula, labels and data alike", () => {
    const rows = ['=HYPERLINK("https://x.org")', "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)", "\tx", "\rx"].map(
      (label) => ({ label, amount: 1 }),
    );
    expect(csv(rows, [{ ...columns[0], label: "=Label" }]).split("\r\n")).toEqual([
      "'=Label",
      `"'=HYPERLINK(""https://x.org"")"`,
      "'+1+cmd|' /C calc'!A0",
      "'-2+3",
      "'@SUM(A1)",
      "'\tx",
      `"'\rx"`,
      "",
    ]);
  });

  it("leaves numbers numeric, negative ones included", () => {
    expect(
      csv(
        [
          { label: "Net", amount: -771 },
          { label: "-1.5", amount: "+3" },
        ],
        columns,
      ),
    ).toBe("Label,Amount\r\nNet,-771\r\n-1.5,+3\r\n");
  });
});
