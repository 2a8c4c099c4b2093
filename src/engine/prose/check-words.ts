import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import Decimal from "decimal.js";
import { isFact } from "#engine/facts/fact.ts";
import type { RecountError } from "#engine/diagnostics/recount-error.ts";
import type { Fact } from "#engine/facts/fact.ts";
import type { CheckResult } from "#engine/checks/index.ts";
import { findPrintedNumbers, parseNumber } from "#engine/facts/parse-number.ts";
import { plainText } from "#engine/facts/plain.ts";
import { isCurrency, scaleExponent } from "#engine/quantity/unit.ts";
import type { FactsRegistry } from "#engine/facts/registry.ts";
import { readSource, type Source } from "#engine/facts/source.ts";
import { pageError } from "#engine/diagnostics/page-error.ts";
import type { EvaluatedCell } from "#engine/notebook/run-notebook.ts";
import { outputKind, shownTexts, valuesIn } from "#engine/notebook/output-kind.ts";
import { formatInterval, formatQualified } from "#engine/quantity/format.ts";
import type { Quantity } from "#engine/quantity/quantity.ts";
import { findQuotation } from "./find-quotation.ts";
import { frontmatterEnd } from "#engine/page/cells.ts";
import { readAnyYaml } from "#engine/yaml/yaml.ts";
import { fieldProse, pageProse, type PageProse, type Piece, type Quotation } from "#engine/page/prose.ts";

/** The fields of a claim card, on a section's page and in a filing's filing.yaml alike. */
const claimFields = [
  ["claim", "allegation"],
  ["claim", "answer"],
  ["claim", "summary"],
] as const;

/** Frontmatter fields readers see, as paths: every page its `title` and `description`, its claim card `claim`. */
const shownFields = [["title"], ["description"], ...claimFields] as const;

/** The texts at `paths` of YAML data, each with its line, for `fieldProse`. */
function fieldTexts(
  data: unknown,
  lineOf: (path: readonly PropertyKey[]) => number,
  paths: readonly (readonly string[])[],
): { text: string; line: number }[] {
  return paths.flatMap((path) => {
    const value = path.reduce<unknown>(
      (node, key) => (typeof node === "object" && node !== null ? (node as Record<string, unknown>)[key] : undefined),
      data,
    );
    return typeof value === "string" ? [{ text: value, line: lineOf(path) }] : [];
  });
}

/** Words that say how far a number is to be trusted; one written before a figure that prints its own is said twice. */
const qualifierWords =
  /\b(approximately|about|around|roughly|nearly|almost|some|more than|over|in excess of|at least|not less than|no less than|less than|under|up to|at most|not more than|no more than)\s*$/i;

export interface WordsContext {
  readonly file: string;
  readonly text: string;
  /** The page's filing: quotations are of its source unless they say otherwise. */
  readonly filing: string;
  readonly facts: FactsRegistry;
  /** The filings' source texts, read once for a whole verification (see `sourceReader`). */
  readonly source: SourceReader;
  /** The page's inline values by name, once its cells have run; without them, `{value}`s are not judged. */
  readonly values?: Readonly<Record<string, unknown>>;
}

/**
 * The words of a page checked against its filings, as the numbers are: every quotation a reader sees is
 * in the source of the filing it is attributed to; no qualifier is written before a figure that prints
 * one already; and no figure the filing qualifies ("approximately", "more than") is typed bare.
 */
export function wordErrors(context: WordsContext): RecountError[] {
  const prose = pageProse(context.text);
  const fields = frontmatterProse(context);
  const quotations = [...(fields?.quotations ?? []), ...prose.quotations].sort((a, b) => a.line - b.line);
  return [
    ...quotations.map((quotation) => quotationError(quotation, context)),
    ...(fields ? bareQualifiedFigures(fields.pieces, context, fields.line, asPrinted) : []),
    ...prose.pieces.map((piece) => unknownValue(piece, context, prose.line)),
    ...prose.pieces.map((piece, index) => doubledQualifier(prose.pieces[index - 1], piece, context, prose.line)),
    ...bareQualifiedFigures(prose.pieces, context, prose.line),
  ].filter((error) => error !== undefined);
}

