import Decimal from "decimal.js";
import type { Currency, Scale, Unit } from "../quantity/unit.ts";
import type { Qualifier } from "./fact.ts";
import { plainText } from "./plain.ts";

/** What a printed number says, before any context (a table's unit line, the fact's own unit) is applied. */
export interface PrintedNumber {
  /** The digits' value at the printed scale, with its sign: 17.0 for "RMB 17.0 billion", −771 for "(771)". */
  readonly value: Decimal;
  readonly sign: 1 | -1;
  /** Digits printed after the point: the precision. */
  readonly decimals: number;
  /** Printed currency or %; undefined for bare digits. */
  readonly unit: Unit | undefined;
  /** Printed scale word; "one" for a currency or % printed without one; undefined for bare digits. */
  readonly scale: Scale | undefined;
  readonly qualifier: Qualifier | undefined;
}

/** Digits as filings print them: 7,355 or 17.0 or 38752. */
export const digitsPattern = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;

const qualifiers: Record<string, Qualifier> = {
  "more than": "more-than",
  over: "more-than",
  "at least": "at-least",
  "less than": "less-than",
  under: "less-than",
  "at most": "at-most",
  approximately: "approximately",
  about: "approximately",
  around: "approximately",
};

const currencies: Record<string, Currency> = { rmb: "RMB", us$: "USD", "¥": "RMB" };

const scales: Record<string, Scale> = { thousand: "thousand", million: "million", billion: "billion" };

/** A printed number in plain text: qualifier, currency, digits (in parentheses when negative), scale word, %. */
const printedPattern =
  String.raw`(?:\b(?<qualifier>${Object.keys(qualifiers).join("|")}) )?` +
  String.raw`(?:(?<currency>RMB|US\$|¥) ?)?` +
  String.raw`(?:\((?<negative>${digitsPattern})\)|(?<positive>${digitsPattern}))` +
  String.raw`(?: ?(?<scale>${Object.keys(scales).join("|")})\b)?(?<percent>%)?`;

const wholePrintedPattern = new RegExp(`^${printedPattern}$`, "i");

/**
 * Reads a printed number: "more than US\$300 million", "RMB16.6 billion", "(1,880)", "34.2%", "2.4".
 * Undefined when `printed` is not one printed number ("90 day+", "n/a").
 */
export function parseNumber(printed: string): PrintedNumber | undefined {
  const groups = wholePrintedPattern.exec(plainText(printed))?.groups;
  if (!groups) return undefined;
  const digits = groups.negative ?? groups.positive!;
  const sign = groups.negative === undefined ? 1 : -1;
  const unit = groups.percent ? "percent" : groups.currency ? currencies[groups.currency.toLowerCase()] : undefined;
  const scale = groups.scale ? scales[groups.scale.toLowerCase()] : unit ? "one" : undefined;
  return {
    value: new Decimal(digits.replaceAll(",", "")).times(sign),
    sign,
    decimals: digits.split(".")[1]?.length ?? 0,
    unit,
    scale,
    qualifier: groups.qualifier ? qualifiers[groups.qualifier.toLowerCase()] : undefined,
  };
}

/** Where a printed number is in plain text: [start, end) of the whole form, and of its digits. */
export interface PrintedSpan {
  readonly start: number;
  readonly end: number;
  readonly digits: readonly [number, number];
}

/** Every printed number in plain text. */
export function findPrintedNumbers(text: string): PrintedSpan[] {
  return Array.from(text.matchAll(new RegExp(printedPattern, "dgi")), (match) => {
    const { negative, positive } = match.indices!.groups!;
    return { start: match.index, end: match.index + match[0].length, digits: (negative ?? positive)! };
  });
}
