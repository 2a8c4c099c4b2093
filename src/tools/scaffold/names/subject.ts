import { article, isVerbAfterNoun, joinsName, qualifying, verbAt, verbs } from "./clauses.ts";
import { slug } from "./ids.ts";
import { partNouns } from "./segment.ts";
import { filler, isFiller, words } from "./words.ts";

/**
 * The noun phrase a passage ends with, before a figure's "of": its words back to the first word that names
 * nothing ("… and diluted earnings per common share of" is diluted earnings per common share).
 */
export function trailingName(passage: string): string[] {
  // Within its clause: "… Financial Results: Q3 Diluted EPS of" is Q3 diluted EPS.
  const all = words(passage.split(/[;:]/).at(-1)!);
  if (all.at(-1)?.toLowerCase() === "of") all.pop();
  const start = all.findLastIndex((word, i) => isFiller(word) && !joinsName(all, i));
  const name = all.slice(start + 1);
  return name.length > 1 && describes(name[0]!) ? name.slice(1) : name;
}

/**
 * Whether a word that opens a noun phrase says how its figure moved or stands ("Lower fuel surcharge revenues", "a
 * record net income", "negative adjusted EBITDA": the sign gives it) or over what period it was counted ("Quarterly
 * shipments"), not what it is: the id gives those.
 */
function describes(word: string): boolean {
  return /^(?:lower|higher|quarterly|record|negative|positive)$/i.test(word);
}

/** Conjunctions that open a clause with a subject of its own. */
const opensClause = /^(?:while|whereas|although|though|as|when)$/i;

/**
 * The subject of the clause `passage` ends with, up to its verb, as words: without its articles and
 * possessives, and cut where a qualifying word starts ("The average contractual tenor of loans originated
 * was" is average contractual tenor). Labels made of a number ("90 day+") are left out. None without a verb.
 */
