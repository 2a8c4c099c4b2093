import { mdxToMdast } from "satteri";
import type { MdastNode } from "satteri";
import type { RecountError } from "#engine/diagnostics/recount-error.ts";
import { fencedBlocks } from "./cells.ts";
import { pageError } from "#engine/diagnostics/page-error.ts";

/** Addresses a link may have: the web's, mail, and the site's own (paths, #sections). */
const safeSchemes = new Set(["http", "https", "mailto"]);

/**
 * What a page's prose may not hold, found with the MDX parser, so that a page is judged as the build reads
 * it: scripts and event handlers (pages carry no JavaScript, and the build would publish them live),
 * links to `javascript:` and other non-web addresses, and cells the build would show without running
 * (inside a list item or a block quote, where the line scan that takes cells does not look). Lines are the page's own. A page the parser cannot read is left
 * to the build, which says where.
 */
export function proseErrors(text: string, file: string): RecountError[] {
  const tree = parsed(text);
  if (!tree) return [];
  // The fences cells are taken from. A cell the parser finds elsewhere, or nested in other markup (where
  // the scan may take it but the page would not show it as a cell), is refused.
  const scanned = new Set(fencedBlocks(text.split(/\r?\n/)).map((block) => block.openingLine));
  const errors: RecountError[] = [];
  const at = (node: MdastNode, message: string, hint: string) => {
    const start = node.position?.start;
    errors.push(pageError(message, { file, text, line: start?.line ?? 1, column: start?.column, hint }));
  };
  visit(tree, undefined, (node, parent) => {
    if (node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") {
      if (node.name?.toLowerCase() === "script") {
        at(
          node,
          "a <script> element in the prose would run in readers' browsers",
          "remove it: Recount's pages carry no JavaScript; a computation belongs in a ts cell, run when the site is built",
        );
      }
      for (const attribute of node.attributes) {
        if (attribute.type !== "mdxJsxAttribute") continue;
        if (/^on/i.test(attribute.name)) {
          at(
            node,
            `the attribute ${attribute.name}= on <${node.name}> would run JavaScript in readers' browsers`,
            "remove it: Recount's pages carry no JavaScript",
          );
        } else if (
          typeof attribute.value === "string" &&
          /^(?:href|src|action|formaction|xlink:href|srcdoc|data)$/i.test(attribute.name) &&
          !isSafeAddress(attribute.value)
        ) {
          at(
            node,
            `the address ${JSON.stringify(attribute.value)} of ${attribute.name}= on <${node.name}> is not a web address`,
            addressHint,
          );
        }
      }
    }
    if ((node.type === "link" || node.type === "image" || node.type === "definition") && !isSafeAddress(node.url)) {
      at(node, `the link ${JSON.stringify(node.url)} is not a web address`, addressHint);
    }
    if (
      node.type === "code" &&
      /^(?:ts|typescript)$/.test(node.lang ?? "") &&
      /^cell(?:\s|$)/.test(node.meta ?? "") &&
      (parent?.type !== "root" || !scanned.has(node.position?.start.line ?? 0))
    ) {
      const where =
        parent?.type === "blockquote"
          ? "a block quote"
          : parent?.type === "listItem"
            ? "a list item"
            : "another element";
      at(
        node,
        `this cell is inside ${where}, where it would be shown as code and never run`,
        "move it out to the top level of the page: its fence starts a line, with no > or list marker in front and no indentation",
      );
    }
  });
  return errors;
}

/**
 * The lines (1-based, fences included) of every block of code of a page, fenced at any depth, as the build
 * reads them: the parser's code nodes, which the cell check above judges too, are the one answer to what is
 * code, for the words as well (prose/page-prose.ts leaves them out). Undefined when the parser cannot read
 * the page.
 */
export function codeLines(text: string): { readonly start: number; readonly end: number }[] | undefined {
  const tree = parsed(text);
  if (!tree) return undefined;
  const blocks: { start: number; end: number }[] = [];
  visit(tree, undefined, (node) => {
    if (node.type === "code" && node.position)
      blocks.push({ start: node.position.start.line, end: node.position.end.line });
  });
  return blocks;
}

/** The page as the MDX parser reads it; undefined when it cannot, which the build reports where it fails. */
function parsed(text: string): MdastNode | undefined {
  try {
    return mdxToMdast(text);
  } catch {
    return undefined;
  }
}

const addressHint = "link to an http:// or https:// address, a path on the site (/filings/…) or a #section";

/** Whether an address is a web, mail or relative one; browsers drop control characters and spaces before the scheme. */
function isSafeAddress(url: string): boolean {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url.replace(/[\u0000-\u0020]/g, ""))?.[1];
  return scheme === undefined || safeSchemes.has(scheme.toLowerCase());
}

function visit(
  node: MdastNode,
  parent: MdastNode | undefined,
  each: (node: MdastNode, parent: MdastNode | undefined) => void,
): void {
  each(node, parent);
  if ("children" in node) for (const child of node.children as MdastNode[]) visit(child, node, each);
}
