import { parseHTML } from "linkedom";

/** Elements whose content is not the filing's text. */
const dropped = new Set(["SCRIPT", "STYLE", "HEAD", "NOSCRIPT", "TEMPLATE", "SVG", "IFRAME", "OBJECT"]);

/** Elements that start and end a paragraph of their own. */
const blocks = new Set([
  "ADDRESS",
  "ARTICLE",
  "ASIDE",
  "BLOCKQUOTE",
  "BODY",
  "CAPTION",
  "CENTER",
  "DD",
  "DIV",
  "DL",
  "DT",
  "FIGCAPTION",
  "FIGURE",
  "FOOTER",
  "FORM",
  "H1",
  "H2",
  "H3",
  "H4",
  "H5",
  "H6",
  "HEADER",
  "HR",
  "LI",
  "MAIN",
  "NAV",
  "OL",
  "P",
  "PRE",
  "SECTION",
  "UL",
]);

const superscripts: Record<string, string> = {
  "0": "⁰",
  "1": "¹",
  "2": "²",
  "3": "³",
  "4": "⁴",
  "5": "⁵",
  "6": "⁶",
  "7": "⁷",
  "8": "⁸",
  "9": "⁹",
};

/**
 * The text of an HTML filing (an EDGAR exhibit) as `new:filing` takes it: in reading order, each block
 * element a paragraph (paragraphs apart by a blank line, a <br> a line break inside one), each table row a line of tab-separated cells,
 * entities decoded and non-breaking spaces made plain, scripts and styles dropped. A footnote marker in
 * `<sup>` becomes superscript digits ("¹"), which the scaffold proposes to ignore. A table's rows are
 * laid out on the columns the browser shows (colspan, rowspan), EDGAR's empty spacing columns left out and
 * every other empty cell kept, so that each value stands under its header's label (see tableText).
 */
export function htmlText(html: string): string {
  const { document } = parseHTML(
    `<!doctype html><html><body>${html.replace(/^[^]*?<body[^>]*>/i, "").replace(/<\/body>[^]*$/i, "")}</body></html>`,
  );
  const paragraphs: string[] = [];
  let line = "";
  const flush = () => {
    // A <br> is a line break inside its paragraph; any other run of white space is one space.
    const text = line
      .split("\u2028")
      .map((part) => part.replace(/[ \t\r\n\u00a0]+/g, " ").trim())
      .filter(Boolean)
      .join("\n");
    if (text) paragraphs.push(text);
    line = "";
  };
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      line += node.textContent ?? "";
      return;
    }
    if (node.nodeType !== 1) return;
    const element = node as Element;
    const name = element.tagName.toUpperCase();
    if (dropped.has(name)) return;
    if (name === "BR") {
      line += "\u2028";
      return;
    }
    if (name === "SUP" && /^\s*\(?\d+\)?\s*$/.test(element.textContent ?? "")) {
      line += (element.textContent ?? "").replace(/[()\s]/g, "").replace(/\d/g, (digit) => superscripts[digit]!);
      return;
    }
    if (name === "TABLE") {
      flush();
      paragraphs.push(tableText(element));
      return;
    }
    const block = blocks.has(name);
    if (block) flush();
    for (const child of element.childNodes) walk(child);
    if (block) flush();
  };
  walk(document.body);
  flush();
  return `${paragraphs.filter(Boolean).join("\n\n")}\n`;
}

/** A cell of a table as the browser places it: its text and the grid columns it covers, [first, end). */
interface PlacedCell {
  text: string;
  readonly first: number;
  readonly end: number;
}

/** What a cell's attribute asks for: colspan="3" is 3; anything else 1, as browsers read it. */
function span(cell: Element, name: string): number {
  const value = Number.parseInt(cell.getAttribute(name) ?? "", 10);
  return Number.isInteger(value) && value > 0 ? Math.min(value, 1000) : 1;
}

/**
 * A table's cells on the grid the browser lays it out on: each row's cells in order, each at the first
 * column its row leaves free (a cell of a row above with rowspan still holds its columns), covering its
 * colspan. The text of a cell holding only a currency sign is left out: the table's unit line says the
 * currency and the scale, which "RMB6,010" would override (as RMB, not RMB millions); one holding only ")"
 * or "%" joins the cell before it, so that "(771 | )" reads "(771)".
 */
function gridRows(table: Element): PlacedCell[][] {
  const rows = [...table.querySelectorAll("tr")].filter((row) => row.closest("table") === table);
  const held: number[] = []; // by column: how many more rows a rowspan holds it
  return rows.map((row) => {
    const placed: PlacedCell[] = [];
    const taken = held.map((rows) => rows > 0);
    let column = 0;
    for (const cell of row.children) {
      if (!/^T[DH]$/i.test(cell.tagName)) continue;
      while (taken[column]) column++;
      const width = span(cell, "colspan");
      const height = span(cell, "rowspan");
      for (let c = column; c < column + width; c++) held[c] = Math.max(held[c] ?? 0, height);
      const text = htmlText(cell.innerHTML)
        .trim()
        .replace(/\s*\n+\s*/g, " ");
      const before = placed.findLast((other) => other.text);
      if (/^[)%]+$/.test(text) && before) before.text += text;
      else
        placed.push({
          text: /^(?:\$|US\$|RMB|HK\$|€|£|¥)$/.test(text) ? "" : text,
          first: column,
          end: column + width,
        });
      column += width;
    }
    for (let c = 0; c < held.length; c++) held[c] = Math.max(0, (held[c] ?? 0) - 1);
    return placed.filter(({ text }) => text);
  });
}

/**
 * The columns a reader sees: the grid columns a one-column cell prints in, and for a wider cell that
 * covers none of those, its first column (narrowest cells first, so that a header over a value's spacing
 * columns lands on the value's column). EDGAR's spacing columns, empty in every row, are none of them.
 */
function readColumns(rows: readonly PlacedCell[][]): number[] {
  const columns = new Set(rows.flat().flatMap(({ first, end }) => (end - first === 1 ? [first] : [])));
  const wide = rows
    .flat()
    .filter(({ first, end }) => end - first > 1)
    .sort((a, b) => a.end - a.first - (b.end - b.first));
  for (const { first, end } of wide)
    if (![...columns].some((column) => first <= column && column < end)) columns.add(first);
  return [...columns].sort((a, b) => a - b);
}

/**
 * A table as lines of tab-separated cells, one line a row, every row as wide as the table (see htmlText):
 * each cell in the column it is laid out in, an empty cell kept empty, so that a header's empty corner
 * keeps the period labels over their figures. A cell over several columns is in the first. A row of one
 * cell across the whole table (a unit line, a caption) is a line of its own, before or between the rows.
 */
function tableText(table: Element): string {
  const rows = gridRows(table);
  const columns = readColumns(rows);
  return rows
    .filter((row) => row.length)
    .map((row) => {
      if (columns.length > 1 && row.length === 1 && row[0]!.first <= columns[0]! && row[0]!.end > columns.at(-1)!)
        return row[0]!.text;
      const line = columns.map(() => [] as string[]);
      for (const { text, first, end } of row) {
        const at = columns.findIndex((column) => first <= column && column < end);
        if (at >= 0) line[at]!.push(text);
      }
      return line.map((texts) => texts.join(" ")).join("\t");
    })
    .join("\n");
}

/** Whether a file is an HTML filing, by its name or its first characters. */
export function isHtml(name: string, text: string): boolean {
  return /\.html?$/i.test(name) || /^\s*(?:<!doctype html|<html|<\?xml[^>]*>\s*<html)/i.test(text);
}
