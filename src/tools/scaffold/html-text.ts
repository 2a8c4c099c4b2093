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
 * `<sup>` becomes superscript digits ("¹"), which the scaffold proposes to ignore. In a row, empty cells
 * (EDGAR's spacing columns) and cells holding only a currency sign are left out, and one holding only ")"
 * or "%" joins the cell before it, so that "(771 | )" reads "(771)"; a cell spanning several columns is
 * one cell, so that a row's values line up with its header's labels.
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

/** A table as lines of tab-separated cells, one line a row (see htmlText). */
function tableText(table: Element): string {
  const rows = [...table.querySelectorAll("tr")].filter((row) => row.closest("table") === table);
  return rows
    .map((row) => {
      const cells: string[] = [];
      for (const cell of row.children) {
        if (!/^T[DH]$/i.test(cell.tagName)) continue;
        const text = htmlText(cell.innerHTML)
          .trim()
          .replace(/\s*\n+\s*/g, " ");
        // A currency sign alone is left out: the table's unit line says the currency and the scale, which
        // "RMB6,010" would override (as RMB, not RMB millions).
        if (!text || /^(?:\$|US\$|RMB|HK\$|€|£|¥)$/.test(text)) continue;
        if (/^[)%]+$/.test(text) && cells.length) cells[cells.length - 1] += text;
        else cells.push(text);
      }
      return cells.join("\t");
    })
    .filter(Boolean)
    .join("\n");
}

/** Whether a file is an HTML filing, by its name or its first characters. */
export function isHtml(name: string, text: string): boolean {
  return /\.html?$/i.test(name) || /^\s*(?:<!doctype html|<html|<\?xml[^>]*>\s*<html)/i.test(text);
}
