import { countNouns } from "./counts.ts";
import { subjectWords } from "./subject.ts";
import { leadingWords, namingWords } from "./words.ts";

/**
 * The part a figure is of a whole named before ("Of that volume, RMB 60.1 billion was under the
 * capital-light model"; "…, of which RMB 60.1 billion was through partners"; "… was represented by checking
 * accounts", a passive's agent): the words after its verb and preposition, without articles. None where the words after the figure say no such thing.
 */
export function partWords(after: string): string[] {
  const part =
    /^(?:[^.;:]|\.(?=\d))*?\b(?:was|were|is|are|came)\s+(?:[a-z]+ed\s+)?(?:(?:under|through|from|via|in|on|by|for|with)\s+)?(?:(?:the|our|its|their)\s+)?([A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,3})/i.exec(
      after,
    );
  return part ? leadingWords(part[1]!) : [];
}

/**
 * What a figure is of, named after it: "38.5% of total payment volume" is a share of total payment volume,
 * "$217.4 million of cash" an amount of cash.
 */
export function wholeWords(after: string): string[] {
  return leadingWords(/^\s*of\s+(?:(?:the|its|our|their)\s+)?([^,.;:()\d]*)/i.exec(after)?.[1] ?? "");
}

/**
 * A part named only by what qualifies it ("20 new restaurants opened, of which 15 were company-owned") is the
 * whole's counted noun so qualified: company-owned restaurants opened. A part with a noun of its own stays.
 */
export function qualifiedPart(part: readonly string[], whole: readonly string[]): string[] {
  const noun = whole.findIndex((word) => countNouns.test(word));
  return noun < 0 || part.some((word) => countNouns.test(word)) ? [...part] : [...part, ...whole.slice(noun)];
}

/**
 * A part of what the sentence before was about, referred to by a pronoun: "It excludes $23 million deferred
 * in connection with …", after a sentence on revenue, is revenue deferred. `clause` is the words before the
 * figure, `after` those after it, `antecedent` the name of the last level before.
 */
export function referredPart(clause: string, after: string, antecedent: readonly string[]): string[] {
  const participle = /^\s*([a-z]{3,}ed)\b/.exec(after)?.[1];
  return participle && /^\s*(?:It|This)\s+[a-z]+\s*$/.test(clause) ? [...antecedent, participle] : [];
}

/**
 * A part of a whole (`whole`, the name of the figure before) named before its figure, as a clause's subject
 * ("chemicals brought in") or with its verb left out (", and automotive"): the part with the whole's head noun,
 * chemicals revenues, unless it names it.
 */
export function namedPart(clause: string, whole: readonly string[]): string[] {
  const gapped = /^\s*(?:and|or)\s+([a-z][a-z -]*?)\s*$/i.exec(clause)?.[1];
  const part = gapped ? namingWords(gapped) : subjectWords(clause);
  const head = whole.at(-1);
  return part.length && head && !part.some((word) => word.toLowerCase() === head.toLowerCase())
    ? [...part, head]
    : part;
}

/**
 * The part of a whole named before a figure, as the subject of "of which": "…, of which the underlying loss
 * ratio made up 63.5%" is the underlying loss ratio. None where "of which" has no subject of its own.
 */
export function partBefore(clause: string): string[] {
  const part = /\b(?:of|out of) which\s+(.*)$/i.exec(clause)?.[1];
  return part ? subjectWords(part) : [];
}

/**
 * Whether a figure is one of the parts a figure before it is listed as ("deliveries were 55,432, consisting of
 * 37,585 SUVs and 17,847 sedans, an increase of …"): the change after such a list is the whole's, not its last part's.
 */
export function listsParts(before: string): boolean {
  return /^\s*(?:consisting of|comprising|comprised of|made up of|including)\b/i.test(
    // A comma inside a number ("6,000") is no clause's end.
    before.split(/[;:—]|,(?!\d)/).at(-1)!,
  );
}

/**
 * A part of the whole a sentence opens on, named after its figure by where it comes from: "Of the quarter's
 * revenue, $48 million came from Marine, $12 million from Rail …" is Marine revenue. None for another sentence.
 */
export function partFrom(sentenceBefore: string, after: string): string[] {
  const whole =
    /^\s*(?:of|out of)\s+(?:the|that|this|its|our)\s+(?:(?:quarter|year|period|half)(?:'s|’s)\s+)?([a-z][a-z -]*?)\s*,/i.exec(
      sentenceBefore,
    )?.[1];
  const source = /^\s*(?:(?:came|come|was|were)\s+)?from\s+([^,;.()]+?)\s*(?:[(,;.]|\band\b|$)/.exec(after)?.[1];
  return whole && source ? [...namingWords(source), ...namingWords(whole)] : [];
}
