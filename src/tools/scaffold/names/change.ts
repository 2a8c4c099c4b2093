import { changeVerbs, objectChangeVerbs } from "#engine/facts/direction.ts";
import { article, clauses, verbAt, verbs } from "./clauses.ts";
import { isFiller, words } from "./words.ts";

/** Verbs of a change to come, which no direction is read from: "should let Coventry grow operating revenue by". */
const toCome = ["grow", "raise", "reduce"];

/**
 * Words that make a percentage a change rather than a level: the loader's verbs of direction (direction.ts), of a
 * subject or an object ("lifted new equipment sales by 100.0%"), words of change that give no direction
 * ("improved", "deteriorated") and a headline's present ("earnings climb 22%"); "up" of a phrasal verb ("made
 * up") makes none.
 */
const change = new RegExp(
  String.raw`\b(?:(?<!\b(?:made|makes?|making|adds?|added|sums?|summed)\s+)up|down|${[
    ...Object.values(changeVerbs).flat(),
    ...Object.values(objectChangeVerbs).flat(),
    ...toCome,
  ].join(
    "|",
  )}|increase|decrease|decline|risen|fallen|grown|growth|improve(?:d|ment)?|worsened|deteriorated|climbs?|rises|grows?|jumps?|soars?|surges?)\b`,
  "i",
);

/**
 * The object of a verb that moved it, before "by": "lifted new equipment sales by", "cut its costs by", and one
 * to come: "should let Coventry grow operating revenue by".
 */
export function changedObjectWords(clause: string): string[] {
  const object = new RegExp(
    String.raw`\b(?:${[...Object.values(objectChangeVerbs).flat(), ...toCome].join("|")})\s+(?:(?:its|their|the|our)\s+)?([a-z][a-z -]*?)\s+by\s*$`,
    "i",
  ).exec(clause)?.[1];
  const all = words(object ?? "");
  return all.some((word) => isFiller(word)) ? [] : all;
}

/**
 * Whether a figure's clause says something of its own, not a figure listed after others ("…, respectively"): it
 * ends on the level its subject changed to ("cargo revenue fell to $", "rose 4% to"), or it opens with a
 * conjunction and has a verb ("although it still added a net").
 */
export function ownClause(passage: string): boolean {
  const clause = clauses(passage).at(-1) ?? "";
  return (
    new RegExp(String.raw`${change.source}[^,;]*\bto\s*(?:[A-Z]{2,3}\s*)?[$€£¥]?\s*$`, "i").test(passage) ||
    (/^\s*(?:and|but|although|though|while|whereas)\s/i.test(clause) && verbAt(clause) !== undefined)
  );
}

/** What stands between a change and the level it leads to: "rose 14 percent to $8.42", "rose 10.2% to a record $785.4 million". */
export const changedToLevel = /^\s*(?:per ?cent\s+)?to\s*(?:an?\s+(?:new\s+)?record\s*)?[$€£¥]?\s*$/i;

/** Whether a change is measured against the quarter before ("quarter-over-quarter", "from … in the previous quarter"). */
export function againstQuarterBefore(passage: string): boolean {
  return /\bquarter-(?:over|on)-quarter\b|\bsequential(?:ly)?\b|\b(?:previous|prior|preceding|last) quarter\b/i.test(
    passage,
  );
}

/** Whether a change is measured without the moves of exchange rates: "9% growth on a constant currency basis". */
export function inConstantCurrency(after: string): boolean {
  return /^[^\d,;]*\b(?:constant[- ]currency|constant exchange rates?)\b/i.test(after);
}

/**
 * Whether a percentage is a change: said before it ("up 8.8%"), or as a comparative after it ("5.9% more
 * than"). "Up from 35.2%" is not: that is the figure of the earlier period.
 */
export function saysChange(passage: string, after = ""): boolean {
  // What a figure changed from or to ("improved to 67.5 percent") is a level.
  if (/\b(?:from|to)\s*$/i.test(passage)) return false;
  return (
    change.test(passage) ||
    setOffChange(passage) ||
    // "7% lower for silver": a comparative straight after a percentage, with or without its "than".
    /^\s*(?:(?:more|less|higher|lower) than|above|below|higher|lower)\b/i.test(after) ||
    // A change named after its size: "a 31% increase year over year", "9% year-over-year growth".
    /^\s*(?:(?:year|quarter|period)[- ](?:over|on)[- ](?:year|quarter|period)\s+|sequential\s+)?(?:increase|decrease|rise|decline|growth|gain|drop)\b/i.test(
      after,
    )
  );
}

/**
 * The subject of a change whose verb is left out, after "with" or "and": "with unique customers up 35.0% and
 * placements up 55.5%" are unique customers' and placements' changes.
 */
export function elidedChangeWords(clause: string): string[] {
  const subject = /^\s*(?:(?:with|and)\s+)?([a-z][a-z -]*?)\s+(?:up|down)\s*(?:by\s*)?$/i.exec(clause)?.[1];
  const all = words(subject ?? "");
  // "Total orders went up 6.9%" has its verb.
  return all.some((word) => isFiller(word) || article.test(word)) || verbs.test(subject ?? "") ? [] : all;
}

/** What may stand between a change and its amount: "rose by approximately $419 thousand", "fell by RMB 2 million". */
const toAmount = String.raw`\s+(?:by\s+)?(?:(?:approximately|about|roughly|nearly|almost|some)\s+)?(?:RMB|US)?\s*[$€£¥]?\s*$`;

