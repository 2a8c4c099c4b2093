import { readFileSync } from "node:fs";
import { markdownToMdast } from "satteri";
import type { Features, MdastContent, MdastNode, MdastPluginDefinition, MdxJsxFlowElement } from "satteri";

/**
 * The Markdown features the site's pages are read with (Astro's defaults, stated here so that README.md is read
 * with the same ones): GitHub's tables and autolinks, and typographic quotes and dashes.
 */
export const markdownFeatures: Features = { gfm: true, smartPunctuation: true };

/** The element a page writes where a section of README.md goes: `<FromReadme section="Adding a filing" />`. */
const placeholder = "FromReadme";

/**
 * The editor's guide (src/pages/guide.mdx) is README.md's "Adding a filing": one text, which this plugin
 * puts in the page's place for it when the page is compiled. The README is read by the parser and with the
 * features the page is read with, so the section is the same tree either way; its headings go up a level
 * (the section's own heading is the page's title), and each of its code blocks becomes a `<Snippet>` given
 * its language and code, which the page shows as cells show theirs.
 */
export function readmeSection(readme: URL): MdastPluginDefinition {
  return {
    name: "recount:readme-section",
    mdxJsxFlowElement(node, ctx) {
      if (node.name !== placeholder) return;
      ctx.replaceNode(node, section(readFileSync(readme, "utf8"), title(node)));
    },
  };
}

function title(node: MdxJsxFlowElement): string {
  const found = node.attributes.find((attribute) => "name" in attribute && attribute.name === "section");
  if (typeof found?.value !== "string") throw new Error(`<${placeholder}> needs section="<a heading of README.md>"`);
  return found.value;
}

/** The blocks under the heading `heading` of `markdown`, up to the next heading of its level or above. */
function section(markdown: string, heading: string): MdastContent[] {
  const blocks = (
    markdownToMdast(markdown, { features: markdownFeatures, position: false }) as Extract<MdastNode, { type: "root" }>
  ).children;
  const start = blocks.findIndex((block) => block.type === "heading" && text(block) === heading);
  const opening = blocks[start];
  if (opening?.type !== "heading") throw new Error(`README.md has no heading "${heading}"`);
  const end = blocks.findIndex((block, i) => i > start && block.type === "heading" && block.depth <= opening.depth);
  return blocks.slice(start + 1, end < 0 ? undefined : end).map((block): MdastContent => {
    if (block.type === "heading") return { ...block, depth: (block.depth - opening.depth + 1) as typeof block.depth };
    if (block.type !== "code") return block;
    return {
      type: "mdxJsxFlowElement",
      name: "Snippet",
      attributes: [
        { type: "mdxJsxAttribute", name: "lang", value: block.lang ?? "plaintext" },
        { type: "mdxJsxAttribute", name: "code", value: block.value },
      ],
      children: [],
    };
  });
}

/** The words of a node, as a reader sees them. */
function text(node: MdastNode): string {
  if ("value" in node) return node.value;
  return "children" in node ? node.children.map(text).join("") : "";
}
