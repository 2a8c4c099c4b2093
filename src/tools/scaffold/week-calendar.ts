import { isoDate, monthName, monthNumber } from "#engine/facts/calendar.ts";
import { parsePeriod } from "#engine/facts/period.ts";

/** What a text says of a fiscal calendar counted in weeks. */
export interface WeekCalendar {
  /** The last day of one of its years, as the text prints it with its year ("the fiscal year ended August 31, 2013"). */
  readonly end: string;
  /** The fiscal year that day ends: 2013. */
  readonly year: number;
  /** The years of 53 weeks the text names ("Fiscal 2013 was one week longer than fiscal 2012"). */
  readonly long: readonly number[];
  /** Whether the text puts a long year's extra week in its fourth quarter ("the 14-week fourth quarter"). */
  readonly longFourthQuarter: boolean;
  /** Set where the year end is reckoned from a quarter the text prints in weeks, not printed itself. */
  readonly reckoned?: true;
}

/**
 * The years of 53 weeks a text names; `year`, the year the text is about, where it names none by number ("a
 * 53-week year", "the extra week").
 */
export function longYears(text: string, year: number): number[] {
  const long = new Set<number>();
  for (const [, longer, than, shorter] of text.matchAll(
    /\b(?:fiscal (?:year )?)?(\d{4}) was (?:one|a) week (?:longer than (?:fiscal (?:year )?)?(\d{4})|shorter than (?:fiscal (?:year )?)?(\d{4}))/gi,
  ))
    long.add(Number(than ? longer : shorter));
  for (const [, before, after] of text.matchAll(
    /\b(?:(?:fiscal (?:year )?)?(\d{4}) (?:was|is) a )?(?:53|fifty-three)[- ]weeks?(?: fiscal)?(?: year| calendar)?(?: (?:of )?(?:fiscal )?(\d{4}))?/gi,
  ))
    long.add(Number(before ?? after ?? year));
  // "the extra week contributed …": of the year the text is about, unless it named a long year by number.
  if (!long.size && /\b(?:an|the) (?:extra|additional|53rd) week\b/i.test(text)) long.add(year);
  return [...long];
}

/**
 * A fiscal year, half or quarter (FY2013, H2 2013, Q4 2013) as the days it runs in a calendar of 52-week years
 * that end on one weekday, 53 weeks in a year the text says is longer; quarters of 13 weeks counted back from
 * the year's end, the long year's extra week in its first quarter unless the text puts it in the fourth (a
 * "14-week fourth quarter"). Undefined for another period.
 */
export function weekPeriod(period: string, calendar: WeekCalendar): string | undefined {
  const [, kind = "", n = "", year = ""] = /^(FY|[HQ])([1-4]?) ?(\d{4})$/.exec(period) ?? [];
  if (!kind) return undefined;
  const weeks = (fiscal: number) => (calendar.long.includes(fiscal) ? 53 : 52);
  let end = calendar.end;
  for (let fiscal = calendar.year; fiscal > Number(year); fiscal--) end = addDays(end, -7 * weeks(fiscal));
  for (let fiscal = calendar.year + 1; fiscal <= Number(year); fiscal++) end = addDays(end, 7 * weeks(fiscal));
  const long = weeks(Number(year)) === 53;
  const fourth = long && calendar.longFourthQuarter ? 14 : 13;
  // Each quarter's weeks, first to fourth, and the weeks of the part asked for, counted back from the year's end.
  const quarters = [weeks(Number(year)) - 26 - fourth, 13, 13, fourth];
  const parts = kind === "FY" ? [0, 4] : kind === "H" ? [2 * Number(n) - 2, 2 * Number(n)] : [Number(n) - 1, Number(n)];
  const after = quarters.slice(parts[1]).reduce((sum, count) => sum + count, 0);
  const length = quarters.slice(parts[0], parts[1]).reduce((sum, count) => sum + count, 0);
  const last = addDays(end, -7 * after);
  return `${addDays(last, 1 - 7 * length)}..${last}`;
}

