import { objectWords, subjectWords, trailingName } from "./subject.ts";
import { filler, isFiller, leadingWords, words } from "./words.ts";

/** What an amount is per, printed right after it: "per diluted share", "per basic and diluted ADS". */
const perShare = /^\s*(per(?:\s+(?:basic|fully|diluted|and|common|ordinary))*\s+(?:share|ADS))\b/i;

/** The words an amount per share prints right after it ("per diluted share"), or none. */
export function perShareAfter(after: string): string[] {
  const per = perShare.exec(after);
  return per ? words(per[1]!) : [];
}

/** A passage without the per-share words that open it, which are the figure's before it ("$5.03 per diluted share and …"). */
export function withoutPerShare(passage: string): string {
  return passage.replace(perShare, (words) => " ".repeat(words.length));
}

/**
 * What an amount per share is of, named before it: "adjusted operating income of $0.21 per diluted share".
 */
export function perShareAfterName(before: string, after: string): string[] {
  const per = perShare.exec(after);
  const name = /\bof\s*[$€£]?\s*$/i.test(before) ? trailingName(before.replace(/[$€£]\s*$/, "")) : [];
  return per && name.length ? [...name, ...words(per[1]!)] : [];
}

/**
 * What a figure is per, when it follows another as its amount per share ("$4.3 million, or $0.06 per
 * diluted share"; "a net loss of $56.4 million ($2.23 per diluted share)"; "…, or a loss of $0.95 per
 * diluted share"; "$703 million on a GAAP basis, or $8.44 per diluted share"): "per diluted share". It is named after the figure it divides, not as a level of its own.
 */
export function perShareWords(between: string, after: string): string[] {
  // A short phrase may stand between them: "$7.2 million of net income or $0.18 …", "$703 million on a GAAP basis, or $8.44 …";
  // so may the preposition of a period the caller blanked ("$23.4 million in the third quarter, or $0.43 …").
  // So may a change of the amount it divides: "$3.4 billion, 4.1% higher than in 2021, or $12.19 per diluted share".
  const opener =
    /^\s*(?:(?:higher|lower|more|less|up|down|above|below)\b[^,;\d]*)?(?:(?:in|for|during)\s+)?(?:(?:of|on)\s+(?:an?\s+|the\s+)?[A-Za-z-]+(?:\s+[A-Za-z-]+)?\s*)?(?:\(|,?\s*or\s+(?:an?\s+)?(?:(?:net\s+)?(?:loss|income|earnings|profit)\s+of\s+)?)\s*[$€£]?\s*$/i;
  if (!opener.test(between)) return [];
  const per = perShare.exec(after);
  return per ? words(per[1]!) : [];
}

/** The unit an amount is per, printed after a slash right after it: "$13.33/bbl". */
export const slashUnit = /^\/([A-Za-z]+)\b/;

/**
 * The unit an amount is per, printed right after it, other than a share (an amount per share is a figure of
 * its own): "$41 per dry metric tonne" is per dry metric tonne, "$2.10 per copper eq. pound" per copper eq
 * pound; up to the first word that names nothing ("per tonne for the year"); after a slash, one word ("$13.33/bbl",
 * a barrel).
 */
export function perUnitWords(after: string): string[] {
  const slash = slashUnit.exec(after);
  const per = /^\s*per\s+((?:[a-z]+\.(?=\s+[a-z])|[A-Za-z]+)(?:\s+(?:[a-z]+\.(?=\s+[a-z])|[A-Za-z]+))*)/.exec(after);
  const all = slash ? [slash[1]!] : per ? words(per[1]!) : [];
  const end = all.findIndex(isFiller);
  const unit = all.slice(0, end < 0 ? 4 : Math.min(end, 4)).map((word) => unitNames[word.toLowerCase()] ?? word);
  // "per basic and diluted share" is per share, however many words qualify it.
  return unit.length && !all.slice(0, 4).some((word) => /^(?:shares?|ADS|cents?)$/i.test(word)) ? ["per", ...unit] : [];
}

/** Units printed short that a name spells out. */
const unitNames: Readonly<Record<string, string>> = { bbl: "barrel" };

/**
 * The noun an amount per share is of, printed after it: "a $0.44 per common share dividend" is the dividend
 * per common share, "a $0.275 per-share quarterly cash dividend" the quarterly cash dividend per share.
 */
export function perShareNoun(after: string): string[] {
  const per =
    /^\s*(per(?:[\s-]+(?:basic|fully|diluted|common|ordinary))*[\s-]+(?:share|ADS))\s+([A-Za-z][^,.;:()\d]*)/i.exec(
      after,
    );
  // An adjective in -ly is part of it ("quarterly"), not an adverb.
  const all = words(per?.[2] ?? "");
  const end = all.findIndex((word) => filler.has(word.toLowerCase()));
  const noun = all.slice(0, end < 0 ? 4 : Math.min(end, 4));
  return noun.length ? [...noun, ...words(per![1]!.replace(/-/g, " "))] : [];
}

/**
 * The noun two figures' qualifiers share, named after the second: "$0.50 basic and $0.49 diluted earnings per
 * share" is basic earnings per share.
 */
export function sharedNoun(after: string): string[] {
  const pair = /^\s*([a-z][\w-]*)\s+and\s+[$€£]?\s*\d[\d.,]*\s+[a-z][\w-]*\s+([^,.;:()\d]+)/.exec(after);
  const noun = leadingWords(pair?.[2] ?? "");
  return pair && noun.length && !isFiller(pair[1]!) ? [pair[1]!, ...noun] : [];
}

/**
 * What an amount adds to a figure per share, named after what adds it: "A life insurance gain … increased
 * EPS $0.01", where EPS stands for diluted earnings per common share, is the gain per common share.
 */
export function perShareEffect(clause: string, defined: ReadonlyMap<string, readonly string[]>): string[] {
  const object = objectWords(words(clause)).flatMap((word) => defined.get(word) ?? [word]);
  const per = object.findIndex((word) => word.toLowerCase() === "per");
  const subject = subjectWords(clause);
  return per >= 0 && /^(?:share|ADS)$/i.test(object.at(-1) ?? "") && subject.length
    ? [...subject, ...object.slice(per)]
    : [];
}

/** Whether a name is of an amount per share: "diluted earnings per share". */
export function perShareName(words: readonly string[]): boolean {
  return words.some((word) => word.toLowerCase() === "per") && /^(?:share|ADS)$/i.test(words.at(-1) ?? "");
}
