import { slug } from "./ids.ts";
import { trailingName } from "./subject.ts";

/**
 * The abbreviations a text defines, each with the name it stands for: "diluted earnings per common share
 * ("EPS")" makes a later "EPS was $1.51" diluted earnings per common share.
 */
export function abbreviations(text: string): Map<string, readonly string[]> {
  const defined = new Map<string, readonly string[]>();
  for (const [abbreviation, name] of definitions(text))
    if (spells(abbreviation, name) && !defined.has(abbreviation)) defined.set(abbreviation, name);
  return defined;
}

/**
 * The names a text gives in brackets that their words do not spell, by the words' id: "unit revenues (RASM)"
 * names a measure of its own, RASM, wherever "unit revenues" names a figure.
 */
export function aliases(text: string): Map<string, string> {
  const named = new Map<string, string>();
  for (const [abbreviation, name] of definitions(text))
    if (!spells(abbreviation, name) && !named.has(slug(name))) named.set(slug(name), abbreviation);
  return named;
}

/** The abbreviations a text defines in brackets after a name of two words or more, with the name. */
function* definitions(text: string): Generator<readonly [string, readonly string[]]> {
  for (const match of text.matchAll(/([^.;:()\d]*)\(\s*["“]?([A-Z]{2,})["”]?\s*\)/g)) {
    const name = trailingName(match[1]!);
    if (name.length > 1) yield [match[2]!, name];
  }
}

/**
 * Whether an abbreviation's letters are its name's initials in order, some words left out: "EPS" of diluted
 * earnings per common share, "FTE" of fully-taxable equivalent; not "RASM" of unit revenues.
 */
function spells(abbreviation: string, name: readonly string[]): boolean {
  let at = 0;
  for (const part of name.flatMap((word) => word.split("-")))
    if (part.charAt(0).toUpperCase() === abbreviation[at]) at++;
  return at === abbreviation.length;
}

/**
 * A name with the abbreviations in it spelled out (`defined`, from `abbreviations`), the words its spelling opens
 * on not repeated where they stand before it: "adjusted diluted EPS" is adjusted diluted earnings per share.
 */
export function spellAbbreviations(
  words: readonly string[],
  defined: ReadonlyMap<string, readonly string[]>,
): string[] {
  return words.reduce<string[]>((all, word) => {
    const name = defined.get(word);
    if (!name) return [...all, word];
    const overlap = [...Array(Math.min(all.length, name.length - 1)).keys()]
      .map((n) => n + 1)
      .findLast((n) => slug(all.slice(-n)) === slug(name.slice(0, n)));
    return [...all, ...name.slice(overlap ?? 0)];
  }, []);
}
