import { describe, expect, it } from "vitest";
import { chart } from "#engine/charts/index.ts";

/** A chart of `data` with nothing drawn, for its table and CSV. */
function tabulate<T extends object>(data: readonly T[], columns?: Parameters<typeof chart<T>>[0]["columns"]) {
  return chart({ id: "data", caption: "Data", description: "Data.", data, columns, marks: [] });
}

const quantity = { toString: () => "6,584" };

describe("chart data", () => {
  it("quotes CSV fields per RFC 4180, with a header of labels and CRLF line ends", () => {
    const data = [
      { text: 'say "hi", then go', amount: -771, note: "two\nlines" },
      { text: "plain", amount: quantity, note: null },
      { text: " spaced ", amount: 0.5, note: "cr\rhere" },
    ];
    const { csv } = tabulate(data, ["text", { key: "amount", label: "RMB, millions" }, "note"]);
    expect(csv.split("\r\n")).toEqual([
      'text,"RMB, millions",note',
      '"say ""hi"", then go",-771,"two\nlines"',
      'plain,"6,584",',
      ' spaced ,0.5,"cr\rhere"',
      "",
    ]);
  });

  it("writes dates as ISO dates, and times only when there is one", () => {
    const data = [{ when: new Date("2024-09-27") }, { when: new Date("2024-09-27T08:30:00Z") }];
    expect(tabulate(data).csv).toBe("when\r\n2024-09-27\r\n2024-09-27T08:30:00.000Z\r\n");
  });

  it("shows every key of the rows by default, numbers and number-like objects on the right", () => {
    const data = [
      { period: "FY 2022", net: 6584 },
      { period: "FY 2023", net: quantity, when: new Date("2023-12-31") },
    ];
    expect(tabulate(data).table).toEqual({
      columns: [
        { key: "period", label: "period", align: "left" },
        { key: "net", label: "net", align: "right" },
        { key: "when", label: "when", align: "left" },
      ],
      rows: [
        ["FY 2022", "6,584", ""],
        ["FY 2023", "6,584", "2023-12-31"],
      ],
    });
  });

  it("formats the table with the column's format, and leaves the CSV plain", () => {
    const data = [{ ratio: 2.9 }, { ratio: 3.44 }];
    const { table, csv } = tabulate(data, [
      { key: "ratio", label: "Ratio", align: "left", format: (ratio) => `${ratio.toFixed(1)}%` },
    ]);
    expect(table).toEqual({ columns: [{ key: "ratio", label: "Ratio", align: "left" }], rows: [["2.9%"], ["3.4%"]] });
    expect(csv).toBe("Ratio\r\n2.9\r\n3.44\r\n");
  });

  it("writes a column of plain numbers as the site writes numbers, and keeps every digit in the CSV", () => {
    const data = [{ share: 66.34264884568651 }, { share: -1880 }, { share: 4.7 }, { share: 0 }];
    const { table, csv } = tabulate(data);
    expect(table.rows).toEqual([["66.3"], ["\u22121,880.0"], ["4.7"], ["0.0"]]);
    expect(csv).toBe("share\r\n66.34264884568651\r\n-1880\r\n4.7\r\n0\r\n");
  });

  it("gives a column as many decimals as its values have, and more where its smallest needs them", () => {
    expect(tabulate([{ n: 7355 }, { n: -771 }]).table.rows).toEqual([["7,355"], ["\u2212771"]]);
    expect(tabulate([{ n: 17 }, { n: 16.6 }]).table.rows).toEqual([["17.0"], ["16.6"]]);
    expect(tabulate([{ n: 0.047123 }, { n: 0.5 }]).table.rows).toEqual([["0.047"], ["0.500"]]);
    expect(tabulate([{ n: -0.04 }]).table.rows).toEqual([["\u22120.04"]]);
    expect(tabulate([{ n: -0.0001 }, { n: 10 }]).table.rows).toEqual([["\u22120.0001"], ["10.0000"]]);
  });
});
