import type { RecountError } from "#engine/diagnostics/recount-error.ts";
import type { Anchor, SourceSpan } from "./fact.ts";
import type { FactsFileReading, Path } from "./facts-file.ts";
import { closestPassage } from "./closest-passage.ts";
import type { PrintedSpan } from "./parse-number.ts";
import { plainText } from "./plain.ts";
import type { FactEntry } from "./schema.ts";
import { lineAt, matchKey, occurrences, rawSpan, sourceSpan } from "./source.ts";
import type { Source } from "./source.ts";
import { labelKey } from "./table.ts";
import type { SourceTable } from "./table.ts";

/** A filing's source as facts are found in it. */
export interface FilingText {
  readonly source: Source;
  /** Every printed number of the plain text, found once. */
  readonly numbers: readonly PrintedSpan[];
  /** Declared tables by id; undefined for one declared but not in the source (reported already). */
  readonly tables: ReadonlyMap<string, SourceTable | undefined>;
}

/** Where a fact's printed form is, read from the source at its anchor. */
export interface Anchored {
  readonly printed: string;
  readonly span: SourceSpan;
  readonly quote: string;
  readonly quoteSpan: SourceSpan;
  readonly anchor: Anchor;
  /** A quote's words before the printed number, which may give it a direction ("a decrease of"); "" in a table. */
  readonly before: string;
  /** …and after it ("a 2 percent decrease"); "" in a table. */
  readonly after: string;
  /**
   * The source's words just before the printed number, inside the quote or not: the low end of a range it ends
   * ("approximately $0.12 to"); "" in a table.
   */
  readonly preceding: string;
  /** The unit line of the fact's table, if it has one. */
  readonly table: SourceTable | undefined;
  /**
   * Whether the number is printed in a table's line (its cells separated by tabs), however the fact is anchored: a
   * cell reads "(3%)" as −3%, as the table means it (a sentence's "(45.2%)" is an aside).
   */
  readonly inTableLine: boolean;
}

/**
 * Finds a fact's printed number at its anchor, or throws a RecountError saying what is wrong.
 * Undefined when its table is missing from the source, an error reported for the table already.
 */
export function findAtAnchor(
  entry: FactEntry,
  path: Path,
  text: FilingText,
  file: FactsFileReading,
): Anchored | undefined {
  return entry.cell ? findAtCell(entry.cell, [...path, "cell"], text, file) : findAtQuote(entry, path, text, file);
}

/** The start indices of a typed quote in the plain text; throws when it is absent (or, if `unique`, repeated). */
export function findQuote(
  source: Source,
  quote: string,
  error: (message: string, hint: string) => RecountError,
  { unique = true } = {},
): number[] {
  const starts = occurrences(source, quote);
  if (!starts.length) {
    const closest = closestPassage(source.key, matchKey(quote));
    const { line } = sourceSpan(source, closest.start, closest.end);
    throw error(
      `quote not found in ${source.file}: "${quote}"`,
      `the closest passage, at line ${line}, reads "${source.text.slice(closest.start, closest.end)}"; copy the quote from the source verbatim (\\$ may be typed $, a line break as a space)`,
    );
  }
  if (unique && starts.length > 1) {
    const lines = starts.map((start) => sourceSpan(source, start, start + 1).line);
    throw error(
      `quote occurs ${starts.length} times in ${source.file}: "${quote}"`,
      `lengthen it until it occurs once (it occurs at lines ${lines.join(", ")})`,
    );
  }
  return starts;
}

function findAtQuote(entry: FactEntry, path: Path, { source, numbers }: FilingText, file: FactsFileReading): Anchored {
  const quote = entry.quote!;
  const start = findQuote(source, quote, (message, hint) => file.error([...path, "quote"], message, hint))[0]!;
  const end = start + matchKey(quote).length;
  const inQuote = numbers.filter(({ digits }) => digits[0] >= start && digits[1] <= end);
  const found = pickNumber(entry, path, { source, inQuote, start, end }, file);
  const inTableLine = lineAt(source.raw, sourceSpan(source, found.start, found.end).start).includes("\t");
  // A table's "(3%)" is its cell, −3%, however the quote cuts the line (the reader finds "3%" in the brackets).
  const bracketed =
    inTableLine && source.text[found.start - 1] === "(" && /^\s*\)/.test(source.text.slice(found.end, found.end + 2));
  const number = bracketed
    ? { start: found.start - 1, end: found.end + source.text.slice(found.end).indexOf(")") + 1 }
    : found;
  return {
    printed: source.text.slice(number.start, number.end),
    span: sourceSpan(source, number.start, number.end),
    quote: source.text.slice(start, end),
    quoteSpan: sourceSpan(source, start, end),
    anchor: { kind: "quote", quote },
    before: source.text.slice(start, number.start),
    after: source.text.slice(number.end, end),
    preceding: source.text.slice(Math.max(0, number.start - 80), number.start),
    table: undefined,
    inTableLine,
  };
}

/**
 * The printed number a quote fact is: the quote's only one, or the one `number:` names. It is read whole
 * from the source, so a qualifier or scale word next to the quote still counts ("more than" is never lost).
 */
