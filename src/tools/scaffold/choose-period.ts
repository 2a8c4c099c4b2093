import { isCalendarPeriod, parsePeriod } from "#engine/facts/period.ts";
import { ratioTail } from "./number-reading.ts";
import { yearOf } from "./period-mentions.ts";
import type { PeriodMention } from "./period-mentions.ts";
import type { TextRange } from "./sentences.ts";

/**
 * Up to four words, and no comma or digit, between a number and a period that follows it: "US$0.30 per
 * ordinary share for the first half of 2024"; a translation in brackets may come first: "RMB20.2 billion
 * (US$2.8 billion) as of March 31, 2024"; what an amount is per may too ("a $0.44 per common share dividend
 * during the third quarter"), or an amount per share set off by commas ("$54.3 million, or $3.31 per share, in 2018"), or the unit an amount is
 * per, abbreviated or not ("$794 per copper eq. pound for the year").
 */
const closeBehind =
  /^\s*(?:\([^()]*\)\s*|,\s*or\s+[^,]*?\bper\s+(?:[A-Za-z]+\s+)?(?:share|ADS)\s*,\s*)?(?:per\s+(?:[A-Za-z]+\s+)?(?:share|ADS)\s+|per\s+(?:[A-Za-z]+\s+|[a-z]+\.\s+(?=[a-z])){0,3})?(?:[A-Za-z'’-]+\s+){0,4}$/;

/**
 * A comparative ("than"); a change set off after the figure and the word that names what it is measured from
 * (", increased three percent over"); or a word of comparing set off by a comma (", against"). A change of the figure's own ("a 29% increase over the first quarter of
 * 2015") is measured against the period, which is the figure's to read (sentence-candidate.ts).
 */
const comparative =
  /\bthan\b|,[^]*\b(?:increas|decreas|rose|rise|grew|grow|fell|fall|declin|climb|gain|drop|up\b|down\b)[^]*\b(?:over|from|against|versus)\s+$|,\s*(?:against|versus|compared (?:to|with))\s+$/i;

/**
 * Which figure each period right after a figure belongs to ("RMB 12.4 billion in 2024"): such a period
 * is that figure's, and no other figure of the sentence takes it as its own.
 */
export function periodOwners(
  text: string,
  figures: readonly TextRange[],
  mentions: readonly PeriodMention[],
): Map<PeriodMention, TextRange> {
  const owners = new Map<PeriodMention, TextRange>();
  for (const figure of figures) {
    const after = mentions.find((mention) => mention.start >= figure.end);
    const between = text.slice(figure.end, after?.start).replace(ratioTail, "");
    // "32% warmer than the same period last year", "$122.3 million, …, increased three percent over last year's":
    // a period after a comparative is the one compared with.
    // "…rose 1.8% to $504.7 million from the same quarter a year earlier" (or "against" it): the period a level
    // changed "to" is "from" is the one it changed from.
    if (
      after &&
      !owners.has(after) &&
      closeBehind.test(between) &&
      !comparative.test(between) &&
      !(
        /^\s*(?:from|against|versus|over|compared (?:with|to))\b/i.test(between) &&
        /\bto\s*(?:[A-Z]{2,3}\s*)?[$€£¥]?\s*$/.test(text.slice(Math.max(0, figure.start - 12), figure.start))
      )
    )
      owners.set(after, figure);
  }
  return owners;
}

/** A mention's label, a relative one ("a year ago") read against the period the sentence is about. */
function labelOf(mention: PeriodMention, reference: string | undefined): string | undefined {
  // A period read against one it does not fit ("the previous quarter" of a year) is left for the editor.
  return mention.relative ? (reference === undefined ? undefined : mention.relative(reference)) : mention.label;
}

/**
 * The period a sentence states for a number, and whether it states it for that number itself. In order:
 * the period right after the number ("RMB 12.4 billion in 2024"); else the last period between the
 * previous figure and this one that no other figure owns ("for the fourth quarter of 2024 was RMB 1,210
 * million"); else, for a figure compared with, the same quarter or year before; else the period the sentence opens with ("During the third quarter of 2023, …"); else
 * `reference`, the period the text is about, carried from an earlier sentence or a
 * heading ("In the second quarter of 2024 … Out of those loans, …"); else the
 * sentence's only period. Relative periods ("a year ago", "the same period of 2023") are read against
 * `reference`.
 */
export function choosePeriod(
  {
    number,
    previous,
    sentence,
    opening,
    closing,
    reference: { period: carriedReference, carried, comparedTo },
    compared = false,
    changed = false,
  }: {
    number: TextRange;
    previous: TextRange | undefined;
    sentence: readonly PeriodMention[];
    /** The period the sentence opens with ("During the third quarter of 2023, …"), if it does. */
    opening?: PeriodMention | undefined;
    /**
     * The period the text is about, whether it was carried from before this sentence (else the sentence set it),
     * and the one it said its figures are compared with.
     */
    reference: { period: string | undefined; carried: boolean; comparedTo?: string | undefined };
    /** Whether the number is a figure compared with ("down from $9.5 million"). */
    compared?: boolean;
    /** The one period the sentence states after the number for no other figure ("… of savings during the year"). */
    closing?: PeriodMention | undefined;
    /** Whether the number's clause says something of its own ("…, and cargo revenue fell to $10.5 million"). */
    changed?: boolean;
  },
  owners: ReadonlyMap<PeriodMention, TextRange>,
): { period: string | undefined; direct: boolean } {
  // "In the first quarter of 2024, … compared to 872,235 in the same period of 2023": a sentence's opening
  // period is what its relative periods are read against, before the one carried from earlier sentences.
  const reference = opening?.label ?? carriedReference;
  // The opening, once read ("Revenue in the third quarter last year was"), is not read again against itself.
  const read = (mention: PeriodMention) =>
    opening && mention.start === opening.start ? opening.label : labelOf(mention, reference);
  const own = sentence.find((mention) => owners.get(mention) === number);
  // "For the first nine months, operating expenses came to 91.4% … in 2023 and 88.3% in 2022": a year named by
  // its number in a sentence that opens on part of a year is that part of the year.
  const part = opening && parsePeriod(opening.label);
  const year = own && !own.relative && /^FY(\d{4})$/.exec(own.label)?.[1];
  if (year && part?.kind === "duration" && !opening!.label.startsWith("FY"))
    return { period: yearOf(opening!.label, year), direct: true };
  // "…, compared with an operating loss of $6 million in 2020", in a text about a quarter: a figure compared with
  // in a year named by its number is of that quarter of the year.
  const about = reference === undefined ? undefined : parsePeriod(reference);
  const inPartOfYear = (mention: PeriodMention) => {
    const named = !mention.relative && /^FY(\d{4})$/.exec(mention.label)?.[1];
    return compared && named && about?.kind === "duration" && !reference!.startsWith("FY")
      ? yearOf(reference, named)
      : undefined;
  };
  if (own) return { period: inPartOfYear(own) ?? read(own), direct: true };
  // A figure compared with takes the period its clause states after an aside: "down from $9.5 million, or
  // $0.12 per diluted share, in the prior year quarter".
  const later = compared && sentence.find((mention) => mention.start >= number.end && !owners.has(mention));
  if (later) return { period: inPartOfYear(later) ?? read(later), direct: true };
  // "up 0.6% from $217.33, while occupancy reached 74.1%, above the 73.1% of the first quarter of 2016": one
  // other period named after it, another figure's, is the one the sentence compares with.
  const others = new Set(
    sentence
      .filter(() => compared)
      .map(read)
      .filter((label) => label !== reference),
  );
  if (others.size === 1) return { period: [...others][0], direct: true };
  const from = previous?.end ?? -1;
  const before = sentence
    .filter((mention) => mention.start >= from && mention.end <= number.start && !owners.has(mention))
    .at(-1);
  if (before) return { period: read(before), direct: true };
  // "…rose to $18.2 million, or $1.10 per share, from $15.3 million": a quarter's, half's or year's figure
  // compared with, where the sentence names no other period, is of the period the text said its figures are
  // compared with, else of the same period a year before.
  if (compared && comparedTo) return { period: comparedTo, direct: false };
  if (compared && reference && isCalendarPeriod(reference))
    return { period: reference.replace(/\d{4}/, (year) => String(Number(year) - 1)), direct: false };
  if (opening) return { period: opening.label, direct: true };
  if (closing) return { period: read(closing), direct: true };
  // A sentence that dates its own figures leaves one it does not date open ("…, respectively"), except one of a
  // clause of its own: "…, and cargo revenue fell to $10.5 million from $12.1 million" is of the period it is about.
  if (carriedReference !== undefined && (carried || changed)) return { period: carriedReference, direct: false };
  const labels = new Set(sentence.filter(({ relative }) => !relative).map(({ label }) => label));
  return { period: labels.size === 1 ? [...labels][0] : undefined, direct: false };
}
