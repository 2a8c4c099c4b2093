import { bisectRight } from "#engine/facts/bisect.ts";
import type { MdastNode } from "satteri";
import { inlineExpression, parsed } from "./markup.ts";

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

/** Quotation marks, each opening mark with the marks that close it (German „…“, French «…», Danish »…«). */
const closers: Record<string, string> = {
  "“": "”",
  "„": "“”",
  '"': '"',
  "‘": "’",
  "‚": "‘’",
  "«": "»",
  "»": "«",
  "‹": "›",
  "›": "‹",
};

/** Attributes of an element that a reader sees as its text: a tooltip, an image's description, a label. */
const shownAttributes = new Set(["title", "alt", "aria-label"]);

/** What the walk over the page's tree emits: pieces, the start and end of a quoting element, a block's end. */
type Event =
  | { readonly kind: "piece"; readonly piece: Piece }
  | { readonly kind: "open"; readonly filing: string | undefined; readonly offset: number }
  | { readonly kind: "close" }
  | { readonly kind: "break" };

/**
 * The prose of an MDX page as a reader gets it, read from the MDX parser's tree (the one the build compiles):
 * Markdown resolved, entities decoded, code at any depth, frontmatter and comments left out. A
 * `<Fact id="…" />` is a piece of its own, since it prints a disclosed figure; `{name}` is an inline value,
 * `{"literal"}` text; the attributes a reader sees (title, alt, aria-label) are text of their own. Quotations
 * are what a reader sees as quoted: `<q>` and block quotes of every form (`>`, in a list item, by lazy
 * continuation, `<blockquote>`; `data-filing` names another filing), and words between quotation marks of
 * any kind within a block; a mark left open quotes to the block's end. One walk and one pass over the text:
 * time linear in the page.
 */
export function pageProse(text: string): PageProse {
  const starts = [0];
  for (const line of text.split("\n")) starts.push(starts.at(-1)! + line.length + 1);
  const line = (offset: number) => bisectRight(starts, offset);
  const tree = parsed(text);
  return { ...readEvents(tree ? walk(tree) : [], line), line };
}

/**
 * Texts a reader sees outside the prose, each at a line of its own, read as prose is, every quotation mark
 * included: a page's title and description, a filing's title and summary, what a cell shows (its text, a
 * table's cells, a chart's caption). Each text is a block: a mark left open quotes to its end.
 */
export function fieldProse(fields: readonly { readonly text: string; readonly line: number }[]): PageProse {
  // Each field's text at offsets of its own, which map back to the field's line.
  const starts: number[] = [];
  let offset = 0;
  const events = fields.flatMap(({ text }): Event[] => {
    starts.push(offset);
    offset += text.length + 1;
    return [{ kind: "piece", piece: { kind: "text", text, offset: starts.at(-1)! } }, { kind: "break" }];
  });
  const line = (at: number) => fields[bisectRight(starts, at) - 1]!.line;
  return { ...readEvents(events, line), line };
}

/** The pieces and quotations of a walk's events; `line` gives an offset's line. */
function readEvents(events: readonly Event[], line: (offset: number) => number): Omit<PageProse, "line"> {
  const pieces: Piece[] = [];
  const quotations: Quotation[] = [];
  // The quoting elements open now (innermost last), and the quotation mark open in this block.
  const elements: { filing: string | undefined; pieces: Piece[]; offset: number }[] = [];
  let marked: { pieces: Piece[]; offset: number; closers: string } | undefined;
  const emit = (piece: Piece) => {
    pieces.push(piece);
    for (const element of elements) element.pieces.push(piece);
    marked?.pieces.push(piece);
  };
  const filingHere = () => elements.findLast((element) => element.filing !== undefined)?.filing;
  const close = (open: { pieces: Piece[]; offset: number }, filing: string | undefined) => {
    if (open.pieces.some((piece) => piece.kind !== "text" || piece.text.trim()))
      quotations.push({ pieces: open.pieces, filing, line: line(open.offset) });
  };
  const endBlock = () => {
    if (marked) close(marked, filingHere());
    marked = undefined;
  };
  for (const event of events) {
    if (event.kind === "break") endBlock();
    else if (event.kind === "open") elements.push({ filing: event.filing, pieces: [], offset: event.offset });
    else if (event.kind === "close") {
      endBlock();
      const element = elements.pop()!;
      close(element, element.filing ?? filingHere());
    } else if (event.piece.kind !== "text") emit(event.piece);
    else {
      // Text is scanned for quotation marks as it is emitted.
      const { text: chunk, offset } = event.piece;
      let from = 0;
      for (let i = 0; i < chunk.length; i++) {
        const char = chunk[i]!;
        // "’" before a letter is an apostrophe (the company’s), not a closing mark.
        const closes = marked?.closers.includes(char) && !(char === "’" && /\p{L}/u.test(chunk[i + 1] ?? ""));
        const opens = !marked && char in closers;
        if (!closes && !opens) continue;
        if (i > from) emit({ kind: "text", text: chunk.slice(from, i), offset: offset + from });
        from = i + 1;
        if (closes) {
          close(marked!, filingHere());
          marked = undefined;
        } else marked = { pieces: [], offset: offset + i, closers: closers[char]! };
      }
      if (from < chunk.length) emit({ kind: "text", text: chunk.slice(from), offset: offset + from });
    }
  }
  endBlock();
  return { pieces, quotations: quotations.sort((a, b) => a.line - b.line) };
}

