import { printedDirection } from "#engine/facts/direction.ts";
import type { PrintedNumber, PrintedSpan } from "#engine/facts/parse-number.ts";
import { parsePeriod } from "#engine/facts/period.ts";
import type { Source } from "#engine/facts/source.ts";
import { choosePeriod } from "./choose-period.ts";
import type { FactCandidate } from "./fact-candidate.ts";
import { fiscalPeriod } from "./fiscal-year.ts";
import type { YearEnd } from "./fiscal-year.ts";
import type { WeekSpan } from "./week-calendar.ts";
import { spellAbbreviations } from "./names/abbreviations.ts";
import { changedToLevel, ownClause, setOffChange } from "./names/change.ts";
import { clauses } from "./names/clauses.ts";
import { heldOnDay, holderBase, isCount } from "./names/counts.ts";
import { labelOf, periodSuffix, slug } from "./names/ids.ts";
import { fullName, measureOfNamed, referredName } from "./names/named-before.ts";
import { listsParts, wholeWords } from "./names/parts.ts";
import { perShareName, perShareWords, perUnitWords, slashUnit, withoutPerShare } from "./names/per-share.ts";
import { guidanceRange } from "./names/guidance.ts";
import { comparedRespectively, respectiveWords } from "./names/respective.ts";
import { withoutIssuer } from "./names/issuer.ts";
import { namedPart, segmentWords } from "./names/segment.ts";
import { qualifiedByOpening, subjectWords, trailingName, underStandard } from "./names/subject.ts";
import { naming, namingPassages } from "./naming.ts";
import { ratioTail, readingOf, signedAmount, spelledOut, translated } from "./number-reading.ts";
import { pairedPeriod } from "./paired-periods.ts";
import type { PeriodMention } from "./period-mentions.ts";
import { quoteAnchor } from "./quote-anchor.ts";
import {
  closing,
  compared,
  comparedPeriod,
  headingPeriod,
  holds,
  isHeading,
  opening,
  statedPeriod,
} from "./sentence-periods.ts";
import { inTable, opensParagraph } from "./sentences.ts";
import type { TextRange } from "./sentences.ts";

/** A basis printed right after a figure: "47.5% under GAAP", "47.5% on a non-GAAP basis". */
const basisAfter = new RegExp(String.raw`^\s*(?:${underStandard}|on an? ((?:non-)?(?:GAAP|IFRS)) basis)\b`, "i");

