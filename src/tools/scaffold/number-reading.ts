import type { PrintedDirection } from "#engine/facts/direction.ts";
import { parseNumber } from "#engine/facts/parse-number.ts";
import type { PrintedNumber, PrintedSpan } from "#engine/facts/parse-number.ts";
import { isCurrency } from "#engine/quantity/unit.ts";
import type { Scale, Unit } from "#engine/quantity/unit.ts";
import type { TextRange } from "./sentences.ts";

/**
 * The currency of a translation: a figure in brackets right after one in another currency ("RMB11.9
 * billion (US$1.6 billion)"), which is the same figure, named as it with its currency ("usd").
 */
export function translated(
  text: string,
  {
    number,
    previous,
    reading,
    printed,
  }: { number: TextRange; previous: TextRange | undefined; reading: PrintedNumber; printed: readonly PrintedSpan[] },
): string | undefined {
  if (!previous || !reading.unit || !isCurrency(reading.unit)) return undefined;
  if (!/^\s*\(\s*$/.test(text.slice(previous.end, number.start)) || !/^\s*\)/.test(text.slice(number.end)))
    return undefined;
  const before = printed.find((span) => span.start === previous.start);
  const unit = before && parseNumber(text.slice(before.start, before.end))?.unit;
  return unit && unit !== reading.unit ? reading.unit : undefined;
}

/**
 * "percent" spelled out after a number: it is a percentage as "%" is, which the engine's number reader leaves to
 * the words; and so is a change of a percentage in (percentage) points ("improved 2.8 points to 95.1%"), not basis points.
 */
export const spelledOut = /^\s*(?:per ?cent|(?:percentage )?points?)\b/i;

/** What closes a ratio printed "1.2-to-1" or "0.99:1" after its first number: part of the figure, as a unit is. */
export const ratioTail = /^(?:-to-|:)1\b/;

/**
 * Whether an amount is printed with "$" alone ("$2.36 billion"), which the engine's reader leaves without a unit:
 * several currencies print it. Proposed as US dollars, for the editor to check.
 */
export const dollarSign = (printed: string): boolean => /^\(?\s*[-−–]?\s*\$/.test(printed);

export function spelledPercent(reading: PrintedNumber | undefined, after: string): PrintedNumber | undefined {
  return reading && reading.unit === undefined && reading.scale === undefined && spelledOut.test(after)
    ? { ...reading, unit: "percent", scale: "one" }
    : reading;
}

/**
 * Printed without anything that makes it a figure: no currency, scale, %, sign, decimals or thousands separator.
 * A word read as a qualifier may be a preposition: "growth over 2017 adjusted earnings" names a year.
 */
export function isBare(reading: PrintedNumber, digits: string): boolean {
  return reading.unit === undefined && reading.scale === undefined && reading.sign === 1 && !/[.,$]/.test(digits);
}

/**
 * Whether a number read as a count of years is a year a capital "Year" follows: "2031 Year End Results", a
 * header's "Three months 2030\tYear 2031", or a year a column label prints before its cells' "%" ("Q1 2016 %").
 * Numbers of years are not printed with four digits from 1900 on.
 */
export function isYearName(reading: PrintedNumber, digits: string, after: string): boolean {
  if (!/^(?:19|20)\d{2}$/.test(digits)) return false;
  // "Q1 2016 %" heading a table's column of percentages: the year names the column, the "%" its cells.
  if (reading.unit === "percent") return /^ ?%[ ]*(?:\t|\n|$)/.test(after);
  return reading.unit === "years" && /^\s*Year\b/.test(after);
}

/**
 * Whether a figure is an amount of money by a currency sign the engine's reader names no unit for ("$", "€"):
 * printed with it ("$5.0 million", which the reader reads whole) or just before it.
 */
export function signedAmount(text: string, number: TextRange, range: TextRange): boolean {
  return (
    /[$€£¥]/.test(text.slice(number.start, number.end)) || /[$€£¥]\s*$/.test(text.slice(range.start, number.start))
  );
}

export function readingOf(
  printed: string,
  reading: PrintedNumber,
  context: { unit?: Unit | undefined; scale?: Scale | undefined },
  direction: PrintedDirection | undefined,
) {
  const unit = reading.unit ?? context.unit;
  const negative = reading.sign === -1 || direction?.way === "decrease";
  return {
    printed,
    unit,
    scale: reading.scale ?? context.scale ?? (unit && !isCurrency(unit) ? "one" : undefined),
    sign: negative ? "negative" : "positive",
    direction,
    qualifier: reading.qualifier,
  } as const;
}
