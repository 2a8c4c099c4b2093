import { parseCell } from "#engine/facts/parse-number.ts";
import type { PrintedNumber } from "#engine/facts/parse-number.ts";
import { plainText } from "#engine/facts/plain.ts";
import { sourceSpan } from "#engine/facts/source.ts";
import type { Source } from "#engine/facts/source.ts";
import { findTables } from "#engine/facts/table.ts";
import type { SourceTable, TableCell, TableRow } from "#engine/facts/table.ts";
import { slug } from "./names/ids.ts";
import { trailingName } from "./names/subject.ts";
import type { TextRange } from "./sentences.ts";

export interface FoundTable {
  readonly table: SourceTable;
  readonly id: string;
  /**
   * The line just before the table and its header line, which may say what its years' columns hold ("Year-to-date
   * results:", "Three Months Ended June 30,").
   */
  readonly caption: string;
  used: boolean;
}

/** The tables of a raw text, as the scaffold reads their cells. */
export function foundTables(raw: string): FoundTable[] {
  return findTables(raw).map((table, i) => {
    const header = raw.lastIndexOf("\n", (table.rows[0]?.start ?? 0) - 2) + 1;
    // The line before the header, read without splitting the whole text before (or after) each table.
    const before = raw.slice(0, header).trimEnd();
    const caption = before.slice(before.lastIndexOf("\n") + 1);
    // The header's first cell, where a statement names its columns' months ("Three Months Ended June 30,").
    const tab = raw.indexOf("\t", header);
    const corner = raw.slice(header, tab < 0 ? undefined : tab);
    return { table, id: `table-${i + 1}`, caption: `${caption}\n${corner}`, used: false };
  });
}

export interface FoundCell {
  readonly owner: FoundTable;
  readonly row: TableRow;
  readonly column: number;
  readonly cell: TableCell;
  readonly reading: PrintedNumber;
  /**
   * Whether a cell anchor can name it: its row and column labels are there and name no other row or column.
   * One that cannot ("Net income per share" under Basic and again under Diluted) is anchored by its row's line.
   */
  readonly named: boolean;
}

/** The body cell of a table whose number is at `at`, when the cell prints one number. */
export function tableCell(source: Source, tables: FoundTable[], at: TextRange): FoundCell | undefined {
  const { start, end } = sourceSpan(source, at.start, at.end);
  for (const owner of tables) {
    const { rows, columns, misaligned } = owner.table;
    // A row as wide as its header's is the only way to tell which column a figure is under.
    if (misaligned) continue;
    for (const row of rows) {
      const column = row.cells.findIndex((cell) => cell.start <= start && end <= cell.end);
      if (column < 0) continue;
      const cell = row.cells[column]!;
      const reading = parseCell(cell.text);
      const unique = (labels: readonly string[], label: string) =>
        label !== "" && labels.filter((other) => other === label).length === 1;
      const named =
        unique(
          rows.map(({ label }) => label),
          row.label,
        ) && unique(columns, columns[column]!);
      return reading && { owner, row, column, cell, reading, named };
    }
  }
  return undefined;
}

/**
 * What a row label names its figures: the label without the word it gives for a figure of the other sign
 * ("Net income (loss)" is net income, "Earnings (loss) per share" earnings per share), which the sign says, or
 * its scale ("Operating revenues (in millions)"), which the cells are read in.
 */
export function rowName(label: string): string {
  return label.replace(/\s*\((?:loss|losses|deficit|expense|expenses|in (?:thousands|millions|billions))\)/gi, "");
}

/**
 * What a cell's row names: its label (`rowName`), and where an earlier table has a row of that label, the
 * name of its own table before it ("Managed basis (In millions)" over a second "Earnings per share": managed
 * basis earnings per share; an earlier "Earnings (loss) per share" is the same row), so that the two rows' figures are told apart by what they are.
 * A row "Other" is the rest of what its group adds up to: other revenues, above "Total revenues" or under "Revenues:".
 */
