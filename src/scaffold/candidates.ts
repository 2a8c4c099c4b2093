import { printedDirection, type PrintedDirection } from "../facts/direction.ts";
import { numberPattern } from "../facts/coverage.ts";
import type { Qualifier } from "../facts/fact.ts";
import { findPrintedNumbers, parseNumber } from "../facts/parse-number.ts";
import type { PrintedNumber, PrintedSpan } from "../facts/parse-number.ts";
import { plainText } from "../facts/plain.ts";
import { readSource, sourceSpan } from "../facts/source.ts";
import type { Source } from "../facts/source.ts";
import { findTables } from "../facts/table.ts";
import type { Table, TableCell, TableRow } from "../facts/table.ts";
import { isCurrency } from "../quantity/unit.ts";
import type { Scale, Unit } from "../quantity/unit.ts";
import { choosePeriod } from "./choose-period.ts";
import { ignoreProposals } from "./ignore-proposals.ts";
import { columnPeriod, periodMentions } from "./period-mentions.ts";
import type { PeriodMention } from "./period-mentions.ts";
import { labelOf, leadingWords, namingWords, periodSuffix, saysChange, slug, uniqueIds } from "./proposed-name.ts";
import { quoteAnchor } from "./quote-anchor.ts";
import { sentences } from "./sentences.ts";
import type { TextRange } from "./sentences.ts";

/** A number of the source proposed as a fact: what it reads as, a proposed id, label and period, and its anchor. */
export interface FactCandidate {
  readonly id: string;
  readonly label: string;
  /** As facts files write it (FY2024, 2024-12-31); undefined when the sentence states none. */
  readonly period: string | undefined;
  /** The number as the source prints it, and how it reads: unit and scale (a table's unit line applied), sign, qualifier. */
  readonly printed: string;
  readonly unit: Unit | undefined;
  readonly scale: Scale | undefined;
  readonly sign: "positive" | "negative";
  /** The direction the words before it print, which makes "a decrease of 5%" negative. */
  readonly direction: PrintedDirection | undefined;
  readonly qualifier: Qualifier | undefined;
  /** A sentence that prints it, with the number named when it prints several; or a table cell. */
  readonly anchor: { readonly quote: string; readonly number: string | undefined } | { readonly table: string; readonly row: string; readonly column: string };
  /** Its line in the source. */
  readonly line: number;
}

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
}

/**
 * Every number of a source text, each proposed either as a fact or as covered by an ignore entry, so that
 * an editor who confirms them all accounts for every number (as `npm run check` requires). Table cells
 * are proposed by row and column; other numbers by the sentence that prints them.
 */
export function findCandidates(raw: string): Candidates {
  const source = readSource(raw, "source.txt");
  const { text } = source;
  const printed = findPrintedNumbers(text);
  const byDigits = new Map(printed.map((number) => [number.digits[0], number]));
  const mentions = periodMentions(text);
  const tables = findTables(raw).map((table, i): FoundTable => ({ table, id: `table-${i + 1}`, used: false }));
  const rules = ignoreRules(source);
  const context: SentenceContext = {
    source,
    printed,
    mentions,
    sentences: sentences(source),
    // A figure a period may belong to: a printed number that is not itself part of a period.
    figures: printed.filter((number) => !mentions.some((mention) => number.start < mention.end && mention.start < number.end)),
    nextId: uniqueIds(),
    taken: new Set(),
    named: new Map(),
  };
  const facts: FactCandidate[] = [];
  for (const match of text.matchAll(numberPattern)) {
    const at = { start: match.index, end: match.index + match[0].length };
    const line = sourceSpan(source, at.start, at.end).line;
    // Footnote and list markers print no number, and an ignore proposal always covers them.
    const number = byDigits.get(at.start);
    const reading = number && parseNumber(text.slice(number.start, number.end));
    const cell = number && tableCell(source, tables, at);
    const rule = !cell && (!reading || isBare(reading, match[0])) ? rules.find(({ spans }) => spans.some((span) => span.start <= at.start && at.end <= span.end)) : undefined;
    if (cell) {
      cell.owner.used = true;
      facts.push(cellCandidate(cell, line, context.nextId));
    } else if (rule) {
      rule.covers.push({ printed: match[0], line });
    } else if (number && reading) {
      facts.push(sentenceCandidate(context, number, reading, line));
    }
  }
  return {
    tables: tables.filter(({ used }) => used).map(({ id, table }) => ({ id, header: declaredHeader(table, raw, tables.map(({ table }) => table)) })),
    facts,
    ignores: rules.filter(({ covers }) => covers.length).map(({ pattern, reason, covers }) => ({ pattern, reason, covers })),
  };
}

