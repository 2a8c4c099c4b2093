import { numberPattern } from "#engine/facts/coverage.ts";
import { findPrintedNumbers, parseNumber } from "#engine/facts/parse-number.ts";
import type { PrintedSpan } from "#engine/facts/parse-number.ts";
import { plainText } from "#engine/facts/plain.ts";
import { readSource, sourceSpan } from "#engine/facts/source.ts";
import type { Source } from "#engine/facts/source.ts";
import { periodOwners } from "./choose-period.ts";
import type { FactCandidate } from "./fact-candidate.ts";
import { fiscalPeriod, fiscalYearEnd, yearEndName } from "./fiscal-year.ts";
import type { YearEnd } from "./fiscal-year.ts";
import { printedWeeks } from "./week-calendar.ts";
import { ignoreProposals } from "./ignore-proposals.ts";
import { abbreviations, aliases } from "./names/abbreviations.ts";
import { periodSuffix, slug, uniqueIds } from "./names/ids.ts";
import { isBare, isYearName, readingOf, spelledPercent } from "./number-reading.ts";
import { quoteAnchor } from "./quote-anchor.ts";
import { columnPeriod, periodMentions } from "./period-mentions.ts";
import { readSentencesBefore, sentenceCandidate } from "./sentence-candidate.ts";
import type { SentenceContext } from "./sentence-candidate.ts";
import { issuerNames } from "./names/issuer.ts";
import { inTable, sentences } from "./sentences.ts";
import type { TextRange } from "./sentences.ts";
import { declaredHeader, foundTables, rowSubject, tableCell } from "./table-cells.ts";
import { readCell } from "./table-columns.ts";
import type { FoundCell } from "./table-cells.ts";

/** An ignore entry proposed for numbers that are rarely facts, with the numbers it would account for. */
export interface IgnoreCandidate {
  readonly pattern: string;
  readonly reason: string;
  readonly covers: readonly { readonly printed: string; readonly line: number }[];
}

/** A table the fact candidates read cells from, as facts files declare it. */
export interface TableCandidate {
  readonly id: string;
  readonly header: string;
}

export interface Candidates {
  readonly tables: readonly TableCandidate[];
  readonly facts: readonly FactCandidate[];
  readonly ignores: readonly IgnoreCandidate[];
  /** The day the text's year ends, when not December 31 ("August 31"), and whether its years are counted in weeks. */
  readonly yearEnd?: { readonly day: string; readonly weeks: boolean };
}

/**
 * Every number of a source text, each proposed either as a fact or as covered by an ignore entry, so that
 * an editor who confirms them all accounts for every number (as `npm run check` requires). Table cells
 * are proposed by row and column; other numbers by the sentence that prints them.
 */
