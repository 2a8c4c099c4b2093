import type { PeriodMention } from "./period-mentions.ts";
import type { TextRange } from "./sentences.ts";

/** Up to three words, and no comma or digit, between a number and a period that follows it: "RMB 150 million to shareholders in 2024". */
const closeBehind = /^\s*(?:[A-Za-z'’]+\s+){0,3}$/;

/**
 * The period a sentence states for a number, or undefined when it states none or leaves it unclear. In
 * order: a period right after the number ("RMB 12.4 billion in 2024") and not taken by an earlier number;
 * else the last period between the previous figure and this one ("for the fourth quarter of 2024 was
 * RMB 1,210 million"), not taken either; else the sentence's only period. `taken` collects the periods
 * that follow a number, so that "X in 2022 and Y in 2023, with Z and W, respectively" leaves Z and W open.
 */
export function choosePeriod(
  text: string,
  { number, previous, sentence }: { number: TextRange; previous: TextRange | undefined; sentence: readonly PeriodMention[] },
  taken: Set<PeriodMention>,
): string | undefined {
  const after = sentence.find((mention) => mention.start >= number.end && !taken.has(mention));
  if (after && closeBehind.test(text.slice(number.end, after.start))) {
    taken.add(after);
    return after.label;
  }
  const from = previous?.end ?? -1;
  const before = sentence.filter((mention) => mention.start >= from && mention.end <= number.start && !taken.has(mention)).at(-1);
  if (before) return before.label;
  const labels = new Set(sentence.map(({ label }) => label));
  return labels.size === 1 ? [...labels][0] : undefined;
}
