import { isoDate } from "#engine/facts/calendar.ts";

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
    /\b(?:(?:fiscal (?:year )?)?(\d{4}) (?:was|is) a )?(?:53|fifty-three)[- ]weeks?(?: fiscal)?(?: year)?(?: (?:of )?(?:fiscal )?(\d{4}))?/gi,
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

function addDays(day: string, count: number): string {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  const moved = new Date(Date.UTC(year, month - 1, date + count));
  return isoDate(moved.getUTCFullYear(), moved.getUTCMonth() + 1, moved.getUTCDate());
}