/** A span a text prints as weeks ended a day: "the 13 weeks ended September 27, 2015". */
export interface WeekSpan {
  readonly weeks: number;
  /** Its days: "2015-06-29..2015-09-27". */
  readonly span: string;
  /** The quarter of its year the text says it is, 1 to 4 ("the second quarter … ended October 26, 2024"). */
  readonly quarter?: number;
}

const weekCounts: Record<string, number> = {
  thirteen: 13,
  fourteen: 14,
  "twenty-six": 26,
  "thirty-nine": 39,
  "fifty-two": 52,
  "fifty-three": 53,
};

/** How many weeks a count printed in digits or words says: "13", "thirteen". */
export const weekCount = (count: string): number => weekCounts[count.toLowerCase()] ?? Number(count);

/** A count of weeks as a pattern: digits, or the words `weekCount` reads. */
export const weekCountPattern = String.raw`\d{1,2}|${Object.keys(weekCounts).join("|")}`;

/** A quarter's number as a text writes it, first to fourth. */
export const quarterOrdinals = ["first", "second", "third", "fourth"];

/** A numbered quarter a text says ended on a day (its month and day, the year where it is printed). */
export interface QuarterEnded {
  readonly quarter: number;
  readonly month: number;
  readonly day: number;
  readonly year?: string;
}

/**
 * The quarters a text names by their number with the day they ended, the year where it is printed: "the second
 * quarter … ended October 26, 2024", "its third fiscal quarter ended June 30", "the third quarter of fiscal 2014,
 * which ended April 30, 2014".
 */
export function quartersEnded(text: string): QuarterEnded[] {
  const pattern = new RegExp(
    String.raw`\b(first|second|third|fourth) (?:fiscal )?quarter\b[^.]{0,40}? (?:ended|ending) (${monthName}) (\d{1,2})\b(?:, (\d{4})\b)?`,
    "gi",
  );
  return [...text.matchAll(pattern)].map(([, ordinal = "", name = "", day = "", year]) => ({
    quarter: quarterOrdinals.indexOf(ordinal.toLowerCase()) + 1,
    month: monthNumber(name),
    day: Number(day),
    ...(year && { year }),
  }));
}

/**
 * The quarter the three, six or nine months ended a day end with, in a text that names that quarter by its number:
 * "the second quarter of fiscal 2013" and "the six months ended March 31, 2013" (the second quarter ended March 31);
 * three months are the one quarter the text names ("the first quarter of fiscal 2027" and "the three months ended
 * May 31, 2025"), where it names no other.
 */
export function partsEnded(text: string): QuarterEnded[] {
  const pattern = new RegExp(
    String.raw`\b(three|six|nine)[ -]months? (?:period )?ended (${monthName}) (\d{1,2}), (\d{4})\b`,
    "gi",
  );
  // Three months are the one quarter the text names, if it names one only.
  const named = namedQuarters(text);
  return [...text.matchAll(pattern)].flatMap(([, months = "", name = "", day = "", year = ""]) => {
    const count = months.toLowerCase();
    const quarter =
      count === "three"
        ? named.size === 1
          ? quarterOrdinals.indexOf([...named][0]!) + 1
          : 0
        : count === "six"
          ? 2
          : 3;
    return named.has(quarterOrdinals[quarter - 1] ?? "")
      ? [{ quarter, month: monthNumber(name), day: Number(day), year }]
      : [];
  });
}

/** Two spans of weeks that end on one day, named together: "the 13-week and 26-week periods ended August 1, 2009". */
export const pairedWeeks = new RegExp(
  String.raw`\b(?:the )?(${weekCountPattern})[ -]weeks? and (?:the )?(${weekCountPattern})[ -]weeks?(?: periods?)? (?:ended|ending) (${monthName}) (\d{1,2}), (\d{4})\b`,
  "gi",
);

/** The latest span of `weeks` weeks among `spans` (ISO days compare as they are written), if any. */
export function latestOfWeeks(spans: readonly WeekSpan[], weeks: number): WeekSpan | undefined {
  return spans
    .filter((span) => span.weeks === weeks)
    .reduce<WeekSpan | undefined>((latest, span) => (latest && latest.span >= span.span ? latest : span), undefined);
}

