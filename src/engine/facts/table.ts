import type { Scale, Unit } from "#engine/quantity/unit.ts";
import { plainText } from "./plain.ts";

/**
 * A tab-separated table of the source: consecutive lines with tabs. Its header line names the columns
 * after a first cell that is usually the unit line ("(RMB in millions)").
 */
export interface SourceTable {
  /** The header line, plain: "(RMB in millions) 2022 2023 …". A table is found by how it starts. */
  readonly header: string;
  readonly columns: readonly string[];
  readonly rows: readonly TableRow[];
  /**
   * What the unit line says the cells are in: the header's first cell, or else a line of its own just
   * before the table ("(RMB in millions)"). A cell that prints its own unit (2.9%) keeps it.
   */
  readonly unit: Unit | undefined;
  readonly scale: Scale | undefined;
  /**
   * The first row whose cells are not as many as the header's (its 1-based line, and its count): which
   * column each of its numbers is under cannot be told, so no figure is read from the table.
   */
  readonly misaligned: { readonly line: number; readonly cells: number; readonly columns: number } | undefined;
}

export interface TableRow {
  /** The first cell, plain, without trailing footnote markers. */
  readonly label: string;
  /** The row's line in the raw text, [start, end). */
  readonly start: number;
  readonly end: number;
  /** The row's line, plain: what a fact read from one of its cells quotes. */
  readonly text: string;
  /** One per column, in order; empty text when the row prints nothing there. */
  readonly cells: readonly TableCell[];
}

/** A cell's text, trimmed, and its raw [start, end). */
export interface TableCell {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

export function findTables(raw: string): SourceTable[] {
  const tables: SourceTable[] = [];
  const all = lines(raw);
  let first = -1;
  all.forEach((line, i) => {
    if (line.text.includes("\t")) {
      if (first < 0) first = i;
    } else if (first >= 0) {
      tables.push(table(all.slice(first, i), unitLineBefore(all, first)));
      first = -1;
    }
  });
  if (first >= 0) tables.push(table(all.slice(first), unitLineBefore(all, first)));
  return tables;
}

/** A line that only says what a table's cells are in: "(RMB in millions)", "(in thousands of US$, except per share data)". */
const unitLinePattern = /^\(?[^()\d\t]{0,30}\bin (?:thousands|millions|billions)\b[^()\d\t]{0,60}\)?$/i;

/** The unit line just before the table starting at `first` (a blank line between them at most), if there is one. */
function unitLineBefore(all: readonly Line[], first: number): string | undefined {
  const before = all.slice(Math.max(0, first - 2), first).filter((line) => line.text.trim());
  const line = before.at(-1)?.text.trim();
  return line !== undefined && unitLinePattern.test(plainText(line)) ? line : undefined;
}

/** A row or column label as matched: plain, without trailing footnote markers ("Provision Ratio ¹"). */
export function labelKey(label: string): string {
  return plainText(label).replace(/[\s¹²³⁴⁵⁶⁷⁸⁹⁰]+$/u, "");
}

/**
 * The unit and scale a unit line names: "(RMB in millions)", "(in thousands of US$)", "(in thousands of U.S.
 * dollars)", "¥ in Thousands" (the SEC's XBRL pages). "Dollars" alone names no country's (README, step 3).
 */
export function unitLine(header: string): { unit: Unit | undefined; scale: Scale | undefined } {
  const currency = /¥|\b(?:RMB|USD)\b|US\$|\bU\.?S\.? dollars\b/i.exec(header)?.[0].toUpperCase();
  const scale = /\b(thousand|million|billion|trillion)s?\b/i.exec(header)?.[1]?.toLowerCase() as Scale | undefined;
  return { unit: currency === undefined ? undefined : currency === "RMB" || currency === "¥" ? "RMB" : "USD", scale };
}

interface Line {
  readonly text: string;
  readonly start: number;
  /** 1-based. */
  readonly number: number;
}

function table([header, ...rows]: Line[], unitLineAbove: string | undefined): SourceTable {
  const [unitCell, ...columns] = cells(header!);
  const own = unitLine(unitCell!.text);
  const misaligned = rows.find((line) => cells(line).length !== columns.length + 1);
  return {
    header: plainText(header!.text),
    columns: columns.map((cell) => labelKey(cell.text)),
    rows: rows.map((line) => {
      const [label, ...values] = cells(line);
      const end = line.start + line.text.length;
      return {
        label: labelKey(label!.text),
        start: line.start,
        end,
        text: plainText(line.text),
        cells: columns.map((_, i) => values[i] ?? { text: "", start: end, end }),
      };
    }),
    ...(own.unit === undefined && own.scale === undefined && unitLineAbove !== undefined
      ? unitLine(unitLineAbove)
      : own),
    misaligned: misaligned && {
      line: misaligned.number,
      cells: cells(misaligned).length,
      columns: columns.length + 1,
    },
  };
}

function lines(raw: string): Line[] {
  const result: Line[] = [];
  let start = 0;
  for (const text of raw.split("\n")) {
    result.push({ text, start, number: result.length + 1 });
    start += text.length + 1;
  }
  return result;
}

function cells({ text, start }: Line): TableCell[] {
  const result: TableCell[] = [];
  let offset = start;
  for (const cell of text.split("\t")) {
    const cellStart = offset + cell.length - cell.trimStart().length;
    result.push({ text: cell.trim(), start: cellStart, end: cellStart + cell.trim().length });
    offset += cell.length + 1;
  }
  return result;
}
