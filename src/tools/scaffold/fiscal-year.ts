import { isoDate, isoMonth, monthName, monthNames, monthNumber } from "#engine/facts/calendar.ts";
import { isCalendarPeriod, parsePeriod } from "#engine/facts/period.ts";
import {
  longYears,
  printedNear,
  printedWeeks,
  printedWeeksOf,
  partsEnded,
  quarterOrdinals,
  quartersEnded,
  weekPeriod,
  yearEndAfter,
} from "./week-calendar.ts";
import type { WeekCalendar, WeekSpan } from "./week-calendar.ts";

/** The day a text's year ends when it prints one other than December 31 ("for the fiscal year ended May 31, 2014"). */
export interface YearEnd {
  /** 1 to 12. */
  readonly month: number;
  readonly day: number;
  /**
   * Whether its years are counted in weeks (52 or 53: "fiscal 2013 was one week longer"), or end on a day
   * other than a month's last: the text does not print the days such a year, half or quarter starts on.
   */
  readonly weeks: boolean;
  /** A calendar counted in weeks, where the text prints the year of its year end. */
  readonly calendar?: WeekCalendar;
  /**
   * Years a fiscal year's name is behind the year it ends in: 1 where the text names the year that ends early
   * in one calendar year by the one before, as retailers do ("fiscal 2007", "the fiscal year ended February 2,
   * 2008"), else 0.
   */
  readonly lag: 0 | 1;
}

/**
 * The text's year end, if it prints one other than December 31, or implies one by a fiscal quarter its filing
 * day (ISO, `filed`) leaves no calendar reading for.
 */
export function fiscalYearEnd(text: string, filed?: string): YearEnd | undefined {
  const pattern = new RegExp(String.raw`\byear end(?:ed|ing|s) (?:on )?(${monthName}) (\d{1,2})\b(?:, (\d{4}))?`, "gi");
  for (const [, name = "", day = "", year] of text.matchAll(pattern)) {
    const month = monthNumber(name);
    // A year that ends within a week of December 31 ("the full year ended December 28, 2022") keeps the calendar's
    // names, as a quarter that ends within a week of a calendar one does (README).
    if (month === 12 && Number(day) >= 25) continue;
    const monthEnd = parsePeriod(isoMonth(2000, month));
    // A February's last day is the 28th or the 29th, whichever its year has.
    const last = monthEnd?.kind === "duration" && Number(monthEnd.end.slice(8)) - (month === 2 ? 1 : 0);
    const weeks = Number(day) < Number(last) || weekCounted.test(text);
    const lag = year && month <= 2 && namesYearBefore(text, Number(year)) ? 1 : 0;
    const calendar = weeks && year && weekCalendar(text, isoDate(year, month, Number(day)), lag);
    return { month, day: Number(day), weeks, lag, ...(calendar && { calendar }) };
  }
  return quarterYearEnd(text) ?? weekQuarterYearEnd(text) ?? filedQuarterYearEnd(text, filed);
}

/**
 * The year end a fiscal quarter implies when the text is filed before its calendar namesake ends: "the third
 * quarter of fiscal 2019" filed on January 31, 2019 is no July-to-September 2019; it is the quarter that ended
 * last before the filing, to December 31, 2018, so the year ends on March 31, 2019. Only where that year end
 * falls in the year the text names (a year named by the year before, as retailers do, is left to what the text
 * prints), and never December 31.
 */
