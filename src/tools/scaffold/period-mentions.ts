import { isoDate, isoMonth, monthName, monthNumber } from "#engine/facts/calendar.ts";
import { parsePeriod } from "#engine/facts/period.ts";
import { fiscalPeriod, fiscalQuarterEnded } from "./fiscal-year.ts";
import type { YearEnd } from "./fiscal-year.ts";
import {
  latestOfWeeks,
  movedByWeeks,
  nearQuarter,
  pairedWeeks,
  printedWeeks,
  printedWeeksEndingIn,
  weekCount,
  weekCountPattern,
  weeksEnded,
  type WeekSpan,
} from "./week-calendar.ts";

/**
 * A period a text states, where it states it, and its label as facts files write it (FY2024, H1 2024). A
 * relative one ("a year ago", "the same period of 2023") has no label of its own: `relative` makes it from
 * the period the sentence is about.
 */
export interface PeriodMention {
  readonly start: number;
  readonly end: number;
  readonly label: string;
  readonly relative?: (reference: string) => string | undefined;
  /** The longer period a mention names with its label: "the three and six months ended June 30, 2024" is Q2 and H1 2024. */
  readonly paired?: string;
}

/** The (first) year a period names: 2024 of Q2 2024 and of 2024-01-01..2024-09-30. */
function yearIn(reference: string): string | undefined {
  return /\d{4}/.exec(reference)?.[0];
}

/**
 * The year a period falls in, as the text names its years: a label names its own (Q2 2024); a span of days in a
 * year that ends on another day than December 31 is of the year that ends on or just after its last day, less
 * the years its names lag (a second quarter of weeks, 2024-07-28..2024-10-26, of a year that ends in April is of 2025).
 */
function namedYearIn(reference: string, yearEnd: YearEnd | undefined): string | undefined {
  const span = parsePeriod(reference);
  if (!yearEnd || !span || /^(?:FY|[HQ][1-4] )\d{4}$/.test(reference)) return yearIn(reference);
  const last = span.kind === "duration" ? span.end : span.date;
  const year = Number(last.slice(0, 4));
  // A year of weeks ends within a week of its day.
  const endsThisYear = last <= isoDate(String(year), yearEnd.month, Math.min(yearEnd.day + 6, 31));
  return String((endsThisYear ? year : year + 1) - yearEnd.lag);
}

/**
 * The first six or nine months of a year, a span (H1, or January to September); of a fiscal year of months, from
 * the month after its year end (the first nine months of fiscal 2011, a year that ends on September 30: October
 * 2010 to June 2011).
 */
function firstMonths(count: string, year: string, yearEnd?: YearEnd): string | undefined {
  const n = count.toLowerCase() === "six" ? 6 : 9;
  const fiscal = yearEnd && !yearEnd.weeks && yearEnd.month !== 12;
  // Months counted from year 0: the last of the fiscal year named `year`, then the last of its first n.
  const yearLast = fiscal ? (Number(year) + yearEnd.lag) * 12 + yearEnd.month - 1 : Number(year) * 12 + 11;
  const last = yearLast - 12 + n;
  const end = lastDay(isoMonth(Math.floor(last / 12), (last % 12) + 1));
  return end && monthsEnded(count, end);
}

/**
 * The same kind of period in another year: Q2 2024 → Q2 2023, 2024-06-30 → 2023-06-30, and both ends of a
 * span moved alike (2024-01-01..2024-09-30 → 2023-01-01..2023-09-30).
 */
const inYear = (year: (current: number) => number) => (reference: string) => {
  const first = Number(yearIn(reference));
  return shifted(reference, year(first) - first);
};

/** A period moved to the year its last year is `year`: 2010-10-01..2011-06-30 in 2010 is 2009-10-01..2010-06-30. */
const inYearEnding = (year: number) => (reference: string) =>
  shifted(reference, year - Number(reference.match(/\d{4}/g)?.at(-1)));

/** Every year a period's label names, moved by `years`; a span of weeks by as many years of 52 weeks. */
const shifted = (reference: string, years: number) =>
  movedByWeeks(reference, 52 * years) ?? reference.replace(/\d{4}/g, (current) => String(Number(current) + years));