export function rowSubject({ owner, row }: FoundCell, tables: readonly FoundTable[], raw: string): string {
  const earlier = tables.slice(0, tables.indexOf(owner));
  const name = plainText(headerLine(owner.table, raw).split("\t")[0]!)
    .replace(/\([^()]*\)/g, "")
    .trim();
  const repeated = earlier.some(({ table }) => table.rows.some(({ label }) => rowName(label) === rowName(row.label)));
  const label = /^other$/i.test(rowName(row.label).trim())
    ? `Other ${groupOf(owner.table, row) ?? ""}`.trim()
    : perShareBasis(owner.table, row, rowName(row.label));
  const measure = measureByPart(owner.caption);
  // The whole's row ("Total", "Consolidated", "Total Revenues" of revenues by division) is the measure's.
  const rest = /^(?:consolidated|total)\b\s*(.*)$/i.exec(label.trim())?.[1];
  if (measure) return rest !== undefined && (!rest || slug(rest) === slug(measure)) ? measure : `${label} ${measure}`;
  return repeated && name ? `${name} ${label}` : label;
}

/**
 * What a table of parts measures, where the line before it says so ("its adjusted earnings (non-GAAP) by business
 * segment:"): each row is a part's figure of it, named part first (README step 3), and a "Consolidated" or "Total"
 * row the whole's.
 */
function measureByPart(caption: string): string | undefined {
  const by =
    /^(.*?)\bby\s+(?:business\s+|operating\s+|reportable\s+)?(?:segments?|divisions?|regions?|brands?|(?:end\s+)?markets?|product\s+lines?|geograph(?:y|ies)|business\s+units?)\b/i.exec(
      caption.split("\n")[0]!,
    );
  // What the table is of is the object of the verb that presents it ("The table gives comparable store sales by brand").
  // Of the last sentence before "by": "… mobile platforms. Revenue by end market was as follows:".
  const presented = by?.[1]!
    .split(/[.;:]\s+/)
    .at(-1)!
    .replace(/^.*\b(?:gives?|gave|shows?|showed|lists?|presents?|provides?|summari[sz]es?)\b/i, "");
  // "Revenues and organic revenue growth by division": the first is what its columns of periods hold; a column
  // that names the other names it itself (table-columns.ts).
  const first = presented?.split(/\s+and\s+/i)[0];
  const words = first ? trailingName(`${first.replace(/\([^()]*\)/g, " ").trim()} `) : [];
  return words.length ? words.join(" ") : undefined;
}

/**
 * A row its table prints under "Basic:" and again under "Diluted:" ("Net income per share") is of the basis its
 * heading row names: net income per basic share, per diluted share.
 */
function perShareBasis(table: SourceTable, row: TableRow, label: string): string {
  if (table.rows.filter((other) => other.label === row.label).length < 2) return label;
  const basis = /\b(basic|diluted)\b/i.exec(headingAbove(table, row)?.label ?? "")?.[1]?.toLowerCase();
  return basis && /\bper share\b/i.test(label) ? label.replace(/\bper share\b/i, `per ${basis} share`) : label;
}

/** The nearest row above a row that prints no figures: its group's heading ("Revenues:"). */
function headingAbove(table: SourceTable, row: TableRow): TableRow | undefined {
  return table.rows.slice(0, table.rows.indexOf(row)).findLast(({ cells }) => cells.every(({ text }) => !text.trim()));
}

/** What a row's group adds up to: the words of the next "Total …" row, else of the heading row above it ("Revenues:"). */
function groupOf(table: SourceTable, row: SourceTable["rows"][number]): string | undefined {
  const at = table.rows.indexOf(row);
  const total = table.rows.slice(at + 1).find(({ label }) => /^total\s/i.test(label));
  if (total) return total.label.replace(/^total\s+/i, "");
  return headingAbove(table, row)?.label.replace(/:\s*$/, "");
}

/** The raw header line of a table. */
function headerLine(table: SourceTable, raw: string): string {
  const first = table.rows[0]?.start ?? raw.length;
  return raw.slice(raw.lastIndexOf("\n", first - 2) + 1, first - 1);
}

/** A table's header as its declaration quotes it: the unit line, or the whole header line when another table starts the same way. */
export function declaredHeader(table: SourceTable, raw: string, all: readonly SourceTable[]): string {
  const unitCell = plainText(headerLine(table, raw).split("\t")[0]!);
  return unitCell && all.filter(({ header }) => header.startsWith(unitCell)).length === 1 ? unitCell : table.header;
}
