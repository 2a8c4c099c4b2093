import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findPrintedNumbers, parseNumber } from "../../src/facts/parse-number.ts";

/** parseNumber's result with the Decimal as a string, for readable expectations. */
function parsed(printed: string) {
  const number = parseNumber(printed);
  return number && { ...number, value: number.value.toString() };
}

describe("parseNumber", () => {
  it.each([
    // The QFIN filing's printed forms, in prose
    ["RMB 17.0 billion", { value: "17", sign: 1, decimals: 1, unit: "RMB", scale: "billion", qualifier: undefined }],
    ["RMB 16.0 billion", { value: "16", sign: 1, decimals: 1, unit: "RMB", scale: "billion", qualifier: undefined }],
    ["RMB 5.2 billion", { value: "5.2", sign: 1, decimals: 1, unit: "RMB", scale: "billion", qualifier: undefined }],
    ["RMB 4.7 billion", { value: "4.7", sign: 1, decimals: 1, unit: "RMB", scale: "billion", qualifier: undefined }],
    ["RMB16.6 billion", { value: "16.6", sign: 1, decimals: 1, unit: "RMB", scale: "billion", qualifier: undefined }],
    ["RMB16.3 billion", { value: "16.3", sign: 1, decimals: 1, unit: "RMB", scale: "billion", qualifier: undefined }],
    ["RMB4.0 billion", { value: "4", sign: 1, decimals: 1, unit: "RMB", scale: "billion", qualifier: undefined }],
    ["RMB4.3 billion", { value: "4.3", sign: 1, decimals: 1, unit: "RMB", scale: "billion", qualifier: undefined }],
    ["more than US\\$300 million", { value: "300", sign: 1, decimals: 0, unit: "USD", scale: "million", qualifier: "more-than" }],
    ["more than US$300 million", { value: "300", sign: 1, decimals: 0, unit: "USD", scale: "million", qualifier: "more-than" }],
    ["approximately US\\$180 million", { value: "180", sign: 1, decimals: 0, unit: "USD", scale: "million", qualifier: "approximately" }],
    ["40%", { value: "40", sign: 1, decimals: 0, unit: "percent", scale: "one", qualifier: undefined }],
    ["30%", { value: "30", sign: 1, decimals: 0, unit: "percent", scale: "one", qualifier: undefined }],
    ["approximately 13.8%", { value: "13.8", sign: 1, decimals: 1, unit: "percent", scale: "one", qualifier: "approximately" }],
    ["RMB10.5 billion", { value: "10.5", sign: 1, decimals: 1, unit: "RMB", scale: "billion", qualifier: undefined }],
    ["RMB 8.4 billion", { value: "8.4", sign: 1, decimals: 1, unit: "RMB", scale: "billion", qualifier: undefined }],
    ["RMB19.5 billion", { value: "19.5", sign: 1, decimals: 1, unit: "RMB", scale: "billion", qualifier: undefined }],
    ["RMB32.1 billion", { value: "32.1", sign: 1, decimals: 1, unit: "RMB", scale: "billion", qualifier: undefined }],
    ["approximately RMB3.6 billion", { value: "3.6", sign: 1, decimals: 1, unit: "RMB", scale: "billion", qualifier: "approximately" }],
    ["34.2%", { value: "34.2", sign: 1, decimals: 1, unit: "percent", scale: "one", qualifier: undefined }],
    ["2.4", { value: "2.4", sign: 1, decimals: 1, unit: undefined, scale: undefined, qualifier: undefined }],
    // …and in its table, whose unit line supplies what bare cells leave out
    ["7,355", { value: "7355", sign: 1, decimals: 0, unit: undefined, scale: undefined, qualifier: undefined }],
    ["(771)", { value: "-771", sign: -1, decimals: 0, unit: undefined, scale: undefined, qualifier: undefined }],
    ["(1,880)", { value: "-1880", sign: -1, decimals: 0, unit: undefined, scale: undefined, qualifier: undefined }],
    ["45", { value: "45", sign: 1, decimals: 0, unit: undefined, scale: undefined, qualifier: undefined }],
    ["2.9%", { value: "2.9", sign: 1, decimals: 1, unit: "percent", scale: "one", qualifier: undefined }],
    ["4.0%", { value: "4", sign: 1, decimals: 1, unit: "percent", scale: "one", qualifier: undefined }],
    // Other forms filings print
    ["over RMB 2 million", { value: "2", sign: 1, decimals: 0, unit: "RMB", scale: "million", qualifier: "more-than" }],
    ["at least 1,000", { value: "1000", sign: 1, decimals: 0, unit: undefined, scale: undefined, qualifier: "at-least" }],
    ["less than 0.5%", { value: "0.5", sign: 1, decimals: 1, unit: "percent", scale: "one", qualifier: "less-than" }],
    ["at most US$ 12.25 thousand", { value: "12.25", sign: 1, decimals: 2, unit: "USD", scale: "thousand", qualifier: "at-most" }],
    ["About RMB 900", { value: "900", sign: 1, decimals: 0, unit: "RMB", scale: "one", qualifier: "approximately" }],
    ["17.0 billion", { value: "17", sign: 1, decimals: 1, unit: undefined, scale: "billion", qualifier: undefined }],
    // Durations and multiples, named by the word after the digits
    ["9.97 months", { value: "9.97", sign: 1, decimals: 2, unit: "months", scale: "one", qualifier: undefined }],
    ["1 month", { value: "1", sign: 1, decimals: 0, unit: "months", scale: "one", qualifier: undefined }],
    ["about 30 days", { value: "30", sign: 1, decimals: 0, unit: "days", scale: "one", qualifier: "approximately" }],
    ["more than 10 years", { value: "10", sign: 1, decimals: 0, unit: "years", scale: "one", qualifier: "more-than" }],
    ["2.4 times", { value: "2.4", sign: 1, decimals: 1, unit: "ratio", scale: "one", qualifier: undefined }],
  ])("%s", (printed, expected) => {
    expect(parsed(printed)).toEqual(expected);
  });

  it.each(["90 day+", "n/a", "", "(771", "1.2.3", "RMB", "13a-16", "US$300 millions", "more than", "30 day-past-due", "2.4 timesheets"])("%j is not a printed number", (printed) => {
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
    const found = findPrintedNumbers(text).map(({ start, end, digits }) => [text.slice(start, end), text.slice(...digits)]);
    expect(found).toEqual([
      ["more than US$300 million", "300"],
      ["2024", "2024"],
      ["34.2%", "34.2"],
      ["(1,880)", "1,880"],
      ["RMB16.6 billion", "16.6"],
    ]);
  });

  it("takes no parenthesis that does not close around the digits", () => {
    const text = "(NASDAQ: QFIN; HKEx: 3660) and (i)";
    expect(findPrintedNumbers(text).map(({ start, end }) => text.slice(start, end))).toEqual(["3660"]);
  });
});