/** What proposing a number by its sentence needs to know of the whole text, and of the numbers proposed before it. */
export interface SentenceContext {
  readonly source: Source;
  /** The day the text was filed (ISO), when known: what a heading's period named without its year is dated by. */
  readonly filed: string | undefined;
  readonly printed: readonly PrintedSpan[];
  readonly mentions: readonly PeriodMention[];
  readonly sentences: readonly TextRange[];
  readonly figures: readonly PrintedSpan[];
  /** The figure each period right after one belongs to. */
  readonly owners: ReadonlyMap<PeriodMention, TextRange>;
  readonly nextId: (id: string) => string;
  /** The abbreviations the text defines ("EPS"), named by what they stand for where one alone names a figure. */
  readonly abbreviations: ReadonlyMap<string, readonly string[]>;
  /** The names in brackets that the words before them do not spell ("unit revenues (RASM)"), by those words' id. */
  readonly aliases: ReadonlyMap<string, string>;
  /** The issuer's names where the text states its listing ("UPS (NYSE: UPS)"), which name no figure. */
  readonly issuers: readonly (readonly string[])[];
  /**
   * The last level (not a change, a share or an amount per share) of each sentence, by sentence: what a change
   * or an earlier period's figure is of (`period`, the period its changes are of), and what an amount per
   * share divides (`dated`, the level's own period).
   */
  readonly levels: Map<
    number,
    { readonly words: readonly string[]; readonly period: string | undefined; readonly dated: string | undefined }
  >;
  /** The period of each level named so far in the text (not a figure compared with), by its id's name: what a share of it is dated by. */
  readonly periodsByName: Map<string, string>;
  /** The words of each level and change named so far, by their id's name: what a later sentence may shorten. */
  readonly names: Map<string, readonly string[]>;
  /** The sentences that gave a share: a percentage they compare it with is a share too. */
  readonly shares: Set<number>;
  /**
   * The period the sentences are about so far, the sentence it was last brought up to date for, and the
   * sentence that set it; the period the whole text is about, which each paragraph opens on; and the one it
   * says its figures are compared with.
   */
  readonly reference: {
    period: string | undefined;
    sentence: number;
    setBy: number;
    text: string | undefined;
    /** The period a heading or a sentence without figures said the figures after it are compared with. */
    comparedTo?: string | undefined;
  };
  /** The period each sentence opens with, by sentence. */
  readonly openings: Map<number, PeriodMention | undefined>;
  /** The day the text's year ends, if not December 31: its years, halves and quarters are written as days. */
  readonly yearEnd: YearEnd | undefined;
  /** The spans the text prints as weeks ended a day, which the periods they are stand for. */
  readonly weeks: readonly WeekSpan[];
  /** The period the last forecast was for ("For 2013, production guidance …"): what one after it without its own is for. */
  readonly forecast: { period: string | undefined };
  /**
   * What was proposed for each figure so far, by where it starts: what a figure paired after it is read against,
   * and what one compared with it "respectively" is named by.
   */
  readonly proposedAt: Map<
    number,
    {
      readonly period: string | undefined;
      readonly words: readonly string[];
      readonly measure: string | undefined;
      readonly scale: PrintedNumber["scale"];
    }
  >;
}

