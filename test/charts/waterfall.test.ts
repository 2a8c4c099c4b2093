import { describe, expect, it } from "vitest";
import { waterfall } from "#engine/charts/index.ts";

describe("waterfall", () => {
  it("floats each change from the running sum, and stands totals on zero", () => {
    const steps = [
      { step: "New provisions", value: 7355 },
      { step: "Revision", value: -771 },
      { step: "Net provisions", value: 6584, total: true },
      { step: "Later", value: 16 },
    ];
    expect(waterfall(steps).map(({ step, start, end, kind }) => [step, start, end, kind])).toEqual([
      ["New provisions", 0, 7355, "increase"],
      ["Revision", 7355, 6584, "decrease"],
      ["Net provisions", 0, 6584, "total"],
      ["Later", 6584, 6600, "increase"],
    ]);
  });

  it("shows a total as disclosed, and goes on from it, even when the changes do not add up to it", () => {
    const bars = waterfall([{ value: 2694 }, { value: -489 }, { value: 2206, total: true }, { value: -6 }]);
    expect(bars.map(({ start, end }) => [start, end])).toEqual([
      [0, 2694],
      [2694, 2205],
      [0, 2206],
      [2206, 2200],
    ]);
  });

  it("keeps the other fields of each step", () => {
    expect(waterfall([{ period: "H1 2024", value: 1 }])).toEqual([
      { period: "H1 2024", value: 1, start: 0, end: 1, kind: "increase" },
    ]);
  });
});