/** The frontmatter fields a reader sees, as YAML reads them, each at its field's line. */
function frontmatterProse({ text }: WordsContext): PageProse | undefined {
  const lines = text.split(/\r?\n/);
  // From the opening --- (to YAML, a document's start), so that line n of the YAML is line n of the page.
  const { data, lineOf } = readAnyYaml(lines.slice(0, frontmatterEnd(lines) - 1).join("\n"));
  if (typeof data !== "object" || data === null) return undefined; // its errors are reported where pages are read
  return fieldProse(fieldTexts(data, lineOf, shownFields));
}

/** The hint for a qualified figure typed bare in a YAML field, which cannot hold a `<Fact>`. */
const asPrinted = (fact: Fact) => `write the figure as the filing prints it, "${fact.printed}", with its qualifier`;

/**
 * Quotations in a filing's title, summary and claim card, which its pages, the home page and the feed show:
 * each checked against the filing's own source, at its line of filing.yaml.
 */
export function filingWordErrors(
  { id, dir }: { readonly id: string; readonly dir: string },
  { root, facts, source }: { readonly root: string; readonly facts: FactsRegistry; readonly source: SourceReader },
): RecountError[] {
  const file = join(dir, "filing.yaml");
  const text = readFileSync(join(root, file), "utf8");
  const { data, lineOf } = readAnyYaml(text);
  const prose = fieldProse(fieldTexts(data, lineOf, [["title"], ["summary"], ...claimFields]));
  const context = { file, text, filing: id, facts, source };
  return [
    ...prose.quotations.map((quotation) => quotationError(quotation, context)),
    ...bareQualifiedFigures(prose.pieces, context, prose.line, asPrinted),
  ].filter((error) => error !== undefined);
}

/**
 * A `{name}` of prose that names nothing a cell on the page defines: MDX would read it from the page module's
 * own scope (its frontmatter, its imports), not from the notebook. Judged once the cells have run.
 */
function unknownValue(piece: Piece, context: WordsContext, line: (offset: number) => number): RecountError | undefined {
  if (piece.kind !== "value" || !context.values || Object.hasOwn(context.values, piece.name.split(".")[0]!))
    return undefined;
  return pageError(`{${piece.name}} names nothing a cell on this page defines`, {
    file: context.file,
    text: context.text,
    line: line(piece.offset),
    hint: "name a value a cell declares (const revenue2024 = …), or write the words as text",
  });
}

function quotationError(quotation: Quotation, context: WordsContext): RecountError | undefined {
  const { file, text, line } = { ...context, line: quotation.line };
  const filing = quotation.filing ?? context.filing;
  const rendered: string[] = [];
  for (const piece of quotation.pieces) {
    if (piece.kind === "value") {
      return pageError(`a computed value, {${piece.name}}, stands inside a quotation`, {
        file,
        text,
        line,
        hint: "a quotation holds the filing's words and figures only: close the quotation before the computed value",
      });
    }
    rendered.push(piece.kind === "fact" ? (printedFact(piece.id, context)?.printed ?? "") : piece.text);
  }
  const problem = misquotation(plainText(rendered.join("")), filing, context);
  return problem && pageError(problem.message, { file, text, line, hint: problem.hint });
}

/**
 * The words a page's cells put on it, checked as its prose is: the statements it shows as the filing's words,
 * in `notVerifiable`'s shape, as quotations whole; and every text a cell shows (its caption, text, tables, a
 * chart's caption and description: `shownTexts`), and each of its checks' label and declared discrepancy,
 * which the page and the ledger show, read for quotations and bare qualified figures as prose is, since a
 * cell's output is no more than data a page renders. Each error is at the line of the cell that spells the
 * words out, or else the cell's first line; a check's, at the line that makes it.
 */