export function sentenceCandidate(
  context: SentenceContext,
  number: PrintedSpan,
  reading: PrintedNumber,
  line: number,
): FactCandidate {
  const { source, printed, mentions, sentences, figures, owners, nextId, levels, periodsByName, shares, reference } =
    context;
  const { text } = source;
  const sentence = sentences.findIndex((range) => range.start <= number.start && number.start < range.end);
  const range = sentences[sentence]!;
  const inSentence = (span: TextRange) => span.start >= range.start && span.end <= range.end;
  const first = readSentencesBefore(context, sentence);
  // A headline's figures, printed before any sentence states the period the text is about ("… third quarter net
  // income rose 13%"), are of the first period the sentences right after it state, up to the first with figures
  // (a dateline's "released its results for its third fiscal quarter, the 13 weeks ended November 1, 2008", or
  // "said its diluted earnings per share for the second quarter of 2005 rose 22.2%"); not of one a later passage
  // names (a balance's day), which would hold the text's period and keep it from being read.
  if (reference.text === undefined && isHeading(text, range)) {
    const within = (span: TextRange, of: TextRange) => span.start >= of.start && span.end <= of.end;
    const next = sentences.slice(sentence + 1);
    const withFigures = next.findIndex((after) => figures.some((figure) => within(figure, after)));
    const stated = (withFigures < 0 ? next : next.slice(0, withFigures + 1))
      .map((after) =>
        statedPeriod(
          text,
          mentions.filter((mention) => within(mention, after)),
          mentions,
        ),
      )
      .find((period) => period !== undefined);
    if (stated) reference.period = reference.text = stated;
  }
  // The period the sentence opens with ("A year earlier, …"), read against the one it was carried with, not
  // against one its own first figure set.
  if (first) context.openings.set(sentence, opening(text, range, mentions, reference.period));
  const opens = context.openings.get(sentence);
  const previous = figures.filter((figure) => inSentence(figure) && figure.end <= number.start).at(-1);
  const level = levels.get(sentence);
  // The last level of the sentences before: what "It" and "Of that amount" refer to.
  const earlier = [...levels].findLast(([at]) => at < sentence)?.[1];
  const translation = translated(text, { number, previous, reading, printed });
  // A period between them is no part of what it is ("$23.4 million in the quarter, or $0.43 per diluted share").
  const withoutPeriods = namingPassages(text, mentions);
  const per = previous
    ? perShareWords(withoutPeriods(previous.end, number.start), text.slice(number.end, range.end))
    : [];
  const divided = per.length ? level : undefined;
  const respective = respectiveWords(
    text.slice(range.start, range.end),
    number.start - range.start,
    figures
      .filter((figure) => inSentence(figure) && figure.end <= number.start)
      .map((figure) => figure.start - range.start),
  );
  // "… of 78.1% and a 14.3% net margin, against 80.9% and 13.0%, respectively": each is named as the one it is compared with.
  const listed = figures.filter(inSentence);
  const counterpart = context.proposedAt.get(
    listed[comparedRespectively(text, listed, listed.indexOf(number))]?.start ?? -1,
  );
  // "Net income came to $57.6 million, or $1.07 per diluted share, against $0.88 …": a figure compared with, printed
  // at the scale of an amount per share before it and not at its level's, is compared with the amount per share.
  const listedBefore = listed.filter((figure) => figure.end <= number.start);
  // Whether the figure is one compared with ("down from $9.5 million").
  const comparison = compared(text, [range, ...listedBefore, number]);
  const proposedBefore = listedBefore.map((figure) => context.proposedAt.get(figure.start));
  const perShareBefore = proposedBefore.findLast((figure) => figure && perShareName(figure.words));
  const levelBefore =
    level && proposedBefore.findLast((figure) => figure && !figure.measure && slug(figure.words) === slug(level.words));
  // Only where no words of its own name it ("…, or diluted loss per share of $0.23" is named so).
  const unnamed =
    previous !== undefined &&
    /^\s*(?:(?:in|for|during)\s+)?,?\s*(?:against|compared (?:to|with)|versus|from|and)\s*[$€£]?\s*$/i.test(
      withoutPerShare(withoutPeriods(previous.end, number.start)),
    );
  const againstPerShare =
    unnamed &&
    perShareBefore !== undefined &&
    perShareBefore.scale === reading.scale &&
    levelBefore !== undefined &&
    levelBefore.scale !== reading.scale &&
    // "…, against $0.88 in the previous quarter and $0.86 …": and the one listed after it.
    (comparison ||
      (proposedBefore.at(-1) === perShareBefore &&
        listedAfter(text, previous, number) &&
        compared(text, [range, ...listedBefore])))
      ? { words: perShareBefore.words, measure: undefined }
      : undefined;
  // An end of a forecast's range ("guides to 2019 net income in the range of $180 million to $190 million"); a
  // range of percentages is named as a change's or a share's are.
  const end =
    reading.unit === "percent"
      ? undefined
      : /^\s*(?:to|[–—]|\s-\s)\s*[$€£]?\s*$/i.test(previous ? text.slice(previous.end, number.start) : "x")
        ? "high"
        : /^\s*(?:to\s|[–—]|-\s)\s*[$€£]?\s*\d/i.test(text.slice(number.end, range.end))
          ? "low"
          : undefined;
  const guidance = end && guidanceRange(withoutPeriods(range.start, (end === "high" ? previous! : number).start), end);
  // "percent" spelled out, the unit an amount is per ("$13.33/bbl") or a ratio's "-to-1" is part of the figure as it is named.
  const afterNumber = text.slice(number.end);
  const figureEnd =
    number.end +
    ((spelledOut.exec(afterNumber) ?? slashUnit.exec(afterNumber) ?? ratioTail.exec(afterNumber))?.[0].length ?? 0);
  const named = guidance
    ? guidance
    : translation
      ? { words: level?.words ?? ["number"], measure: slug(translation) }
      : divided
        ? { words: [...divided.words, ...per], measure: undefined }
        : counterpart
          ? counterpart
          : againstPerShare
            ? againstPerShare
            : respective.length
              ? { words: respective, measure: undefined }
              : ofLevel(
                  naming(text, {
                    number: { ...number, end: figureEnd },
                    previous,
                    range,
                    reading,
                    mentions,
                    level,
                    earlier,
                    about: opens?.label ?? reference.period,
                    abbreviations: context.abbreviations,
                  }),
                  level,
                  comparison,
                );
  // "Net earnings were $3.4 billion, 4.1% higher than in 2021, or $12.19 per diluted share, 5.5% higher": a change
  // right after an amount per share, where the sentence gave its level's change already, is the amount per share's.
  const perShareChanged =
    named.measure?.startsWith("growth") &&
    level !== undefined &&
    slug(named.words) === slug(level.words) &&
    proposedBefore.at(-1) === perShareBefore &&
    perShareBefore !== undefined &&
    proposedBefore.some(
      (figure) => figure !== undefined && figure.measure === named.measure && slug(figure.words) === slug(level.words),
    );
  const base = holderBase(
    spellAbbreviations(
      withoutIssuer(perShareChanged ? perShareBefore.words : named.words, context.issuers),
      context.abbreviations,
    ),
  );
  // "Site costs were $2.10 per copper eq. pound": an amount per a unit is named with it, once.
  // A range's low end is per what its high end is ("$9.50 to $10.50 per silver ounce").
  const highEnd =
    end === "low" ? figures.find((figure) => figure.start >= number.end && inSentence(figure)) : undefined;
  const unit = reading.unit === "percent" ? [] : perUnitWords(text.slice((highEnd ?? number).end, range.end));
  const sentenceText = text.slice(range.start, range.end);
  const expanded = measureOfNamed(
    referredName(
      fullName(
        slug(base).endsWith(slug(unit)) ? base : [...perUnitless(base, unit), ...unit],
        context.names,
        sentenceText,
      ),
      context.names,
      sentenceText,
    ),
    level?.words,
    sentenceText,
  );
  const alias = context.aliases.get(slug(expanded));
  // "rose 51% excluding restructuring": what the figure leaves out, printed right after it, qualifies its name.
  const leftOut = /^\s*(excluding|before)\s+([a-z][a-z -]*?)\s*(?=[,;.]|\s+or\b|$)/i.exec(
    text.slice(number.end, range.end),
  );
  // "Gross margin was 47.5% under GAAP and 47.5% on a non-GAAP basis": a basis printed right after the figure,
  // in a sentence that gives both, comes before the measure, as README names one (gaap-gross-margin,
  // non-gaap-gross-margin).
  const bothBases = /(?<!non-)\b(?:GAAP|IFRS)\b/i.test(sentenceText) && /\bnon-(?:GAAP|IFRS)\b/i.test(sentenceText);
  const basis = bothBases ? basisAfter.exec(text.slice(figureEnd, range.end)) : null;
  const basisWord = basis?.[1] ?? basis?.[2];
  const opened = alias ? [alias] : qualifiedByOpening(text.slice(range.start, range.end), expanded);
  const words = [
    // A figure listed after another ("… and 47.5% on a non-GAAP basis") replaces the basis it took from it.
    ...(basisWord && slug(opened) === slug(expanded)
      ? [basisWord, ...opened.slice(/^(?:non-)?(?:GAAP|IFRS)$/i.test(opened[0] ?? "") ? 1 : 0)]
      : opened),
    ...(leftOut ? [leftOut[1]!, ...leftOut[2]!.split(/\s+/)] : []),
  ];
  // A label keeps the words an alias is given for: "Unit revenues (RASM)".
  const shown = alias ? [...expanded, `(${alias})`] : words;
  // A percentage compared with a share ("accounted for 38.5% of …, up from 35.2% a year ago"), or listed after
  // one ("… were 93.8% for the 2023 quarter and 89.6% for the 2022 quarter"), is a share too.
  const measure =
    named.measure ??
    ((comparison || listedAfter(text, previous, number)) && reading.unit === "percent" && shares.has(sentence)
      ? "share"
      : undefined);
  if (measure === "share") shares.add(sentence);
  // A sentence that dates its own figures leaves a figure it does not date open ("…, respectively"): the period it is about is for relative periods only.
  const about = { period: reference.period, carried: reference.setBy !== sentence, comparedTo: reference.comparedTo };
  // A measure of a level is of the level's period. A share of a subject with no figure of its own is dated
  // as a level is; a change is not: the period after it is the one it is measured against.
  // A share of a whole the text gave a figure for ("accounted for 38.5% of total payment volume") is of that
  // figure's period: a share of a quarter's flow is the quarter's, whatever day the text last named.
  // Not one that names its own ("16.5% of net sales in the fourth quarter of the prior year").
  // Whether a period right after the figure is its own ("RMB 12.4 billion in 2024").
  const ownsPeriod = [...owners.values()].includes(number);
  const whole =
    measure === "share" && !level && !ownsPeriod
      ? periodsByName.get(slug(wholeWords(text.slice(number.end, range.end))))
      : undefined;
  // A change in a period it names ("grew 2.3% in 1Q19", "$12.1 million for the six months") is of that period; one
  // "from" a period is against it.
  // One over a period it names ("17 percent growth over 2017 adjusted earnings") is of the one other period
  // its sentence states ("2018 EPS exceeded the guidance of …").
  const own = (mention: PeriodMention) => !mention.relative && owners.get(mention) === number;
  const over = mentions.find(
    (mention) =>
      own(mention) && /\b(?:over|against|versus)\s+(?:the\s+)?$/i.test(text.slice(number.end, mention.start)),
  );
  const [other, ...others] = mentions.filter((mention) => inSentence(mention) && !mention.relative && mention !== over);
  const within = /^(?:growth|increase|decrease)/.test(measure ?? "")
    ? (mentions.find(
        (mention) =>
          // "grew 9% year-to-date": a relative period of the change's own is read against the one the text is about.
          owners.get(mention) === number &&
          /^\s*(?:per ?cent\s+)?(?:(?:increase|decrease|rise|decline|growth|gain|drop)\s+)?(?:(?:in|during|for)\s|year[ -]to[ -]date\b)/i.test(
            text.slice(number.end, mention.end),
          ),
      ) ?? (over && !others.length ? other : undefined))
    : undefined;
  // "…in the first quarter of 2030, when earnings per share were $0.26": a clause opened by "when" is of the period before it.
  const then = mentions.find(
    (mention) =>
      inSentence(mention) &&
      !ownsPeriod &&
      mention.end <= number.start &&
      /^\s*,?\s*when\b[^,;]*$/i.test(text.slice(mention.end, number.start)),
  );
  // "…rose 14 percent to $8.42": the figure a change leads to is of the change's period, unless it names its own
  // ("widened from $3 million to $5 million" leads from a figure compared with, not a change).
  const reached =
    level?.period !== undefined &&
    previous !== undefined &&
    !compared(text, [range, ...figures.filter((figure) => inSentence(figure) && figure.end <= previous.end)]) &&
    slug(level.words) === slug(words) &&
    !ownsPeriod &&
    changedToLevel.test(text.slice(previous.end, number.start));
  // A change set off after the figures it compares ("$0.25 in Q4 2031 and $0.22 in Q4 2030, a change of $0.03") is
  // of the latest of their periods: the one it is measured to.
  const compares =
    /^(?:growth|increase|decrease)$/.test(measure ?? "") && setOffChange(text.slice(range.start, number.start))
      ? latestPeriod(
          figures
            .filter((figure) => inSentence(figure) && figure.end <= number.start)
            .map((figure) => context.proposedAt.get(figure.start)?.period),
        )
      : undefined;
  // "UPS (NYSE: UPS) said its earnings per share for the second quarter of 2005 rose 22.2%": a change its sentence
  // states the period of before it, with no level of its own, is of that period.
  const statedFor = mentions
    .filter(
      (mention) =>
        inSentence(mention) &&
        !mention.relative &&
        !owners.has(mention) &&
        mention.end <= number.start &&
        /\b(?:for|in|during)\s+$/i.test(text.slice(Math.max(range.start, mention.start - 8), mention.start)) &&
        // Of the number's clause, and no period a figure is compared in ("against 5.1 million tons in …").
        !/;/.test(text.slice(mention.end, number.start)) &&
        !/\b(?:against|compared|versus|from|over)\b/i.test(
          text.slice(range.start, mention.start).split(/[;,]/).at(-1)!,
        ),
    )
    .at(-1);
  const chosen = compares
    ? { period: compares, direct: false }
    : whole
      ? { period: whole, direct: true }
      : then
        ? { period: then.relative ? reference.period && then.relative(reference.period) : then.label, direct: true }
        : within
          ? {
              period: within.relative ? reference.period && within.relative(reference.period) : within.label,
              direct: true,
            }
          : measure && (level || measure !== "share") && !(comparison && measure === "share")
            ? {
                period:
                  level?.period ??
                  opens?.label ??
                  statedFor?.label ??
                  (measure?.includes("guidance") ? context.forecast.period : undefined) ??
                  reference.period,
                direct: !!translation || (!level && !opens && statedFor !== undefined),
              }
            : divided
              ? { period: divided.dated, direct: false }
              : reached
                ? { period: level!.period, direct: false }
                : choosePeriod(
                    {
                      number,
                      previous,
                      sentence: mentions.filter(inSentence),
                      opening: opens,
                      closing: closing(text, number, mentions.filter(inSentence), owners),
                      reference: about,
                      compared: comparison,
                      changed: ownClause(text.slice(previous?.end ?? range.start, number.start)),
                    },
                    owners,
                  );
  // A count of holders or a balance its sentence does not date is held on the last day of the period it is about.
  // A currency sign the reader leaves without a unit ("$") still makes an amount, not a count.
  const amount = reading.unit !== undefined || signedAmount(text, number, range);
  // A share is held as its whole is: "98% of total average deposits" is of the quarter, not its last day.
  const of = measure === "share" ? wholeWords(text.slice(number.end, range.end)) : [];
  // So is the change of a count or balance over a period ("customers fell 1.6% during 2031"): its change to that last day.
  const span =
    (!chosen.direct || (within && !within.relative && measure?.startsWith("growth"))) &&
    heldOnDay(of.length ? of : words, amount)
      ? parsePeriod(fiscalPeriod(chosen.period, context.yearEnd, context.weeks) ?? chosen.period ?? "")
      : undefined;
  const before = previous && context.proposedAt.get(previous.start);
  const between = previous ? text.slice(previous.end, number.start) : "";
  // The second of two figures compared respectively is of the first one's period.
  const period =
    pairedPeriod(between, before?.period, mentions) ??
    (counterpart && /^\s*and\s*[$€£¥]?\s*$/.test(between) ? before?.period : undefined) ??
    (span?.kind === "duration" ? span.end : chosen.period) ??
    // An amount per share its sentence gives no period of its own ("…, with diluted EPS of $3.58") is its level's.
    (perShareName(words) ? level?.dated : undefined);
  // An amount per share is no level: a change or a figure compared with after it is of the amount it divides;
  // but of a sentence that named none before it, it is ("paid a $0.15 per-share dividend, a 25% increase over …").
  // Nor is a figure of a relative clause ("Adjusted EPS, which leave out the $4.1 million charge, rose 9%"): what changes after it is the subject's.
  const aside = /^\s*(?:which|who)\b/i.test(clauses(text.slice(range.start, number.start)).at(-1) ?? "");
  if (
    !measure &&
    !divided &&
    !aside &&
    (!perShareName(words) || !level || ownSubject(text.slice(previous?.end ?? range.start, number.start))) &&
    !listsParts(text.slice(range.start, number.start))
  ) {
    levels.set(sentence, { words, period: comparison && level ? level.period : period, dated: period });
    context.names.set(slug(words), words);
    if (period && !comparison) periodsByName.set(slug(words), period);
  }
  // A change with a subject of its own ("…, and AFFO per share rose 4.4% to $0.71 from $0.68") is what the
  // figures after it are of.
  else if (/^(?:growth|increase|decrease)/.test(measure ?? "") && named.words !== level?.words) {
    levels.set(sentence, { words, period: level?.period ?? period, dated: level?.dated ?? period });
    context.names.set(slug(words), words);
  }
  // The sentence's first figure, dated by the sentence itself and not in an aside, sets the period the sentences after it are about.
  if (first && !aside && chosen.direct && period) {
    Object.assign(reference, { period, setBy: sentence });
    // Without a heading that names it, the first period stated for figures is the one the text is about.
    reference.text ??= period;
  }
  const count =
    !amount &&
    (("count" in named && named.count === true) ||
      (!measure && !divided && isCount(words, text.slice(number.end, range.end))));
  const part = namedPart(text.slice(range.start, number.start), text.slice(sentences[0]!.start, sentences[0]!.end));
  // A part named with its figure's name ("Harbour segment sales") is in it already.
  const segment = [
    ...(slug(words).startsWith(slug(part)) ? [] : part),
    ...segmentWords(text.slice(number.end, range.end), text.slice(range.start, number.start)),
  ];
  // A fiscal year counted in weeks keeps the name the text gives it ("q4-2013"), for the editor to date.
  const dated = fiscalPeriod(period, context.yearEnd, context.weeks);
  const suffix = dated ?? period;
  context.proposedAt.set(number.start, { period, words, measure, scale: reading.scale });
  if (measure?.includes("guidance")) context.forecast.period = period;
  // "Revenue growth … was 16.8%" is revenue's growth, not the growth of revenue growth.
  const withoutGrowth =
    measure?.startsWith("growth") && words.length > 1 && /^growth$/i.test(words.at(-1)!) ? words.slice(0, -1) : words;
  return {
    id: nextId(
      [slug([...segment, ...withoutGrowth]), measure ?? "", suffix ? periodSuffix(suffix) : ""]
        .filter(Boolean)
        .join("."),
    ),
    label: `${labelOf([...segment, ...shown])}${measure ? `, ${measureWords[measure] ?? measure}` : ""}`,
    period: dated,
    ...readingOf(
      text.slice(number.start, number.end),
      reading,
      count ? { unit: "count" } : {},
      printedDirection(text.slice(range.start, number.start), text.slice(number.end, range.end)),
    ),
    anchor: quoteAnchor(source, printed, sentences, sentence, number),
    line,
  };
}

