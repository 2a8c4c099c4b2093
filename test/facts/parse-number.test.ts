import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findPrintedNumbers, parseNumber } from "#engine/facts/parse-number.ts";

/** What parseNumber reads from a printed form, every field it gives in one line: `value "17", sign 1, …`. */
function reading(printed: string): string | undefined {
  const number = parseNumber(printed);
  if (!number) return undefined;
  return Object.entries({ ...number, value: number.value.toString() })
    .filter(([, field]) => field !== undefined)
    .map(([key, field]) => `${key} ${JSON.stringify(field)}`)
    .join(", ");
}

/** Printed forms and what parseNumber reads from each, as `reading` writes it. */
const readings: [printed: string, reading: string][] = [
  // The QFIN filing's printed forms, in prose
  ["RMB 17.0 billion", 'value "17", sign 1, decimals 1, unit "RMB", scale "billion"'],
  ["RMB 16.0 billion", 'value "16", sign 1, decimals 1, unit "RMB", scale "billion"'],
  ["RMB 5.2 billion", 'value "5.2", sign 1, decimals 1, unit "RMB", scale "billion"'],
  ["RMB 4.7 billion", 'value "4.7", sign 1, decimals 1, unit "RMB", scale "billion"'],
  ["RMB16.6 billion", 'value "16.6", sign 1, decimals 1, unit "RMB", scale "billion"'],
  ["RMB16.3 billion", 'value "16.3", sign 1, decimals 1, unit "RMB", scale "billion"'],
  ["RMB4.0 billion", 'value "4", sign 1, decimals 1, unit "RMB", scale "billion"'],
  ["RMB4.3 billion", 'value "4.3", sign 1, decimals 1, unit "RMB", scale "billion"'],
  ["more than US\\$300 million", 'value "300", sign 1, decimals 0, unit "USD", scale "million", qualifier "more-than"'],
  ["more than US$300 million", 'value "300", sign 1, decimals 0, unit "USD", scale "million", qualifier "more-than"'],
  [
    "approximately US\\$180 million",
    'value "180", sign 1, decimals 0, unit "USD", scale "million", qualifier "approximately"',
  ],
  ["40%", 'value "40", sign 1, decimals 0, unit "percent", scale "one"'],
  ["30%", 'value "30", sign 1, decimals 0, unit "percent", scale "one"'],
  ["approximately 13.8%", 'value "13.8", sign 1, decimals 1, unit "percent", scale "one", qualifier "approximately"'],
  ["RMB10.5 billion", 'value "10.5", sign 1, decimals 1, unit "RMB", scale "billion"'],
  ["RMB 8.4 billion", 'value "8.4", sign 1, decimals 1, unit "RMB", scale "billion"'],
  ["RMB19.5 billion", 'value "19.5", sign 1, decimals 1, unit "RMB", scale "billion"'],
  ["RMB32.1 billion", 'value "32.1", sign 1, decimals 1, unit "RMB", scale "billion"'],
  [
    "approximately RMB3.6 billion",
    'value "3.6", sign 1, decimals 1, unit "RMB", scale "billion", qualifier "approximately"',
  ],
  ["34.2%", 'value "34.2", sign 1, decimals 1, unit "percent", scale "one"'],
  ["2.4", 'value "2.4", sign 1, decimals 1'],
  // …and in its table, whose unit line supplies what bare cells leave out
  ["7,355", 'value "7355", sign 1, decimals 0'],
  ["(771)", 'value "-771", sign -1, decimals 0'],
  ["(1,880)", 'value "-1880", sign -1, decimals 0'],
  ["45", 'value "45", sign 1, decimals 0'],
  ["2.9%", 'value "2.9", sign 1, decimals 1, unit "percent", scale "one"'],
  ["4.0%", 'value "4", sign 1, decimals 1, unit "percent", scale "one"'],
  // Other forms filings print
  ["over RMB 2 million", 'value "2", sign 1, decimals 0, unit "RMB", scale "million", qualifier "more-than"'],
  ["at least 1,000", 'value "1000", sign 1, decimals 0, qualifier "at-least"'],
  ["less than 0.5%", 'value "0.5", sign 1, decimals 1, unit "percent", scale "one", qualifier "less-than"'],
  [
    "at most US$ 12.25 thousand",
    'value "12.25", sign 1, decimals 2, unit "USD", scale "thousand", qualifier "at-most"',
  ],
  ["About RMB 900", 'value "900", sign 1, decimals 0, unit "RMB", scale "one", qualifier "approximately"'],
  // Words a reader takes as "just under": an estimate, so that no page shows the figure without its word.
  ["nearly 25%", 'value "25", sign 1, decimals 0, unit "percent", scale "one", qualifier "approximately"'],
  ["approaching 30%", 'value "30", sign 1, decimals 0, unit "percent", scale "one", qualifier "approximately"'],
  ["almost $2.0 billion", 'value "2", sign 1, decimals 1, scale "billion", qualifier "approximately"'],
  // "an approximate 2.9% increase", "an estimated 40,000": the adjective says it as the adverb does.
  ["approximate 2.9%", 'value "2.9", sign 1, decimals 1, unit "percent", scale "one", qualifier "approximately"'],
  ["estimated 40,000", 'value "40000", sign 1, decimals 0, qualifier "approximately"'],
  // A "$" alone is read with the figure, so that its qualifier, sign and scale letter are, but names no unit
  // (the fact says which dollar) nor a scale (a text may state once that its amounts are in thousands).
  ["over $260 million", 'value "260", sign 1, decimals 0, scale "million", qualifier "more-than"'],
  ["($1,234)", 'value "-1234", sign -1, decimals 0'],
  ["$(1,234)", 'value "-1234", sign -1, decimals 0'],
  ["(US$1,234)", 'value "-1234", sign -1, decimals 0, unit "USD", scale "one"'],
  ["$5m", 'value "5", sign 1, decimals 0, scale "million"'],
  // A fraction printed without its leading zero, as older releases print cents: 0.66, not 66.
  ["$.66", 'value "0.66", sign 1, decimals 2'],
  ["(.5)%", 'value "-0.5", sign -1, decimals 1, unit "percent", scale "one"'],
  ["$485,000", 'value "485000", sign 1, decimals 0'],
  ["17.0 billion", 'value "17", sign 1, decimals 1, scale "billion"'],
  // Signs: a minus sign (U+2212) or a hyphen, before or after the currency
  ["RMB −1,234 million", 'value "-1234", sign -1, decimals 0, unit "RMB", scale "million"'],
  ["RMB -1,234 million", 'value "-1234", sign -1, decimals 0, unit "RMB", scale "million"'],
  ["−RMB 5.5 billion", 'value "-5.5", sign -1, decimals 1, unit "RMB", scale "billion"'],
  ["−4.5%", 'value "-4.5", sign -1, decimals 1, unit "percent", scale "one"'],
  ["-12", 'value "-12", sign -1, decimals 0'],
  ["RMB(1,880) million", 'value "-1880", sign -1, decimals 0, unit "RMB", scale "million"'],
  // Scale words, spelled out or abbreviated
  ["RMB1.5bn", 'value "1.5", sign 1, decimals 1, unit "RMB", scale "billion"'],
  ["RMB 1.5 bn", 'value "1.5", sign 1, decimals 1, unit "RMB", scale "billion"'],
  ["US$300mn", 'value "300", sign 1, decimals 0, unit "USD", scale "million"'],
  ["US$300m", 'value "300", sign 1, decimals 0, unit "USD", scale "million"'],
  ["RMB2.1b", 'value "2.1", sign 1, decimals 1, unit "RMB", scale "billion"'],
  ["US$45k", 'value "45", sign 1, decimals 0, unit "USD", scale "thousand"'],
  ["US$300 millions", 'value "300", sign 1, decimals 0, unit "USD", scale "million"'],
  ["RMB 12 thousands", 'value "12", sign 1, decimals 0, unit "RMB", scale "thousand"'],
  ["RMB 1.2 trillion", 'value "1.2", sign 1, decimals 1, unit "RMB", scale "trillion"'],
  ["more than RMB −3 bn", 'value "-3", sign -1, decimals 0, unit "RMB", scale "billion", qualifier "more-than"'],
  // Fullwidth digits and separators
  ["３，４００", 'value "3400", sign 1, decimals 0'],
  ["RMB１２．５ billion", 'value "12.5", sign 1, decimals 1, unit "RMB", scale "billion"'],
  ["１２％", 'value "12", sign 1, decimals 0, unit "percent", scale "one"'],
  // Durations and multiples, named by the word after the digits
  ["9.97 months", 'value "9.97", sign 1, decimals 2, unit "months", scale "one"'],
  ["1 month", 'value "1", sign 1, decimals 0, unit "months", scale "one"'],
  ["about 30 days", 'value "30", sign 1, decimals 0, unit "days", scale "one", qualifier "approximately"'],
  ["more than 10 years", 'value "10", sign 1, decimals 0, unit "years", scale "one", qualifier "more-than"'],
  ["2.4 times", 'value "2.4", sign 1, decimals 1, unit "ratio", scale "one"'],
  // A multiple printed with its "x", which a page must show with it.
  ["1.7x", 'value "1.7", sign 1, decimals 1, unit "ratio", scale "one"'],
];

