import type { Glossary } from "#engine/filings/metadata.ts";

/** The parts of a HAST tree (rehype's HTML syntax tree, as MDX hands it over) that the glossary reads. */
interface Node {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: Node[];
}

type Term = Glossary["terms"][number];

/**
 * Elements whose words are not the page's own prose, or where a definition would not belong: links,
 * code, quotations (a definition inside one would read as the filing's words), headings, tables, charts
 * and disclosures' summaries. MDX's own elements (`<Fact>`, `{value}`) are not "element" nodes and are
 * skipped too.
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

/** Where a name first occurs in `text` as a whole word, or -1. */
function findName(text: string, name: string): number {
  const match = new RegExp(`(?<![\\p{L}\\p{N}-])${escape(name)}(?![\\p{L}\\p{N}-])`, "u").exec(text);
  return match ? match.index : -1;
}

/** The first glossary name in `text` of a term not yet defined: the earliest, and the longest there. */
function firstTerm(text: string, terms: readonly Term[]): { term: Term; at: number; name: string } | undefined {
  let best: { term: Term; at: number; name: string } | undefined;
  for (const term of terms) {
    for (const name of term.names) {
      const at = findName(text, name);
      if (at < 0) continue;
      if (!best || at < best.at || (at === best.at && name.length > best.name.length)) best = { term, at, name };
    }
  }
  return best;
}

/** The term as written, linked to the glossary, with its definition after it, readable without script and in print. */
function defined(name: string, term: Term, glossaryHref: string): Node[] {
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

/**
 * A rehype plugin that defines each glossary term where a page's prose first names it: the name becomes a
 * link to its entry on the glossary page, followed by the definition in brackets. Each term once per page.
 */
export function rehypeGlossary({ glossary, glossaryHref }: { glossary: Glossary; glossaryHref: string }) {
  return (tree: Node) => {
    const left = [...glossary.terms];
    const visit = (node: Node): void => {
      if (!node.children || left.length === 0) return;
      const children: Node[] = [];
      for (const child of node.children) {
        if (child.type === "element" && !skipped.has(child.tagName ?? "")) visit(child);
        if (child.type !== "text" || !left.length) {
          children.push(child);
          continue;
        }
        // A text node may name several terms: define each in turn, from the left.
        let text = child.value ?? "";
        for (let found = firstTerm(text, left); found; found = firstTerm(text, left)) {
          left.splice(left.indexOf(found.term), 1);
          children.push({ type: "text", value: text.slice(0, found.at) });
          children.push(...defined(found.name, found.term, glossaryHref));
          text = text.slice(found.at + found.name.length);
        }
        children.push({ type: "text", value: text });
      }
      node.children = children;
    };
    visit(tree);
  };
}