/**
 * A name without the unit it is per, where the figure is per another ("Average realized prices were $30.30 per
 * silver ounce and $1,630 per gold ounce": the second is per gold ounce, not per silver ounce per gold ounce).
 */
function perUnitless(name: readonly string[], unit: readonly string[]): readonly string[] {
  const per = name.indexOf("per");
  return unit.length && per > 0 && !perShareName(name) ? name.slice(0, per) : name;
}

/**
 * A figure compared with the level before it, named by a part of the level's name ("closed 4,555 homes …,
 * compared with 6,805 homes"), is of the level: homes closed.
 */
function ofLevel<T extends { readonly words: readonly string[]; readonly measure?: string }>(
  named: T,
  level: { readonly words: readonly string[] } | undefined,
  comparison: boolean,
): T {
  const levelWords = new Set(level?.words.map((word) => word.toLowerCase()));
  return comparison &&
    level &&
    !named.measure &&
    named.words.length < level.words.length &&
    named.words.every((word) => levelWords.has(word.toLowerCase()))
    ? { ...named, words: level.words }
    : named;
}

/** Whether a figure's clause opens on a conjunction and a subject of its own: "…, and adjusted diluted EPS were", "…, with diluted EPS of". */
function ownSubject(passage: string): boolean {
  const clause = clauses(passage).at(-1) ?? "";
  return (
    /^\s*(?:and|while|whereas|with)\s/i.test(clause) &&
    (subjectWords(clause).length > 0 || trailingName(clause).length > 1)
  );
}