/** The same period a year before: Q3 2031 → Q3 2030, a span of weeks 52 weeks before. */
export const yearBefore = (reference: string) => shifted(reference, -1);

/**
 * The quarter before: Q1 2024 → Q4 2023, and a quarter's last day the last day of the quarter before
 * (2024-03-31 → 2023-12-31); undefined for any other period.
 */
export function quarterBefore(reference: string): string | undefined {
  const quarter = /^Q([1-4]) (\d{4})$/.exec(reference);
  if (quarter) {
    const [n, year] = [Number(quarter[1]), Number(quarter[2])];
    return n === 1 ? `Q4 ${year - 1}` : `Q${n - 1} ${year}`;
  }
  const ends = ["03-31", "06-30", "09-30", "12-31"];
  const day = /^(\d{4})-(\d{2}-\d{2})$/.exec(reference);
  const at = day ? ends.indexOf(day[2]!) : -1;
  if (at < 0) return undefined;
  const year = Number(day![1]);
  return at === 0 ? `${year - 1}-12-31` : `${year}-${ends[at - 1]}`;
}

/** How filings refer to a period by another: most specific first. */
const yearToDateWords = /\b(?:(?:in|during|for) the )?year[ -]to[ -]date\b/gi;

// Not the global form: a global pattern's test() starts where its last match ended.
const yearToDateWord = new RegExp(yearToDateWords.source, "i");

/** Whether a line says its figures run from the start of the year ("Year-to-date results"). */
const saysYearToDate = (line: string): boolean => yearToDateWord.test(line);

/**
 * A relative period read against the text's period (`reference`, a label such as Q3 2011, of the text's fiscal
 * year where `yearEnd` says it ends on another day than December 31).
 */
type Relative = (reference: string, yearEnd?: YearEnd) => string | undefined;

/** The days a label runs, in a text whose year ends on `yearEnd`: a fiscal Q3 2011 ends on June 30 where the year does on September 30. */
const days = (reference: string, yearEnd: YearEnd | undefined) => fiscalPeriod(reference, yearEnd) ?? reference;

/** The year the text's period falls in: FY2024 of Q3 2024. */
const yearOfText: Relative = (reference, yearEnd) => {
  const year = namedYearIn(reference, yearEnd);
  return year && `FY${year}`;
};

