import { monthName } from "#engine/facts/calendar.ts";
import { parseNumber } from "#engine/facts/parse-number.ts";
import type { PrintedNumber, PrintedSpan } from "#engine/facts/parse-number.ts";
import {
  changeInNamed,
  changeOfNamed,
  changedAfter,
  changedByAmount,
  changedObjectWords,
  comparativeAfter,
  elidedChangeWords,
  signedChange,
  changedToLevel,
  inConstantCurrency,
  saysChange,
} from "./names/change.ts";
import { basisPoints } from "./ignore-proposals.ts";
import { article, clauses, endsWithVerb, verbs } from "./names/clauses.ts";
import { slug } from "./names/ids.ts";
import { amountInWords } from "./names/amount-in.ts";
import { plural } from "./names/counts.ts";
import { marginWords } from "./names/margin.ts";
import { contributionWords, countedByVerb, countedPassive, dealingWords } from "./names/dealings.ts";
import { namedPart, partBefore, partFrom, partWords, qualifiedPart, referredPart, wholeWords } from "./names/parts.ts";
import {
  perShareAfter,
  perShareAfterName,
  perShareEffect,
  perShareNoun,
  sharedNoun,
  withoutPerShare,
} from "./names/per-share.ts";
import {
  labelWords,
  objectBefore,
  objectWords,
  qualifiedNoun,
  subjectWords,
  trailingName,
  underStandard,
} from "./names/subject.ts";
import { respectiveSubject } from "./names/respective.ts";
import { leadingWords, namingWords, words } from "./names/words.ts";
import type { PeriodMention } from "./period-mentions.ts";
import { signedAmount } from "./number-reading.ts";
import { isHeading, measuredAgainstQuarterBefore } from "./sentence-periods.ts";
import type { TextRange } from "./sentences.ts";

/**
 * The words that name a number, and what it measures of them. A change ("up 8.8%", "an increase of") is
 * the growth of the sentence's level before it; a share ("representing 57.8% of") is its share; a figure
 * of an earlier period ("from RMB 11.4 billion in 2023") is named as that level. Otherwise: for a count
 * ("4,200 employees", "were capital-light loans") the words after it; "a cash dividend of"; "the ratio of
 * net debt to adjusted EBITDA"; else the subject of its clause, without its articles and what follows
 * "of" or "for" ("Net income attributable to ordinary shareholders was" is named whole: it is not net income).
 */
export function naming(text: string, options: NamingOptions): ReturnType<typeof firstNaming> {
  const named = firstNaming(text, options);
  // "having decreased 8%", "a rise of 53%", "They were up $7.1 million": when what the rules found is only a
  // pronoun, a verb or a change's noun, the figure is of the level its sentence (else the one before) named.
  if (!named.words.every((word) => namesNothing.test(word))) return named;
  const referred = options.level?.words ?? options.earlier?.words;
  if (!referred?.length) return named;
  const changeWord = named.words.some((word) => changeNoun.test(word));
  // "a sequential rise of 2.1%" is measured against the quarter before.
  const sequential = named.words.some((word) => /^sequential$/i.test(word));
  return {
    words: referred,
    measure:
      named.measure ??
      (changeWord && options.reading.unit === "percent" ? (sequential ? "growth-qoq" : "growth") : undefined),
  };
}

const changeNouns = String.raw`growth|increases?|rises?|surge|declines?|decreases?`;
const changeNoun = new RegExp(`^(?:${changeNouns})$`, "i");
/** Words that cannot name a figure alone: a change's nouns, pronouns, verbs and comparatives, a bare time unit. */
const namesNothing = new RegExp(
  `^(?:${changeNouns}|sequential|range|number|it|they|them|he|she|we|this|that|these|those|having|representing|set|tied|weighed|better|higher|lower|most|percentage|yoy|quarter|year)$`,
  "i",
);

type NamingOptions = Parameters<typeof firstNaming>[1];