/**
 * Whether a figure is listed after the one before it, with nothing but periods and "and" between, or "and" and a
 * verb of level: "93.8% in 2023 and 89.6%", "32.8% of sales for the year and reached 33.9%".
 */
function listedAfter(text: string, previous: TextRange | undefined, number: TextRange): boolean {
  return (
    previous !== undefined &&
    /^[^,;.]*\band(?:\s+(?:reached|was|were|stood at|came to|amounted to))?\s*$/.test(
      text.slice(previous.end, number.start),
    )
  );
}

/** How a label says what a figure measures of its subject, where the id's word is not plain English. */
const measureWords: Readonly<Record<string, string>> = {
  "growth-qoq": "growth over the quarter before",
  "increase-qoq": "increase over the quarter before",
  "decrease-qoq": "decrease over the quarter before",
  "growth-constant-currency": "growth in constant currency",
  usd: "in US$",
  rmb: "in RMB",
};

/** The period of several that ends last; undefined when none is a period. */
function latestPeriod(labels: readonly (string | undefined)[]): string | undefined {
  const ends = labels.flatMap((label) => {
    const period = parsePeriod(label ?? "");
    return period ? [{ label: period.label, end: period.kind === "instant" ? period.date : period.end }] : [];
  });
  return ends.reduce<(typeof ends)[number] | undefined>(
    (last, next) => (last && last.end >= next.end ? last : next),
    undefined,
  )?.label;
}