export function cellWordErrors(
  context: Omit<WordsContext, "values"> & {
    readonly cells: readonly EvaluatedCell[];
    readonly checks: readonly CheckResult[];
  },
): RecountError[] {
  const { file, text, filing, cells, checks, facts, source } = context;
  const lines = text.split(/\r?\n/);
  // From the cell's opening fence, whose caption it shows.
  const lineOf = (cell: EvaluatedCell, words: string) => {
    const start = words.slice(0, 40);
    const at = lines.slice(cell.startLine - 2, cell.endLine).findIndex((line) => line.includes(start));
    return at < 0 ? cell.startLine : cell.startLine - 1 + at;
  };
  const statements = cells.flatMap((cell) =>
    valuesIn(cell.output).flatMap((value) => {
      const output = outputKind(value);
      if (output.kind !== "not-verifiable") return [];
      const { statement, filing: quoted = filing } = output.value;
      const problem = misquotation(plainText(statement), quoted, { facts, source });
      if (!problem) return [];
      return [pageError(problem.message, { file, text, line: lineOf(cell, statement), hint: problem.hint })];
    }),
  );
  const shown = [
    ...checks.flatMap(({ label, explanation, line }) =>
      [label, ...(explanation === undefined ? [] : [explanation])].map((words) => ({
        text: words,
        figures: true,
        line,
      })),
    ),
    ...cells.flatMap((cell) =>
      [
        ...(cell.options.caption === undefined ? [] : [{ text: cell.options.caption, figures: true }]),
        ...(cell.hasOutput ? shownTexts(cell.output) : []),
      ].map(({ text: words, figures }) => ({ text: words, figures, line: lineOf(cell, words) })),
    ),
  ];
  const prose = fieldProse(shown);
  const withFigures = fieldProse(shown.filter(({ figures }) => figures));
  return [
    ...statements,
    ...prose.quotations.map((quotation) => quotationError(quotation, context)),
    ...bareQualifiedFigures(
      withFigures.pieces,
      context,
      withFigures.line,
      (fact) => `show fact("${fact.id}"), which prints the figure with its qualifier and links it to its sentence`,
    ),
  ].filter((error) => error !== undefined);
}

/** A filing's source text by its id; undefined for a filing that has none. */
export type SourceReader = (filing: string) => Source | undefined;

/** Reads filings' sources as asked for, once each. */
export function sourceReader(root: string): SourceReader {
  const sources = new Map<string, Source | undefined>();
  return (filing) => {
    if (!sources.has(filing)) {
      const path = join(root, "content/filings", filing, "source.txt");
      sources.set(
        filing,
        existsSync(path)
          ? readSource(readFileSync(path, "utf8"), join("content/filings", filing, "source.txt"))
          : undefined,
      );
    }
    return sources.get(filing);
  };
}

/** What is wrong with a quotation attributed to `filing`, in an editor's words; undefined when it is the filing's. */
export function misquotation(
  words: string,
  filing: string,
  { facts, source }: { readonly facts: FactsRegistry; readonly source: SourceReader },
): { message: string; hint: string } | undefined {
  const quoted = source(filing);
  if (!quoted)
    return {
      message: `quotation attributed to filing "${filing}", which has no source text: "${words}"`,
      hint: "name a filing of content/filings",
    };
  const finding = findQuotation(quoted, words);
  if (finding.found) return undefined;
  const elsewhere = facts.filings
    .filter((other) => other !== filing)
    .find((other) => {
      const theirs = source(other);
      return theirs !== undefined && findQuotation(theirs, words).found;
    });
  if (elsewhere) {
    return {
      message: `quotation not found in ${quoted.file}, but it is in filing ${elsewhere}'s: "${words}"`,
      hint: `attribute it to the filing it comes from (<q data-filing="${elsewhere}">…</q>, or { filing: "${elsewhere}" } in a cell), and say in the sentence which document it is`,
    };
  }
  if (finding.outOfOrder) {
    return {
      message: `quotation's parts are out of order in ${quoted.file}: "${words}"`,
      hint: `"${finding.part}" comes before the words the quotation puts ahead of it in the source; quote the parts in the source's order, with … between them`,
    };
  }
  return {
    message: `quotation not found in ${quoted.file}: "${words}"`,
    hint: `the closest passage, at line ${finding.closest.line}, reads "${finding.closest.text}"; quote the source verbatim (… for omitted words, [brackets] for your own), or drop the quotation marks if these are not its words, and if they are the report's as the release tells them, write <AsCharacterised>…</AsCharacterised>`,
  };
}