function firstNaming(
  text: string,
  {
    number,
    previous,
    range,
    reading,
    mentions,
    level,
    earlier,
    about,
    abbreviations,
  }: {
    number: PrintedSpan;
    previous: TextRange | undefined;
    range: TextRange;
    reading: PrintedNumber;
    mentions: readonly PeriodMention[];
    /** The sentence's last level: the words that named it and the period its changes are of. */
    level: { readonly words: readonly string[]; readonly period: string | undefined } | undefined;
    /** The last level of the sentences before. */
    earlier: { readonly words: readonly string[] } | undefined;
    /** The period the sentence is about: what a change of its first figure is measured against the quarter before of. */
    about: string | undefined;
    abbreviations: ReadonlyMap<string, readonly string[]>;
  },
): { words: readonly string[]; measure?: string; count?: boolean } {
  const passages = namingPassages(text, mentions);
  // A headline names what the issuer reports after its verb ("Acme, Inc. Reports Operating EPS Of $0.55"): the
  // issuer and the verb name nothing, blanked so that positions stay the text's.
  const withoutPeriods = isHeading(text, range)
    ? (start: number, end: number) => passages(start, end).replace(headlineLead, (lead) => " ".repeat(lead.length))
    : passages;
  const before = withoutPerShare(withoutPeriods(previous?.end ?? range.start, number.start));
  const clause = clauses(before).at(-1)!;
  // The sentence's subject: its first clause's with a verb; a relative clause ("which leaves out …") is an
  // aside, and a first clause without a verb is the subject of the verb after the asides ("Core revenue, which
  // leaves out fuel, grew").
  const subject = () => {
    const all = clauses(withoutPeriods(range.start, number.start));
    const relative = (part: string) => /^\s*(?:which|who)\b/i.test(part);
    // A figure of the relative clause itself is the noun's that the clause refers to.
    if (all.length > 1 && relative(all.at(-1)!)) return subjectWords(`${all.at(-2)} was`);
    const parts = all.filter((part) => !relative(part) && part.trim());
    // "Adjusted diluted EPS, which …, rose": a first clause with no verb of reporting is the subject of the last's
    // (its "diluted" is no verb).
    if (
      all.some(relative) &&
      !verbs.test(parts[0]!) &&
      verbs.test(parts.at(-1)!) &&
      !subjectWords(parts.at(-1)!).length
    )
      return subjectWords(`${parts[0]} was`);
    const found = parts.find((part) => subjectWords(part).length);
    if (found) return subjectWords(found);
    // "Operating income, excluding charges, was up": what an aside leaves out qualifies the subject.
    const leftOut = parts.slice(1, -1).find((part) => /^\s*(?:excluding|before|net of)\s/i.test(part));
    return parts.length > 1 && verbs.test(parts.at(-1)!)
      ? [...subjectWords(`${parts[0]} was`), ...(leftOut ? namingWords(leftOut) : [])]
      : [];
  };
  // "rose 2.4% at company-owned restaurants and 0.5% at franchise restaurants", "increased 4.9% over the prior
  // year and 3.0% from the second quarter", "grew 9% for the three months and 11% for the nine months": the
  // figure after a segment or a period and "and" is of the same kind as the one before it.
  // So is one after "and" and a subject of its own with no verb ("net income rose 26.2% and net income per share 7.9%").
  // So is one after a period and a comma: "Gross Yields rose 6.3% over the third quarter of 2004, and Net Yields 6.9%".
  const elided = /^\s*and\s+([A-Za-z][A-Za-z ]*?)\s*$/.exec(clause)?.[1];
  const parallel =
    previous &&
    (/^\s*(?:(?:at|over|from|against|versus|for|in|during)\s[^,;]*)?(?:\band|,)\s*$/.test(before) ||
      (elided !== undefined && !verbs.test(elided)))
      ? withoutPeriods(range.start, previous.start)
      : "";
  const elidedWords = parallel && elided !== undefined && !verbs.test(elided) ? subjectWords(`${elided} was`) : [];
  // "Total deposits increased $29.9 million, or 4.4%, over …": a change by an amount, and the same change as a
  // percentage set off after it.
  // "Net revenue was $34.6 million, $1.3 million, or 3.9%, above the $33.3 million …": an amount set off after a
  // figure, and its percentage, that a comparative after them says changed.
  const apposed = previous !== undefined && /^\s*,\s*$/.test(before);
  const byAmount =
    reading.unit === "percent"
      ? undefined
      : (changedByAmount(clause) ??
        signedChange(clause, reading.sign) ??
        (apposed ? changedAfter(text.slice(number.end, range.end)) : undefined) ??
        // "Rental revenues grew 33.8%, or $14.1 million": an amount that restates a change is the change.
        (previous && /^\s*,?\s*or\s*$/.test(before)
          ? changedByAmount(withoutPeriods(range.start, previous.start))
          : undefined) ??
        // "Raw material costs were $7 million lower": a comparative straight after it.
        (/\b(?:was|were|is|are)\s*$/i.test(clause) ? comparativeAfter(text.slice(number.end, range.end)) : undefined));
  // What "it" or "they" opening a clause is: the level of the sentence, else of the sentence before.
  const referredLevel = level?.words ?? earlier?.words ?? [];
  const changeNamed =
    reading.unit === "percent"
      ? undefined
      : (changeOfNamed(withoutPeriods(range.start, number.start)) ??
        changeOfNamed(parallel) ??
        changeInNamed(before, withoutPeriods(number.end, range.end)));
  if (changeNamed) return changeNamed;
  // What the words after a change up to the next clause say it is measured against.
  const against = {
    start: number.end,
    end: number.end + /^(?:[^,;]|,(?=\d))*/.exec(text.slice(number.end, range.end))![0].length,
  };
  const againstQuarterBefore = () => measuredAgainstQuarterBefore(text, against, mentions, level?.period ?? about);
  // One that opens its clause ("…, up $112 million") is of the sentence's level, or of its subject.
  if (byAmount)
    return {
      words: elidedChangeWords(clause).length
        ? elidedChangeWords(clause)
        : subjectWords(clause).length
          ? subjectWords(clause)
          : (level?.words ?? subject()),
      measure: againstQuarterBefore() ? `${byAmount}-qoq` : byAmount,
    };
  // "rose 51% excluding restructuring, or 72% in constant currency": a change restated, after a few words that qualify the first.
  const restated =
    (previous !== undefined &&
      /^(?:\s+[a-z-]+){0,3}\s*(?:,?\s*or|\()\s*$/i.test(before) &&
      (changedByAmount(withoutPeriods(range.start, previous.start)) !== undefined ||
        changedAfter(text.slice(number.end, range.end)) !== undefined)) ||
    // "rose two cents, or 2.1%": a change told in words, restated as a percentage.
    (/^\s*or\s*$/i.test(clause) && saysChange(clauses(before).at(-2) ?? ""));
  // "grew 6.3% in North America, 9.1% in the United Kingdom, …": each place's figure is the list's change.
  const place = reading.unit === "percent" ? placeAfter(withoutPeriods(number.end, range.end)) : [];
  const changed =
    restated ||
    saysChange(clause, text.slice(number.end, range.end)) ||
    saysChange(clauses(parallel).at(-1) ?? "") ||
    (place.length > 0 && clauses(parallel).some((part) => saysChange(part)));
  // "a 51.4% increase in diluted earnings per share": the noun after the change names what it is of.
  const changeIn =
    reading.unit === "percent" ? changeInNamed(before, withoutPeriods(number.end, range.end)) : undefined;
  if (reading.unit === "percent" && changed) {
    const respective = respectiveSubject(subject(), before, text.slice(number.end, range.end));
    // "On a constant currency basis it was a 3% increase", "they were 7% lower".
    const pronoun = /(?:^\s*|\bbasis\s+)(?:it|they)\s+(?:was|were|is|are|rose|fell|grew)\b/i.test(clause);
    const words = [
      changedObjectWords(clause),
      elidedChangeWords(clause),
      elidedWords,
      respective,
      changeIn?.words ?? [],
      pronoun ? referredLevel : subjectWords(clause),
    ].find((candidate) => candidate.length);
    return {
      // A place's figure is named by the sentence's subject, not by the level before, which has its own place.
      words: withPlace(place, words ?? (place.length ? subject() : (level?.words ?? subject()))),
      measure: againstQuarterBefore()
        ? "growth-qoq"
        : inConstantCurrency(text.slice(number.end, range.end)) ||
            /^\s*on an? constant[- ]currency basis\b/i.test(text.slice(range.start, number.start))
          ? "growth-constant-currency"
          : "growth",
    };
  }
  const margin = reading.unit === "percent" ? marginWords(clause, level?.words, earlier?.words) : [];
  if (margin.length) return { words: margin };
  const following = text.slice(number.end, range.end);
  if (
    reading.unit === "percent" &&
    (/\b(?:representing|accounting for|accounted for|or)\s*$/i.test(clause) ||
      // "Operating expenses as a percentage of operating revenue were 93.8%": a share of the subject, as is one
      // of a sentence that opens so ("As a percentage of sales, costs fell to 39.3% from 40.8%").
      /\bas an? (?:percent|percentage|share|proportion) of\b/i.test(clause) ||
      /^\s*as an? (?:percent|percentage|share|proportion) of\b/i.test(text.slice(range.start, number.start)) ||
      // "above the 73.1% of the first quarter of 2030": what a percentage is of, not the period it is of.
      /^\s*of\s+(?:(?:the|its|our|their)\s+)?[a-z]/i.test(withoutPeriods(number.end, range.end)))
  ) {
    const whole = shareOf(clause, earlier) ?? level?.words ?? subject();
    // "Gross margins … 40.0 percent of net sales": a margin is a share of sales by itself; not one that restates
    // the margin's amount ("Operating Margin was $31.6 million, or 47.6% of revenue"), which is its share.
    const restatesAmount =
      previous !== undefined &&
      /^\s*,?\s*or\s*$/i.test(before) &&
      parseNumber(text.slice(previous.start, previous.end))?.unit !== "percent";
    return /^margins?$/i.test(whole.at(-1) ?? "") && !restatesAmount
      ? { words: whole }
      : { words: whole, measure: "share" };
  }
  // "the 88-room Harbor Hotel": a count of the noun the number is joined to, of what the words after name.
  const compound = reading.unit === undefined ? /^-([a-z]+)\s+([^,.;:()\d]*)/.exec(following) : null;
  const counted = compound ? leadingWords(compound[2]!) : [];
  if (counted.length) return { words: counted, measure: plural(compound![1]!), count: true };
  const named = partBefore(clause);
  if (named.length) return { words: named };
  // "Of that amount, chemicals brought in $408 million, …, and automotive $236 million": parts of the whole
  // the sentence before gave, each named before its figure.
  const listed =
    earlier && /^\s*(?:of|out of) (?:that|those|this|these)\b/i.test(text.slice(range.start, number.start))
      ? namedPart(clause, earlier.words)
      : [];
  if (listed.length) return { words: listed };
  const from = partFrom(text.slice(range.start, number.start), following);
  if (from.length) return { words: from };
  // A part of a whole named before it ("Of that volume, …", "…, of which …") is named by what it is a part of.
  const part = /\b(?:of|out of) (?:that|those|this|these|which|them)\b/i.test(before) ? partWords(following) : [];
  // A percentage of a whole named before it is the part's share ("of which 48 percent was …").
  if (part.length)
    return reading.unit === "percent"
      ? { words: part, measure: "share" }
      : { words: qualifiedPart(part, level?.words ?? []) };
  const noun = reading.unit === "percent" ? qualifiedNoun(withoutPeriods(number.end, range.end)) : [];
  if (noun.length) return { words: noun };
  // The clause's verb with its subject before the asides set off by commas ("…drawdown, repeat borrowers included, were"),
  // after a colon or semicolon where the sentence has one ("Orders stayed strong: the ratio, orders over revenue, was").
  const statement = withoutPeriods(range.start, number.start);
  const headNoun =
    !subjectWords(clause).length && verbs.test(clause)
      ? subjectWords(`${clauses(statement.slice(statement.search(/[^:;]*$/)))[0]} was`)
      : [];
  const amount = signedAmount(text, number, range);
  // What a figure is per ("$1.49 per diluted share") is no noun it counts, nor is the "x" of a multiple ("1.59x"),
  // nor a unit of power or energy ("10,532 MW"): the figure is of what its sentence names.
  const after =
    reading.unit === undefined && !/^\s*per\b|^x\b|^\s*[kMGT]Wh?p?\b/i.test(following)
      ? leadingWords(
          /^(?:[^,.;:()\d]|(?<=[A-Z]\d*)\d)*/
            .exec(withoutPeriods(number.end, range.end))![0]
            .replace(/^\s*(?:were|was|are|is)\b/i, "")
            // A participle with its agent qualifies the noun: "the $80 million loan secured by its ferries"; so
            // does one with where or when an amount came from ("a $5.0 million gain arising from …", "the
            // $11.5 million charge taken in the fourth quarter"), where a count's names what it counts ("loans
            // originated in the quarter").
            .replace(
              amount ? /\s+(?:[a-z]+ed|[a-z]+ing|taken)\s+(?:by|from|in|on|at|during)\b.*$/i : /\s+[a-z]+ed\s+by\b.*$/i,
              "",
            ),
        ).slice(0, 4)
      : [];
  // "$217.4 million of cash": an amount named by what it is of.
  const amountOf = wholeWords(withoutPeriods(number.end, range.end));
  // Whether the sentence names a day as of which a count is what is held rather than what was done ("As of
  // June 30, …, the Company operated 42 ferries"); on a day a deal was done ("On May 2, …, it repaid") it is the deal.
  const datesDay = mentions.some(
    (mention) =>
      mention.start >= range.start &&
      mention.end <= range.end &&
      /-\d\d-/.test(mention.label) &&
      (/^as\b/i.test(text.slice(mention.start, mention.end)) ||
        /\b(?:as\s+(?:of|at)|at)\s*$/i.test(text.slice(range.start, mention.start))),
  );
  const of =
    /\b(?:a|an|the|had|has|have|held|includes?|included|including)\s+((?:[A-Za-z-]+\s+){0,3}[A-Za-z-]+)\s+of\s*$/i.exec(
      clause,
    )?.[1];
  const ratio = /\bratio of (.+?) to (.+?) (?:was|were|is|stood)\b/i.exec(clause);
  // "Overall volume fell 4 percent to 1.9 million units": the figure a change goes to is the changed subject's.
  const changedTo = previous && level && changedToLevel.test(before) ? level.words : [];
  // "earnings per share were $0.26 basic and diluted": after "was" or "were", words that end the clause after
  // its figure qualify the subject ("the Trust acquired 12 properties" names what it counts).
  // Not a count's: "Deliveries were 3,200 homes" names what it counts.
  const trailing =
    /\b(?:was|were|is|are)\s*$/i.test(clause) && (reading.unit !== undefined || amount)
      ? /^\s*([a-z]+(?:\s+and\s+[a-z]+)?)\s*(?:[.,;]|$)/.exec(following)?.[1]
      : undefined;
  const qualified = trailing && subjectWords(clause).length ? [...trailing.split(/\s+/), ...subjectWords(clause)] : [];
  // "Site costs reached the top of the guidance range: $2.10 per pound": a figure a colon opens on is what the
  // clause before it speaks of, not the last noun of that clause.
  const afterColon = /:\s*$/.test(before) ? subject() : [];
  // "Operating revenues came to $2.52 billion, and net earnings to $168.7 million": a subject whose verb is the
  // clause's before, left out.
  const gapped = /^\s*(?:and|while|whereas)\s+([A-Za-z][A-Za-z -]*?)\s+(?:to|at|of)\s*$/i.exec(clause)?.[1];
  const gappedWords = previous && gapped && !verbs.test(gapped) ? subjectWords(`${gapped} was`) : [];
  // "The average rental fleet was 43 months old": the subject's age.
  const age = /^\s*(?:months?|years?|days?)?\s*old\b/i.test(following) ? subjectWords(clause) : [];
  // "For the same period of fiscal 2010 it was $253.9 million".
  const pronoun = /(?:^|\s)(?:it|they)\s+(?:was|were|came to|totall?ed|stood at)\s*$/i.test(clause)
    ? referredLevel
    : [];
  // "The steel fabrication segment earned a record $2.4 billion": what a subject earned is its earnings.
  // "For the year the Company earned $6.0 million": the company's own, earnings.
  const earned = /\bearned\s+(?:an?\s+)?$/i.test(clause) ? [...subjectWords(clause), "earnings"] : [];
  const options = [
    changedTo,
    age.length ? [...age, "age"] : [],
    pronoun,
    earned,
    gappedWords,
    afterColon,
    qualified,
    earlier ? referredPart(clause, following, earlier.words) : [],
    sharedNoun(following),
    perShareNoun(following),
    perShareAfterName(clause, following),
    contributionWords(withoutPeriods(range.start, number.start), withoutPeriods(number.end, range.end)),
    dealingWords(withoutPeriods(range.start, number.start)),
    perShareEffect(clause, abbreviations),
    previous ? [] : labelWords(withoutPeriods(range.start, number.start)),
    reading.unit === undefined ? countedPassive(withoutPeriods(number.end, range.end)) : [],
    // "Net sales orders for the quarter totaled 4,874 homes": a count that a subject's linking verb gives is the subject's.
    reading.unit === undefined &&
    /\b(?:totall?ed|numbered|were|was|reached|came to|amounted to|made up of|consisted of)\s*$/i.test(clause)
      ? subjectWords(clause)
      : [],
    // "…totaled 4,874 homes, compared with 4,921 homes": a count compared with one of the same noun is of its
    // level's subject.
    reading.unit === undefined &&
    level &&
    /\b(?:compared\s+(?:with|to)|against|versus)\s*$/i.test(clause) &&
    countsAlike(withoutPeriods(previous?.end ?? number.start, number.start), after)
      ? level.words
      : [],
    countedByVerb(clause, after, datesDay),
    countedByVerb(clause, amountOf, datesDay),
    of && !saysChange(of) ? objectWords(of.split(/\s+/).filter((word) => !/^(?:a|an|the)$/i.test(word))) : [],
    objectBefore(clause),
    // "…assets included $1.5 billion in collateralized loan obligations": what the amount is in.
    endsWithVerb(clause) ? leadingWords(/^\s*(?:in|of)\s+([^,.;:()\d]*)/i.exec(following)?.[1] ?? "", true) : [],
    amountInWords(clause, withoutPeriods(number.end, range.end)),
    ratio ? [...namingWords(ratio[1]!), "to", ...namingWords(ratio[2]!)] : [],
    subjectWords(clause),
    headNoun,
    level && !namingWords(clause).length ? level.words : [],
    trailingName(before),
    level?.words ?? [],
    subject(),
    // A last resort, the passage's last naming words, a verb among them: "The Company returned approximately".
    namingWords(before).slice(-3),
  ];
  const found = options.find((words) => words.length) ?? ["number"];
  // "earnings were $5.03 per diluted share": an amount per share of what its clause names.
  const per = found.some((word) => /^per$/i.test(word)) ? [] : perShareAfter(following);
  return { words: [...found, ...gainedOn(found, following), ...per] };
}

/**
 * Where a change happened, named after it: "grew 6.3% in North America, 9.1% in the United Kingdom" (a place
 * is a proper name: "in the quarter", "in constant currency" are not).
 */
function placeAfter(following: string): string[] {
  const place = /^\s*in\s+(?:the\s+)?([A-Z][\w'’/&.-]*(?:\s+(?:and\s+|of\s+)?[A-Z][\w'’/&.-]*)*)/.exec(following)?.[1];
  return place && !startsOnMonth.test(place) ? words(place) : [];
}

