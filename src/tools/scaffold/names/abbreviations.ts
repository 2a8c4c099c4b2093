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
 * A name that is an abbreviation alone, spelled out (`defined`, from `abbreviations`): "EPS was $1.51" is diluted
 * earnings per common share where the text defines it so. One the sentence qualifies keeps the sentence's words,
 * as README names a figure: "adjusted diluted EPS" is adjusted-diluted-eps.
 */
export function spellAbbreviations(
  words: readonly string[],
  defined: ReadonlyMap<string, readonly string[]>,
): readonly string[] {
  return (words.length === 1 && defined.get(words[0]!)) || words;
}
