import Decimal from "decimal.js";
import { describe, expect, it } from "vitest";
import { exact } from "#engine/quantity/exact.ts";
import {
  formatAmount,
  formatInterval,
  formatNumber,
  formatQualified,
  formatQuantity,
} from "#engine/quantity/format.ts";
import { add, sub } from "#engine/checks/index.ts";
import type { Quantity } from "#engine/quantity/quantity.ts";
import { fact } from "./quantities.ts";

describe("formatNumber", () => {
  it("prints base units at a scale, with thousands separators", () => {
    expect(formatNumber(new Decimal("2636000000"), { unit: "RMB", scale: "million" })).toBe("2,636");
    expect(formatNumber(new Decimal("17000000000"), { unit: "RMB", scale: "billion", decimals: 1 })).toBe("17.0");
    expect(formatNumber(new Decimal("1234567.891"), { unit: "count", decimals: 2 })).toBe("1,234,567.89");
  });

  it("puts negative money in parentheses, other negatives after a minus sign", () => {
    expect(formatNumber(new Decimal("-936000000"), { unit: "RMB", scale: "million" })).toBe("(936)");
    expect(formatNumber(new Decimal("-4.5"), { unit: "percent", decimals: 1 })).toBe("−4.5");
    expect(formatNumber(new Decimal("-0.0001"), { unit: "RMB" })).toBe("0");
  });

  it("rounds half up, or outward when asked", () => {
    expect(formatNumber(new Decimal("2.5"), { unit: "ratio" })).toBe("3");
    expect(formatNumber(new Decimal("2.1"), { unit: "ratio", rounding: "up" })).toBe("3");
    expect(formatNumber(new Decimal("-2.1"), { unit: "ratio", rounding: "down" })).toBe("−3");
  });
});

describe("formatAmount and formatQuantity", () => {
  it("add the unit and scale word as the filing prints them", () => {
    expect(formatQuantity(fact("2,636"))).toBe("RMB 2,636 million");
    expect(formatQuantity(fact("(936)"))).toBe("RMB (936) million");
    expect(formatQuantity(fact("300", { unit: "USD" }))).toBe("US$300 million");
    expect(formatQuantity(fact("34.2", { unit: "percent" }))).toBe("34.2%");
    expect(formatQuantity(fact("2.4", { unit: "ratio" }))).toBe("2.4");
    expect(formatAmount(new Decimal("13800000"), { unit: "count", scale: "million", decimals: 1 })).toBe(
      "13.8 million",
    );
  });
});

describe("formatInterval", () => {
  const interval = (lo: string, hi: string, rest: Partial<Quantity> = {}): Quantity => ({
    ...exact(0, "RMB"),
    lo: new Decimal(lo),
    hi: new Decimal(hi),
    ...rest,
  });

  it("prints the ends exactly when they end near the printed precision", () => {
    expect(formatInterval(fact("2,636"))).toBe("RMB 2,635.5–2,636.5 million");
    expect(formatInterval(fact("17.0", { scale: "billion" }))).toBe("RMB 16.95–17.05 billion");
  });

  it("rounds long ends outward, to two significant digits of the width", () => {
    expect(formatInterval(interval("0.379781", "0.380463", { unit: "ratio" }))).toBe("0.37978–0.38047");
    expect(formatInterval(interval("900023250", "903001250", { scale: "million" }))).toBe("RMB 900.0–903.1 million");
  });

  it("reads a bound and a point in words and figures", () => {
    expect(formatInterval(fact("300", { unit: "USD", qualifier: "more-than" }))).toBe("more than US$300 million");
    expect(formatInterval(fact("300", { unit: "USD", qualifier: "at-least" }))).toBe("at least US$300 million");
    expect(formatInterval(interval("-Infinity", "5"))).toBe("at most RMB 5");
    expect(formatInterval(exact(100, "percent"))).toBe("100%");
  });

  it("separates negative ends with “to”, which a dash between minus signs would not", () => {
    expect(formatInterval(interval("-20.85", "-19.14", { unit: "percent", decimals: 2 }))).toBe("−20.85 to −19.14%");
    expect(formatInterval(interval("-938000000", "-936000000", { scale: "million" }))).toBe("RMB (938)–(936) million");
  });
});

describe("qualifiers through arithmetic", () => {
  const buybacks = fact("300", { unit: "USD", qualifier: "more-than" });
  const dividends = fact("180", { unit: "USD", qualifier: "approximately" });

  it('keeps "more than" and "approximately" in a sum: more than about US$480 million, never at least US$479.5 million', () => {
    const total = add(buybacks, dividends);
    expect(total).toMatchObject({ approximate: true, strict: true });
    expect(formatInterval(total)).toBe("more than about US$480 million");
  });

  it('says "about" for a range computed from an approximate figure, and only once beside its value', () => {
    const gap = sub(exact(50, "percent"), fact("13.8", { unit: "percent", qualifier: "approximately" }));
    expect(formatInterval(gap)).toBe("about 36.15–36.25%");
    expect(formatInterval(gap, { qualified: false })).toBe("36.15–36.25%");
    expect(formatQualified(gap)).toBe("about 36.2%");
  });

  it("leaves figures without qualifiers as they were", () => {
    const net = add(fact("3,573"), fact("(936)"));
    expect(net).toMatchObject({ approximate: false, strict: false });
    expect(formatInterval(net)).toBe("RMB 2,636–2,638 million");
  });
});
