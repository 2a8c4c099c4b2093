/** Words that say nothing about what a number is: articles, verbs of reporting, qualifiers. */
export const filler = new Set(
  (
    "a about above after against also amounted an and approximately around as at be been below by came compared company company's " +
    "but decline declined decrease decreased down during each fell for from grew growth had has have in increase increased is its it " +
    "least less more of on or our over overall percent producing generating yielding reached recorded reported respectively rose system-wide systemwide than that the their this through to totaled totalled " +
    "under up versus was were which while with " +
    // Adverbs that link a sentence to the one before.
    "however moreover furthermore meanwhile nevertheless nonetheless therefore thus"
  ).split(" "),
);

/** The words of a passage that could name a number, in order. */
export function namingWords(passage: string): string[] {
  return words(passage).filter((word) => !isFiller(word));
}

/**
 * The words that open a passage, up to the first filler word: "employees" of "employees as of December 31". A
 * participle in -ing that opens it before a noun is an adjective: "producing wells". With `joined`, "and" between
 * two nouns joins them: "unrestricted cash and marketable securities".
 */
export function leadingWords(passage: string, joined = false): string[] {
  const all = words(passage);
  const end = all.findIndex(
    (word, i) =>
      isFiller(word) &&
      !(i === 0 && /ing$/i.test(word) && all[1] !== undefined && !isFiller(all[1])) &&
      !(joined && i > 0 && word.toLowerCase() === "and" && all[i + 1] !== undefined && !isFiller(all[i + 1]!)),
  );
  return end < 0 ? all : all.slice(0, end);
}

/**
 * Words that say when a change is measured, not what changed: "year-over-year", "quarter-on-quarter"; and a
 * quarter or half named short without its year ("Q3 Diluted EPS of $0.43"), which says when, not what.
 */
const timePhrase = /^(?:(?:year|quarter|month|period)-(?:over|on|to)-(?:year|quarter|month|period)|[QH][1-4])$/i;

/** A word, which may open on digits glued to its letters ("4G customers", "3D printers"). */
// An ampersand before a capital joins an abbreviation's letters into one word ("SG&A", "R&D"), and so do full
// stops after single letters ("U.S.").
export const wordPattern = /(?<![\d.,])(?:(?:[A-Za-z]\.){2,}|\d*[A-Za-z](?:[A-Za-z'’-]|&(?=[A-Z])|(?<=[A-Z])\d+)*)/g;

export function words(passage: string): string[] {
  // "Energy & Chemicals": an ampersand between words is said "and" (README), as slug writes it.
  return (passage.replace(/(?<=\s)&(?=\s)/g, "and").match(wordPattern) ?? []).filter((word) => !timePhrase.test(word));
}

/** Articles, verbs of reporting and adverbs ("collectively", "approximately") say nothing about what a number is. */
export function isFiller(word: string): boolean {
  const lower = word.toLowerCase().replace(/’/g, "'");
  return filler.has(lower) || lower.endsWith("ly");
}
