import { parsePeriod } from "#engine/facts/period.ts";
import { againstQuarterBefore } from "./names/change.ts";
import { forecastFor } from "./names/guidance.ts";
import { underStandard } from "./names/subject.ts";
import { spelledOut } from "./number-reading.ts";
import { quarterBefore } from "./period-mentions.ts";
import type { PeriodMention } from "./period-mentions.ts";
import type { TextRange } from "./sentences.ts";

/**
 * The period a sentence without figures says the text is about. One that names a day and a span of time ("May
 * 3, 2031 - … for the quarter ended March 31, 2031") is dated on that day and about the span; a day is a
 * balance's only "as of" or "at" it ("A call on the results begins on May 4, 2031" dates nothing). A text of two
 * periods ("fourth quarter and full year results for 2031", "its fourth quarter and annual results as of
 * December 31, 2031") is about the shorter, a quarter named without its year being of the stated period's:
 * "the quarter" is read against it, and "the year" is the year it falls in. The period a forecast is for ("and
 * gave its guidance for 2008") is not the one the text reports on.
 */
export function statedPeriod(
  text: string,
  sentence: readonly PeriodMention[],
  mentions: readonly PeriodMention[],
): string | undefined {
  const stated = sentence.filter(
    (mention) =>
      !mention.relative &&
      !comparedWith(text, mentions, mention) &&
      !forecastFor(text.slice(Math.max(0, mention.start - 60), mention.start)) &&
      (parsePeriod(mention.label)?.kind === "duration" ||
        /^as\b/i.test(text.slice(mention.start, mention.end)) ||
        /\bat\s*$/i.test(text.slice(Math.max(0, mention.start - 4), mention.start))),
  );
  const about = (stated.findLast(({ label }) => parsePeriod(label)?.kind === "duration") ?? stated[0])?.label;
  const span = parsePeriod(about ?? "");
  if (!about || !span) return about;
  const [start, end] = span.kind === "duration" ? [span.start, span.end] : [span.date, span.date];
  const parts = sentence.flatMap((mention) => {
    const part = mention.relative && parsePeriod(mention.relative(about) ?? "");
    return part && part.kind === "duration" && part.end <= end && part.end >= start ? [part] : [];
  });
  // The shortest: of spans that end within the stated one, the one that starts last.
  // ISO dates, compared as they are written (a locale's collation has no say in them).
  const [shortest] = [...parts, ...(span.kind === "duration" ? [span] : [])].sort((a, b) =>
    a.start < b.start ? 1 : a.start > b.start ? -1 : 0,
  );
  return shortest?.label ?? about;
}

/**
 * The period a heading names without its year ("Fourth Quarter Results"): of the year of the period the text is
 * about; in a text that has stated none yet, the last such period to end by the day the text was filed
 * ("Second-Quarter Results" filed on July 26, 2012 is Q2 2012; "Fourth Quarter Results" filed in February 2013,
 * Q4 2012). A heading is a line without a full stop that names no other period.
 */
export function headingPeriod(
  text: string,
  range: TextRange,
  mentions: readonly PeriodMention[],
  about: string | undefined,
  filed: string | undefined,
): string | undefined {
  const named = mentions.filter((mention) => mention.start >= range.start && mention.end <= range.end);
  const relative = named.length === 1 ? named[0]!.relative : undefined;
  if (!relative || !isHeading(text, range)) return undefined;
  if (about || !filed) return about && relative(about);
  const year = Number(filed.slice(0, 4));
  return [year, year - 1]
    .map((candidate) => relative(String(candidate)))
    .find((label) => {
      const period = parsePeriod(label ?? "");
      return period?.kind === "duration" && period.end <= filed;
    });
}

/** Whether a passage is a heading: a line without a full stop ("Full Year 2033 Highlights"). */
export function isHeading(text: string, range: TextRange): boolean {
  return !/[.!?]\s*$/.test(text.slice(range.start, range.end));
}