/** The ignore proposals, each with the spans of the plain text it covers and the numbers it is found to cover. */
function ignoreRules({ key }: Source) {
  return ignoreProposals.map((rule) => ({
    ...rule,
    spans: Array.from(key.matchAll(new RegExp(rule.pattern, "g")), (match) => ({ start: match.index, end: match.index + match[0].length })),
    covers: [] as { printed: string; line: number }[],
  }));
}

/** What proposing a number by its sentence needs to know of the whole text, and of the numbers proposed before it. */
interface SentenceContext {
  readonly source: Source;
  readonly printed: readonly PrintedSpan[];
  readonly mentions: readonly PeriodMention[];
  readonly sentences: readonly TextRange[];
  readonly figures: readonly PrintedSpan[];
  readonly nextId: (id: string) => string;
  /** The periods already taken by the number they follow. */
  readonly taken: Set<PeriodMention>;
  /** The words that named the last number of each sentence, by sentence. */
  readonly named: Map<number, string[]>;
}

function sentenceCandidate(context: SentenceContext, number: PrintedSpan, reading: PrintedNumber, line: number): FactCandidate {
  const { source, printed, mentions, sentences, figures, nextId, taken, named } = context;
  const { text } = source;
  const sentence = sentences.findIndex((range) => range.start <= number.start && number.start < range.end);
  const range = sentences[sentence]!;
  const inSentence = (span: TextRange) => span.start >= range.start && span.end <= range.end;
  const previous = figures.filter((figure) => inSentence(figure) && figure.end <= number.start).at(-1);
  const period = choosePeriod(text, { number, previous, sentence: mentions.filter(inSentence) }, taken);
  const { words, change } = naming(text, { number, previous, range, reading, mentions, figures, earlier: named.get(sentence) });
  named.set(sentence, words);
  return {
    id: nextId([slug(words), change ? "change" : "", period ? periodSuffix(period) : ""].filter(Boolean).join(".")),
    label: `${labelOf(words)}${change ? ", change" : ""}`,
    period,
    ...readingOf(text.slice(number.start, number.end), reading, {}, printedDirection(text.slice(range.start, number.start))),
    anchor: quoteAnchor(source, printed, sentences, sentence, number),
    line,
  };
}

/** Printed without anything that makes it a figure: no currency, scale, %, qualifier, sign, decimals or thousands separator. */
function isBare(reading: PrintedNumber, digits: string): boolean {
  return reading.unit === undefined && reading.scale === undefined && reading.qualifier === undefined && reading.sign === 1 && !/[.,]/.test(digits);
}

function readingOf(printed: string, reading: PrintedNumber, context: { unit?: Unit | undefined; scale?: Scale | undefined }, direction: PrintedDirection | undefined) {
  const unit = reading.unit ?? context.unit;
  const negative = reading.sign === -1 || (direction?.way === "decrease");
  return {
    printed,
    unit,
    scale: reading.scale ?? context.scale ?? (unit && !isCurrency(unit) ? "one" : undefined),
    sign: negative ? "negative" : "positive",
    direction,
    qualifier: reading.qualifier,
  } as const;
}

