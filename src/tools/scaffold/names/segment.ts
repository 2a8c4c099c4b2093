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
