import { monthName } from "#engine/facts/calendar.ts";
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

/** Capitalised words an opening "In …," puts first that name no part: the calendar, and linking phrases. */
const notParts = new RegExp(
  String.raw`^(?:addition|summary|total|aggregate|general|particular|short|conclusion|fiscal|the|Q[1-4]|${monthName})\b`,
  "i",
);

/** The nouns that name a part of a company: "the Harbour segment", "the Western region". */
export const partNouns = ["segment", "division", "region"];

/** A part a sentence opens on by a name in lower case and a part's noun, or "category": "In the outlet division,". */
const lowerCasePart = new RegExp(
  String.raw`^\s*(?:In|At) the ((?:[a-z][\w&'’-]*\s+){1,3})(${[...partNouns, "category"].join("|")})\s*,`,
);

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
export function namedPart(opening: string, issuer = ""): string[] {
  // "In Fabricated Products, operating income was", "At Palmarejo, silver production rose": a part the sentence
  // opens on by its proper name alone.
  const opened = /^\s*(?:In|At)\s+((?:[A-Z][\w&'’-]*\s+){0,3}[A-Z][\w&'’-]*)\s*,/.exec(opening)?.[1];
  if (opened && !notParts.test(opened)) return words(opened);
  // "In the outlet division, net sales", "In the specialty category, case count": a part it opens on by a name in
  // lower case and a part's noun, which is kept (README).
  const lower = lowerCasePart.exec(opening);
  if (lower && !words(lower[1]!).some(isFiller)) return [...words(lower[1]!), lower[2]!];
  // "Palmarejo's cash operating costs were": a part that owns its figure by name; not the issuer, whose own name is
  // left out ("Osprey's revenue" in Osprey's release), as the text's first line names it.
  const owner = /(?:^|[.;:]\s+|\s)((?:[A-Z][\w&-]*\s+){0,3}[A-Z][\w&-]*)['’]s\s+[a-z]/.exec(opening)?.[1];
  const owned = owner ? words(owner).filter((word) => !/^(?:The|Its|Our|Company)$/.test(word)) : [];
  if (owned.length && !owned.some((word) => new RegExp(String.raw`\b${word}\b`).test(issuer))) return owned;
  const parts = [...opening.matchAll(namedParts)].map(([, name = "", noun = ""]) => {
    // The capital of a sentence's first word or of an article is no name's: "The Harbour segment", "In the Western region".
    const named = words(name);
    const start = named.findIndex((word) => !/^(?:the|in|at|for|of|our|its|each|total|by)$/i.test(word));
    return start < 0 ? [] : [...named.slice(start), noun];
  });
  return parts.findLast((part) => part.length) ?? [];
}