/** Whether a period is longer than another and holds it: FY2033 holds Q1 2033 and 2033-03-31. */
export function holds(outer: string, inner: string): boolean {
  const [a, b] = [parsePeriod(outer), parsePeriod(inner)];
  if (a?.kind !== "duration" || !b || outer === inner) return false;
  const [start, end] = b.kind === "duration" ? [b.start, b.end] : [b.date, b.date];
  // ISO dates, compared as they are written.
  return a.start <= start && end <= a.end;
}

/** A basis that opens a sentence before its subject: "Under GAAP,", "On a non-GAAP basis,". */
const basisOpening = new RegExp(String.raw`^\s*(?:${underStandard}|on an? [A-Za-z-]+ basis),`, "i");

/**
 * The period a sentence opens with, which dates every figure of it that states none of its own: "During
 * the third quarter of 2023, …", "As of September 30, 2023, …" (up to three words before it), or "During
 * the quarter the Company invested …", read against the period the text is about; or the one its subject is
 * stated for, before any figure: "Net income attributable to Harbor Gas for the fiscal year climbed 12.0% …".
 */
export function opening(
  text: string,
  range: TextRange,
  mentions: readonly PeriodMention[],
  about: string | undefined,
): PeriodMention | undefined {
  const first = mentions.find((mention) => mention.start >= range.start && mention.end <= range.end);
  if (!first || comparedWith(text, mentions, first)) return undefined;
  // A basis may open the sentence before its subject ("Under GAAP, net income for …").
  const before = text.slice(range.start, first.start).replace(basisOpening, "");
  const subject =
    /^\s*(?:[A-Za-z'’&-]+\s+){1,8}$/.test(before) && /^[^\d,;:()]*\d/.test(text.slice(first.end, range.end));
  if (!subject && !/^\s*(?:[A-Za-z]+\s+){0,3}$/.test(before)) return undefined;
  // A stated period opens a sentence when a comma ends it; "the quarter" cannot be read as anything else.
  if (!first.relative)
    return subject || /^\s*(?:as a whole\s*)?[,:]/.test(text.slice(first.end, range.end)) ? first : undefined;
  const label = about && first.relative(about);
  return label ? { ...first, label, relative: undefined } : undefined;
}

/**
 * The period that ends a figure's clause, when it is the only one its sentence states and no figure owns it:
 * "the Company returned $4.4 million of savings to its customers during the year". Not a period compared
 * with ("up from the prior year", "compared with 2016").
 */
export function closing(
  text: string,
  number: TextRange,
  sentence: readonly PeriodMention[],
  owners: ReadonlyMap<PeriodMention, TextRange>,
): PeriodMention | undefined {
  const [only, ...others] = sentence;
  if (!only || others.length || owners.has(only) || only.start < number.end) return undefined;
  const before = text.slice(number.end, only.start);
  // Nor one past the figure's clause, or that opens a clause of its own ("; in the prior year quarter, a net loss …").
  if (/\b(?:from|than|over|against|versus|since|compared)\b|[;:—]/i.test(before) || /^\s*,/.test(text.slice(only.end)))
    return undefined;
  return comparedWith(text, sentence, only) ? undefined : only;
}

/**
 * The period a heading or a sentence without figures says the figures after it are compared with ("Third quarter
 * results against 2Q31", "Unless stated otherwise, comparisons are with the second quarter of 2030"), read
 * against the period the text is about.
 */
export function comparedPeriod(
  text: string,
  sentence: readonly PeriodMention[],
  mentions: readonly PeriodMention[],
  about: string | undefined,
): string | undefined {
  const stated = sentence.find((mention) => comparedWith(text, mentions, mention));
  return stated?.relative ? about && stated.relative(about) : stated?.label;
}

/**
 * Whether a period is the one the text compares with ("Unless stated otherwise, comparisons are with the first
 * quarter of 2018 (1Q18)", "Compared with 2016, …"), not the one it is about: it dates neither the text after it
 * nor a sentence it opens. A period in brackets restates the one before it.
 */
function comparedWith(text: string, mentions: readonly PeriodMention[], mention: PeriodMention): boolean {
  // The clause before it: a word of comparing ("comparisons", "compared") and the preposition that names what
  // is compared with, whatever stands between them ("All comparisons below are with", "Figures are compared against");
  // or the period a change is "on" or "over" ("an increase of 36 percent on the same period a year earlier").
  const clause = text
    .slice(Math.max(0, mention.start - 120), mention.start)
    .split(/[,;:]|[.!?]\s/)
    .at(-1)!;
  if (
    /\bcompar(?:e|es|ed|ing|isons?)\b[^\d]*?\b(?:with|to|against)\s*$|\b(?:relative to|versus|against|than|beside|alongside)\s*$|\b(?:on|over) the same (?:period|quarter|half)\s*$/i.test(
      clause,
    )
  )
    return true;
  // A period restated in brackets or after a comma ("the first quarter of fiscal 2033, the thirteen weeks ended
  // October 23, 2032") is compared with as the one it restates.
  const restated = mentions.find(
    (other) => other.end <= mention.start && /^\s*[(,]\s*$/.test(text.slice(other.end, mention.start)),
  );
  return restated !== undefined && comparedWith(text, mentions, restated);
}

/**
 * Whether the last of a sentence's figures (after the sentence's own range) is a figure compared with:
 * "from RMB 11.4 billion in 2023", "compared to net profit of US$136.6 million"; and what is said of it after
 * ", or" or in brackets (", or EPS of US$3.22"), a share's after what it is of ("from 37% of total sales, or
 * $6.9 million"). Such a figure names the level, but does not date its changes.
 */
export function compared(text: string, [sentence, ...figures]: readonly TextRange[]): boolean {
  const number = figures.at(-1)!;
  const previous = figures.at(-2);
  // "against 1.5 points, or $3.0 million": the unit spelled after the figure before is no part of what comes between.
  const before = text.slice(previous?.end ?? sentence!.start, number.start).replace(spelledOut, "");
  if (
    /\b(?:from|compared (?:to|with)|against|versus|(?:than|above|below) the)\s*(?:(?:[A-Za-z'’-]+\s+){1,4}of\s*)?[$€£]?\s*$/i.test(
      before,
    ) ||
    // "increased 4% over last year's $58.7 million": a period's figure, named by the possessive, after a word of comparing.
    /\b(?:over|from|compared (?:to|with)|against|versus)\s+(?:[A-Za-z0-9-]+\s+){0,3}[A-Za-z0-9-]+['’]s\s*[$€£]?\s*$/i.test(
      before,
    )
  )
    return true;
  return (
    previous !== undefined &&
    /^\s*(?:of\s[^,;()]*)?(?:,\s*or|\()\s*(?:[A-Za-z-]+\s+){0,4}(?:of\s*)?[$€£]?\s*$/i.test(before) &&
    compared(text, [sentence!, ...figures.slice(0, -1)])
  );
}

/**
 * Whether the clause after a change says it is measured against the quarter before: in words ("quarter-over-quarter",
 * "the previous quarter") or by naming that quarter ("from the second quarter of 2023" of a third quarter's figure).
 */
export function measuredAgainstQuarterBefore(
  text: string,
  clause: TextRange,
  mentions: readonly PeriodMention[],
  period: string | undefined,
): boolean {
  const named = mentions.find((mention) => mention.start >= clause.start && mention.end <= clause.end);
  // A quarter named without its year ("from the second quarter") is of the year of the period measured; a
  // balance's quarter before is the day it ended.
  const label = named && period && (named.relative ? named.relative(period) : named.label);
  const span = parsePeriod(label ?? "");
  const ends = span?.kind === "duration" ? [label, span.end] : [label];
  return (
    againstQuarterBefore(text.slice(clause.start, clause.end)) ||
    (label !== undefined && ends.includes(quarterBefore(period!)))
  );
}
