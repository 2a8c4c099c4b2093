import { describe, expect, it } from "vitest";
import { parsePeriod } from "#engine/facts/period.ts";

describe("parsePeriod", () => {
  it.each([
    ["FY2022", { kind: "duration", start: "2022-01-01", end: "2022-12-31", label: "FY2022" }],
    ["H1 2023", { kind: "duration", start: "2023-01-01", end: "2023-06-30", label: "H1 2023" }],
    ["H2 2023", { kind: "duration", start: "2023-07-01", end: "2023-12-31", label: "H2 2023" }],
    ["Q1 2024", { kind: "duration", start: "2024-01-01", end: "2024-03-31", label: "Q1 2024" }],
    ["Q2 2024", { kind: "duration", start: "2024-04-01", end: "2024-06-30", label: "Q2 2024" }],
    ["Q4 2024", { kind: "duration", start: "2024-10-01", end: "2024-12-31", label: "Q4 2024" }],
    ["2024-02", { kind: "duration", start: "2024-02-01", end: "2024-02-29", label: "2024-02" }],
    ["2023-02", { kind: "duration", start: "2023-02-01", end: "2023-02-28", label: "2023-02" }],
    ["2024-06-30", { kind: "instant", date: "2024-06-30", label: "2024-06-30" }],
    ["2000-02-29", { kind: "instant", date: "2000-02-29", label: "2000-02-29" }],
    [
      "2024-01-01..2024-09-27",
      { kind: "duration", start: "2024-01-01", end: "2024-09-27", label: "2024-01-01..2024-09-27" },
    ],
  ])("%s", (label, period) => {
    expect(parsePeriod(label)).toEqual(period);
  });

  it.each([
    "2022",
    "FY22",
    "fy2022",
    "H3 2024",
    "Q5 2024",
    "2024-13",
    "2024-13-01",
    "2023-02-29",
    "2100-02-29",
    "2024-06-31",
    "2024-00-10",
    "2024-01-00",
    "2024-09-27..2024-01-01",
    "2024-01-01 .. 2024-09-27",
    "as of 2024-06-30",
  ])("%j is malformed", (label) => {
    expect(parsePeriod(label)).toBeUndefined();
  });
});
