import { isFiller, wordPattern, words } from "./words.ts";

/**
 * The verbs that end a figure's subject: "Total net revenue was", "Repeat borrowers contributed", the
 * auxiliary of a perfect ("Net output has grown", "the ratio had been lowered"), and a headline's present right
 * before its figure ("UPS earnings climb 22%").
 */
export const verbs =
  /\b(?:(?:has|have|had)(?=\s+(?:been\s+)?[a-z]+(?:ed|en|wn)\b)|was|were|is|are|reached|totaled|totalled|numbered|amounted|stood|came|brought|contributed|rose|fell|grew|went|climbed|dropped|jumped|increased|decreased|declined|improved|worsened|remained|represented|accounted|made up|compares|(?:more than |nearly |almost )?(?:doubled|tripled|quadrupled|halved)|set(?=\s+(?:a|an|new|record|at)\b)|(?:climbs?|rises|grows?|jumps?|soars?|surges?|increases|declines|falls|drops)(?=\s+(?:by\s+)?$))\b/i;

/** Words that end a subject's noun phrase: what follows them qualifies it ("tenor of loans originated"). */
export const qualifying = new Set([
  "of",
  "for",
  "in",
  "during",
  "as",
  "from",
  "to",
  "at",
  "on",
  "by",
  "through",
  "compared",
  "which",
  "that",
]);

/** Words that name nothing in a noun phrase: articles and possessives. */
export const article = /^(?:the|a|an|its|our|their|this|these|company's|company’s)$/i;

/**
 * Whether "on", "from" or "in" joins two nouns into one name, as "of" does after "cost" ("return on equity", "gains on sales", "income from
 * railway operations", "investment in fixed assets"), as it does before a noun; before an article it qualifies
 * ("revenue on a GAAP basis").
 * After a verb or an adverb "from" says what changed ("widened from net loss of", "up from").
 */
export function joinsName(all: readonly string[], i: number): boolean {
  const next = all[i + 1];
  const before = all[i - 1];
  // "Net income attributable to shareholders" ("available to common shareholders") is a line of its own, not net
  // income (which includes minority interests or preferred dividends): to whom it is attributable names it.
  if (all[i]!.toLowerCase() === "to" && before !== undefined && /^(?:attributable|available)$/i.test(before))
    return true;
  // "Provision for credit losses", "allowance for doubtful accounts": a provision is named by what it is for.
  if (
    all[i]!.toLowerCase() === "for" &&
    before !== undefined &&
    /^(?:provisions?|allowances?|reserves?)$/i.test(before) &&
    next !== undefined &&
    !article.test(next) &&
    !isFiller(next)
  )
    return true;
  // "Loans held for investment", "securities available for sale": a bank's book is named by what it is held for.
  if (
    all[i]!.toLowerCase() === "for" &&
    before !== undefined &&
    /^(?:held|available)$/i.test(before) &&
    next !== undefined &&
    /^(?:investment|sale)$/i.test(next)
  )
    return true;
  // "Cost of revenues", "cost of sales": a cost is named by what it is the cost of.
  if (
    all[i]!.toLowerCase() === "of" &&
    before !== undefined &&
    /^costs?$/i.test(before) &&
    next !== undefined &&
    !article.test(next) &&
    !isFiller(next)
  )
    return true;
  return (
    (all[i]!.toLowerCase() === "on" ||
      (/^(?:from|in)$/i.test(all[i]!) && before !== undefined && !isFiller(before) && !before.endsWith("ed"))) &&
    i > 0 &&
    next !== undefined &&
    // "in" before a name is where ("revenue in Norway"), before a common noun what ("investment in vessels").
    !(all[i]!.toLowerCase() === "in" && /^[A-Z]/.test(next)) &&
    !article.test(next) &&
    !qualifying.has(next.toLowerCase()) &&
    !isFiller(next)
  );
}

/**
 * Whether a word is a verb or participle by its form and place: a word in -ed after a noun ("the Company
 * generated", "the yield earned on", "assets included"). Before a noun or after an article it is an
 * adjective ("diluted earnings", "the adjusted EBITDA", "negative adjusted EBITDA"), and after an abbreviation a
 * name's part ("GAAP adjusted").
 */
export function isVerbAfterNoun(all: readonly string[], i: number): boolean {
  const before = all[i - 1];
  return (
    /^[a-z]{2,}ed$/.test(all[i]!) &&
    // Before an abbreviation it qualifies it: "negative adjusted EBITDA".
    !/^[A-Z]{2,}/.test(all[i + 1] ?? "") &&
    before !== undefined &&
    !article.test(before) &&
    !/^(?:and|or|but|be|been|has|have|had|is|are|was|were|with|without|per|under|over|into)$/i.test(before) &&
    !qualifying.has(before.toLowerCase()) &&
    !/[A-Z]{2}/.test(before)
  );
}

/** Where a clause's verb is: a verb of reporting, else a verb known by its form ("Net loss narrowed to"). */
export function verbAt(passage: string): number | undefined {
  const known = verbs.exec(passage);
  if (known) return known.index;
  const found = Array.from(passage.matchAll(wordPattern));
  const all = found.map(([word]) => word);
  return found.find((_, i) => isVerbAfterNoun(all, i))?.index;
}

/** Whether a clause ends with its verb, a figure its object: "variable rate assets included", "the group held", "it held". */
export function endsWithVerb(clause: string): boolean {
  const all = words(clause);
  return (
    all.length > 1 &&
    (isVerbAfterNoun(all, all.length - 1) ||
      (/^(?:held|kept)$/.test(all.at(-1)!) &&
        ((!article.test(all.at(-2)!) && !isFiller(all.at(-2)!)) || /^(?:it|we|they)$/i.test(all.at(-2)!))))
  );
}

/**
 * A passage's clauses, split at commas, semicolons, colons and dashes, and after a verb of saying's "that"; not at a comma inside a number
 * ("6,000") nor one that lists the object of a preposition ("the yield earned on loans, bonds and cash was").
 */
export function clauses(passage: string): string[] {
  const parts: string[] = [];
  // "while" and "whereas" open a clause with a subject of its own, after a comma or not.
  // A company's name with its suffix ("Fenwick Apparel, Inc.") is one name, not two clauses.
  // What a verb of saying reports ("the company said today that its earnings … rose") is a clause of its own.
  for (const part of passage.split(
    /[;:—]|,(?!\d)(?!\s*(?:Inc|Corp|Co|Ltd|LLC|plc|N\.A|S\.A)\b)|(?=\b(?:while|whereas)\b)|(?<=\b(?:said|says|repeated|reported|announced|noted|added|stated)(?:\s+today)?\s+that\b)/i,
  )) {
    // A list's first items: the object of a preposition, or a clause's whole subject ("cash, short-term and
    // long-term investments stood at").
    const first = parts.at(-1) ?? "";
    const listed =
      (/\b(?:on|of|in|from|by|with)\s+[A-Za-z-]+\s*$/i.test(first) ||
        (/^\s*[A-Za-z-]+(?:\s+[A-Za-z-]+){0,2}\s*$/.test(first) && !words(first).some(isFiller))) &&
      /^\s*[A-Za-z-]+(?:\s+[A-Za-z-]+)?\s+(?:and|or)\s+[A-Za-z-]/.test(part);
    if (listed) parts[parts.length - 1] += `,${part}`;
    else parts.push(part);
  }
  return parts;
}
