import { monthName, monthNames, monthNumber } from "#engine/facts/calendar.ts";

/**
 * The day a text's year ends when it prints one other than December 31 ("for the fiscal year ended August
 * 31, 2013"), as "August 31". A facts file's FY, H and Q periods are calendar ones (src/engine/facts/period.ts):
 * such a text's years, halves and quarters are not, and the text does not print where they start (a 52- or
 * 53-week year), so the scaffold proposes none of them; the editor writes each as a duration.
 */
export function offCalendarYearEnd(text: string): string | undefined {
  const pattern = new RegExp(String.raw`\byear end(?:ed|ing|s) (?:on )?(${monthName}) (\d{1,2})\b`, "gi");
  for (const [, month = "", day = ""] of text.matchAll(pattern)) {
    const number = monthNumber(month);
    if (number !== 12 || Number(day) !== 31) return `${monthNames[number - 1]} ${Number(day)}`;
  }
  return undefined;
}
