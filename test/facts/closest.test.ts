import { describe, expect, it } from "vitest";
import { closest, editDistance } from "#engine/facts/closest.ts";

describe("editDistance", () => {
  it.each([
    ["", "", 0],
    ["kitten", "sitting", 3],
    ["provisions.net.2022", "provisions.new.2022", 1],
    ["abc", "", 3],
  ])("%j → %j is %d", (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
    expect(editDistance(b, a)).toBe(distance);
  });
});

describe("closest", () => {
  it("lists the nearest names first", () => {
    const ids = [
      "cash.2024-06-30",
      "provisions.net.2022",
      "provisions.new.2022",
      "provisions.net.2023",
      "leverage.2024-06-30",
    ];
    expect(closest("provisions.net.2021", ids)).toEqual([
      "provisions.net.2022",
      "provisions.net.2023",
      "provisions.new.2022",
    ]);
    expect(closest("cash", ids, { count: 1 })).toEqual(["cash.2024-06-30"]);
  });
});
