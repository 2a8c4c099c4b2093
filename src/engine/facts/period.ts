import { isCalendarDate, isoDate } from "./calendar.ts";
import type { Period } from "./fact.ts";

/** How a period may be written, for hints. */
export const periodForms =
  "FY2022, H1 2024, Q2 2024, a month 2024-06, an instant 2024-06-30 or a duration 2024-01-01..2024-09-27";

type Form = readonly [RegExp, (label: string, ...parts: string[]) => Period | undefined];

// A year, half or quarter by its name: calendar ones, whatever a filing's fiscal year.
const namedYear = /^FY(\d{4})$/;
const namedHalf = /^H([12]) (\d{4})$/;
const namedQuarter = /^Q([1-4]) (\d{4})$/;

const forms: readonly Form[] = [
  [namedYear, (label, year) => duration(label, `${year}-01-01`, `${year}-12-31`)],
  [namedHalf, (label, half, year) => months(label, year, half === "1" ? 1 : 7, 6)],
  [namedQuarter, (label, quarter, year) => months(label, year, 3 * Number(quarter) - 2, 3)],
  [/^(\d{4})-(\d{2})$/, (label, year, month) => months(label, year, Number(month), 1)],
  [/^(\d{4}-\d{2}-\d{2})$/, (label, date) => (isCalendarDate(date) ? { kind: "instant", date, label } : undefined)],
  [/^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/, (label, start, end) => duration(label, start, end)],
];

/**
 * Reads a period as facts files write it; undefined when malformed or not a real date.
 * Fiscal years are calendar years (true of the filings so far); write a duration for any other.
 */
export function parsePeriod(label: string): Period | undefined {
  for (const [pattern, read] of forms) {
    const match = pattern.exec(label);
    if (match) return read(label, ...match.slice(1));
  }
  return undefined;
}

/** Whether a period is written as a calendar year, half or quarter (FY2024, H1 2024, Q4 2024), not by its days. */
export function isCalendarPeriod(label: string): boolean {
  return [namedYear, namedHalf, namedQuarter].some((form) => form.test(label));
}

/** `count` calendar months from `first` (1-based) of `year`. */
function months(label: string, year: string, first: number, count: number): Period | undefined {
  if (first < 1 || first > 12) return undefined;
  const last = first + count - 1;
  const lastDay = new Date(Date.UTC(Number(year), last, 0)).getUTCDate();
  return duration(label, isoDate(year, first, 1), isoDate(year, last, lastDay));
}

function duration(label: string, start: string, end: string): Period | undefined {
  return isCalendarDate(start) && isCalendarDate(end) && start <= end
    ? { kind: "duration", start, end, label }
    : undefined;
}