const relativeForms: readonly [RegExp, (...parts: string[]) => Relative][] = [
  // The same quarter or half a year before, named by the year: "in the prior year quarter", "the year-ago period".
  [
    /\b(?:in |during |for )?the (?:(?:comparable |corresponding )?(?:previous|prior|preceding)[ -]year(?:'s|’s)?|year[ -](?:ago|earlier)) (?:quarter|period|half)\b/gi,
    () => inYear((year) => year - 1),
  ],
  // "the third quarter last year", "the prior fiscal year's second quarter": that quarter of the year before the
  // one the text is about.
  [
    /\b(?:the )?(?:(first|second|third|fourth)[ -]quarter (?:of )?(?:last|the previous|the prior) (?:fiscal )?year|(?:last|the previous|the prior) (?:fiscal )?year['’]s (first|second|third|fourth) quarter)\b/gi,
    (n, possessed) => (reference, yearEnd) => {
      const year = namedYearIn(reference, yearEnd);
      return year && `Q${ordinals[(n ?? possessed)!.toLowerCase()]} ${Number(year) - 1}`;
    },
  ],
  [
    /\b(?:in |during |for )?the (?:same|comparable|comparative|corresponding) (?:period|quarter|half) (?:of |in )(?:fiscal )?(\d{4})\b/gi,
    // A period is named by the year it ends in: "the same period of fiscal 2010" of the nine months to June 30, 2011
    // ends in 2010, and "the same period of 2002" of the 39 weeks ending September 27, 2003 ends in 2002.
    (year) => inYearEnding(Number(year)),
  ],
  [
    /\b(?:in |during |for )?the (?:same|comparable|comparative|corresponding) (?:period|quarter|half) (?:of |in )?(?:last|the previous|the prior) (?:fiscal )?year\b/gi,
    () => inYear((year) => year - 1),
  ],
  [
    /\b(?:a|one) year (?:ago|earlier|before)\b|\b(?:in |during )?the (?:previous|prior|preceding) year\b|\blast year\b/gi,
    () => inYear((year) => year - 1),
  ],
  [/\b(?:in |during |for )?the (?:previous|prior|preceding|last) quarter\b|\blast quarter\b/gi, () => quarterBefore],
  // "grew 9% year-to-date", "$37.0 million for the year to date": from the start of the year to the end of the quarter the text is about.
  [yearToDateWords, () => yearToDate],
  // "net additions of 162 million during the year": the year the period the text is about falls in.
  [
    /\b(?:in|during|for) the (?:(?:full|fiscal|financial) ){0,2}year\b(?![ -](?:ended|ago|earlier|before|to[ -]date))/gi,
    () => yearOfText,
  ],
  // "for the 2022 quarter", "the 2022 nine-month period": the kind of period the text is about, in that year.
  [/\b(?:in |during |for )?the (\d{4}) quarter\b/gi, (year) => (reference) => yearOf(quarterOf(reference), year!)],
  [
    /\b(?:in |during |for )?the (\d{4}) (six|nine|twelve)[ -]month period\b/gi,
    (year, count) => (reference) => {
      const end = yearOf(lastDay(reference), year!);
      return end && monthsEnded(count!, end);
    },
  ],
  // "For the first nine months, …": of the year the text is about.
  [
    /\b(?:in |during |for )?the first (six|nine) months\b(?!\s+(?:of\s+)?(?:fiscal\s+(?:year\s+)?)?\d{4}|\s+ended\b)/gi,
    (count) => (reference, yearEnd) => {
      const year = namedYearIn(reference, yearEnd);
      return year && firstMonths(count!, year, yearEnd);
    },
  ],
  // "for the six months", "over those six months", "the three month period", a heading "Six Months:": the months
  // up to the end of the period the text is about (of a second quarter, the first half).
  [
    /\b(?:(?:in|during|for|over) )?(?:the|those|these) (three|six|nine|twelve)[ -]months?(?: periods?)?\b(?!(?: periods?)?[ -](?:ended|ending)\b)|\b(three|six|nine|twelve)[ -]months(?=:)/gi,
    (count, heading) => (reference, yearEnd) => {
      const end = lastDay(days(reference, yearEnd)) ?? reference;
      const months = (count ?? heading)!.toLowerCase();
      return months === "three" ? (quarterOf(end) ?? monthsEnded(months, end)) : monthsEnded(months, end);
    },
  ],
  // "ended the quarter with $217.4 million of cash": a balance on the last day of the quarter the text is about.
  [
    /\b(?:(?<=ended )the|the end of the) quarter\b/gi,
    () => (reference, yearEnd) => lastDay(days(quarterOf(reference) ?? "", yearEnd)),
  ],
  // "Full-year revenue rose 2.4%": a subject's own year, of the text's. ("Quarterly" names a kind as often, a
  // quarterly dividend, as a period.)
  [/\bfull[- ]year\b(?![ -](?:\d{4}|ended|ending|fiscal)\b)/gi, () => yearOfText],
  // "Backlog reached $91.1 billion at year end": a balance on the last day of the year the text is about.
  [
    /\bat (?:the )?(?:fiscal )?year[ -]end\b|\bat the end of the (?:fiscal )?year\b/gi,
    () => (reference, yearEnd) => {
      const year = yearOfText(reference);
      return year && lastDay(days(year, yearEnd));
    },
  ],
  // "During the quarter the Company invested …": the quarter the text is about, or the one a day it is about ends.
  [/\b(?:in|during|for) the quarter\b(?! ended)/gi, () => quarterOf],
];

/**
 * A quarter or half named without its year ("Third quarter revenue was …"): of the year the text is about.
 * Read after every other form, so that one with a year ("2023 Third Quarter", "the third quarter last year") wins.
 */
const withoutYear: (typeof relativeForms)[number] = [
  /\b(?:the )?(first|second|third|fourth|first half|second half)(?:[ -](?:fiscal )?quarter)?\b(?<=quarter|half)(?!\s+ended)/gi,
  (name) => (reference, yearEnd) => {
    const year = namedYearIn(reference, yearEnd);
    const [n, half] = name!.toLowerCase().split(" ");
    return year && `${half ? "H" : "Q"}${ordinals[n!]} ${year}`;
  },
];

/**
 * The year up to the end of a quarter, or of a period that ends with one: Q1 2024, H1 2024, January to September
 * 2024, FY2024; undefined for another period.
 */
function yearToDate(reference: string): string | undefined {
  const quarter = quarterOf(reference) ?? quarterOf(lastDay(reference) ?? "");
  const [, n, year] = /^Q([1-4]) (\d{4})$/.exec(quarter ?? "") ?? [];
  if (!year) return undefined;
  return [`Q1 ${year}`, `H1 ${year}`, firstMonths("nine", year), `FY${year}`][Number(n) - 1];
}

/** A period moved to another year: Q3 2023 in 2022 is Q3 2022. */
export function yearOf(period: string | undefined, year: string): string | undefined {
  return period && inYear(() => Number(year))(period);
}

/** The quarter a period is or ends: Q1 2020, and 2020-03-31 → Q1 2020; undefined for any other period. */
function quarterOf(reference: string): string | undefined {
  const day = /^(\d{4})-(03-31|06-30|09-30|12-31)$/.exec(reference);
  if (day) return `Q${["03-31", "06-30", "09-30", "12-31"].indexOf(day[2]!) + 1} ${day[1]}`;
  return /^Q[1-4] \d{4}$/.test(reference) ? reference : undefined;
}

/** The last day of a period (Q1 2024 → 2024-03-31). */
function lastDay(reference: string): string | undefined {
  const period = parsePeriod(reference);
  return period?.kind === "duration" ? period.end : undefined;
}

const month = `(${monthName})`;
const ordinals: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4 };

type Form = readonly [RegExp, (...parts: string[]) => string | undefined];

/**
 * How filings state periods by the day they end, in a text whose year ends on `yearEnd` (December 31 if none):
 * a year that ends on that day is the year ("the fiscal year ended May 31, 2014" is FY2014), a quarter named
 * with its last day is the quarter, not the day ("the third quarter ended September 30, 2023").
 */
const endedForms = (yearEnd: YearEnd | undefined): Form[] => [
  [
    /\b(?:the )?first (six|nine) months (?:of )?(?:fiscal (?:year )?)?(\d{4})\b/gi,
    (count, year) => firstMonths(count!, year!, yearEnd),
  ],
  [
    new RegExp(String.raw`\b(?:the )?(?:fiscal |full )?years? ended ${month} (\d{1,2}), (\d{4})\b`, "gi"),
    (name, day, year) => {
      const [m, d] = yearEnd ? [yearEnd.month, yearEnd.day] : [12, 31];
      return monthNumber(name!) === m && Number(day) === d ? `FY${Number(year) - (yearEnd?.lag ?? 0)}` : undefined;
    },
  ],
  [
    new RegExp(
      String.raw`\b(?:the )?(?:(first|second|third|fourth) (?:fiscal )?quarter|three months|(?:fiscal )?quarter) (?:ended|ending) ${month} (\d{1,2}), (\d{4})\b`,
      "gi",
    ),
    (quarter, name, day, year) => quarterEnded(quarter, date(year!, name!, day!), yearEnd),
  ],
  [
    // "For the thirteen-week period ending September 27, 2003": those weeks, whatever the year's calendar.
    new RegExp(
      String.raw`\b(?:the )?(${weekCountPattern})[- ]weeks?(?: period)? (?:ended|ending) ${month} (\d{1,2}), (\d{4})\b`,
      "gi",
    ),
    (count, name, day, year) => weeksEnded(date(year!, name!, day!), weekCount(count!)),
  ],
];

/**
 * A table's caption or corner that says its columns hold the months or weeks ended on each column's day: "for
 * the three months ended:", "Quarter Ended", "13 Weeks Ended", "for the three months ended December 31" (of each
 * column's year).
 */
const endedWithoutYear = new RegExp(
  String.raw`\b(?:(three|six|nine|twelve)[ -]months?(?: periods?)?|quarters?|(${weekCountPattern})[ -]weeks?(?: periods?)?) (?:ended|ending)(?:\s*:?\s*$|\s+${month}\s+\d{1,2}\b)`,
  "i",
);

/** Months ended a day named without its year, as a table's caption names its years' columns: "Three Months Ended June 30,". */
const monthsWithoutYear = new RegExp(
  String.raw`\b(three|six|nine|twelve)[ -]months?(?: period)? (?:ended|ending) ${month} (\d{1,2})\b(?!,? \d{4})`,
  "i",
);

/**
 * Two periods that end on one day, named together: "the three and six months ended June 30, 2024", "the quarter
 * and nine months ended …", "the second quarter and the six-month periods ended …".
 */
const pairedForm = new RegExp(
  String.raw`\b(?:the )?(?:(first|second|third|fourth) (?:fiscal )?quarter|three(?:[ -]months?)?-?|quarter) and (?:the )?(six|nine|twelve)[ -]months?(?: periods?)? (?:ended|ending) ${month} (\d{1,2}), (\d{4})\b`,
  "gi",
);

/** A span of weeks named without its day, as one the text printed with it before: "the 26-week period". */
const weeksNamedBefore = new RegExp(
  String.raw`\bthe (${weekCountPattern})[ -]week period\b(?!s)(?! (?:ended|ending)\b)`,
  "gi",
);

/** How filings state periods, most specific first: an earlier form wins where two overlap. */
const forms: readonly Form[] = [
  [
    new RegExp(
      String.raw`\b(?:the )?(six|nine|twelve)[ -]months?(?: period)? (?:ended|ending) ${month} (\d{1,2}), (\d{4})\b`,
      "gi",
    ),
    (count, name, day, year) => monthsEnded(count!, date(year!, name!, day!)),
  ],
  // "the nine months ended September, 2005": a month named without its day ends on its last.
  [
    new RegExp(
      String.raw`\b(?:the )?(six|nine|twelve)[ -]months?(?: period)? (?:ended|ending) ${month},? (\d{4})\b`,
      "gi",
    ),
    (count, name, year) => {
      const end = lastDay(isoMonth(Number(year), monthNumber(name!)));
      return end && monthsEnded(count!, end);
    },
  ],
  [
    new RegExp(String.raw`\bas (?:of|at) ${month} (\d{1,2}), (\d{4})\b`, "g"),
    (name, day, year) => date(year!, name!, day!),
  ],
  [
    /\b(?:the )?(first|second) half (?:of |year )?(\d{4})\b/gi,
    (half, year) => `H${ordinals[half!.toLowerCase()]} ${year}`,
  ],
  [
    // "the second quarter of fiscal 2013", "the second fiscal quarter of 2012".
    /\b(?:the )?(first|second|third|fourth)[ -](?:fiscal )?quarter (?:of )?(?:fiscal (?:year )?)?(\d{4})\b/gi,
    (quarter, year) => `Q${ordinals[quarter!.toLowerCase()]} ${year}`,
  ],
  // "Q3 2014", and a fiscal year's "Q3 Fiscal 2014", "Q3 FY2014".
  [/\b([HQ][1-4])[ -](?:[Ff]iscal (?:[Yy]ear )?|FY ?)?(\d{4})\b/g, (name, year) => `${name} ${year}`],
  // A quarter of a fiscal year named short: "Q4 FY13".
  [/\b([HQ][1-4]) ?FY ?['’]?(\d{2})\b/g, (name, year) => `${name} ${fullYear(year!)}`],
  // Quarters and halves written short: "1Q19", "2H 2024", "3Q:24", "Q3'24".
  [/\b([1-4])([QH])[ :]?(\d{4}|\d{2})\b/g, (n, name, year) => `${name}${n} ${fullYear(year!)}`],
  [/\b([QH][1-4]) ?['’](\d{2})\b/g, (name, year) => `${name} ${fullYear(year!)}`],
  // Headings put the year first: "2023 Third Quarter Highlights".
  [
    /\b(\d{4}) (first|second|third|fourth) quarter\b/gi,
    (year, quarter) => `Q${ordinals[quarter!.toLowerCase()]} ${year}`,
  ],
  [/\b(?:the )?end of (\d{4})\b/gi, (year) => `${year}-12-31`],
  [new RegExp(String.raw`\b${month} (\d{1,2}), (\d{4})\b`, "g"), (name, day, year) => date(year!, name!, day!)],
  [
    new RegExp(String.raw`\b(?:in |during |for )?${month} (\d{4})\b`, "g"),
    (name, year) => isoMonth(year!, monthNumber(name!)),
  ],
  // "fiscal 2011", "full year 2011", "full year fiscal 2011".
  [/\b(?:full[ -]year )?(?:fiscal(?: year)?|full[ -]year|FY) ?(\d{4})\b/gi, (year) => `FY${year}`],
  // A table's column label names the period before its year: "Year 2031", "Twelve months 2031".
  [/\b(?:year|twelve months) ((?:19|20)\d{2})\b/gi, (year) => `FY${year}`],
  // "announces its 2020 annual results", "2031 full-year revenue".
  [/\b(\d{4}) (?:annual|full[ -]year|fiscal(?: year)?)\b/gi, (year) => `FY${year}`],
  [/\bFY ?['’]?(\d{2})\b/g, (year) => `FY${fullYear(year!)}`],
  [/\b(?:in|during|for) (\d{4})\b/gi, (year) => `FY${year}`],
  // A year before a noun it qualifies: "2018 EPS exceeded …", "The 2017 earnings included …".
  [/\b(?:the )?((?:19|20)\d{2})(?= (?:[a-z]|[A-Z]{2,}\b))/gi, (year) => `FY${year}`],
];

/** A year written with two digits or four: "19" of "1Q19" is 2019, "98" 1998. */
function fullYear(year: string): string {
  if (year.length === 4) return year;
  return String(Number(year) + (Number(year) < 70 ? 2000 : 1900));
}

/** Every period `text` states, in order, none overlapping another; its years end on `yearEnd`, if not December 31. */
export function periodMentions(text: string, yearEnd?: YearEnd): PeriodMention[] {
  const found: PeriodMention[] = [];
  const free = (mention: PeriodMention) =>
    !found.some((other) => mention.start < other.end && other.start < mention.end);
  const readRelative = (forms: typeof relativeForms) => {
    for (const [pattern, relative] of forms) {
      for (const match of text.matchAll(pattern)) {
        const mention = { start: match.index, end: match.index + match[0].length, label: "" };
        // "the prior year" inside "the prior year quarter" is not a period of its own.
        const read = relative(...match.slice(1));
        if (free(mention)) found.push({ ...mention, relative: (reference) => read(reference, yearEnd) });
      }
    }
  };
  readRelative(relativeForms);
  for (const match of text.matchAll(pairedForm)) {
    const [, ordinal, count, name, day, year] = match;
    const last = date(year!, name!, day!);
    const label = quarterEnded(ordinal, last, yearEnd);
    const paired = monthsEnded(count!, last);
    const mention = { start: match.index, end: match.index + match[0].length, label, paired };
    if (paired && parsePeriod(label) && free(mention)) found.push(mention);
  }
  for (const match of text.matchAll(pairedWeeks)) {
    const [, first, second, name, day, year] = match;
    const last = date(year!, name!, day!);
    const mention = {
      start: match.index,
      end: match.index + match[0].length,
      label: weeksEnded(last, weekCount(first!)),
      paired: weeksEnded(last, weekCount(second!)),
    };
    if (parsePeriod(mention.label) && free(mention)) found.push(mention);
  }
  // "For the 26-week period, …": the latest span of as many weeks the text prints with its day (read only for a
  // text that names one so: periodMentions reads every table label too).
  let printed: WeekSpan[] | undefined;
  for (const match of text.matchAll(weeksNamedBefore)) {
    printed ??= printedWeeks(text);
    const span = latestOfWeeks(printed, weekCount(match[1]!));
    const mention = { start: match.index, end: match.index + match[0].length, label: span?.span ?? "" };
    if (span && free(mention)) found.push(mention);
  }
  for (const [pattern, label] of [...endedForms(yearEnd), ...forms]) {
    for (const match of text.matchAll(pattern)) {
      const mention = { start: match.index, end: match.index + match[0].length, label: label(...match.slice(1)) ?? "" };
      // "At the end of the second quarter of 2011 … stood at": a balance on the period's last day.
      const endOf = /\bthe end of $/i.exec(text.slice(Math.max(0, mention.start - 11), mention.start));
      const last = endOf && lastDay(days(mention.label, yearEnd));
      if (last) Object.assign(mention, { start: mention.start - endOf[0].length, label: last });
      if (parsePeriod(mention.label) && free(mention)) found.push(mention);
    }
  }
  readRelative([withoutYear]);
  return found.sort((a, b) => a.start - b.start);
}

/**
 * The period a table's column label names: "2023", "First Half of 2024", "June 30, 2024". A year's column is of the
 * months its table's caption says end on a day of that year ("Three Months Ended June 30," over "2011": Q2 2011),
 * or of the year to date, up to the quarter the text is about (`about`: "2011" of a "Year-to-date results" table
 * in a second quarter's release is H1 2011), or of the weeks it says, as the text prints them ending in that year
 * ("for the 13 weeks" over "2015": the 13 weeks ended September 27, 2015); else the year.
 */
export function columnPeriod(
  label: string,
  yearEnd?: YearEnd,
  columns: readonly string[] = [],
  {
    caption = "",
    about,
    weeks = [],
  }: { readonly caption?: string; readonly about?: string | undefined; readonly weeks?: readonly WeekSpan[] } = {},
): string | undefined {
  const year = /^(?:FY ?)?(\d{4})$/.exec(label.trim())?.[1];
  if (year) {
    const inWeeks = /\b(13|14|thirteen|fourteen)[- ]weeks?\b/i.exec(caption)?.[1];
    const printed = inWeeks && printedWeeksEndingIn(year, weekCount(inWeeks), weeks);
    if (printed) return printed;
    const [, count, name, day] = monthsWithoutYear.exec(caption) ?? [];
    if (count)
      return count.toLowerCase() === "three"
        ? quarterEnded(undefined, date(year, name!, day!), yearEnd)
        : monthsEnded(count, date(year, name!, day!));
    if (about && saysYearToDate(caption)) return yearToDate(yearOf(about, year) ?? "") ?? `FY${year}`;
    // "Operating income for the fiscal first quarter:" over "FY 2011": that quarter of each year, where the caption
    // names no longer period its columns may hold too ("the third quarter and nine months").
    // The caption is the line that introduces the table (ending on a colon) or the header's first cell, not a heading.
    const [line = "", corner = ""] = caption.split("\n");
    const introduced = `${/:\s*$/.test(line) ? line : ""}\n${corner}`;
    const quarter = /\b(?:fiscal )?(first|second|third|fourth) (?:fiscal )?quarter\b/i.exec(introduced)?.[1];
    if (
      quarter &&
      !/\b(?:six|nine|twelve)[ -]months?\b|\b(?:full|whole|and (?:the )?(?:fiscal )?)[ -]?years?\b|\bhalf\b|\bto[ -]date\b/i.test(
        caption,
      )
    )
      return `Q${ordinals[quarter.toLowerCase()]} ${year}`;
    return `FY${year}`;
  }
  // "Year-to-Date 2006" in a third quarter's release: January to September of 2006.
  const toDate = /^(?:year[- ]to[- ]date|ytd),? ((?:19|20)\d{2})$/i.exec(label.trim())?.[1];
  if (toDate && about) return yearToDate(yearOf(about, toDate) ?? "");
  // "Three months 2031" beside "Year 2031": the last three months of the year the table reports.
  const months = /^(?:three months|quarter) ((?:19|20)\d{2})$/i.exec(label.trim());
  if (months && columns.some((other) => other !== label && columnPeriod(other, yearEnd) === `FY${months[1]}`))
    return `Q4 ${months[1]}`;
  const day = dayInDigits(label);
  const found = day ? [] : periodMentions(label, yearEnd);
  const mention = day ? { label: day } : found.find(({ relative }) => !relative);
  // "for the three months ended:" (the line that introduces the table) or "Quarter Ended" (the header's first
  // cell) over "September 30, 2031": the months that end on each column's day.
  const ended = caption
    .split("\n")
    .map((line) => endedWithoutYear.exec(line))
    .find((match) => match);
  if (mention && ended && parsePeriod(mention.label)?.kind === "instant")
    return ended[2]
      ? weeksEnded(mention.label, weekCount(ended[2]))
      : !ended[1] || ended[1].toLowerCase() === "three"
        ? quarterEnded(undefined, mention.label, yearEnd)
        : monthsEnded(ended[1], mention.label);
  if (mention) return mention.label;
  // "THIRD QUARTER:" in a table's corner, "Fourth Quarter" over a column: of the year of the period the text is about.
  const relative = found.find((named) => named.relative)?.relative;
  return about === undefined ? undefined : relative?.(about);
}

/**
 * A day written in digits, month first, as statements head their columns: "03/31/14" is 2014-03-31, "12/31/99"
 * 1999-12-31 (a two-digit year read as `fullYear` reads "1Q19").
 */
function dayInDigits(label: string): string | undefined {
  const [, month, day, year] = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/.exec(label.trim()) ?? [];
  if (!year) return undefined;
  const iso = `${fullYear(year)}-${month!.padStart(2, "0")}-${day!.padStart(2, "0")}`;
  return parsePeriod(iso) ? iso : undefined;
}

/**
 * The quarter a "… quarter ended" or "three months ended" names: the quarter of the text's (fiscal) year that
 * ends that day; a quarter that ends on another day (a retailer's fiscal quarter) is its days, for the editor to name.
 */
function quarterEnded(ordinal: string | undefined, last: string, yearEnd: YearEnd | undefined): string {
  const year = last.slice(0, 4);
  const fiscal = fiscalQuarterEnded(last, yearEnd);
  if (fiscal) return !ordinal || fiscal.startsWith(`Q${ordinals[ordinal.toLowerCase()]} `) ? fiscal : last;
  const ends = ["03-31", "06-30", "09-30", "12-31"];
  const n = ends.indexOf(last.slice(5)) + 1;
  if (n) return !ordinal || ordinals[ordinal.toLowerCase()] === n ? `Q${n} ${year}` : last;
  // A fiscal quarter that ends within a week of a calendar one is named as it ("the third quarter ended October
  // 1, 2013": Q3 2013); one that ends elsewhere is its days: the three months to a month's last day, or 13 weeks.
  const near = nearQuarter(last);
  if (near && (!ordinal || near.startsWith(`Q${ordinals[ordinal.toLowerCase()]} `))) return near;
  return monthsEnded("three", last)!;
}

/**
 * The months that end on a month's last day, as facts files write them: six to June 30 are H1, to December 31
 * H2, twelve to December 31 the year, any other a span (2024-01-01..2024-09-30). Undefined for another day.
 */
function monthsEnded(count: string, end: string): string | undefined {
  const n = { three: 3, six: 6, nine: 9, twelve: 12 }[count.toLowerCase()]!;
  const [year, month] = end.split("-").map(Number) as [number, number];
  // Months that end on another day than a month's last are a year's counted in weeks: 13 weeks to a quarter.
  if (end !== lastDay(isoMonth(year, month))) return weeksEnded(end, (13 * n) / 3);
  const first = year * 12 + month - n;
  const start = isoMonth(Math.floor(first / 12), (first % 12) + 1);
  const label = `${start}-01..${end}`;
  const named = {
    [`${year}-01-01..${year}-06-30`]: `H1 ${year}`,
    [`${year}-07-01..${year}-12-31`]: `H2 ${year}`,
    [`${year}-01-01..${year}-12-31`]: `FY${year}`,
  };
  return named[label] ?? label;
}

function date(year: string, name: string, day: string): string {
  return isoDate(year, monthNumber(name), Number(day));
}