/** The quarters a text names by their number ("the second quarter", "Second Quarter Results"): "second". */
function namedQuarters(text: string): Set<string> {
  return new Set(
    Array.from(text.matchAll(/\b(first|second|third|fourth)[ -](?:fiscal )?quarter\b/gi), ([, n = ""]) =>
      n.toLowerCase(),
    ),
  );
}

/**
 * Every span a text prints in weeks ended a day of a year, once each: a quarter of a year counted in weeks states
 * its days so. Thirteen weeks are the one quarter the text names, where it names no other.
 */
export function printedWeeks(text: string): WeekSpan[] {
  const pattern = new RegExp(
    String.raw`\b(${weekCountPattern})[- ]weeks? (?:period )?(?:ended|ending) (${monthName}) (\d{1,2}), (\d{4})\b`,
    "gi",
  );
  const spans = new Map<string, WeekSpan>();
  for (const [, count = "", name = "", day = "", year = ""] of text.matchAll(pattern)) {
    const weeks = weekCount(count);
    const span = weeksEnded(isoDate(year, monthNumber(name), Number(day)), weeks);
    spans.set(span, { weeks, span });
  }
  for (const [, first = "", second = "", name = "", day = "", year = ""] of text.matchAll(pairedWeeks))
    for (const weeks of [weekCount(first), weekCount(second)]) {
      const span = weeksEnded(isoDate(year, monthNumber(name), Number(day)), weeks);
      spans.set(span, { weeks, span });
    }
  // The latest 13 weeks are the one quarter the text names, where it names no other, and they end far from a
  // calendar quarter (one near it keeps the calendar's names, README). A quarter the text dates by its number
  // (below) is set over it.
  const named = namedQuarters(text);
  const only = named.size === 1 ? quarterOrdinals.indexOf([...named][0]!) + 1 : 0;
  const latest = latestOfWeeks([...spans.values()], 13);
  if (only && latest && !nearQuarter(latest.span.slice(12))) spans.set(latest.span, { ...latest, quarter: only });
  // A quarter named by its number that ends on another day than a month's last (a quarter of months is
  // fiscal-year.ts's) and far from that calendar quarter's last day: its 13 weeks.
  for (const { quarter, month, day, year } of quartersEnded(text)) {
    if (!year) continue;
    const end = isoDate(year, month, day);
    const span = weeksEnded(end, 13);
    if (!isMonthEnd(end) && nearQuarter(end) !== `Q${quarter} ${year}`) spans.set(span, { weeks: 13, span, quarter });
  }
  return [...spans.values()];
}

/**
 * A year, half or quarter (FY2015, Q3 2015) as the span of weeks the text prints for it: one of as many weeks
 * (13 or 14 a quarter, 26 or 27 a half, 39 or 40 nine months, 52 or 53 a year) that ends within a week of the calendar period's last
 * day ("the 13 weeks ended September 27, 2015" for Q3 2015); a quarter by the number the text gives it, and the
 * half or year that ends with it, of that year or, 52 weeks a year, of one before ("the second quarter … ended
 * October 26, 2024": Q2 2024, H1 2024 and Q2 2023). Undefined where the text prints none.
 */
export function printedWeeksOf(period: string, spans: readonly WeekSpan[]): string | undefined {
  const calendar = parsePeriod(period);
  if (calendar?.kind !== "duration") return undefined;
  const months = monthsBetween(calendar.start, calendar.end);
  // The months to a calendar quarter's end, of the year named by the year its named quarter starts in.
  const quarter = ["03-31", "06-30", "09-30", "12-31"].indexOf(calendar.end.slice(5)) + 1;
  const year = Number(calendar.end.slice(0, 4));
  const named = spans.filter((span) => span.quarter === quarter && Number(span.span.slice(0, 4)) >= year);
  if (quarter && months % 3 === 0 && named.length === 1) {
    const [start, end] = [named[0]!.span.slice(0, 4), named[0]!.span.slice(12)];
    return movedByWeeks(weeksEnded(end, (13 * months) / 3), -52 * (Number(start) - year));
  }
  const weeks = ({ 3: [13, 14], 6: [26, 27], 9: [39, 40], 12: [52, 53] } as Record<number, number[]>)[months] ?? [];
  const near = spans.filter(
    (span) => weeks.includes(span.weeks) && Math.abs(daysBetween(span.span.slice(12), calendar.end)) <= 7,
  );
  return near.length === 1 ? near[0]!.span : undefined;
}