/**
 * The words that name a number: for a count ("4,200 employees") the words after it; otherwise the last
 * clause between the previous figure and it ("Net income for the fourth quarter of 2024 was"); else the
 * name of the sentence's previous figure, as in "RMB 17.0 billion in 2022 and RMB 16.0 billion in 2023";
 * else the sentence's subject. A percentage after "up" or "down" is a change.
 */
function naming(
  text: string,
  { number, previous, range, reading, mentions, figures, earlier }: {
    number: PrintedSpan;
    previous: TextRange | undefined;
    range: TextRange;
    reading: PrintedNumber;
    mentions: readonly PeriodMention[];
    figures: readonly PrintedSpan[];
    /** The words that named the sentence's previous candidate. */
    earlier: readonly string[] | undefined;
  },
): { words: string[]; change: boolean } {
  const withoutPeriods = (start: number, end: number) => {
    let passage = "";
    for (let i = start; i < end; i++) passage += mentions.some((mention) => mention.start <= i && i < mention.end) ? " " : text[i];
    return passage;
  };
  const before = withoutPeriods(previous?.end ?? range.start, number.start);
  const change = reading.unit === "percent" && saysChange(before);
  const after = reading.unit === undefined ? leadingWords(/^[^,.;:()\d]*/.exec(text.slice(number.end, range.end))![0]).slice(0, 2) : [];
  const subjectEnd = figures.find((figure) => figure.start >= range.start && figure.start < range.end)?.start ?? number.start;
  const options = [
    after,
    namingWords(before.split(/[,;:]/).at(-1)!).slice(-3),
    namingWords(before).slice(-3),
    earlier ?? [],
    namingWords(withoutPeriods(range.start, subjectEnd)).slice(0, 3),
  ];
  return { words: [...(options.find((words) => words.length) ?? ["number"])], change };
}

interface FoundTable {
  readonly table: Table;
  readonly id: string;
  used: boolean;
}

interface FoundCell {
  readonly owner: FoundTable;
  readonly row: TableRow;
  readonly column: number;
  readonly cell: TableCell;
  readonly reading: PrintedNumber;
}

/**
 * The body cell of a table whose number is at `at`, when a cell anchor can name it: the cell prints one
 * number, and its row and column labels are there and name no other row or column.
 */
function tableCell(source: Source, tables: FoundTable[], at: TextRange): FoundCell | undefined {
  const { start, end } = sourceSpan(source, at.start, at.end);
  for (const owner of tables) {
    const { rows, columns } = owner.table;
    for (const row of rows) {
      const column = row.cells.findIndex((cell) => cell.start <= start && end <= cell.end);
      if (column < 0) continue;
      const cell = row.cells[column]!;
      const reading = parseNumber(cell.text);
      const unique = (labels: readonly string[], label: string) => label !== "" && labels.filter((other) => other === label).length === 1;
      const named = unique(rows.map(({ label }) => label), row.label) && unique(columns, columns[column]!);
      return reading && named ? { owner, row, column, cell, reading } : undefined;
    }
  }
  return undefined;
}

function cellCandidate({ owner, row, column, cell, reading }: FoundCell, line: number, nextId: (id: string) => string): FactCandidate {
  const label = owner.table.columns[column]!;
  const period = columnPeriod(label);
  return {
    id: nextId(`${slug(row.label) || "row"}.${period ? periodSuffix(period) : slug(label)}`),
    label: row.label,
    period,
    ...readingOf(plainText(cell.text), reading, owner.table, undefined),
    anchor: { table: owner.id, row: row.label, column: label },
    line,
  };
}

/** A table's header as its declaration quotes it: the unit line, or the whole header line when another table starts the same way. */
function declaredHeader(table: Table, raw: string, all: readonly Table[]): string {
  const first = table.rows[0]?.start ?? raw.length;
  const headerLine = raw.slice(raw.lastIndexOf("\n", first - 2) + 1, first - 1);
  const unitCell = plainText(headerLine.split("\t")[0]!);
  return unitCell && all.filter(({ header }) => header.startsWith(unitCell)).length === 1 ? unitCell : table.header;
}
