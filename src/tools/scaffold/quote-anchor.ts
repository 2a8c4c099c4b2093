import type { PrintedSpan } from "#engine/facts/parse-number.ts";
import { occurrences } from "#engine/facts/source.ts";
import type { Source } from "#engine/facts/source.ts";
import type { TextRange } from "./sentences.ts";

/**
 * How a facts file finds `number` in its sentence: the sentence as its quote, and the printed number
 * when the quote prints more than one. The quote starts late enough that the printed form's first
 * occurrence in it is this number, ends before its next, and takes in earlier sentences while it occurs more
 * than once in the source, as facts files require.
 */
export function quoteAnchor(
  source: Source,
  numbers: readonly PrintedSpan[],
  sentences: readonly TextRange[],
  sentence: number,
  number: PrintedSpan,
): { quote: string; number: string | undefined } {
  const { text, key } = source;
  const printed = key.slice(number.start, number.end);
  // It ends before the word where the printed form occurs again in its sentence ("or $0.54 per diluted share,
  // against …, or $0.54"), as a quote must print the number it names once.
  const again = key.indexOf(printed, number.end);
  const between = again >= 0 && again < sentences[sentence]!.end ? text.slice(number.end, again) : "";
  const cut = between.search(/\s+\S*$/);
  const end = cut >= 0 ? number.end + cut : sentences[sentence]!.end;
  for (let first = sentence; ; first--) {
    let start = sentences[first]!.start;
    for (let at = key.indexOf(printed, start); at < number.start; at = key.indexOf(printed, start))
      start = nextWord(text, at, number.start);
    const quote = text.slice(start, end);
    if (first > 0 && occurrences(source, quote).length > 1) continue;
    const inQuote = numbers.filter(({ digits }) => digits[0] >= start && digits[1] <= end);
    return { quote, number: inQuote.length > 1 ? text.slice(number.start, number.end) : undefined };
  }
}

/** The start of the word after the one at `at`, but no later than `limit`. */
function nextWord(text: string, at: number, limit: number): number {
  const space = text.indexOf(" ", at + 1);
  return space < 0 ? limit : Math.min(space + 1, limit);
}
