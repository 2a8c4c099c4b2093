import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findPrintedNumbers, parseNumber } from "../../src/facts/parse-number.ts";

/** parseNumber's result with the Decimal as a string, for readable expectations. */
function parsed(printed: string) {
  const number = parseNumber(printed);
  return number && { ...number, value: number.value.toString() };
}

/** A printed form and what parseNumber reads from it: value, sign, decimals, unit, scale and qualifier. */
type Reading = [
  printed: string,
  value: string,
  sign: 1 | -1,
  decimals: number,
  unit?: string,
  scale?: string,
  qualifier?: string,
];

const readings: Reading[] = [
  // The QFIN filing's printed forms, in prose
  ["RMB 17.0 billion", "17", 1, 1, "RMB", "billion"],
  ["RMB 16.0 billion", "16", 1, 1, "RMB", "billion"],
  ["RMB 5.2 billion", "5.2", 1, 1, "RMB", "billion"],
  ["RMB 4.7 billion", "4.7", 1, 1, "RMB", "billion"],
  ["RMB16.6 billion", "16.6", 1, 1, "RMB", "billion"],
  ["RMB16.3 billion", "16.3", 1, 1, "RMB", "billion"],
  ["RMB4.0 billion", "4", 1, 1, "RMB", "billion"],
  ["RMB4.3 billion", "4.3", 1, 1, "RMB", "billion"],
  ["more than US\\$300 million", "300", 1, 0, "USD", "million", "more-than"],
  ["more than US$300 million", "300", 1, 0, "USD", "million", "more-than"],
  ["approximately US\\$180 million", "180", 1, 0, "USD", "million", "approximately"],
  ["40%", "40", 1, 0, "percent", "one"],
  ["30%", "30", 1, 0, "percent", "one"],
  ["approximately 13.8%", "13.8", 1, 1, "percent", "one", "approximately"],
  ["RMB10.5 billion", "10.5", 1, 1, "RMB", "billion"],
  ["RMB 8.4 billion", "8.4", 1, 1, "RMB", "billion"],
  ["RMB19.5 billion", "19.5", 1, 1, "RMB", "billion"],
  ["RMB32.1 billion", "32.1", 1, 1, "RMB", "billion"],
  ["approximately RMB3.6 billion", "3.6", 1, 1, "RMB", "billion", "approximately"],
  ["34.2%", "34.2", 1, 1, "percent", "one"],
  ["2.4", "2.4", 1, 1],
  // …and in its table, whose unit line supplies what bare cells leave out
  ["7,355", "7355", 1, 0],
  ["(771)", "-771", -1, 0],
  ["(1,880)", "-1880", -1, 0],
  ["45", "45", 1, 0],
  ["2.9%", "2.9", 1, 1, "percent", "one"],
  ["4.0%", "4", 1, 1, "percent", "one"],
  // Other forms filings print
  ["over RMB 2 million", "2", 1, 0, "RMB", "million", "more-than"],
  ["at least 1,000", "1000", 1, 0, undefined, undefined, "at-least"],
  ["less than 0.5%", "0.5", 1, 1, "percent", "one", "less-than"],
  ["at most US$ 12.25 thousand", "12.25", 1, 2, "USD", "thousand", "at-most"],
  ["About RMB 900", "900", 1, 0, "RMB", "one", "approximately"],
  ["17.0 billion", "17", 1, 1, undefined, "billion"],
  // Signs: a minus sign (U+2212) or a hyphen, before or after the currency
  ["RMB −1,234 million", "-1234", -1, 0, "RMB", "million"],
  ["RMB -1,234 million", "-1234", -1, 0, "RMB", "million"],
  ["−RMB 5.5 billion", "-5.5", -1, 1, "RMB", "billion"],
  ["−4.5%", "-4.5", -1, 1, "percent", "one"],
  ["-12", "-12", -1, 0],
  ["RMB(1,880) million", "-1880", -1, 0, "RMB", "million"],
  // Scale words, spelled out or abbreviated
  ["RMB1.5bn", "1.5", 1, 1, "RMB", "billion"],
  ["RMB 1.5 bn", "1.5", 1, 1, "RMB", "billion"],
  ["US$300mn", "300", 1, 0, "USD", "million"],
  ["US$300m", "300", 1, 0, "USD", "million"],
  ["RMB2.1b", "2.1", 1, 1, "RMB", "billion"],
  ["US$45k", "45", 1, 0, "USD", "thousand"],
  ["US$300 millions", "300", 1, 0, "USD", "million"],
  ["RMB 12 thousands", "12", 1, 0, "RMB", "thousand"],
  ["RMB 1.2 trillion", "1.2", 1, 1, "RMB", "trillion"],
  ["more than RMB −3 bn", "-3", -1, 0, "RMB", "billion", "more-than"],
  // Fullwidth digits and separators
  ["３，４００", "3400", 1, 0],
  ["RMB１２．５ billion", "12.5", 1, 1, "RMB", "billion"],
  ["１２％", "12", 1, 0, "percent", "one"],
  // Durations and multiples, named by the word after the digits
  ["9.97 months", "9.97", 1, 2, "months", "one"],
  ["1 month", "1", 1, 0, "months", "one"],
  ["about 30 days", "30", 1, 0, "days", "one", "approximately"],
  ["more than 10 years", "10", 1, 0, "years", "one", "more-than"],
  ["2.4 times", "2.4", 1, 1, "ratio", "one"],
];

