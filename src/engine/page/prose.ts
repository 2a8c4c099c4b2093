import { bisectRight } from "#engine/facts/bisect.ts";
import { codeLines } from "./markup.ts";
import { fencedBlocks, frontmatterEnd } from "./cells.ts";

/** A piece of a page's prose, as a reader will see it: words, a `<Fact>`, an inline `{value}`. */
export type Piece =
  | { readonly kind: "text"; readonly text: string; readonly offset: number }
  | { readonly kind: "fact"; readonly id: string; readonly offset: number }
  | { readonly kind: "value"; readonly name: string; readonly offset: number };

/** A quotation a reader sees, with the filing it is attributed to (undefined: the page's own). */
export interface Quotation {
  readonly pieces: readonly Piece[];
  readonly filing: string | undefined;
  /** 1-based page line where it opens. */
  readonly line: number;
}

/** A page's prose, split for the checks on words: its pieces in order, and the quotations among them. */
export interface PageProse {
  readonly pieces: readonly Piece[];
  readonly quotations: readonly Quotation[];
  /** 1-based page line of an offset into the page. */
  line(offset: number): number;
}

// A JSX tag: its name and attributes (quoted or in braces), self-closing or not.
const tagPattern = /<(\/?)([A-Za-z][\w.]*)((?:\s+[\w:-]+(?:=(?:"[^"]*"|'[^']*'|\{[^}]*\}))?)*)\s*(\/?)>/y;

/**
 * The prose of an MDX page, with frontmatter, fenced blocks (cells among them), inline code and HTML
 * comments left out. A `<Fact id="…" />` is a piece of its own, since it prints a disclosed figure;
 * `{name}` is an inline value; other tags are markup. Quotations are what readers see as quoted: `<q>`
 * (`data-filing` names another filing), text in double quotes, straight or typographic, within a
 * paragraph, and block quotations.
 */
export function pageProse(text: string): PageProse {
  const lines = text.split("\n");
  const starts = [0];
  for (const line of lines) starts.push(starts.at(-1)! + line.length + 1);
  const hidden = new Set<number>();
  for (let index = 0; index < frontmatterEnd(lines); index++) hidden.add(index);
  // Code at any depth, in block quotes and list items too, as the build reads the page; a page it cannot read
  // fails the build, and until then its top-level fences are what the cells are taken from.
  const code =
    codeLines(text) ??
    fencedBlocks(lines).map((block) => ({ start: block.openingLine, end: block.closingLine ?? lines.length }));
  for (const { start, end } of code) for (let line = start; line <= end; line++) hidden.add(line - 1);
  const visible = lines.map((line, index) => (hidden.has(index) ? " ".repeat(line.length) : line)).join("\n");
  // Inline code and comments keep their length, as spaces, so offsets stay the page's.
  const masked = visible.replace(/`[^`\n]*`|<!--[\s\S]*?-->/g, (code) => code.replace(/[^\n]/g, " "));
  const line = (offset: number) => bisectRight(starts, offset);

  const pieces: Piece[] = [];
  const quotations: Quotation[] = [];
  // The quotations open now: a <q> element, or a quote mark, each collecting the pieces after it.
  let element: { filing: string | undefined; pieces: Piece[]; offset: number } | undefined;
  let marked: { pieces: Piece[]; offset: number; straight: boolean } | undefined;
  const emit = (piece: Piece) => {
    pieces.push(piece);
    element?.pieces.push(piece);
    marked?.pieces.push(piece);
  };
  const close = (open: { pieces: Piece[]; offset: number }, filing: string | undefined) => {
    if (open.pieces.some((piece) => piece.kind !== "text" || piece.text.trim()))
      quotations.push({ pieces: open.pieces, filing, line: line(open.offset) });
  };
  let buffer = "";
  let textStart = 0;
  const flush = (at: number) => {
    if (buffer) emitText(buffer, textStart);
    buffer = "";
    textStart = at;
  };
  // Text is scanned for quote marks as it is emitted; a blank line ends a paragraph, and any quote left open.
  const emitText = (chunk: string, offset: number) => {
    let from = 0;
    for (let i = 0; i < chunk.length; i++) {
      const char = chunk[i]!;
      const paragraphEnd = char === "\n" && /^\n[ \t]*(?:\n|$)/.test(chunk.slice(i));
      const opens = !marked && (char === "“" || char === '"');
      const closes = marked && ((marked.straight && char === '"') || (!marked.straight && char === "”"));
      if (!opens && !closes && !paragraphEnd) continue;
      if (i > from) emit({ kind: "text", text: chunk.slice(from, i), offset: offset + from });
      from = i + 1;
      if (paragraphEnd) {
        marked = undefined;
        from = i;
        continue;
      }
      if (opens) marked = { pieces: [], offset: offset + i, straight: char === '"' };
      else if (marked) {
        close(marked, element?.filing);
        marked = undefined;
      }
    }
    if (from < chunk.length) emit({ kind: "text", text: chunk.slice(from), offset: offset + from });
  };

  for (let i = 0; i < masked.length;) {
    const char = masked[i]!;
    if (char === "<") {
      tagPattern.lastIndex = i;
      const tag = tagPattern.exec(masked);
      if (tag) {
        flush(i);
        const [whole, closing, name, attributes = "", selfClosing] = tag;
        if (name === "Fact" && !closing) emit({ kind: "fact", id: attribute(attributes, "id") ?? "", offset: i });
        else if (name === "q" && !closing && !selfClosing)
          element = { filing: attribute(attributes, "data-filing"), pieces: [], offset: i };
        else if (name === "q" && closing && element) {
          close(element, element.filing);
          element = undefined;
        }
        i += whole.length;
        textStart = i;
        continue;
      }
    }
    if (char === "{") {
      const end = masked.indexOf("}", i);
      if (end > i) {
        flush(i);
        emit({ kind: "value", name: masked.slice(i + 1, end).trim(), offset: i });
        i = end + 1;
        textStart = i;
        continue;
      }
    }
    if (!buffer) textStart = i;
    buffer += char;
    i++;
  }
  flush(masked.length);
  quotations.push(...blockquotes(masked, line));
  return { pieces, quotations, line };
}

/** Block quotations: runs of lines starting with `>`, each run one quotation of the page's filing. */
function blockquotes(masked: string, line: (offset: number) => number): Quotation[] {
  const found: Quotation[] = [];
  for (const match of masked.matchAll(/(?:^[ \t]{0,3}>.*(?:\n|$))+/gm)) {
    const text = match[0].replace(/^[ \t]{0,3}> ?/gm, "").replace(/<[^>]*>/g, " ");
    // A block quote that held only code (masked above) quotes nothing.
    if (!text.trim()) continue;
    found.push({ pieces: [{ kind: "text", text, offset: match.index }], filing: undefined, line: line(match.index) });
  }
  return found;
}

function attribute(attributes: string, name: string): string | undefined {
  const match = new RegExp(`\\b${name}=(?:"([^"]*)"|'([^']*)')`).exec(attributes);
  return match ? (match[1] ?? match[2]) : undefined;
}

/** Quotations in a frontmatter field a reader sees (claim, response, description): straight or typographic. */
export function frontmatterQuotations(text: string, fields: readonly string[]): Quotation[] {
  const lines = text.split("\n");
  const end = frontmatterEnd(lines);
  const found: Quotation[] = [];
  for (let index = 1; index < end - 1; index++) {
    const match = /^([\w-]+):\s*(.*)$/.exec(lines[index]!);
    if (!match || !fields.includes(match[1]!)) continue;
    // A YAML string in single quotes may hold double quotes as they are; in double quotes they are escaped.
    let value = match[2]!.trim();
    if (/^'.*'$/.test(value)) value = value.slice(1, -1).replaceAll("''", "'");
    else if (/^".*"$/.test(value)) value = value.slice(1, -1).replaceAll('\\"', '"');
    for (const quote of value.matchAll(/"([^"]+)"|“([^”]+)”/g)) {
      found.push({
        pieces: [{ kind: "text", text: quote[1] ?? quote[2]!, offset: 0 }],
        filing: undefined,
        line: index + 1,
      });
    }
  }
  return found;
}
