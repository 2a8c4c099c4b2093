import type { HastPluginEntry, HastVisitorContext } from "satteri";
import type { Element, Parents, Text } from "hast";
import type { Glossary } from "#engine/filings/metadata.ts";

type Term = Glossary["terms"][number];

/**
 * Elements whose words are not the page's own prose, or where a definition would not belong: links,
 * code, quotations (a definition inside one would read as the filing's words), headings, tables, charts
 * and disclosures' summaries. MDX's own elements (`<Fact>`, a cell's output) are not elements of the tree.
 */
const skipped = new Set([
  "a",
  "abbr",
  "blockquote",
  "code",
  "dfn",
  "figure",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "pre",
  "q",
  "script",
  "style",
  "summary",
  "svg",
  "table",
]);

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const count = (text: string, mark: string) => text.split(mark).length - 1;

/**
 * Whether `at` falls inside a quotation of `text`: after an opening mark not yet closed, or before a
 * closing mark with no opening one first (a quotation that opened in an earlier node). A definition there
 * would read as the quoted document's words.
 */
function insideQuotation(text: string, at: number): boolean {
  const before = text.slice(0, at);
  if (count(before, "“") > count(before, "”") || count(before, '"') % 2 === 1) return true;
  const after = text.slice(at);
  const close = after.indexOf("”");
  const reopen = after.indexOf("“");
  return close >= 0 && (reopen < 0 || close < reopen);
}

/** Where a name first occurs in `text` as whole words, outside quotations, with the words as written there; or undefined. */
function findName(text: string, name: string): { at: number; written: string } | undefined {
  const words = name.split(/\s+/).map(escape).join("\\s+");
  for (const match of text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}-])${words}(?![\\p{L}\\p{N}-])`, "gu"))) {
    if (!insideQuotation(text, match.index)) return { at: match.index, written: match[0] };
  }
  return undefined;
}

/** The first glossary name in `text` among `terms`: the earliest, and the longest there. */
export function firstTerm(text: string, terms: readonly Term[]): { term: Term; at: number; name: string } | undefined {
  let best: { term: Term; at: number; name: string } | undefined;
  for (const term of terms) {
    for (const name of term.names) {
      const found = findName(text, name);
      if (!found) continue;
      const { at, written } = found;
      if (!best || at < best.at || (at === best.at && written.length > best.name.length))
        best = { term, at, name: written };
    }
  }
  return best;
}

/** The term as written, linked to the glossary, with its definition after it: readable without script, and in print. */
function defined(name: string, term: Term, glossaryHref: string): Element[] {
  return [
    {
      type: "element",
      tagName: "a",
      properties: { className: ["term"], href: `${glossaryHref}#${term.id}` },
      children: [{ type: "text", value: name }],
    },
    {
      type: "element",
      tagName: "span",
      properties: { className: ["gloss"] },
      children: [{ type: "text", value: ` (${term.definition})` }],
    },
  ];
}

/** Whether a text node stands inside an element the glossary leaves alone. */
function inSkipped(node: Text, ctx: HastVisitorContext): boolean {
  for (let parent: Parents | undefined = ctx.parent(node); parent; parent = ctx.parent(parent)) {
    if (parent.type === "element" && skipped.has(parent.tagName)) return true;
    if (parent.type !== "element" && parent.type !== "root") return true; // inside an MDX element
  }
  return false;
}

/**
 * A hast plugin of the Markdown processor that defines each glossary term where a page's prose first names
 * it: the name becomes a link to its entry on the glossary page, followed by its definition in brackets.
 * Each term once per page; a text node that names several has each defined in turn.
 */
export function glossaryPlugin({
  glossary,
  glossaryHref,
}: {
  glossary: Glossary;
  glossaryHref: string;
}): HastPluginEntry {
  // A factory: each page's compile gets its own list of the terms left to define.
  return () => {
    const left = [...glossary.terms];
    return {
      name: "recount-glossary",
      text(node, ctx) {
        if (left.length === 0 || inSkipped(node, ctx)) return;
        let text = node.value;
        const replacement: (Text | Element)[] = [];
        for (let found = firstTerm(text, left); found; found = firstTerm(text, left)) {
          left.splice(left.indexOf(found.term), 1);
          replacement.push(
            { type: "text", value: text.slice(0, found.at) },
            ...defined(found.name, found.term, glossaryHref),
          );
          text = text.slice(found.at + found.name.length);
        }
        if (replacement.length) ctx.replaceNode(node, [...replacement, { type: "text", value: text }]);
      },
    };
  };
}
