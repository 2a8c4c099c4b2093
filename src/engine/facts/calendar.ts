/** The months' English names, January first, as filings print them. */
export const monthNames: readonly string[] = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** A month's name as filings print it, whole or cut short ("Oct.", "Sept"): the source of a regular expression. */
export const monthName = String.raw`(?:${monthNames.map((name) => (name.length > 3 ? `${name.slice(0, 3)}(?:${name.slice(3)}|\\.)?` : name)).join("|")}|Sept\.?)`;

/** The month, 1 to 12, that a name matched by `monthName` stands for. */
export function monthNumber(name: string): number {
  return monthNames.findIndex((full) => full.toLowerCase().startsWith(name.slice(0, 3).toLowerCase())) + 1;
}

const monthDays = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Whether a `YYYY-MM-DD` is a day of the (proleptic Gregorian) calendar: 2024-02-30 is not. Counted, as
 * parsing dates is slow, and every period of every facts file asks.
 */
export function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const [year, month, day] = text.split("-").map(Number) as [number, number, number];
  const leapDay = month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 1 : 0;
  return month >= 1 && month <= 12 && day >= 1 && day <= monthDays[month - 1]! + leapDay;
}

/** A month written `YYYY-MM`, `month` 1-based. */
export function isoMonth(year: number | string, month: number): string {
  return `${year}-${twoDigits(month)}`;
}

/** A day written `YYYY-MM-DD`, `month` and `day` 1-based. */
export function isoDate(year: number | string, month: number, day: number): string {
  return `${isoMonth(year, month)}-${twoDigits(day)}`;
}

function twoDigits(n: number): string {
  return String(n).padStart(2, "0");
}
