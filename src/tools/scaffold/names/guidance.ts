import { trailingName } from "./subject.ts";
import { namingWords } from "./words.ts";

/** Words that say a range is a forecast. */
const forecast =
  /\b(?:guid(?:e|es|ed|ing|ance)|expect(?:s|ed|ing)?|outlook|forecasts?|projects?|projected|projections?)\b/gi;
/** Words that say the forecast was replaced by a later one. */
const replaced = /\b(?:previous|prior|earlier|former)\s+(?:guidance|outlook|forecast|projection)/i;
/** Words around a range that name none of what it is of. */
const rangeWords = /^(?:range|ranges|between|now|previous|prior|earlier|former|full-year|annual)$/i;

/**
 * The name of an end of a forecast's range ("guides to 2019 net income in the range of $180 million to $190
 * million"): what the range is of, the words after the forecast's word, and which end, as README step 3 names
 * them (`net-income.guidance-low.2019`; `previous-guidance-low` of a forecast replaced). `before` is the sentence
 * up to the range's low end as it can name a figure (naming.ts, `namingPassages`); none where no forecast word
 * leads the range, or its words name nothing.
 */
export function guidanceRange(before: string, end: "low" | "high"): { words: string[]; measure: string } | undefined {
  const last = [...before.matchAll(forecast)].at(-1);
  if (!last) return undefined;
  // What follows the forecast's word up to a figure: "raised its guidance to $80 – 95 million, from $60 – 80 million"
  // names the second range by the words before the first.
  const following = before.slice(last.index + last[0].length);
  // A verb after the forecast's word ("Cash operating cost guidance was revised to") leaves the name before it.
  const after = /^\s*(?:was|were|is|are|has|have|remains?|stays?)\b/i.test(following)
    ? []
    : namingWords(following.split(/\d/)[0]!).filter((word) => !rangeWords.test(word));
  // "guides to 2019 net income of …" names it after the forecast's word, "its 2025 net income guidance of …" before.
  const named = after.length
    ? after
    : trailingName(before.slice(0, last.index)).filter((word) => !rangeWords.test(word));
  if (!named.length) return undefined;
  // The range it came "from" is the one replaced.
  const from = /\d/.test(following) && /\bfrom\s*$/i.test(before);
  return { words: named, measure: `${replaced.test(before) || from ? "previous-" : ""}guidance-${end}` };
}

/** Whether a period after `before` is the one a forecast is for: "gave its guidance for 2008", "its outlook for fiscal". */
export function forecastFor(before: string): boolean {
  const last = [...before.matchAll(forecast)].at(-1);
  return (
    last !== undefined &&
    /^\s+(?:(?:for|of)\s+)?(?:the\s+)?(?:full[- ]year\s+|fiscal\s+(?:year\s+)?)?$/i.test(
      before.slice(last.index + last[0].length),
    )
  );
}