/**
 * The way an amount a clause ends on changed its subject, when the change stands right before it ("Total deposits
 * increased $29.9 million", "fell by RMB 2 million", "went up $1.9 million", "…, up $112 million", "an increase of
 * $102 million"): "increase" or "decrease". A change to or from an amount ("rose to $18.2 million") names a level.
 */
export function changedByAmount(passage: string): "increase" | "decrease" | undefined {
  const verb = new RegExp(
    String.raw`\b(increased|rose|grew|climbed|jumped|widened|decreased|fell|declined|dropped|narrowed|went (?:up|down)|(?<!\b(?:made|makes|ended|ends|adds|added)\s+)(?:up|down)|an? (?:increase|decrease|rise|decline|drop) of)${toAmount}`,
  ).exec(passage)?.[1];
  if (!verb) return undefined;
  return /decrease|fell|decline|drop|down|narrowed/.test(verb) ? "decrease" : "increase";
}

/**
 * Whether a change is set off after the figures it compares, naming no direction: "…, against 7,310 a year
 * earlier, a percentage change of 5.1%", "$0.25 in Q4 2031 and $0.22 in Q4 2030, a change of $0.03".
 */
export function setOffChange(passage: string): boolean {
  return /(?:^|,)\s*(?:an? )?(?:net |percent(?:age)? )?change of\s*(?:approximately\s+)?[$€£¥]?\s*$/i.test(passage);
}

/**
 * A change by an amount that names no direction, its sign does: "…, a change of $0.03" is an increase, "a
 * change of (0.01)" a decrease.
 */
export function signedChange(passage: string, sign: 1 | -1): "increase" | "decrease" | undefined {
  if (!setOffChange(passage)) return undefined;
  return sign < 0 ? "decrease" : "increase";
}

/**
 * The way an amount set off after the figure it changes says it changed, by a comparative after it (and after the
 * same change as a percentage): "was $34.6 million, $1.3 million, or 3.9%, above the $33.3 million …", "…, $55
 * thousand higher than …". `after` is the text after the amount (or after the percentage).
 */
export function changedAfter(after: string): "increase" | "decrease" | undefined {
  const word =
    /^\s*(?:,?\s*or\s+[\d.,]+\s*(?:%|per ?cent)\s*)?,?\s*(?:(higher|more|greater|lower|less|fewer)\s+than|(above|below))\b/i.exec(
      after,
    );
  if (!word) return undefined;
  return /^(?:lower|less|fewer|below)$/i.test(word[1] ?? word[2]!) ? "decrease" : "increase";
}

/**
 * The way an amount a comparative follows at once says its subject changed: "Raw material costs were $7 million
 * lower", "… were $20 million higher than a year earlier". A figure set off by a comma ("$3.0 million, above
 * the …") is a level (`changedAfter` reads the amount set off after one).
 */
export function comparativeAfter(after: string): "increase" | "decrease" | undefined {
  // Only the comparatives the loader reads a direction from (direction.ts), so that the id and the sign agree.
  const word = /^\s*(higher|more|lower|fewer)\b/i.exec(after)?.[1];
  if (!word) return undefined;
  return /^(?:lower|fewer)$/i.test(word) ? "decrease" : "increase";
}

/**
 * What a change by an amount is of, named by the change itself: the object of a verb that moved it by the amount
 * ("The offering increased shareholders' equity by $54.5 million"), or what a change as a noun is in ("increases in
 * gains on disposals, of $5.1 million"). The words without their articles, and the way it changed.
 */
export function changeOfNamed(passage: string): { words: string[]; measure: "increase" | "decrease" } | undefined {
  const found =
    new RegExp(
      String.raw`\b(increased|decreased|raised|reduced|lifted|lowered|cut)\s+((?:[A-Za-z'’-]+\s+){1,5}?)by${toAmount}`,
    ).exec(passage) ??
    new RegExp(
      String.raw`\b(increases?|decreases?|rises|declines?|drops?)\s+in\s+([A-Za-z'’ -]+?)\s*,?\s*of${toAmount}`,
    ).exec(passage);
  const named = words(found?.[2] ?? "").filter((word) => !article.test(word));
  // "…increased it by" names nothing; "gains on disposal of property" has fillers inside, not at its ends.
  if (!named.length || isFiller(named[0]!) || isFiller(named.at(-1)!)) return undefined;
  return {
    words: named,
    measure: /^(?:decrease|reduce|lower|cut|decline|drop)/.test(found![1]!) ? "decrease" : "increase",
  };
}

/**
 * What a change by an amount is of when the change, as a noun after the amount, names it: "mainly because of a $2.7
 * million decrease in employee-related expenses". The words up to the end of the clause or a word that says why or
 * when, and the way it changed.
 */
export function changeInNamed(
  before: string,
  after: string,
): { words: string[]; measure: "increase" | "decrease" } | undefined {
  // An adjective may stand between: "on a modest 1.9% increase in capacity".
  if (!/\ban?(?:\s+[a-z]+)?\s*$/i.test(before)) return undefined;
  const found =
    /^\s*(increase|decrease|rise|decline|drop|reduction)\s+in\s+((?:(?!(?:from|to|over|compared|versus|due|because|as|during|for|in|on|at|of)\b)[A-Za-z'’-]+\s*)+)/i.exec(
      after,
    );
  const named = words(found?.[2] ?? "").filter((word) => !article.test(word));
  if (!named.length || isFiller(named.at(-1)!)) return undefined;
  return { words: named, measure: /^(?:decrease|decline|drop|reduction)/i.test(found![1]!) ? "decrease" : "increase" };
}