function filedQuarterYearEnd(text: string, filed: string | undefined): YearEnd | undefined {
  const named = /\b(first|second|third|fourth) (?:fiscal )?quarter (?:of )?fiscal (?:year )?((?:19|20)\d{2})\b/i.exec(
    text,
  );
  if (!named || !filed) return undefined;
  const quarter = quarterOrdinals.indexOf(named[1]!.toLowerCase()) + 1;
  const year = Number(named[2]);
  const [filedYear, filedMonth] = filed.split("-").map(Number) as [number, number];
  // The calendar quarter ends after the filing: the text cannot report it.
  if (year * 12 + quarter * 3 < filedYear * 12 + filedMonth) return undefined;
  // The last calendar quarter's end before the filing's month, as months since year 0, then the year's end.
  const ended = filedYear * 12 + 3 * Math.floor((filedMonth - 1) / 3);
  const yearEnd = ended + 3 * (4 - quarter);
  const [endYear, month] = [Math.floor((yearEnd - 1) / 12), ((yearEnd - 1) % 12) + 1];
  const last = parsePeriod(isoMonth(endYear, month));
  if (endYear !== year || month === 12 || last?.kind !== "duration") return undefined;
  return { month, day: Number(last.end.slice(8)), weeks: false, lag: 0 };
}

/**
 * The year end a text implies by a numbered quarter it prints in weeks ("its fiscal first quarter, the thirteen
 * weeks ended October 30, 2010"), where it prints no year end of its own: a year of weeks, named by the year it ends in
 * unless the text names it by the year before.
 */
function weekQuarterYearEnd(text: string): YearEnd | undefined {
  const end = printedWeeks(text)
    .map(yearEndAfter)
    .find((day) => day !== undefined);
  if (!end) return undefined;
  const [year, month, day] = end.split("-").map(Number) as [number, number, number];
  const lag = month <= 2 && namesYearBefore(text, year) ? 1 : 0;
  return { month, day, weeks: true, lag, calendar: { ...weekCalendar(text, end, lag), reckoned: true } };
}

/** The calendar of a year of weeks that ends on `end` (ISO), its name `lag` years behind the year it ends in. */
function weekCalendar(text: string, end: string, lag: 0 | 1): WeekCalendar {
  const year = Number(end.slice(0, 4)) - lag;
  return { end, year, long: longYears(text, year), longFourthQuarter: longFourthQuarter.test(text) };
}

/**
 * The year end a text implies by the fiscal quarter a month's last day ends ("its third fiscal quarter ended June
 * 30, 2011", "the second quarter ended February 29, 2012": years that end on September 30 and August 31), where it
 * prints no year end of its own. A quarter that ends where its calendar namesake does implies none.
 */
function quarterYearEnd(text: string): YearEnd | undefined {
  const [first] = [...quartersEnded(text), ...partsEnded(text)];
  if (!first) return undefined;
  const { quarter, month: endedIn, day, year = "2001" } = first;
  const month = ((endedIn - 1 + 3 * (4 - quarter)) % 12) + 1;
  // The year it is printed with, for a February's last day.
  const ended = parsePeriod(isoMonth(Number(year), endedIn));
  const last = parsePeriod(isoMonth(2001, month));
  // Only a quarter that ends on a month's last day tells the month its year ends in; a year of weeks does not.
  if (ended?.kind !== "duration" || Number(ended.end.slice(8)) !== day || month === 12) return undefined;
  return last?.kind === "duration" ? { month, day: Number(last.end.slice(8)), weeks: false, lag: 0 } : undefined;
}

/** Whether a text names its year that ends early in `year` by the year before: "fiscal 2007", never "fiscal 2008". */
function namesYearBefore(text: string, year: number): boolean {
  const named = (fiscal: number) => new RegExp(String.raw`\bfiscal (?:year )?${fiscal}\b`, "i").test(text);
  return named(year - 1) && !named(year);
}

/** Words that put a long year's extra week in its fourth quarter: "the 14-week fourth quarter", "the fourth quarter … had an extra week". */
const longFourthQuarter =
  /\b(?:14|fourteen)[- ]week (?:fourth |final )?quarter\b|\bfourth quarter\b[^.]{0,60}?\b(?:an |the )?(?:extra|additional|53rd) week\b/i;

/** Words that say a year is counted in weeks: "a 53-week year", "the extra week", "one week longer than". */
const weekCounted =
  /\b(?:52|53|fifty-two|fifty-three)[- ]weeks?\b|\b(?:extra|additional|53rd|14th) week\b|\bweeks? (?:longer|shorter)\b/i;