function pickNumber(
  entry: FactEntry,
  path: Path,
  { source, inQuote, start, end }: { source: Source; inQuote: readonly PrintedSpan[]; start: number; end: number },
  file: FactsFileReading,
): PrintedSpan {
  const list = (numbers: readonly PrintedSpan[]) =>
    numbers.map((number) => `"${source.text.slice(number.start, number.end)}"`).join(", ");
  if (entry.number === undefined) {
    if (inQuote.length === 1) return inQuote[0]!;
    // The example is a figure, not the year a quote so often prints first ("In 2015, revenue was …").
    const example = inQuote.find((number) => !/^(?:19|20)\d\d$/.test(source.text.slice(number.start, number.end)));
    throw inQuote.length
      ? file.error(
          [...path, "quote"],
          `quote prints ${inQuote.length} numbers, so fact "${entry.id}" must say which: ${list(inQuote)}`,
          `add number: with the one it is, e.g. number: ${list([example ?? inQuote[0]!])}`,
        )
      : file.error(
          [...path, "quote"],
          `quote prints no number: "${entry.quote}"`,
          "quote the passage that prints the fact's number",
        );
  }
  const needle = matchKey(entry.number);
  // Each place the quote prints it, with the printed numbers whose digits it holds whole: "80" in "7,180
  // tractors, up 80" names the second figure, not the end of the first.
  const places: PrintedSpan[][] = [];
  for (
    let at = source.key.indexOf(needle, start);
    at >= 0 && at + needle.length <= end;
    at = source.key.indexOf(needle, at + 1)
  )
    places.push(inQuote.filter(({ digits }) => digits[0] >= at && digits[1] <= at + needle.length));
  if (!places.length) {
    throw file.error(
      [...path, "number"],
      `number "${entry.number}" is not in its quote "${entry.quote}"`,
      inQuote.length
        ? `the quote prints ${list(inQuote)}; copy one into number:`
        : "the quote prints no number; quote the passage that prints it",
    );
  }
  const whole = places.filter((numbers) => numbers.length);
  // "$13.6 million, or $0.54 per diluted share, against … $0.54 per diluted share": a number the quote prints
  // twice as written could be either; the first is not assumed ("0.01" beside "(0.01)" is the one written so).
  const exact = whole.filter((numbers) =>
    numbers.some((number) => source.key.slice(number.start, number.end) === needle),
  );
  if (exact.length > 1) {
    throw file.error(
      [...path, "number"],
      `number "${entry.number}" is printed ${exact.length} times in its quote, so which one the fact is cannot be told`,
      "shorten the quote to the clause that prints the fact's one",
    );
  }
  const named = exact[0] ?? whole[0] ?? [];
  if (!named.length) {
    throw file.error(
      [...path, "number"],
      `number "${entry.number}" is part of a longer printed number of its quote, not a number of its own`,
      `copy the whole printed number into number:, one of ${list(inQuote)}`,
    );
  }
  if (named.length === 1) return named[0]!;
  throw file.error(
    [...path, "number"],
    `number "${entry.number}" names ${named.length} printed numbers, not one`,
    `shorten it to one of ${list(inQuote)}`,
  );
}

function findAtCell(
  cell: NonNullable<FactEntry["cell"]>,
  path: Path,
  { source, tables }: FilingText,
  file: FactsFileReading,
): Anchored | undefined {
  if (!tables.has(cell.table)) {
    throw file.error(
      [...path, "table"],
      `cell refers to table "${cell.table}", which is not declared`,
      `declare it under tables: (declared: ${[...tables.keys()].join(", ") || "none"})`,
    );
  }
  const table = tables.get(cell.table);
  if (!table) return undefined;
  const rowLabel = labelKey(cell.row);
  const rows = table.rows.filter(({ label }) => label === rowLabel);
  // Two rows of one label ("Other" under revenues and under expenses): a name that could be either is refused,
  // where taking the first would publish one row's figure as the other's.
  if (rows.length > 1) throw ambiguous(file, [...path, "row"], cell.table, "rows", cell.row, rows.length);
  const [row] = rows;
  if (!row) {
    throw file.error(
      [...path, "row"],
      `table ${cell.table} has no row "${cell.row}"`,
      `its rows are ${table.rows.map(({ label }) => `"${label}"`).join(", ")}`,
    );
  }
  const columnLabel = labelKey(cell.column);
  const columns = table.columns.filter((label) => label === columnLabel).length;
  if (columns > 1) throw ambiguous(file, [...path, "column"], cell.table, "columns", cell.column, columns);
  const column = table.columns.indexOf(columnLabel);
  if (column < 0) {
    throw file.error(
      [...path, "column"],
      `table ${cell.table} has no column "${cell.column}"`,
      `its columns are ${table.columns.map((label) => `"${label}"`).join(", ")}`,
    );
  }
  const { text, start, end } = row.cells[column]!;
  if (!text) {
    throw file.error(
      path,
      `the cell "${row.label}" × "${table.columns[column]}" of table ${cell.table} is empty`,
      "it prints no number; anchor the fact at a cell that does",
    );
  }
  return {
    printed: plainText(text),
    span: rawSpan(source, start, end),
    quote: row.text,
    quoteSpan: rawSpan(source, row.start, row.end),
    anchor: { kind: "cell", table: cell.table, row: row.label, column: table.columns[column]! },
    before: "",
    preceding: "",
    after: "",
    table,
    inTableLine: true,
  };
}

/** The error for a cell named by a row or column label its table prints more than once. */
function ambiguous(file: FactsFileReading, path: Path, table: string, what: string, label: string, count: number) {
  return file.error(
    path,
    `table ${table} has ${count} ${what} "${label}", so the cell this names could be in either`,
    "anchor the fact by its quote instead: the line of its row as quote:, its number as number:, and the unit: and scale: its table's unit line gives",
  );
}
