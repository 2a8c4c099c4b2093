import { parsePeriod } from "#engine/facts/period.ts";
import type { SourceTable, TableRow } from "#engine/facts/table.ts";
import type { YearEnd } from "./fiscal-year.ts";
import { periodMentions, yearBefore } from "./period-mentions.ts";
import { rowName } from "./table-cells.ts";
import type { FoundCell } from "./table-cells.ts";

/** Words a column label gives its cells' unit or scale in, which name no figure. */
const unitWords = /\([^()]*\)|\$\s?(?:MM|M|B|K)\b|[$%]|\b(?:in\s+)?(?:thousands|millions|billions)\b/gi;
/** What a change is compared with: "To Last Year", "vs. Prior Year". */
const comparedWith = /\b(?:to|vs\.?|versus|over|from)\s+(?:last|prior|previous)\s+year\b/gi;
/** Words beside a column's period that give its figure's basis, said before the figure's name ("Adjusted net sales"). */
const basisWords = /^(?:as reported|reported|adjusted|gaap|non-gaap|pro forma|comparable|organic)$/i;

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
function changeOf(
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
function latestColumn(columns: readonly string[], dated: (label: string) => string | undefined): string | undefined {
  const end = (other: string) => {
    const period = parsePeriod(dated(other) ?? "");
    return period?.kind === "duration" ? period.end : period?.kind === "instant" ? period.date : "";
  };
  return columns
    .filter((other) => end(other))
    .reduce<string | undefined>((latest, other) => (latest && end(latest) >= end(other) ? latest : other), undefined);
}

/** A row of changes against the quarter before ("Q/Q", "Sequential"). */
const quarterOnQuarterRow = /^\s*(?:q\/q|qoq|sequential|quarter[- ]over[- ]quarter)\s*$/i;

/** Whether a label names changes ("% Change", "Amount", "Percent", a row's "Q/Q" or "Y/Y"), of a column or of a row. */
function isChange(label: string): boolean {
  return (
    change.test(label) || quarterOnQuarterRow.test(label) || /^(?:y\/y|yoy|year[- ]over[- ]year)$/i.test(label.trim())
  );
}

/**
 * The words a column's label gives beside its period ("2Q 2018 Sales", "2Q 2018 Mix"): what its cells are, the
 * figure ("sales") or a share of the one beside it ("Mix", "% of Total"); "" for a label that is its period alone.
 */
function besidePeriod(label: string, yearEnd: YearEnd | undefined): string {
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
const shareWords = /^(?:mix|of (?:total|sales|net sales|revenues?))$/i;

/** The nearest row above `row` that holds figures of its own, not their changes: what a "% Change" row is of. */
function rowAbove(table: SourceTable, row: TableRow): TableRow | undefined {
  return table.rows.slice(0, table.rows.indexOf(row)).findLast((other) => !isChange(other.label));
}

/**
 * The change a column of changes holds: `growth` where it is a percentage ("% Change", "Percent", or its cells
 * print "%"), else an amount, `increase` or `decrease` as its cell's sign says (README).
 */
function changeMeasure(label: string, percent: boolean, sign: 1 | -1): string {
  return percent || /%|percent/i.test(label) ? "growth" : sign < 0 ? "decrease" : "increase";
}

/**
 * What a column names when it names a figure, not a period ("Net Sales $ Millions", "Comparable Store Sales %
 * Change Last Year" of a table of divisions): the figure's words, whether it is a change, and whether it is of the
 * year before the table's period ("Last Year", where "This Year" is the table's own). Undefined for a label of
 * changes or units alone ("Amount", "% Change").
 */
function columnMeasure(
  label: string,
): { readonly words: string; readonly changed: boolean; readonly yearBefore: boolean } | undefined {
  // A label says it holds a figure by its unit, scale or change ("$ Millions", "% Change"); one without them
  // ("U.S. Dollar", "At Constant Exchange Rates", "Operating Income (Loss)") says how or names the figure of a
  // row's, and one with digits when ("Three months 2031").
  if (/\d/.test(label) || !/[$%]|\b(?:thousands|millions|billions|change|chg|growth)\b/i.test(label)) return undefined;
  const plain = label.replace(unitWords, " ").replace(comparedWith, " ");
  const yearBefore = /\b(?:last|prior|previous)\s+year\b/i.test(plain);
  const words = plain
    .replace(/\b(?:this|last|prior|previous)\s+year\b|\b(?:change|chg|growth|amount|percent(?:age)?|variance)\b/gi, " ")
    .replace(/\s+/g, " ")
    .trim();
  // "Organic Revenue Growth %": the growth of organic revenue.
  return /[a-z]/i.test(words) ? { words, changed: /\b(?:change|chg|growth)\b/i.test(plain), yearBefore } : undefined;
}

/**
 * What a table's cell is, by its row and its column: the name of its figure, its measure (a change or a share),
 * the label of the period the table gives it (left to `fiscalPeriod` to write), and the label an editor reads it
 * by. `subject` is what its row names (`rowSubject`); `dated` reads a label's period in its table.
 */
export function readCell(
  { owner, row, column, reading }: Pick<FoundCell, "owner" | "row" | "column" | "reading">,
  subject: string,
  dated: (label: string) => string | undefined,
  yearEnd: YearEnd | undefined,
): { name: string; measure: string | undefined; period: string | undefined; shown: string } {
  const label = owner.table.columns[column]!;
  const caption = owner.caption;
  // A table whose rows are periods ("4Q08", "2008") and whose columns name figures: each cell is its column's
  // figure in its row's period.
  const byRow = dated(label) === undefined ? dated(row.label) : undefined;
  // A cell in a column of changes is the change to the latest period its group of columns names.
  const changedTo = byRow ? undefined : changeOf(column, owner.table.columns, dated);
  // A column that names a figure of each row's part ("Net Sales $ Millions" beside "Hot Topic" and "Torrid").
  const measured = byRow || changedTo ? undefined : columnMeasure(label);
  // Columns that name no period ("U.S. Dollar", "At Constant Exchange Rates") are of the one the header's first
  // cell names. A column's figure is too, or of the latest its table's columns name ("Organic Revenue Growth %"
  // beside "03/31/14" and "03/31/13"), or of the year before ("Comparable Store Sales % Change Last Year").
  const corner = dated(caption.slice(caption.indexOf("\n") + 1));
  const latest = corner ?? dated(latestColumn(owner.table.columns, dated) ?? "");
  // A table of figures by basis ("Reported", "Comparable" rows, a "% Change" row under each) across figures ("Net
  // Sales", "EPS"), that names no period but in the line that introduces it: each cell is its row's and column's
  // figure, a change row's the change of the row above, of that line's period.
  const crossed =
    !byRow && !changedTo && !measured && !corner && dated(label) === undefined
      ? dated(caption.slice(0, caption.indexOf("\n")))
      : undefined;
  // A row of changes under a row of figures ("% Change", "Q/Q", "Y/Y"): the change of the row above.
  const above = !byRow && isChange(row.label) ? rowAbove(owner.table, row) : undefined;
  const changed =
    above && quarterOnQuarterRow.test(row.label)
      ? "growth-qoq"
      : (changedTo !== undefined || measured?.changed || above !== undefined) &&
        changeMeasure(above ? row.label : label, reading.unit === "percent", reading.sign);
  // A column of a period that names its figure too ("2Q 2018 Sales"), or a share of the one beside it ("2Q 2018 Mix").
  const beside = !byRow && !measured && !crossed && dated(label) !== undefined ? besidePeriod(label, yearEnd) : "";
  const ofWhole = shareWords.test(beside)
    ? owner.table.columns
        .slice(0, column)
        .map((other) => besidePeriod(other, yearEnd))
        .findLast((words) => words && !shareWords.test(words))
    : undefined;
  const named = measured
    ? latest && (measured.yearBefore ? yearBefore(latest) : latest)
    : (byRow ?? dated(changedTo ?? label) ?? corner ?? crossed);
  // A figure of a part is named part first; a total row's, by the figure alone.
  const part = /^(?:total|consolidated)\b/i.test(row.label) ? "" : rowName(row.label);
  const base = byRow
    ? label
    : measured
      ? `${part} ${measured.words}`
      : crossed
        ? `${rowName((above ?? row).label)} ${rowName(label)}`
        : above
          ? rowName(above.label)
          : subject;
  // A basis comes before the figure's name, as a reader says it ("Adjusted" over a column: adjusted net sales).
  const name = !beside
    ? base
    : shareWords.test(beside)
      ? `${base} ${ofWhole ?? ""}`
      : basisWords.test(beside)
        ? `${beside} ${base}`
        : `${base} ${beside}`;
  // "Q1 2016 %" beside "Q1 2016 $M": a column of percentages that names only its period is each row's share.
  const percentOfPeriod = beside === "" && /%/.test(label) && reading.unit === "percent" && dated(label) !== undefined;
  const measure = changed || (shareWords.test(beside) || percentOfPeriod ? "share" : undefined);
  return { name, measure: measure || undefined, period: named, shown: byRow ? label : row.label };
}