/** The span the text prints of as many weeks as `span` (a week more or less) that ends within a week of it. */
export function printedNear(span: string, spans: readonly WeekSpan[]): string | undefined {
  const weeks = Math.round((daysBetween(span.slice(12), span.slice(0, 10)) + 1) / 7);
  return spans.find(
    (printed) =>
      Math.abs(printed.weeks - weeks) <= 1 && Math.abs(daysBetween(printed.span.slice(12), span.slice(12))) <= 7,
  )?.span;
}

/** The span of `weeks` weeks the text prints ending in `year`, if it prints one only. */
export function printedWeeksEndingIn(year: string, weeks: number, spans: readonly WeekSpan[]): string | undefined {
  const ending = spans.filter((span) => span.weeks === weeks && span.span.slice(12, 16) === year);
  return ending.length === 1 ? ending[0]!.span : undefined;
}

function monthsBetween(start: string, end: string): number {
  const [y1, m1] = start.split("-").map(Number) as [number, number];
  const [y2, m2] = end.split("-").map(Number) as [number, number];
  return (y2 - y1) * 12 + m2 - m1 + 1;
}

function daysBetween(a: string, b: string): number {
  return (Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000;
}

/**
 * The calendar quarter whose last day is within a week of `day` (2013-10-01: Q3 2013), the name an editor gives a
 * fiscal quarter that ends there; undefined for a day further from any.
 */
export function nearQuarter(day: string): string | undefined {
  const year = Number(day.slice(0, 4));
  for (const [y, n, end] of [
    [year - 1, 4, "12-31"],
    [year, 1, "03-31"],
    [year, 2, "06-30"],
    [year, 3, "09-30"],
    [year, 4, "12-31"],
  ] as const)
    if (Math.abs(daysBetween(day, `${y}-${end}`)) <= 7) return `Q${n} ${y}`;
  return undefined;
}

/**
 * A span of whole weeks that ends on another day than a month's last ("2024-07-28..2024-10-26", a quarter of a
 * year counted in weeks) moved by `weeks` weeks; undefined for any other period, which moves by its years.
 */
export function movedByWeeks(period: string, weeks: number): string | undefined {
  const [, start = "", end = ""] = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(period) ?? [];
  if (!end || (daysBetween(end, start) + 1) % 7 || isMonthEnd(end)) return undefined;
  return `${addDays(start, 7 * weeks)}..${addDays(end, 7 * weeks)}`;
}

/** Whether a day is its month's last. */
function isMonthEnd(day: string): boolean {
  const month = parsePeriod(day.slice(0, 7));
  return month?.kind === "duration" && month.end === day;
}

/** The span of `weeks` weeks that ends on `end`: a quarter of 13, a half of 26, nine months of 39, a year of 52. */
/**
 * The day a year of weeks ends, from a quarter of it the text prints by its number and its 13 weeks ("the first
 * quarter, the thirteen weeks ended October 30, 2010" ends its year 39 weeks later, July 30, 2011); undefined for a
 * span that is no numbered quarter.
 */
export function yearEndAfter({ weeks, span, quarter }: WeekSpan): string | undefined {
  return quarter && weeks === 13 ? addDays(span.slice(-10), 7 * 13 * (4 - quarter)) : undefined;
}

export function weeksEnded(end: string, weeks: number): string {
  return `${addDays(end, 1 - 7 * weeks)}..${end}`;
}

function addDays(day: string, count: number): string {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  const moved = new Date(Date.UTC(year, month - 1, date + count));
  return isoDate(moved.getUTCFullYear(), moved.getUTCMonth() + 1, moved.getUTCDate());
}
