import { article } from "./clauses.ts";
import { countNouns } from "./counts.ts";
import { isFiller, words } from "./words.ts";

/**
 * The segment a figure is measured at, by the kind of place it is counted in: "rose 2.4% at company-owned
 * restaurants" (after the figure) or "At franchised stores, traffic grew 0.7%" (opening the sentence) is
 * the company-owned, the franchised figure. None for a place named with an article or possessive ("at an
 * initial cash yield", "at our stores": the whole) or a capital ("at March 31").
 */
export function segmentWords(after: string, opening: string): string[] {
  const place = /^\s*at\s+([a-z][\w-]*(?:\s+[a-z][\w-]*){1,2})/.exec(after) ?? /^\s*At\s+([^,]*),/.exec(opening);
  const all = words(place?.[1] ?? "");
  const noun = all.findIndex((word, i) => i > 0 && countNouns.test(word));
  const modifiers = all.slice(0, Math.max(noun, 0));
  return modifiers.some((word) => isFiller(word) || article.test(word) || /[A-Z]/.test(word)) ? [] : modifiers;
}

/** The nouns that name a part of a company: "the Harbour segment", "the Western region". */
export const partNouns = ["segment", "division", "region"];

/** A part named by a proper name and its noun, the noun's first letter in either case. */
const namedParts = new RegExp(
  String.raw`\b((?:[A-Z][\w&-]*\s+(?:(?:and|&)\s+)?){1,5})(${partNouns.map((noun) => `[${noun[0]!.toUpperCase()}${noun[0]}]${noun.slice(1)}`).join("|")})\b`,
  "g",
);

/**
 * The part of the company a figure's sentence names before it, by a proper name and a part's noun: "The Harbour
 * segment had operating income of", "sales in the Specialty Products segment were", "In the Western region,
 * sales rose" (the last part named, where several are). None for a part named in lower case ("each segment").
 */
export function namedPart(opening: string): string[] {
  const parts = [...opening.matchAll(namedParts)].map(([, name = "", noun = ""]) => {
    // The capital of a sentence's first word or of an article is no name's: "The Harbour segment", "In the Western region".
    const named = words(name);
    const start = named.findIndex((word) => !/^(?:the|in|at|for|of|our|its|each|total)$/i.test(word));
    return start < 0 ? [] : [...named.slice(start), noun];
  });
  return parts.findLast((part) => part.length) ?? [];
}
