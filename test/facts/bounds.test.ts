import Decimal from "decimal.js";
import { describe, expect, it } from "vitest";
import { bounds } from "#engine/facts/bounds.ts";
import type { Qualifier } from "#engine/facts/fact.ts";
import type { Scale } from "#engine/quantity/unit.ts";

function interval(value: string, decimals: number, scale: Scale, qualifier?: Qualifier, exact?: boolean): string[] {
  const result = bounds({ value: new Decimal(value), decimals, scale, qualifier, exact });
  return [result.lo, result.value, result.hi].map((end) => end.toFixed());
}

describe("bounds", () => {
  it("is half a unit of the last printed place either side, in base units", () => {
    expect(interval("17.0", 1, "billion")).toEqual(["16950000000", "17000000000", "17050000000"]);
    expect(interval("2636", 0, "million")).toEqual(["2635500000", "2636000000", "2636500000"]);
    expect(interval("34.2", 1, "one")).toEqual(["34.15", "34.2", "34.25"]);
    expect(interval("12.25", 2, "thousand")).toEqual(["12245", "12250", "12255"]);
  });

  it("keeps a negative value's interval around it", () => {
    expect(interval("-1880", 0, "million")).toEqual(["-1880500000", "-1880000000", "-1879500000"]);
  });

  it("opens a bound's other side", () => {
    expect(interval("300", 0, "million", "more-than")).toEqual(["300000000", "300000000", "Infinity"]);
    expect(interval("300", 0, "million", "at-least")).toEqual(["300000000", "300000000", "Infinity"]);
    expect(interval("0.5", 1, "one", "less-than")).toEqual(["-Infinity", "0.5", "0.5"]);
    expect(interval("0.5", 1, "one", "at-most")).toEqual(["-Infinity", "0.5", "0.5"]);
  });

  it("keeps the printed precision of an approximate number", () => {
    expect(interval("180", 0, "million", "approximately")).toEqual(["179500000", "180000000", "180500000"]);
  });

  it("is a point for an exact number", () => {
    expect(interval("2.4", 1, "one", undefined, true)).toEqual(["2.4", "2.4", "2.4"]);
  });
});
