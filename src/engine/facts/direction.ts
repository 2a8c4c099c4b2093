/**
 * The direction the words next to a printed figure give it: before it, "a decrease of 23.2%", "down 5%",
 * "fell by RMB 2.0 billion"; or after it, "a 2 percent decrease", "5% lower". A figure printed as a decrease
 * is a negative change, as a person reads it, so that a computed change, growth(from, to) or sub(to, from),
 * compares with it directly.
 */
export interface PrintedDirection {
  readonly way: "increase" | "decrease";
  /** The words as printed, e.g. "a decrease of". */
  readonly words: string;
  /** Set when the words follow the figure ("a 2 percent decrease"). */
  readonly after?: true;
}

/** Words of an estimate between a change's words and its figure: "down approximately 579,000 units". */
const estimates = "approximately|about|nearly|roughly|an estimated";

// A change named by a noun ("a decrease of 23.2%", "a decrease in consumption revenues of $0.7 million") or told
// by a verb ("fell by RMB 2.0 billion"); and a sign spelled out: "negative 5%", "minus $3 million" are below zero.
// A word is letters, or an abbreviation's letters and full stops ("U.S."), never a sentence's last word and its stop.
const of = String.raw`s? (?:(?:in|of) (?:(?:[A-Za-z'’&-]+|(?:[A-Za-z]\.){2,}) ){1,6})?of`;
const changeNouns = {
  decrease: "decrease|decline|drop|fall|reduction",
  increase: "increase|rise|growth|gain",
} as const;
const nouns = {
  decrease: String.raw`(?:an? )?(?:${changeNouns.decrease})${of}`,
  increase: String.raw`(?:an? )?(?:${changeNouns.increase})${of}`,
} as const;
/**
 * The verbs that say which way a figure's subject moved, in the past tense: "revenue fell 5%", "sales rose". The
 * scaffold reads them too (src/tools/scaffold/names/change.ts), to tell a change from a level.
 */
export const changeVerbs = {
  decrease: [
    "decreased",
    "declined",
    "fell",
    "dropped",
    "shrank",
    "reduced",
    "slipped",
    "slid",
    "dipped",
    "eased",
    "contracted",
    "plunged",
    "plummeted",
    "tumbled",
    "sank",
    "slumped",
    "retreated",
    "narrowed",
  ],
  increase: ["increased", "rose", "grew", "climbed", "jumped", "surged", "soared", "widened"],
} as const satisfies Record<PrintedDirection["way"], readonly string[]>;

/** The verbs that say which way they moved their object: "cut its term loan balances by", "lifted sales by". */
export const objectChangeVerbs = {
  decrease: [
    "cut",
    "reduced",
    "lowered",
    "decreased",
    "trimmed",
    "negatively impacted",
    "negatively affected",
    "adversely impacted",
    "adversely affected",
  ],
  increase: ["raised", "increased", "lifted", "expanded", "boosted", "positively impacted", "favorably impacted"],
} as const satisfies Record<PrintedDirection["way"], readonly string[]>;

// "negative adjusted free cash flow of $16.2 million": what is negative named between the word and the figure.
const negativeOf = String.raw`negative (?:[A-Za-z'’&-]+ ){1,5}of`;

// After a verb: "fell by 5%", "declined a further 9%", "decreased only 1%".
const further = String.raw`(?: by| a further| another| an additional)?(?: only| just)?`;
const ways = {
  decrease: String.raw`${nouns.decrease}|${negativeOf}|negative|minus|(?:down|lower|${changeVerbs.decrease.join("|")}|was down|were down)${further}`,
  // "made up 77%" is a share, not a rise.
  increase: String.raw`${nouns.increase}|(?:(?<!\bma(?:de|kes?|king) )up|higher|${changeVerbs.increase.join("|")}|was up|were up)${further}`,
} as const;

// A verb of change and its object before "by": "cut its term loan balances by", "raised the dividend by".
// The object may name a period by its year: "negatively impacted the results of the first quarter of 2017 by".
const object = String.raw` (?:(?:[A-Za-z'’&-]+|(?:19|20)\d{2}) ){1,8}by`;
const changedObject = {
  decrease: String.raw`(?:${objectChangeVerbs.decrease.join("|")})${object}`,
  increase: String.raw`(?:${objectChangeVerbs.increase.join("|")})${object}`,
} as const;

// A noun or comparative straight after the figure: "a 2 percent decrease", "5% lower" (not "lower-cost"),
// "7,600 fewer vehicles", "2.1% unfavorable product mix", "3 percent more than last year" (a qualifier's "more than" stands before its figure).
const following = {
  decrease: String.raw`(?:${changeNouns.decrease})s?|lower|fewer|unfavorable`,
  increase: String.raw`(?:${changeNouns.increase})s?|higher|more`,
} as const;

type Pattern = { readonly way: PrintedDirection["way"]; readonly pattern: RegExp };