/** "approximately <Fact …/>" where the fact prints "approximately 13.8%": the word twice. */
function doubledQualifier(
  before: Piece | undefined,
  piece: Piece,
  context: WordsContext,
  line: (offset: number) => number,
): RecountError | undefined {
  if (before?.kind !== "text" || piece.kind === "text") return undefined;
  const word = qualifierWords.exec(plainText(before.text) + (/\s$/.test(before.text) ? " " : ""))?.[1];
  if (!word) return undefined;
  const printed = piece.kind === "fact" ? printedFact(piece.id, context) : undefined;
  const shows =
    piece.kind === "fact"
      ? printed?.qualifier !== undefined && printed.printed
      : valueQualifier(context.values?.[piece.name]);
  if (!shows) return undefined;
  const what =
    piece.kind === "fact"
      ? `<Fact id="${piece.id}" />, which prints "${shows}"`
      : `{${piece.name}}, which prints "${shows}"`;
  return pageError(`qualifier written twice: "${word}" before ${what}`, {
    file: context.file,
    text: context.text,
    line: line(piece.offset),
    hint: `delete "${word}": the figure carries its own qualifier`,
  });
}

/** How an inline value prints when it carries a qualifier: a fact as printed, a computed value with "about" or "more than". */
function valueQualifier(value: unknown): string | undefined {
  if (typeof value !== "object" || value === null || !Decimal.isDecimal((value as Partial<Quantity>).lo))
    return undefined;
  const quantity = value as Quantity;
  if (isFact(quantity)) return quantity.qualifier ? quantity.printed : undefined;
  if (!quantity.lo.isFinite() || !quantity.hi.isFinite()) return formatInterval(quantity);
  return quantity.approximate ? formatQualified(quantity) : undefined;
}

/**
 * A figure the filing prints with a qualifier, typed in prose as plain text without it ("US$180 million"
 * for "approximately US$180 million"): the reader loses the word, and the figure its link. Figures are
 * compared by value, unit and scale, not spelling, so "US$ 150 million", "US$0.15 billion" and "US$150 mn"
 * are all the fact "approximately US$150 million"; whitespace of any kind, no-break spaces included, is one space.
 */
function bareQualifiedFigures(
  pieces: readonly Piece[],
  context: WordsContext,
  line: (offset: number) => number,
  hint: (fact: Fact) => string = (fact) =>
    `write <Fact id="${fact.id}" />: it prints the figure with its qualifier and links it to its sentence`,
): RecountError[] {
  const qualified = [...context.facts.read(context.filing).facts.values()].filter((fact) => fact.qualifier);
  if (!qualified.length) return [];
  const errors: RecountError[] = [];
  for (const piece of pieces) {
    if (piece.kind !== "text") continue;
    const words = plainText(piece.text);
    for (const span of findPrintedNumbers(words)) {
      const figure = words.slice(span.start, span.end);
      const read = parseNumber(figure);
      if (!read) continue;
      const magnitude = read.value.times(new Decimal(10).pow(scaleExponent[read.scale ?? "one"]));
      const fact = qualified.find(
        (each) =>
          (read.unit === undefined ? !isCurrency(each.unit) && each.unit !== "percent" : each.unit === read.unit) &&
          each.value.equals(magnitude) &&
          each.qualifier !== read.qualifier,
      );
      if (!fact) continue;
      const digits = words.slice(...span.digits);
      errors.push(
        pageError(
          `approximate figure shown without its qualifier: "${figure}", which the filing prints "${fact.printed}"`,
          {
            file: context.file,
            text: context.text,
            // The figure's digits, found in the page's own text, give its line.
            line: line(piece.offset + Math.max(0, piece.text.indexOf(digits))),
            hint: hint(fact),
          },
        ),
      );
    }
  }
  return errors;
}

function printedFact(id: string, context: WordsContext): Fact | undefined {
  try {
    return context.facts.fact(id, { filing: context.filing });
  } catch {
    // An unknown fact is reported where the page renders it; here it has no words to compare.
    return undefined;
  }
}