describe("parseNumber", () => {
  it.each(readings)("%s", (printed, expected) => {
    expect(reading(printed)).toBe(expected);
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
    "2x4",
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

  it("reads no sign into a hyphen between two amounts of a range, and no unit word into a percentage's comparison", () => {
    const text = "earnings of $1.02-$1.07 per share, RMB3.1-RMB3.4 billion, revenue up 16% year over year, 9.97 months";
    const found = findPrintedNumbers(text).map(({ start, end }) => text.slice(start, end));
    expect(found).toEqual(["$1.02", "$1.07", "RMB3.1", "RMB3.4 billion", "16%", "9.97 months"]);
    expect(found.map((printed) => parseNumber(printed)?.sign)).toEqual([1, 1, 1, 1, 1, 1]);
    // A minus printed after the digits still reads as one where no figure follows it.
    expect(parseNumber("120-")?.sign).toBe(-1);
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

  it('reads a "$" alone with its figure, qualifier, sign and scale letter included', () => {
    const text = "sales of over $260 million, a loss of ($1,234), and $5m raised";
    const found = findPrintedNumbers(text).map(({ start, end }) => text.slice(start, end));
    expect(found).toEqual(["over $260 million", "($1,234)", "$5m"]);
    expect(found.map((printed) => parseNumber(printed)?.qualifier)).toEqual(["more-than", undefined, undefined]);
    expect(found.map((printed) => parseNumber(printed)?.sign)).toEqual([1, -1, 1]);
  });

  it("finds the digits of a negative with its currency inside the parentheses, and of a fraction without its zero", () => {
    const text = "a loss of ($0.20) per share, a dividend of $.10, and No.5";
    const found = findPrintedNumbers(text).map(({ start, end, digits }) => [
      text.slice(start, end),
      text.slice(...digits),
    ]);
    expect(found).toEqual([
      ["($0.20)", "0.20"],
      ["$.10", ".10"],
      ["5", "5"],
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