export function subjectWords(passage: string): string[] {
  const verb = verbAt(passage);
  if (verb === undefined) return [];
  const all = words(passage.slice(0, verb).replace(/\d+[ -]?(?:day|month|year)s?\+?/gi, " "));
  // A clause may open with "and" or "but" ("… and platform service revenues were"); inside, "and" joins the
  // subject ("cash and cash equivalents").
  // So may a clause of its own ("while consolidated capacity grew", "as volume decreased"); "as of" is no such opening.
  // Nor does a word that describes the figure ("Lower fuel surcharge revenues weighed on them") name it.
  // "General Dynamics said its net earnings … came to", "The chief executive said revenue grew": what a company or
  // its officer says is the clause after the verb of saying (one that may be a participle, "Reported diluted EPS",
  // only before "its", "their" or "that").
  const said = all.findLastIndex(
    (word, i) =>
      /^(?:said|says|noted|explained)$/i.test(word) ||
      (/^(?:reported|reports|announced|stated)$/i.test(word) && /^(?:its|their|that)$/i.test(all[i + 1] ?? "")),
  );
  const start = all.findIndex(
    (word, i) =>
      i > said &&
      !article.test(word) &&
      !/^(?:and|but|or)$/i.test(word) &&
      !((i === 0 || i === said + 1 || /^(?:and|but)$/i.test(all[i - 1] ?? "")) && /^(?:that|those)$/i.test(word)) &&
      !(describes(word) && i + 1 < all.length && !qualifying.has(all[i + 1]!.toLowerCase())) &&
      !(opensClause.test(word) && all[i + 1] !== undefined && !qualifying.has(all[i + 1]!.toLowerCase())),
  );
  if (start < 0) return [];
  // "Cumulative number of borrowers served" counts borrowers served: the count is its unit, not its name.
  const counted = all
    .slice(start)
    .join(" ")
    .replace(/^((?:\S+ )?)number of /i, "$1")
    .split(" ");
  const rest = withoutPossessor(counted.filter(Boolean));
  // A participle with an object qualifies the subject ("the yield earned on loans"); without one it names it
  // ("borrowers served", "borrowers served in" a period the caller left out).
  // "of" and a gerund name what a figure measures ("cost of funding the loans"); the gerund's object only
  // qualifies it. Before a noun the -ing word is an adjective ("balance of performing loans") and "of" qualifies.
  const gerund = (i: number) =>
    rest[i]?.toLowerCase() === "of" &&
    /^[a-z]{3,}ing$/.test(rest[i + 1] ?? "") &&
    (rest[i + 2] === undefined || article.test(rest[i + 2]!));
  // Before a verb of reporting, a word in -ed straight before a noun is an adjective ("the underlying combined
  // ratio was"); with no such verb it may be the clause's own ("the Company generated net income of").
  const known = verbs.test(passage.slice(verb));
  // Before a verb of reporting, a participle and where it comes from name the subject: "Cash generated from
  // operations was" is not cash, nor is "Net cash provided by operating activities was".
  const source = (i: number) =>
    known &&
    isVerbAfterNoun(rest, i) &&
    /^(?:from|by)$/i.test(rest[i + 1] ?? "") &&
    rest[i + 2] !== undefined &&
    !article.test(rest[i + 2]!) &&
    !isFiller(rest[i + 2]!);
  const end = rest.findIndex(
    (word, i) =>
      (qualifying.has(word.toLowerCase()) && !gerund(i) && !joinsName(rest, i) && !source(i - 1)) ||
      gerund(i - 2) ||
      (isVerbAfterNoun(rest, i) &&
        !source(i) &&
        !(known && rest[i + 1] !== undefined && !qualifying.has(rest[i + 1]!.toLowerCase())) &&
        rest.slice(i + 1).some((after) => !qualifying.has(after.toLowerCase()) && !article.test(after))),
  );
  // An owner named inside a name is no part of the measure: "attributable to Acme's shareholders" is to shareholders.
  const named = (end < 0 ? rest : rest.slice(0, end)).filter(
    (word, i) => !article.test(word) && !(i > 0 && /^[A-Z][\w-]*['’]s$/.test(word)),
  );
  // A name too long for an id keeps its head, before what a preposition joins to it: "total student enrollments
  // in academic subjects tutoring and test preparation courses" is total student enrollments.
  // Not "attributable to": to whom names the line.
  const joined = named.findIndex((word, i) => i > 0 && word.toLowerCase() !== "to" && joinsName(named, i));
  const subject = named.length > 8 && joined > 0 ? named.slice(0, joined) : named.slice(0, 8);
  // Nor does it end on a preposition cut from its object ("… attributable to Heron Labs per").
  while (named.length > 8 && /^(?:per|to|of|for|in|on|from|and)$/i.test(subject.at(-1) ?? "")) subject.pop();
  // "Segment revenue also reached": an adverb before the verb is no part of the name.
  while (subject.length > 1 && /^(?:also|again|still|once|likewise|too)$/i.test(subject.at(-1)!)) subject.pop();
  // "The Company returned …": the reporter is no figure's name.
  return subject.every(isFiller) ? [] : subject;
}

/**
 * A name without the proper name that owns it: "Copa Airlines' on-time performance" is on-time performance,
 * "Northway Air's yield" yield. A plural noun's ("Shareholders' equity") stays: it is part of the name.
 */
function withoutPossessor(all: readonly string[]): string[] {
  const owner = all.findIndex((word) => /(?:['’]s|s['’])$/.test(word));
  // A part of the company owns its figure by name: "The Harbour segment's loss provision rate" is the segment's.
  if (partNouns.includes(all[owner]?.toLowerCase().replace(/['’]s$/, "") ?? ""))
    return all.map((word, i) => (i === owner ? word.slice(0, -2) : word));
  const name = all.slice(0, owner + 1);
  const proper =
    owner >= 0 &&
    name.every((word) => /^[A-Z]/.test(word)) &&
    (name.length > 1 || /['’]s$/.test(name[0]!)) &&
    /^[a-z]/.test(all[owner + 1] ?? "");
  return proper ? all.slice(owner + 1) : [...all];
}

/** The words after a clause's verb, its object: "net income" of "Company generated net income". */
export function objectWords(all: readonly string[]): readonly string[] {
  const verb = all.findLastIndex((_, i) => isVerbAfterNoun(all, i) || verbs.test(all[i]!));
  const object = all.slice(verb + 1);
  return object.length > 1 && describes(object[0]!) ? object.slice(1) : object;
}

/**
 * The object of a clause's verb, before the "of" or "to" of its figure: "Copa Holdings reported net profit of"
 * is net profit (the reporter names nothing), "which lifted the consolidated load factor to" the load factor.
 * None without a verb, or with nothing between it and the preposition ("Net loss narrowed to").
 */
export function objectBefore(clause: string): string[] {
  const all = words(clause);
  const preposition = all.pop()?.toLowerCase();
  if (preposition !== "of" && preposition !== "to") return [];
  // After a relative pronoun the next word is its verb ("which lifted", "which leaves out", with its particle).
  const relative = (i: number) => /^(?:which|that|who)$/i.test(all[i - 1] ?? "") && /^[a-z]{3,}$/.test(all[i]!);
  const found = all.findLastIndex((word, i) => isVerbAfterNoun(all, i) || verbs.test(word) || relative(i));
  const verb = relative(found) && /^(?:out|up|off)$/i.test(all[found + 1] ?? "") ? found + 1 : found;
  // A participle after "was" or "were" makes the verb a passive, whose subject the figure is of: "The ratio was lowered to".
  if (/^(?:was|were|is|are|been)$/i.test(all[verb] ?? "") && /^[a-z]{3,}(?:ed|en)$/.test(all[verb + 1] ?? ""))
    return [];
  const rest = all.slice(verb + 1).filter((word) => !article.test(word));
  // What qualifies the object before "to" is no part of it ("the load factor for the quarter to"); before
  // "of", a name with "of" in it is left to the rules that read one.
  const end = preposition === "to" ? rest.findIndex((word) => qualifying.has(word.toLowerCase())) : -1;
  const object = end < 0 ? rest : rest.slice(0, end);
  // "and" between two nouns joins them: "which leaves out depreciation and amortization of".
  const joined = (word: string, i: number) =>
    word.toLowerCase() === "and" && i > 0 && i < object.length - 1 && !isFiller(object[i + 1]!);
  return verb >= 0 && object.length <= 4 && !object.some((word, i) => isFiller(word) && !joined(word, i)) ? object : [];
}

/**
 * The noun a percentage qualifies, printed right after it: "an annualized 18.3 percent return on average
 * equity". Words up to a filler word, where "on" joins a name ("return on equity") as it joins no count's.
 */
export function qualifiedNoun(after: string): string[] {
  const all = words(/^\s*[A-Za-z][^,.;:()\d]*/.exec(after)?.[0] ?? "");
  const end = all.findIndex((word, i) => isFiller(word) && !(i > 0 && word.toLowerCase() === "on"));
  const noun = end < 0 ? all : all.slice(0, end);
  return noun.at(-1)?.toLowerCase() === "on" ? noun.slice(0, -1) : noun;
}

/**
 * The label of a list item, "Cash, cash equivalents, and marketable securities of $339.9 million": a
 * sentence that opens with a noun phrase and "of" straight before its first figure. Only naming words
 * and "and" make such a label; a clause ("For the quarter the Company reported net income of") is not one.
 */
export function labelWords(opening: string): string[] {
  const phrase = /^\s*([A-Za-z][^.;:]*?)\s+of\s*$/.exec(opening)?.[1];
  const all = phrase ? words(phrase) : [];
  // "Paying monthly active users": an adjective in -ly belongs to a label, so only the filler words rule one out.
  return all.every((word) => word.toLowerCase() === "and" || !filler.has(word.toLowerCase())) &&
    !verbs.test(phrase ?? "")
    ? all
    : [];
}

/** The accounting standard a sentence opens its measure on: "Under GAAP,", "Under U.S. GAAP,". */
export const underStandard = String.raw`under (?:U\.S\. )?(GAAP|IFRS)`;

/** An opening that qualifies a sentence's subject: what it leaves out, the basis it is on, the standard it follows. */
const openingQualifier = new RegExp(
  String.raw`^\s*(?:[A-Za-z]+\s+){0,3}?(?:((?:excluding|exclusive of|net of)\s+[^,;]+?)|on (?:an?|the) ([A-Za-z-]+) basis(?:\s*,?\s*(?:which|that|the (?:company|group|bank|firm))\b[^,;]*)?|${underStandard})\s*,`,
  "i",
);

/**
 * A subject as a sentence's opening phrase qualifies it: "excluding fuel surcharges" of "Excluding fuel
 * surcharges, operating revenue was …", "net of fuel surcharges" of "With both amounts net of fuel surcharges,
 * operating expenses …": what leaves a part out makes another measure ("Including flood operations, the
 * combined ratio …" says what the measure holds); and the basis a measure is on, before its name: "On an
 * adjusted basis, operating profit rose …" is adjusted operating profit, "On the managed basis, …" managed basis. Only the subject of the clause it
 * opens, not a later clause's own.
 */
export function qualifiedByOpening(sentence: string, words: readonly string[]): readonly string[] {
  const opening = openingQualifier.exec(sentence);
  const rest = opening ? sentence.slice(opening[0].length) : "";
  // The reporter's clause ("Excluding special items, the group earned net income of …") is about its object.
  const reporter = /^\s*(?:the\s+)?(?:group|company|bank|firm)\s/i.test(rest);
  const subject =
    reporter && words.length && `-${slug(/^[^,;]*/.exec(rest)![0])}-`.includes(`-${slug(words)}-`)
      ? [...words]
      : subjectWords(rest);
  if (!subject.length) return words;
  // A basis qualifies what is per share of the subject too: "On a non-GAAP basis, net income was …, or $0.98 per diluted share".
  // A basis named by a standard or a measure's own word is that word ("non-GAAP net income"); another is named
  // with "basis" ("On the managed basis the company also reports, …": managed basis net earnings).
  const standard = opening![2] ?? opening![3];
  const basis =
    /^(?:non-)?(?:GAAP|IFRS)$/i.test(standard ?? "") || ownMeasure.test(standard ?? "")
      ? [standard!]
      : [standard!, "basis"];
  if (standard) return slug(words).startsWith(slug(subject)) ? [...basis, ...words] : words;
  // A measure named as one of its own ("non-GAAP net income", "adjusted EBITDA") is what the exclusion defines, not another.
  if (slug(subject) !== slug(words) || ownMeasure.test(words.join(" "))) return words;
  return [...words, ...opening![1]!.split(/\s+/)];
}

/**
 * Words that name a basis by themselves: a measure of a company's own making, or the whole or reported figure
 * ("On a consolidated basis, operating income" is consolidated operating income).
 */
const ownMeasure = /\b(?:non-GAAP|non-IFRS|adjusted|core|underlying|consolidated|reported|comparable|same-store)\b/i;