const startsOnMonth = new RegExp(String.raw`^${monthName}(?![a-z])`);

/** A figure's name with the place it is of first, as README names a part: north-america-organic-revenue. */
function withPlace(place: readonly string[], named: readonly string[]): readonly string[] {
  return place.length && !slug(named).startsWith(slug(place)) ? [...place, ...named] : named;
}

/**
 * What a gain or loss was on, printed after its amount: "a gain of $2.9 million on the sale of store sites", "a
 * $6.5 million loss on early retirement of debt" (README's "gains on sales" is one name).
 */
function gainedOn(found: readonly string[], following: string): string[] {
  if (!/^(?:gains?|loss(?:es)?)$/i.test(found.join(" "))) return [];
  const on =
    /^\s*(?:(?:gains?|loss(?:es)?)\s+)?on\s+(?:(?:the|its|an?)\s+)?([A-Za-z][A-Za-z -]*?)\s*(?=[,.;:(]|\s+(?:in|during|for|at|from|compared|against|versus)\b|$)/i.exec(
      following,
    )?.[1];
  return on ? ["on", ...words(on).filter((word) => !article.test(word))] : [];
}

/** A headline's issuer and its verb of reporting, before what it reports: "Brown & Brown, Inc. reports ". */
const headlineLead = /^.*?\b(?:reports|reported|announces|announced|posts|posted|delivers|delivered|achieves|says)\s+/i;

/** Whether a passage that follows a figure opens on the noun `counted` (the figure before counts it too). */
function countsAlike(passage: string, counted: readonly string[]): boolean {
  const opening = words(passage).slice(0, counted.length);
  return counted.length > 0 && slug(opening) === slug(counted);
}

/**
 * The passages of a text as they can name a figure, from `start` to `end`: without their periods (with their
 * possessive: "last year's"), names in brackets ("Paying monthly active users (PMAU)"), the currency signs the
 * number reader leaves out ("a net loss of $3.4 million"), the praise "record" ("record net sales of", "a
 * record $5.5 billion"), "in total" or a change in basis points (ignored, README): none of them names a figure. Blanked, not cut, so that positions stay the text's.
 */
/** What names no figure in a passage: see namingPassages. */
const asides = new RegExp(
  String.raw`\([^()\d]*\)|[$€£]|\b(?:an? )?record(?! date\b)(?=\s+(?:[A-Za-z$€£\d]|$)|\s*,)|\bin total\b|${basisPoints}|^\s*${underStandard}\s*,`,
  "gi",
);

/** A preposition that opens a sentence (so capitalised) before a blanked period. */
const openingPreposition = /^\s*(?:At|In|During|For|As of|Through)(?=\s{3})/;

export function namingPassages(
  text: string,
  mentions: readonly PeriodMention[],
): (start: number, end: number) => string {
  const ends = mentions.map((mention) => mention.end + (/^['’]s\b/.test(text.slice(mention.end)) ? 2 : 0));
  return (start, end) => {
    let passage = "";
    for (let i = start; i < end; i++)
      passage += mentions.some((mention, at) => mention.start <= i && i < ends[at]!) ? " " : text[i];
    // "Under GAAP," names the basis, which qualifiedByOpening gives the name, not the subject; nor does the
    // preposition of a period the passage opens on ("At the end of 2031 the fleet's cost stood at").
    return passage
      .replace(asides, (aside) => " ".repeat(aside.length))
      .replace(openingPreposition, (preposition) => " ".repeat(preposition.length));
  };
}

/**
 * What a share is of when its clause names it: a clause of its own ("…, and oil accounted for 69% of them", "…
 * and adjusted EBITDA was 34.3% of sales"), or a demonstrative that refers to the level of the sentence before
 * ("that line accounted for over 30% of revenues").
 */
function shareOf(
  clause: string,
  earlier: { readonly words: readonly string[] } | undefined,
): readonly string[] | undefined {
  if (/^\s*(?:that|this|these|those)\s+[a-z]+\s+[a-z]+\s*(?:for)?\s*$/i.test(clause)) return earlier?.words;
  const own = /^\s*(?:and|but|while|whereas)\s/i.test(clause) ? subjectWords(clause) : [];
  return own.length ? own : undefined;
}
