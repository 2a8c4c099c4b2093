/**
 * Kinds of number that are rarely facts, each as the ignore entry that would account for them: a pattern
 * matched against the source's plain text, and the reason. The scaffold proposes one only for numbers
 * printed bare (no currency, scale, % or decimals), so "RMB 2024 million" stays a candidate fact.
 */
export const ignoreProposals: readonly { readonly pattern: string; readonly reason: string }[] = [
  { pattern: String.raw`\b(?:19|20)\d{2}\b`, reason: "years name periods, not figures" },
  {
    pattern: String.raw`\b(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}\b`,
    reason: "days of calendar dates say when, not how much",
  },
  { pattern: String.raw`\b[HQ][1-4]\b`, reason: "names of quarters and half-years" },
  { pattern: "[¹²³⁴⁵⁶⁷⁸⁹⁰]+", reason: "footnote markers" },
  { pattern: String.raw`\((?:i{1,3}|iv|vi{0,3}|ix|x)\)`, reason: "list markers" },
];