/** Each way's words as one pattern, placed in the text as `place` says. */
function compile(words: Record<PrintedDirection["way"], string>, place: (words: string) => string): Pattern[] {
  return Object.entries(words).map(([way, alternatives]) => ({
    way: way as PrintedDirection["way"],
    pattern: new RegExp(place(alternatives), "i"),
  }));
}

const before = compile(ways, (words) => String.raw`\b(${words}) $`);
const byObject = compile(changedObject, (words) => String.raw`\b(${words}) $`);
// The far end of a range a noun leads: the 15% of "an increase of 11% to 15%". After a verb the figure after
// "to" is where the change ended, a level and no change: "fell 14.3% to $0.94 million".
const rangeEnd = compile(
  { ...nouns, decrease: `${nouns.decrease}|${negativeOf}` },
  (words) => String.raw`\b((?:${words}) (?:(?:${estimates}) )?\S*\d\S* to) $`,
);
// "percent" spelled out is no part of the printed number ("a 2 percent decrease", "a 1.2 percentage point
// decline"), nor what the change is over ("a 5% year-over-year decline"): the words follow them.
const over = String.raw`(?:(?:year[- ]over[- ]year|year[- ]on[- ]year|quarter[- ]over[- ]quarter|sequential|annual) )?`;
const after = compile(
  following,
  (words) => String.raw`^ ((?:percent(?:age points?)? |per cent )?${over}(?:${words}))\b(?!-)`,
);
// A percentage's change noun after the one word of what changed: "a 21% volume decline", "a 5% price increase".
const notChanged = String.raw`(?:and|or|to|of|in|from|on|at|for|the|a|an|than|with|but|while)\b`;
const afterWhat = compile(
  changeNouns,
  (words) => String.raw`^ ((?:percent |per cent )?(?!${notChanged})[a-z]+ (?:${words})s?)\b(?!-)`,
);

// A change restated after ", or": the $178.6 million of "reduced by 8.8%, or $178.6 million" fell as the 8.8% did.
const restated = compile(
  { decrease: `${ways.decrease}|${changedObject.decrease}`, increase: `${ways.increase}|${changedObject.increase}` },
  (words) =>
    // A currency's code in capitals ("RMB 2.0 billion"), whatever case the words are matched in: "to" or "of"
    // before the figure is no code ("decreased to $1.3 million, or $0.05" restates a level, not a change).
    // "down approximately 579,000 units or 8%": an estimate's word before the figure and its unit after it.
    String.raw`\b((?:${words}) (?:(?:${estimates}) )?(?:(?-i:[A-Z]{2,3})\$? ?)?\S*\d\S*(?: (?:thousand|million|billion|percent|per cent))?(?: [a-z]+)?,? or) $`,
);

/** Words that give a clause after "and" a verb or a relation of its own. */
const notGapped = String.raw`(?:was|were|is|are|had|has|have|reached|totall?ed|came|stood|amounted|represented|accounted|made|makes|of|to|at|in|by)\b`;

// A change whose verb is left out after "and": the EBITDA 3% of "revenue fell 5% and EBITDA 3%" fell as revenue
// did. Percentages only, each of its subject: "…$408 million, down 10 percent, and automotive $236 million" lists
// a level after a change; nor a level the clause gives its own verb ("rose 5% and net income was 3%").
const gapped = compile(
  ways,
  (words) =>
    String.raw`\b((?:${words}) \S*\d\S*(?:%| percent| per cent),? and (?:(?!${notGapped})[A-Za-z'’&-]+ ){0,3}(?!${notGapped})[A-Za-z'’&-]+) $`,
);

/** The first way whose pattern `text` matches, with the words it matched. */
function match(patterns: readonly Pattern[], text: string): PrintedDirection | undefined {
  for (const { way, pattern } of patterns) {
    const words = pattern.exec(text)?.[1];
    if (words) return { way, words };
  }
  return undefined;
}

/**
 * The direction of a printed figure (`printed`, as it is printed): the one `preceding`, the plain text just before
 * it, ends with, else the one `next`, the plain text just after it, starts with; undefined if none.
 */
export function printedDirection(preceding: string, next = "", printed = ""): PrintedDirection | undefined {
  const text = preceding.replace(/\s+/g, " ").slice(-80);
  const percentage = printed.trim().endsWith("%") || /^\s*per ?cent\b/i.test(next);
  const found =
    match(before, text) ??
    match(rangeEnd, text) ??
    match(restated, text) ??
    (percentage ? match(gapped, text) : undefined) ??
    match(byObject, text);
  if (found) return found;
  const nextWords = next.replace(/\s+/g, " ").slice(0, 40);
  const followed = match(after, nextWords) ?? (percentage ? match(afterWhat, nextWords) : undefined);
  return followed && { ...followed, after: true };
}

/** The figure with the words that give its direction, in their printed order: "a decrease of 20.0%", "2 percent decrease". */
export function withDirection(printed: string, direction: PrintedDirection): string {
  return direction.after ? `${printed} ${direction.words}` : `${direction.words} ${printed}`;
}
