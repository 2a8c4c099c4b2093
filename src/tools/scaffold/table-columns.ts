import { parsePeriod } from "#engine/facts/period.ts";
import type { SourceTable, TableRow } from "#engine/facts/table.ts";
import type { YearEnd } from "./fiscal-year.ts";
import { periodMentions } from "./period-mentions.ts";

/**
 * A column of changes: its label ends on a word of change ("% Change", "Change %", "Three Months Ended September 30,
 * Change") or is one ("Amount", "Percent").
 */
const change =
  /^(.*?)[\s,]*(?:(?:%|percent(?:age)?|\$)\s*)?(?:change|chg\.?|variance)(?:\s*\(?%\)?)?$|^(?:amount|percent|%|\$)$/i;

/**
 * The label of the column the `column`-th, a column of changes, is the change to ("Three Months Ended September
 * 30, Change" beside "… 2021" and "… 2020"; "% Change" or "Amount" after "2021" and "2020"): of the columns since
 * the last column of changes that start as its label does, the one whose period ends last; undefined for another
 * column.
 */
export function changeOf(
  column: number,
  columns: readonly string[],
  dated: (label: string) => string | undefined,
): string | undefined {
  const match = change.exec(columns[column]!);
  if (!match) return undefined;
  const prefix = match[1] ?? "";
  // The columns it follows, past the other columns of changes beside it ("Amount", then "Percent").
  const before = columns.slice(0, column);
  while (before.length && change.test(before.at(-1)!)) before.pop();
  const group = before.slice(before.findLastIndex((other) => change.test(other)) + 1);
  return latestColumn(
    group.filter((other) => other.startsWith(prefix)),
    dated,
  );
}

/** Of column labels, the one whose period ends last; undefined when none names a period. */
export function latestColumn(
  columns: readonly string[],
  dated: (label: string) => string | undefined,
): string | undefined {
  const end = (other: string) => {
    const period = parsePeriod(dated(other) ?? "");
    return period?.kind === "duration" ? period.end : period?.kind === "instant" ? period.date : "";
  };
  return columns
    .filter((other) => end(other))
    .reduce<string | undefined>((latest, other) => (latest && end(latest) >= end(other) ? latest : other), undefined);
}

/** Whether a label names changes ("% Change", "Amount", "Percent", a row's "Q/Q" or "Y/Y"), of a column or of a row. */
export function isChange(label: string): boolean {
  return (
    change.test(label) || againstQuarterBefore.test(label) || /^(?:y\/y|yoy|year[- ]over[- ]year)$/i.test(label.trim())
  );
}

/** A row of changes against the quarter before ("Q/Q", "Sequential"). */
export const againstQuarterBefore = /^\s*(?:q\/q|qoq|sequential|quarter[- ]over[- ]quarter)\s*$/i;

/**
 * The words a column's label gives beside its period ("2Q 2018 Sales", "2Q 2018 Mix"): what its cells are, the
 * figure ("sales") or a share of the one beside it ("Mix", "% of Total"); "" for a label that is its period alone.
 */
export function besidePeriod(label: string, yearEnd: YearEnd | undefined): string {
  let words = label;
  for (const mention of periodMentions(label, yearEnd).toReversed())
    words = words.slice(0, mention.start) + " " + words.slice(mention.end);
  // What is left of the period's own words ("Three months 2031", "Year Ended December 31, 2031") names nothing.
  const periodWords =
    /\b(?:three|six|nine|twelve|thirteen|fourteen|months?|years?|quarters?|halfs?|weeks?|ended|ending|fiscal|first|second|third|fourth|full|to[- ]date|ytd|period|fy|of|the|and|as|at)\b/gi;
  return words
    .replace(unitWords, " ")
    .replace(periodWords, " ")
    .replace(/\S*\d\S*|[,:]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** Whether a column's words say its cells are each a share of a whole: "Mix", "% of Total", "% of Sales". */
export const shareWords = /^(?:mix|of (?:total|sales|net sales|revenues?))$/i;

/** The nearest row above `row` that holds figures of its own, not their changes: what a "% Change" row is of. */
export function rowAbove(table: SourceTable, row: TableRow): TableRow | undefined {
  return table.rows.slice(0, table.rows.indexOf(row)).findLast((other) => !isChange(other.label));
}

/**
 * The change a column of changes holds: `growth` where it is a percentage ("% Change", "Percent", or its cells
 * print "%"), else an amount, `increase` or `decrease` as its cell's sign says (README).
 */
export function changeMeasure(label: string, percent: boolean, sign: 1 | -1): string {
  return percent || /%|percent/i.test(label) ? "growth" : sign < 0 ? "decrease" : "increase";
}

/** Words a column label gives its cells' unit or scale in, which name no figure. */
const unitWords = /\([^()]*\)|[$%]|\b(?:in\s+)?(?:thousands|millions|billions)\b/gi;
/** What a change is compared with: "To Last Year", "vs. Prior Year". */
const base = /\b(?:to|vs\.?|versus|over|from)\s+(?:last|prior|previous)\s+year\b/gi;

/**
 * What a column names when it names a figure, not a period ("Net Sales $ Millions", "Comparable Store Sales %
 * Change Last Year" of a table of divisions): the figure's words, whether it is a change, and whether it is of the
 * year before the table's period ("Last Year", where "This Year" is the table's own). Undefined for a label of
 * changes or units alone ("Amount", "% Change").
 */
export function columnMeasure(
  label: string,
): { readonly words: string; readonly changed: boolean; readonly yearBefore: boolean } | undefined {
  // A label says it holds a figure by its unit, scale or change ("$ Millions", "% Change"); one without them
  // ("U.S. Dollar", "At Constant Exchange Rates", "Operating Income (Loss)") says how or names the figure of a
  // row's, and one with digits when ("Three months 2031").
  if (/\d/.test(label) || !/[$%]|\b(?:thousands|millions|billions|change|chg|growth)\b/i.test(label)) return undefined;
  const plain = label.replace(unitWords, " ").replace(base, " ");
  const yearBefore = /\b(?:last|prior|previous)\s+year\b/i.test(plain);
  const words = plain
    .replace(/\b(?:this|last|prior|previous)\s+year\b|\b(?:change|chg|growth|amount|percent(?:age)?|variance)\b/gi, " ")
    .replace(/\s+/g, " ")
    .trim();
  // "Organic Revenue Growth %": the growth of organic revenue.
  return /[a-z]/i.test(words) ? { words, changed: /\b(?:change|chg|growth)\b/i.test(plain), yearBefore } : undefined;
}
