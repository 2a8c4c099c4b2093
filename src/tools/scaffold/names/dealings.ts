import { clauses } from "./clauses.ts";
import { subjectWords } from "./subject.ts";
import { isFiller, leadingWords } from "./words.ts";

/**
 * What a count after the reporter's verb counts, named with the verb: "the Trust sold 14 properties" in a
 * quarter counts properties sold; so is an amount of something ("the company repaid $31 million of its debt"). On a day ("As of …, the Company operated 7,420 tractors") the count is what
 * it holds, and another party's verb ("partners originated 6,840,000 loans") says what made what it counts.
 * `counted` is the words after the figure.
 */
export function countedByVerb(before: string, counted: readonly string[], onDay: boolean): string[] {
  const verb = new RegExp(`${reporterVerb.source}\\s*$`).exec(before)?.[1] ?? purpose(before);
  return verb && !onDay && counted.length && !counted.includes(verb) ? [...counted, verb] : [...counted];
}

/** The verb of a purpose the figure is the object of, as a participle: "used the proceeds to repay the" → repaid. */
function purpose(before: string): string | undefined {
  const verb = /\bto\s+([a-z]{3,})\s+(?:(?:the|its|their|our)\s+)?$/.exec(before)?.[1];
  if (!verb || isFiller(verb)) return undefined;
  const irregular: Record<string, string> = {
    pay: "paid",
    repay: "repaid",
    buy: "bought",
    sell: "sold",
    build: "built",
  };
  return irregular[verb] ?? (verb.endsWith("e") ? `${verb}d` : `${verb}ed`);
}

/**
 * The reporter and its verb in the past: "It sold", "the Company has repurchased", "we acquired", "the company
 * repaid", "the group ordered", "It also repurchased", "the Company drilled and completed".
 */
const reporterVerb =
  /(?:\b(?:[Ii]t|[Ww]e)|\b[Tt]he (?:[A-Z][a-z]+|company|group))\s+(?:also\s+|[a-z]+ly\s+)?(?:(?:has|had|have)\s+)?((?:(?:[a-z]{3,}ed|sold|bought|built) and )?(?:[a-z]{3,}ed|sold|bought|built|(?:re)?paid))/;

/**
 * What a count the passive says was done counts, named with its participle, as the active's is: "17 new products
 * across Marine and Rail were launched" counts new products launched. `after` is the text after the figure.
 */
export function countedPassive(after: string): string[] {
  const passive =
    /^\s*([a-z][a-z -]*?)(?:\s+(?:across|in|at|from|for|on)\s[^,;.()]*?)?\s+(?:were|was|have been|has been)\s+([a-z]{3,}ed)\b/.exec(
      after,
    );
  const noun = passive ? passive[1]!.split(/\s+/) : [];
  return noun.length && !noun.some(isFiller) ? [...noun, passive![2]!] : [];
}

/** The nouns of the verbs a company buys and sells with: "sold" → sales. */
const dealings: Readonly<Record<string, string>> = {
  sold: "sales",
  bought: "purchases",
  purchased: "purchases",
  repurchased: "repurchases",
  acquired: "acquisitions",
  disposed: "dispositions",
};

/**
 * What an amount paid for a count is: "It sold 14 properties for $36.3 million" is property sales, "the
 * Company repurchased 1.9 million shares for US$31.4 million" share repurchases, as is what it paid after
 * asides ("… shares during the quarter, at an average price of $16, for $31.4 million"). `before` is the
 * sentence up to the amount, its currency signs left out.
 */
export function dealingWords(before: string): string[] {
  const deal = new RegExp(
    `${reporterVerb.source}\\s+[\\d.,]+(?:\\s+(?:thousand|million|billion))?\\s+([a-z]+)\\b(?:[^;]*,)?\\s+for\\s*(?:[A-Z]{2,3}\\s*)?$`,
  ).exec(before);
  const noun = deal && dealings[deal[1]!];
  return noun ? [deal![2]!.replace(/ies$/, "y").replace(/s$/, ""), noun] : [];
}

/**
 * What a contribution adds to, named after what contributes it: "the extra week contributed approximately $189
 * million in sales and $0.07 of earnings per diluted share" is extra week sales, then extra week earnings per
 * diluted share. `before` is the sentence up to the figure, `after` the text after it.
 */
export function contributionWords(before: string, after: string): string[] {
  const clause = clauses(before).find((part) => /\b(?:contributed|added)\b/.test(part)) ?? "";
  const verb = /\b(?:contributed|added)\s+/.exec(clause);
  const object =
    /^(?:(?:approximately|about|roughly|nearly|some)\s+)?(?:\S+(?:\s+(?:thousand|million|billion))?\s+(?:in|of)\s+[^,;]*?\s+and\s+(?:(?:approximately|about|roughly|nearly|some)\s+)?)?$/;
  if (!verb || !object.test(clause.slice(verb.index + verb[0].length).replace(/[$€£¥]/g, ""))) return [];
  const noun = /^\s*(?:in|of)\s+([A-Za-z][A-Za-z -]*?)\s*(?:\band\b|[,.;:]|$)/.exec(after)?.[1];
  const subject = subjectWords(clause.slice(0, verb.index + verb[0].length));
  // The noun up to the first word that names nothing: "of revenues in the fourth quarter" is revenues.
  const named = leadingWords(noun ?? "");
  return named.length && subject.length ? [...subject, ...named] : [];
}
