import type { PeriodMention } from "./period-mentions.ts";

/**
 * The period of the second of two figures listed with "and" for two periods a text names together: "$40.8 million
 * and $80.5 million for the three and six months ended June 30, 2031" are of Q2 and H1 2031, and so are "$34.7
 * million and $67.2 million" of another year, of that year's. The longer of the pair whose shorter the first
 * figure is of; none for a figure not listed so, or in a text that names no such pair.
 */
export function pairedPeriod(
  between: string,
  first: string | undefined,
  mentions: readonly PeriodMention[],
): string | undefined {
  const year = Number(/\d{4}/.exec(first ?? "")?.[0]);
  if (!year || !/^\s*and\s*[$€£¥]?\s*$/.test(between)) return undefined;
  for (const { label, paired } of mentions) {
    const shift = year - Number(/\d{4}/.exec(label)?.[0]);
    const inYear = (period: string) => period.replace(/\d{4}/g, (current) => String(Number(current) + shift));
    if (paired && inYear(label) === first) return inYear(paired);
  }
  return undefined;
}
