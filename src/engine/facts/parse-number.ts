import Decimal from "decimal.js";
import type { Currency, Scale, Unit } from "#engine/quantity/unit.ts";
import type { Qualifier } from "./fact.ts";
import { fold, plainText } from "./plain.ts";

/** What a printed number says, before any context (a table's unit line, the fact's own unit) is applied. */
export interface PrintedNumber {
  /** The digits' value at the printed scale, with its sign: 17.0 for "RMB 17.0 billion", −771 for "(771)" or "−771". */
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

/**
 * Digits as filings print them: 7,355 or 17.0 or 38752, or a fraction without its leading zero, as older
 * releases print cents ("$.66", a reader's 0.66, never 66); not the point of "No.5", which ends a word.
 */
export const digitsPattern = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|(?<![\w.])\.\d+`;

/** Qualifiers, the longer first where one ends another ("not less than", "less than"): each makes a bound or an estimate. */
const qualifiers: Record<string, Qualifier> = {
  "not less than": "at-least",
  "no less than": "at-least",
  "not more than": "at-most",
  "no more than": "at-most",
  "in excess of": "more-than",
  "up to": "at-most",
  "more than": "more-than",
  over: "more-than",
  // A verb that says a figure passed the one it names: "revenue surpassed $100 million", "growth exceeding 18%".
  exceeding: "more-than",
  exceeded: "more-than",
  surpassing: "more-than",
  surpassed: "more-than",
  "at least": "at-least",
  "less than": "less-than",
  under: "less-than",
  "at most": "at-most",
  approximately: "approximately",
  approximate: "approximately",
  estimated: "approximately",
  about: "approximately",
  around: "approximately",
  roughly: "approximately",
  // Below the figure and near it, as a reader takes them: an estimate, never the figure itself.
  nearly: "approximately",
  almost: "approximately",
  approaching: "approximately",
  "close to": "approximately",
};

/** Bounds printed after a figure: "20% or greater" is at least 20%, "$5 million or less" at most $5 million. */
const trailingBounds: Record<string, Qualifier> = {
  greater: "at-least",
  more: "at-least",
  higher: "at-least",
  above: "at-least",
  less: "at-most",
  fewer: "at-most",
  lower: "at-most",
  below: "at-most",
};

const currencies: Record<string, Currency> = { rmb: "RMB", us$: "USD", "¥": "RMB" };

/** Scale words as filings print them, spelled out or abbreviated ("RMB1.5bn", "US$300mn"). */
const scales: Record<string, Scale> = {
  thousand: "thousand",
  thousands: "thousand",
  million: "million",
  millions: "million",
  mn: "million",
  mln: "million",
  mm: "million",
  billion: "billion",
  billions: "billion",
  bn: "billion",
  bln: "billion",
  trillion: "trillion",
  trillions: "trillion",
  tn: "trillion",
};

/** Unit words printed after the digits: a duration ("9.97 months"), or a multiple ("2.4 times"), a ratio. */
const unitWords: Record<string, Unit> = {
  month: "months",
  months: "months",
  day: "days",
  days: "days",
  year: "years",
  years: "years",
  times: "ratio",
};

/** One-letter scale words: only straight after an amount of money ("US$5m", "RMB2.1b"), so "Rule 10b-5" stays 10. */
const letterScales: Record<string, Scale> = { k: "thousand", m: "million", b: "billion" };

/**
 * Another country's dollar, its letters in capitals before the "$" ("NT$1.5 billion", "HK$20", "C$3.2 million"):
 * read with the figure, so that no fact takes it for a dollar of the fact's choosing, and read as no number, as
 * Recount has no unit for it (README: ignore it with that reason).
 */
const otherDollar = String.raw`(?<![A-Za-z])(?-i:(?!US)[A-Z]{1,3})\$`;
const otherDollarOpening = new RegExp(`^${otherDollar}`);

/** The other country's dollar a printed number opens on ("NT$" of "NT$1.5 billion"), if it does. */
export function otherDollarOf(printed: string): string | undefined {
  return otherDollarOpening.exec(printed)?.[0];
}

/**
 * Currencies as printed. A "$" alone is part of the printed number, so that "over $260 million" is a bound,
 * "($1,234)" a negative and "$5m" five million, but names no unit: a dollar of no one country, its fact says
 * which (README, step 3).
 */
const currencyPattern = String.raw`RMB|US\$|¥|${otherDollar}|\$`;

/**
 * A minus sign: U+2212, a hyphen, or an en or em dash, which typesetters print for one ("–5.2%"); a hyphen or
 * dash followed by a space is punctuation ("2023 – 2024").
 */
const minusPattern = String.raw`− ?|[-–—](?! )`;
/**
 * A minus printed after the digits ("120-"), as some statements print negatives; not "30-day", "2023-24", nor the
 * hyphen of a range between two amounts ("$1.02-$1.07").
 */
const trailingMinusPattern = String.raw`[-−–—](?![\w.,%$¥(])`;

/**
 * A printed number in plain text: qualifier, currency, sign, digits (in parentheses when negative), scale
 * word, %. A minus (U+2212 or "-") counts only where no word or digit runs into it, so "2023-2024" and
 * "Form 6-K" print no negative. A qualifier straight after another figure makes a comparative, not a bound:
 * "7.7% more than RMB64,583 million" says nothing about how large 64,583 is.
 */
const printedPattern =
  String.raw`(?:(?<![\d%]\s?|\b(?:${Object.keys(scales).join("|")})\s)\b(?<qualifier>${Object.keys(qualifiers).join("|")}) )?` +
  String.raw`(?:(?<![\w.,\-−–—])(?<leadingMinus>${minusPattern}))?` +
  String.raw`(?:(?<currency>${currencyPattern}) ?(?<minus>${minusPattern})?)?` +
  String.raw`(?:\( ?(?<negative>${digitsPattern}) ?\)|\( ?(?<enclosedCurrency>${currencyPattern}) ?(?<enclosedNegative>${digitsPattern}) ?\)|(?<positive>${digitsPattern})(?<trailingMinus>${trailingMinusPattern})?)` +
  String.raw`(?:(?<=(?:${currencyPattern}) ?(?:${minusPattern})?[\d.,]+)(?<letter>[${Object.keys(letterScales).join("")}])(?![\w-])|(?:[ -]?(?<scale>${Object.keys(scales).join("|")})\b))?` +
  // A percentage has no unit word after it ("16% year over year"); nor is "90 day+" or "30-day" one: a label's words.
  // A multiple may print its "x" straight after the digits ("1.7x"), not in "2x4".
  String.raw`(?:(?<percent> ?%)|(?<multiple>x)\b(?!-)|(?: (?<unitWord>${Object.keys(unitWords).join("|")})\b(?![+-]| over\b)))?` +
  // A bound printed after the figure: "a margin of 20% or greater", "$5 million or less" (not "or more than").
  String.raw`(?: or (?<bound>${Object.keys(trailingBounds).join("|")})\b(?! than\b))?`;

const wholePrintedPattern = new RegExp(`^${printedPattern}$`, "i");

/**
 * Reads a printed number: "more than US\$300 million", "RMB16.6 billion", "(1,880)", "RMB −1,234 million",
 * "RMB1.5bn", "34.2%", "2.4", "３，４００". Undefined when `printed` is not one printed number ("90 day+", "n/a").
 */
export function parseNumber(printed: string): PrintedNumber | undefined {
  const groups = wholePrintedPattern.exec(fold(plainText(printed)))?.groups;
  if (!groups) return undefined;
  const negative = groups.negative ?? groups.enclosedNegative;
  // "(US$1,234)": the currency inside the parentheses, where it cannot also be printed before them.
  if (groups.currency !== undefined && groups.enclosedCurrency !== undefined) return undefined;
  const currency = groups.currency ?? groups.enclosedCurrency;
  if (currency !== undefined && otherDollarOf(currency) === currency) return undefined;
  const minuses = [groups.leadingMinus, groups.minus, negative, groups.trailingMinus].filter(
    (part) => part !== undefined,
  ).length;
  // "(−771)" or "−RMB −5": two signs, which a filing does not print for one number.
  if (minuses > 1) return undefined;
  const digits = (negative ?? groups.positive!).replaceAll(",", "");
  const sign = minuses ? -1 : 1;
  const unit = groups.percent
    ? "percent"
    : currency
      ? currencies[currency.toLowerCase()]
      : groups.unitWord
        ? unitWords[groups.unitWord.toLowerCase()]
        : groups.multiple
          ? "ratio"
          : undefined;
  const word = groups.scale
    ? scales[groups.scale.toLowerCase()]
    : groups.letter
      ? letterScales[groups.letter.toLowerCase()]
      : undefined;
  const scale = word ?? (unit ? "one" : undefined);
  return {
    // Read from its digits, which rounds nothing however many a filing prints.
    value: new Decimal(sign < 0 ? `-${digits}` : digits),
    sign,
    decimals: digits.split(".")[1]?.length ?? 0,
    unit,
    scale,
    qualifier: groups.qualifier
      ? qualifiers[groups.qualifier.toLowerCase()]
      : groups.bound
        ? trailingBounds[groups.bound.toLowerCase()]
        : undefined,
  };
}

/** A range's low end printed with its estimate, right before its high end: "approximately $0.12 to ". */
const approximateLowEnd = new RegExp(String.raw`(${printedPattern})\s*(?:to|[–—])\s*$`, "i");

/**
 * The estimate a range's low end gives its high end, as a reader takes "approximately $0.12 to $0.14": both are
 * approximate. `preceding` is the text just before the high end, `high` the high end as read. Only an estimate
 * ("more than 5 to 10" bounds its low end alone), and only of a figure of the high end's unit: "rose approximately
 * 11% to $1.98" is a change and the level it reached, no range.
 */
export function rangeQualifier(
  preceding: string,
  high: PrintedNumber,
): { word: string; qualifier: Qualifier } | undefined {
  const low = approximateLowEnd.exec(fold(plainText(preceding)))?.[1];
  const word = low === undefined ? undefined : wholePrintedPattern.exec(low)?.groups?.qualifier;
  return word && qualifiers[word.toLowerCase()] === "approximately" && parseNumber(low!)?.unit === high.unit
    ? { word, qualifier: "approximately" }
    : undefined;
}

/** Where a printed number is in plain text: [start, end) of the whole form, and of its digits. */
export interface PrintedSpan {
  readonly start: number;
  readonly end: number;
  readonly digits: readonly [number, number];
}

/** Every printed number in plain text, fullwidth digits included. */
export function findPrintedNumbers(text: string): PrintedSpan[] {
  return Array.from(fold(text).matchAll(new RegExp(printedPattern, "dgi")), (match) => {
    const { negative, enclosedNegative, positive } = match.indices!.groups!;
    return {
      start: match.index,
      end: match.index + match[0].length,
      digits: (negative ?? enclosedNegative ?? positive)!,
    };
  });
}

/**
 * Reads a table cell: a printed number, "(1.8%)", as statements print a negative percentage in a table
 * (−1.8%), or "+7%", a positive change. Only in a cell: in a sentence, "(45.2%)" is as often an aside giving a
 * share, and reads as printed.
 */
export function parseCell(printed: string): PrintedNumber | undefined {
  const digits = /^\(\s*(\d[\d.,]*)\s*%\s*\)$/.exec(printed)?.[1];
  // A plus sign before a change ("+7%") says it is a rise, as a minus says a fall.
  return parseNumber(digits === undefined ? printed.replace(/^\+\s?(?=[\d.$])/, "") : `(${digits})%`);
}