export function findCandidates(raw: string, { filed }: { readonly filed?: string } = {}): Candidates {
  const source = readSource(raw, "source.txt");
  const { text } = source;
  const printed = findPrintedNumbers(text);
  const byDigits = new Map(printed.map((number) => [number.digits[0], number]));
  const yearEnd = fiscalYearEnd(text, filed);
  const weeks = printedWeeks(text);
  const mentions = periodMentions(text, yearEnd);
  const tables = foundTables(raw);
  const rules = ignoreRules(source);
  const ignored = (span: TextRange) =>
    rules.some(({ spans }) => spans.some((rule) => rule.start <= span.start && span.end <= rule.end));
  // A figure a period may belong to: a printed number that is neither part of a period nor ignored (a stock code, "90 day+").
  const figures = printed.filter(
    (number) =>
      !mentions.some((mention) => number.start < mention.end && mention.start < number.end) && !ignored(number),
  );
  const inSentences = sentences(source);
  // A table's cell is dated by its column or row, and owns no period of the sentence after the table.
  const cells = new Set(
    inSentences
      .filter((range) => inTable(source, range))
      .flatMap((range) => figures.filter((f) => f.start >= range.start && f.end <= range.end)),
  );
  const context: SentenceContext = {
    source,
    filed,
    printed,
    mentions,
    sentences: inSentences,
    figures,
    owners: periodOwners(
      text,
      figures.filter((figure) => !cells.has(figure)),
      mentions,
    ),
    nextId: uniqueIds(),
    abbreviations: abbreviations(text),
    aliases: aliases(text),
    issuers: issuerNames(text),
    levels: new Map(),
    periodsByName: new Map(),
    names: new Map(),
    shares: new Set(),
    reference: { period: undefined, sentence: -1, setBy: -1, text: undefined },
    openings: new Map(),
    yearEnd,
    weeks,
    forecast: { period: undefined },
    proposedAt: new Map(),
  };
  const facts: FactCandidate[] = [];
  for (const match of source.key.matchAll(numberPattern)) {
    const at = { start: match.index, end: match.index + match[0].length };
    const span = sourceSpan(source, at.start, at.end);
    const line = span.line;
    // Footnote and list markers print no number, and an ignore proposal always covers them.
    const number = byDigits.get(at.start);
    const reading = number && spelledPercent(parseNumber(text.slice(number.start, number.end)), text.slice(number.end));
    const cell = number && tableCell(source, tables, at);
    // After the digits as printed, its tabs kept: what tells a column label from a sentence's words.
    const bare =
      !reading || isBare(reading, match[0]) || isYearName(reading, match[0], raw.slice(span.end, span.end + 8));
    const rule = cell
      ? undefined
      : rules.find(
          ({ spans, anyForm }) =>
            (bare || anyForm) && spans.some((span) => span.start <= at.start && at.end <= span.end),
        );
    if (cell) {
      if (cell.named) cell.owner.used = true;
      // A table before any sentence with figures: of the period the text has stated so far.
      if (context.reference.text === undefined)
        readSentencesBefore(
          context,
          context.sentences.findIndex((range) => range.start <= at.start && at.start < range.end),
        );
      facts.push(cellCandidate(cell, rowSubject(cell, tables, raw), line, number, context, yearEnd));
    } else if (rule) {
      rule.covers.push({ printed: match[0], line });
    } else if (number && reading) {
      facts.push(sentenceCandidate(context, number, reading, line));
    }
  }
  return {
    ...(yearEnd && { yearEnd: { day: yearEndName(yearEnd), weeks: yearEnd.weeks } }),
    tables: tables
      .filter(({ used }) => used)
      .map(({ id, table }) => ({
        id,
        header: declaredHeader(
          table,
          raw,
          tables.map(({ table }) => table),
        ),
      })),
    facts,
    ignores: rules
      .filter(({ covers }) => covers.length)
      .map(({ pattern, reason, covers }) => ({ pattern, reason, covers })),
  };
}

/** The ignore proposals, each with the spans of the plain text it covers and the numbers it is found to cover. */
function ignoreRules({ key }: Source) {
  return ignoreProposals.map((rule) => ({
    ...rule,
    spans: Array.from(key.matchAll(new RegExp(rule.pattern, "g")), (match) => ({
      start: match.index,
      end: match.index + match[0].length,
    })),
    covers: [] as { printed: string; line: number }[],
  }));
}

function cellCandidate(
  { owner, row, column, cell, reading, named: byLabels }: FoundCell,
  subject: string,
  line: number,
  number: PrintedSpan,
  {
    nextId,
    reference,
    weeks,
    source,
    printed,
    sentences,
  }: Pick<SentenceContext, "nextId" | "reference" | "weeks" | "source" | "printed" | "sentences">,
  yearEnd: YearEnd | undefined,
): FactCandidate {
  const label = owner.table.columns[column]!;
  const caption = owner.caption;
  const dated = (of: string) =>
    columnPeriod(of, yearEnd, owner.table.columns, { caption, about: reference.text, weeks });
  const { name, measure, period: named, shown } = readCell({ owner, row, column, reading }, subject, dated, yearEnd);
  // A fiscal year counted in weeks keeps the name the text gives it ("q4-2013"), for the editor to date.
  const period = fiscalPeriod(named, yearEnd, weeks);
  const suffix = period ?? named;
  return {
    id: nextId(`${slug(name) || "row"}.${measure ? `${measure}.` : ""}${suffix ? periodSuffix(suffix) : slug(label)}`),
    label: shown,
    period,
    ...readingOf(plainText(cell.text), reading, owner.table, undefined),
    // A cell its labels cannot name is anchored by its row's line, still of its column's period.
    anchor: byLabels
      ? { table: owner.id, row: row.label, column: label }
      : quoteAnchor(
          source,
          printed,
          sentences,
          sentences.findIndex((range) => range.start <= number.start && number.start < range.end),
          number,
        ),
    line,
  };
}