describe("parseNumber", () => {
  it.each(readings)("%s", (printed, value, sign, decimals, unit, scale, qualifier) => {
    expect(parsed(printed)).toEqual({ value, sign, decimals, unit, scale, qualifier });
  });

  it.each([
    "90 day+",
    "n/a",
    "",
    "(771",
    "1.2.3",
    "RMB",
    "13a-16",
    "more than",
    "(−771)",
    "10b",
    "- 5",
    "5 m",
    "30 day-past-due",
    "2.4 timesheets",
  ])("%j is not a printed number", (printed) => {
    expect(parseNumber(printed)).toBeUndefined();
  });

  it("reads any number printed with thousands separators back to its value", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 15n }), fc.integer({ min: 0, max: 3 }), (integer, decimals) => {
        const fraction = decimals ? `.${"7".repeat(decimals)}` : "";
        const printed = `(${integer.toLocaleString("en-US")}${fraction})`;
        const number = parseNumber(printed)!;
        expect(number.value.toFixed()).toBe(`-${integer}${fraction}`.replace(/^-0$/, "0"));
        expect(number.decimals).toBe(decimals);
      }),
    );
  });
});

describe("findPrintedNumbers", () => {
  it("finds each printed number with its qualifier, currency, scale and %", () => {
    const text = "spent more than US$300 million in 2024, i.e. 34.2% of (1,880) and RMB16.6 billion";
    const found = findPrintedNumbers(text).map(({ start, end, digits }) => [
      text.slice(start, end),
      text.slice(...digits),
    ]);
    expect(found).toEqual([
      ["more than US$300 million", "300"],
      ["2024", "2024"],
      ["34.2%", "34.2"],
      ["(1,880)", "1,880"],
      ["RMB16.6 billion", "16.6"],
    ]);
  });

  it("reads no sign into a hyphen between numbers, or a dash", () => {
    const text = "in 2023-2024, Form 6-K, Rule 10b-5 and 2023 - 2024";
    const found = findPrintedNumbers(text).map(({ start, end }) => text.slice(start, end));
    expect(found).toEqual(["2023", "2024", "6", "10", "5", "2023", "2024"]);
    expect(found.map((printed) => parseNumber(printed)?.sign)).toEqual([1, 1, 1, 1, 1, 1, 1]);
  });

  it("reads a comparative's figure without the comparison: a percentage more than an amount bounds neither", () => {
    const text = "up 7.7% more than RMB64,583 million, RMB 5 billion over RMB 4 billion, and more than US$300 million";
    const found = findPrintedNumbers(text).map(({ start, end }) => text.slice(start, end));
    expect(found).toEqual(["7.7%", "RMB64,583 million", "RMB 5 billion", "RMB 4 billion", "more than US$300 million"]);
    expect(found.map((printed) => parseNumber(printed)?.qualifier)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      "more-than",
    ]);
  });

  it("finds fullwidth digits, at their place in the text", () => {
    const text = "１２ branches and ３，４００ staff";
    expect(findPrintedNumbers(text).map(({ start, end }) => text.slice(start, end))).toEqual(["１２", "３，４００"]);
  });

  it("keeps every digit of a figure with more than 20 of them", () => {
    expect(parseNumber("RMB 123,456,789,012,345,678,901,234.5678 million")!.value.toFixed()).toBe(
      "123456789012345678901234.5678",
    );
  });

  it("takes no parenthesis that does not close around the digits", () => {
    const text = "(NASDAQ: QFIN; HKEx: 3660) and (i)";
    expect(findPrintedNumbers(text).map(({ start, end }) => text.slice(start, end))).toEqual(["3660"]);
  });
});
