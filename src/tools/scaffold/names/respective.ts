import { subjectWords } from "./subject.ts";

/**
 * The name of one of two figures a sentence lists "respectively" for two qualifiers of one measure: "Basic and
 * diluted earnings per share were $0.31 and $0.30, respectively" names basic earnings per share, then diluted
 * earnings per share; so does a clause after the sentence's first figure ("…, with basic and fully diluted
 * earnings per share of $0.54 and $0.53, respectively"). None for another sentence, or a figure after the
 * second. `at` is where in the sentence the figure starts, `before` where the figures before it do.
 */
export function respectiveWords(sentence: string, at: number, before: readonly number[]): string[] {
  const listed =
    /(?:^|,\s*(?:with\s+)?)\s*((?:[a-z]+ly\s+)?[A-Za-z-]+) and ((?:[a-z]+ly\s+)?[A-Za-z-]+) ([^,;]+?)\s+(?:were|are|of)\b[^;]*\brespectively\b/i.exec(
      sentence,
    );
  const index = listed && at >= listed.index ? before.filter((start) => start >= listed.index).length : 2;
  return listed && index < 2 ? subjectWords(`${listed[index + 1]} ${listed[3]} were`) : [];
}

/**
 * Which figure before it a figure compared "respectively" stands for: in "… of 78.1% and a 14.3% net margin, against
 * 80.9% and 13.0%, respectively, in …", 80.9% is compared with 78.1%, and 13.0% with 14.3%. The index among the
 * sentence's `figures` of the one it is compared with, or -1; `i` is its own.
 */
export function comparedRespectively(
  text: string,
  figures: readonly { readonly start: number; readonly end: number }[],
  i: number,
): number {
  const between = (a: number) => text.slice(figures[a]!.end, figures[a + 1]!.start);
  for (const first of [i, i - 1]) {
    if (first < 2 || first + 1 >= figures.length) continue;
    const pair =
      /\b(?:against|compared (?:with|to)|versus|from)\s*[$€£¥]?\s*$/i.test(between(first - 1)) &&
      /^\s*and\s*[$€£¥]?\s*$/.test(between(first)) &&
      /^\s*,?\s*respectively\b/.test(text.slice(figures[first + 1]!.end));
    if (pair) return i - 2;
  }
  return -1;
}

/**
 * Which of two subjects joined by "and" a change listed "respectively" with another is of: in "Gross Cruise Costs
 * and Net Cruise Costs rose 5.8% and 6.4%, respectively", 5.8% is the first's and 6.4% the second's. `between` is
 * the passage from the figure before, `following` the one after the figure; none where the figures are not so listed.
 */
export function respectiveSubject(subject: readonly string[], between: string, following: string): string[] {
  const and = subject.findIndex((word) => word.toLowerCase() === "and");
  if (and <= 0 || and === subject.length - 1 || subject.some((word, i) => i > and && word.toLowerCase() === "and"))
    return [];
  if (/^\s*and\s+[$€£]?\s*[\d.,]+\s*%?\s*,?\s*respectively\b/i.test(following)) return subject.slice(0, and);
  if (/^\s*and\s*[$€£]?\s*$/i.test(between) && /^\s*,?\s*respectively\b/i.test(following))
    return subject.slice(and + 1);
  return [];
}