/**
 * Reads the sentences from the last one read up to `sentence`: a heading or a sentence without figures that states a
 * period makes it the one the text is about. A period a sentence states for its own figures dates the rest of its
 * paragraph only ("In the fourth quarter of 2021, revenue had been $412 million." is an aside): a paragraph opens on
 * the text's period. A table printed before any sentence with figures reads them too, so that a table right under
 * the headline is of the period the text states.
 * Whether `sentence` is read for the first time.
 */
export function readSentencesBefore(context: SentenceContext, sentence: number): boolean {
  const { source, mentions, sentences, figures, reference } = context;
  const { text } = source;
  for (let skipped = reference.sentence + 1; skipped <= sentence; skipped++) {
    if (opensParagraph(source, sentences[skipped]!)) reference.period = reference.text;
    if (skipped === sentence || inTable(source, sentences[skipped]!)) continue;
    const within = (span: TextRange) => span.start >= sentences[skipped]!.start && span.end <= sentences[skipped]!.end;
    const about =
      statedPeriod(text, mentions.filter(within), mentions) ??
      headingPeriod(text, sentences[skipped]!, mentions, reference.text, context.filed);
    // A sentence that names a longer period the text's is part of ("Fiscal 2013 was one week longer", "… were
    // part of the 2033 result") dates the rest of its paragraph, not the text; a heading ("Full Year 2033")
    // starts on the period it names.
    const widens = about && reference.text && holds(about, reference.text) && !isHeading(text, sentences[skipped]!);
    if (!figures.some(within)) {
      if (about) reference.period = about;
      if (about && !widens) reference.text = about;
      reference.comparedTo =
        comparedPeriod(text, mentions.filter(within), mentions, reference.text) ?? reference.comparedTo;
    }
  }
  const first = reference.sentence !== sentence;
  reference.sentence = sentence;
  return first;
}