/** The page's tree in reading order as events, adjacent text joined; a loop, not recursion, for any depth. */
function walk(tree: MdastNode): Event[] {
  const events: Event[] = [];
  const text = (value: string, offset: number) => {
    const last = events.at(-1);
    if (last?.kind === "piece" && last.piece.kind === "text")
      events[events.length - 1] = { kind: "piece", piece: { ...last.piece, text: last.piece.text + value } };
    else events.push({ kind: "piece", piece: { kind: "text", text: value, offset } });
  };
  const shown = (value: string | null | undefined, offset: number) => {
    if (!value) return;
    events.push({ kind: "break" });
    text(value, offset);
    events.push({ kind: "break" });
  };
  const stack: (MdastNode | Event)[] = [tree];
  while (stack.length) {
    const node = stack.pop()!;
    if (!("type" in node)) {
      events.push(node);
      continue;
    }
    const offset = node.position?.start.offset ?? 0;
    const later: (MdastNode | Event)[] = [];
    switch (node.type) {
      case "text":
        text(node.value, offset);
        break;
      case "break":
        text("\n", offset);
        break;
      case "code":
      case "inlineCode":
      case "yaml":
      case "toml":
      case "mdxjsEsm":
      case "html":
        break;
      case "mdxFlowExpression":
      case "mdxTextExpression": {
        const value = inlineExpression(node.value);
        if (value?.kind === "name") events.push({ kind: "piece", piece: { kind: "value", name: value.path, offset } });
        else if (value?.kind === "literal") text(value.text, offset);
        break;
      }
      case "image":
      case "imageReference":
        shown(node.alt, offset);
        if (node.type === "image") shown(node.title, offset);
        break;
      case "link":
      case "definition":
        if (node.type === "link") later.push(...(node.children as MdastNode[]));
        shown(node.title, offset);
        break;
      case "blockquote":
        events.push({ kind: "open", filing: undefined, offset });
        later.push(...(node.children as MdastNode[]), { kind: "close" });
        break;
      case "mdxJsxFlowElement":
      case "mdxJsxTextElement": {
        const attribute = (name: string) => {
          const found = node.attributes.find((each) => each.type === "mdxJsxAttribute" && each.name === name);
          return typeof found?.value === "string" ? found.value : undefined;
        };
        for (const each of node.attributes)
          if (each.type === "mdxJsxAttribute" && shownAttributes.has(each.name) && typeof each.value === "string")
            shown(each.value, offset);
        if (node.name === "Fact") {
          events.push({ kind: "piece", piece: { kind: "fact", id: attribute("id") ?? "", offset } });
        } else if (node.name === "q" || node.name === "blockquote") {
          events.push({ kind: "open", filing: attribute("data-filing"), offset });
          later.push(...node.children, { kind: "close" });
        } else {
          if (node.type === "mdxJsxFlowElement") later.push({ kind: "break" });
          later.push(...node.children);
          if (node.type === "mdxJsxFlowElement") later.push({ kind: "break" });
        }
        break;
      }
      default:
        if ("children" in node) later.push(...(node.children as MdastNode[]));
        // Every block ends a paragraph, and with it any quotation mark left open.
        if (!isInline(node)) later.push({ kind: "break" });
    }
    for (let index = later.length - 1; index >= 0; index--) stack.push(later[index]!);
  }
  return events;
}

/** Inline content: a quotation mark opened in it may close after it, within the block. */
function isInline(node: MdastNode): boolean {
  return ["emphasis", "strong", "delete", "linkReference", "footnoteReference"].includes(node.type);
}