/** The year end as a text prints it: "May 31". */
export function yearEndName({ month, day }: YearEnd): string {
  return `${monthNames[month - 1]} ${day}`;
}

/**
 * A period as a facts file writes it, for a text whose year ends on `yearEnd`. The text's FY2014, H2 2014 and
 * Q4 2014 (as the scaffold reads "fiscal 2014", "the fourth quarter ended May 31, 2014") are its fiscal ones,
 * each named by the year it ends in: written as the days they run (2013-06-01..2014-05-31, 2014-03-01..2014-05-31),
 * since a facts file's FY, H and Q are calendar ones; counted in weeks where the text does (`weekPeriod`), none
 * where it does not print the year its year end is of. Days, months and spans stay as they are. A period the text
 * prints as weeks ended a day (`weeks`: "the 13 weeks ended September 27, 2015" for Q3 2015) is those days.
 */
export function fiscalPeriod(
  period: string | undefined,
  yearEnd: YearEnd | undefined,
  weeks: readonly WeekSpan[] = [],
): string | undefined {
  if (!period) return period;
  // Where the text prints the day its year of weeks ends, its calendar (weekPeriod) knows its long years.
  const printed = yearEnd?.calendar ? undefined : printedWeeksOf(period, weeks);
  if (printed) return printed;
  // A calendar reckoned from a quarter knows no long year: a span the text prints a week off the one it reckons
  // (a year of 53 weeks between them) is the text's.
  const near = (span: string | undefined) => (yearEnd?.calendar?.reckoned && span && printedNear(span, weeks)) || span;
  if (!yearEnd || !isCalendarPeriod(period)) return near(period);
  if (yearEnd.weeks) return near(yearEnd.calendar && weekPeriod(period, yearEnd.calendar));
  const [, kind = "", n = "", year = ""] = /^(FY|[HQ])([1-4]?) ?(\d{4})$/.exec(period) ?? [];
  // Months counted from year 0: the fiscal year's last, then the part's last and its length.
  const yearLast = (Number(year) + yearEnd.lag) * 12 + yearEnd.month - 1;
  const length = { FY: 12, H: 6, Q: 3 }[kind]!;
  const last = yearLast - (kind === "FY" ? 0 : length * (12 / length - Number(n)));
  const month = (index: number) => isoMonth(Math.floor(index / 12), (index % 12) + 1);
  const end = parsePeriod(month(last));
  return end?.kind === "duration" ? `${month(last - length + 1)}-01..${end.end}` : undefined;
}

/**
 * The fiscal quarter a day ends, when it is the last day of one of a text's fiscal quarters (May 31, 2014 of a
 * year that ends on May 31 is Q4 2014; February 28, 2014 is Q3 2014; in a year of weeks, the day its calendar
 * ends one on); else undefined.
 */
export function fiscalQuarterEnded(day: string, yearEnd: YearEnd | undefined): string | undefined {
  if (!yearEnd) return undefined;
  // A year of weeks whose calendar the text prints: the quarter its calendar ends on that day ("the three months
  // ended July 1, 2006" of a year that ends then is Q4 2006).
  if (yearEnd.weeks) {
    const year = Number(day.slice(0, 4));
    const quarters = [year, year + 1].flatMap((fiscal) => [1, 2, 3, 4].map((n) => `Q${n} ${fiscal}`));
    return yearEnd.calendar
      ? quarters.find((quarter) => {
          const span = parsePeriod(fiscalPeriod(quarter, yearEnd) ?? "");
          return span?.kind === "duration" && span.end === day;
        })
      : undefined;
  }
  const [year, month] = day.split("-").map(Number) as [number, number];
  const end = parsePeriod(isoMonth(year, month));
  const after = (((yearEnd.month - month) % 12) + 12) % 12;
  if (end?.kind !== "duration" || end.end !== day || after % 3) return undefined;
  return `Q${4 - after / 3} ${(month > yearEnd.month ? year + 1 : year) - yearEnd.lag}`;
}
