import { parse, parseExpression } from "@babel/parser";
import type { Expression } from "@babel/types";
import { mdxToMdast } from "satteri";
import type { MdastNode } from "satteri";
import type { RecountError } from "#engine/diagnostics/recount-error.ts";
import { fencedBlocks, frontmatterEnd } from "./cells.ts";
import { pageError } from "#engine/diagnostics/page-error.ts";

/**
 * The elements a page's prose may write as HTML: the ones prose needs, none that runs, loads, styles or
 * embeds anything. An allow-list, so an element no one thought of (an SVG `<animate>` that sets a link, a
 * `<meta>` refresh) is refused too. Components are the site's, given to every page (mdx-components.ts).
 */
const elements = new Set(
  [
    "a abbr b bdi bdo blockquote br caption cite code col colgroup data dd del details dfn div dl dt em figcaption",
    "figure h2 h3 h4 h5 h6 hr i ins kbd li mark ol p pre q s samp small span strong sub summary sup table tbody td",
    "tfoot th thead time tr u ul var wbr img",
    "Fact AsCharacterised ClaimsTable CrossFilingChecks",
  ]
    .join(" ")
    .split(" "),
);

/** The attributes those elements may carry, by element ("*" for all); `aria-…` ones too. None runs or styles. */
const attributes: Record<string, readonly string[]> = {
  "*": ["id", "title", "lang", "dir", "role"],
  a: ["href", "rel", "hreflang"],
  img: ["src", "alt", "width", "height"],
  q: ["cite", "data-filing"],
  blockquote: ["cite", "data-filing"],
  del: ["cite", "datetime"],
  ins: ["cite", "datetime"],
  time: ["datetime"],
  data: ["value"],
  td: ["colspan", "rowspan", "headers"],
  th: ["colspan", "rowspan", "headers", "scope", "abbr"],
  col: ["span"],
  colgroup: ["span"],
  ol: ["start", "reversed", "type"],
  li: ["value"],
  details: ["open"],
  AsCharacterised: ["by"],
};

/** Why the best-known elements that run, load, style or embed something are refused, in an editor's words. */
const refusedElements = new Map<string, string>(
  Object.entries({
    script: "a <script> element in the prose would run in readers' browsers",
    style: "a <style> element would restyle the site, and could dress words as a verified figure",
    meta: "a <meta> element could send readers to another site (a refresh) or change how the page is read",
    link: "a <link> element would load a file from elsewhere into the page",
    iframe: "an <iframe> would show another site inside the page",
    object: "an <object> would embed content from elsewhere into the page",
    embed: "an <embed> would embed content from elsewhere into the page",
    svg: "inline SVG can run or animate links; a chart is drawn by a cell's chart()",
    animate: "an SVG <animate> can set a link to JavaScript",
    set: "an SVG <set> can set a link to JavaScript",
    fragment: "<Fragment> is the site's code, whose set:html inserts HTML no check reads",
  }),
);

/** Addresses a reader can follow: the web's and mail. Anything loaded into the page must be the site's own. */
const linkProtocols = new Set(["http:", "https:", "mailto:"]);
/** A stand-in for the site's own address: a path or a #section resolves against it and keeps its origin. */
const siteBase = "https://recount.invalid/filings/page/";

const scriptHint =
  "remove it: Recount's pages carry no JavaScript; a computation belongs in a ts cell, run when the site is built";
const addressHint = "link to an http:// or https:// address, a path on the site (/filings/…) or a #section";
const loadedHint = "show an image from the site itself (a path such as /images/…): a page loads nothing from elsewhere";
const elementHint = `use Markdown, or one of the elements a page may hold: ${[...elements].join(", ")}`;

/**
 * What a page's prose may not hold, found in the MDX parser's tree (the one the build compiles), so that a page
 * is judged as the build reads it. A page is content, not code: no `import`/`export` (they would run in the
 * build with its privileges), `{…}` only for a name a cell defines or a literal, element props only literals;
 * elements and attributes from an allow-list (nothing that runs, loads, styles or embeds); links only to web
 * and mail addresses, and images only from the site. MDX reads every tag as JSX, entities resolved, so there
 * is no raw HTML for another parser to read differently. Cells the build would show without running (inside
 * a list item or a block quote, where the line scan that takes cells does not look) are refused too. Lines are
 * the page's own. A page the parser cannot read is left to the build, which says where.
 */
export function proseErrors(text: string, file: string): RecountError[] {
  const long = longLine(text);
  if (long !== undefined) {
    return [
      pageError(
        `line ${long.line} of the prose is ${long.length.toLocaleString("en-US")} characters long, more than ${maxProseLine.toLocaleString("en-US")}`,
        {
          file,
          text,
          line: long.line,
          hint: "break it into shorter lines: a line break inside a paragraph reads as a space (the MDX parser's time grows with the square of a line's length)",
        },
      ),
    ];
  }
  const tree = parsed(text);
  if (!tree) return [];
  // The fences cells are taken from. A cell the parser finds elsewhere, or nested in other markup (where
  // the scan may take it but the page would not show it as a cell), is refused.
  const scanned = new Set(fencedBlocks(text.split(/\r?\n/)).map((block) => block.openingLine));
  const definitions = new Map<string, string>();
  visit(tree, undefined, (node) => {
    if (node.type === "definition") definitions.set(node.identifier, node.url);
  });
  const errors: RecountError[] = [];
  const at = (node: MdastNode, message: string, hint: string) => {
    const start = node.position?.start;
    errors.push(pageError(message, { file, text, line: start?.line ?? 1, column: start?.column, hint }));
  };
  visit(tree, undefined, (node, parent) => {
    switch (node.type) {
      case "mdxjsEsm":
        return at(
          node,
          "an import or export line would run in the build, with access to its files and environment",
          "remove it: a page is content, and the site gives every page its components (<Fact>, <AsCharacterised>, <ClaimsTable>, <CrossFilingChecks>); a computation belongs in a ts cell",
        );
      case "mdxFlowExpression":
      case "mdxTextExpression":
        if (inlineExpression(node.value) === undefined)
          at(
            node,
            `{${node.value.trim()}} is code, which a page's prose may not run`,
            "write a name a cell on the page defines ({revenue2024}, or {revenue2024.printed}) or plain text; compute in a ts cell",
          );
        return;
      case "mdxJsxFlowElement":
      case "mdxJsxTextElement":
        return elementErrors(node, at);
      case "html":
        return at(node, "raw HTML is not read as MDX reads it", elementHint);
      case "link":
      case "definition":
        if (!isLink(node.url)) at(node, `the link ${JSON.stringify(node.url)} is not a web address`, addressHint);
        return;
      case "image":
      case "imageReference": {
        const url = node.type === "image" ? node.url : definitions.get(node.identifier);
        if (url !== undefined && !isSiteOwn(url))
          at(node, `the image ${JSON.stringify(url)} would be loaded from outside the site`, loadedHint);
        return;
      }
      case "code":
        if (
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
    }
  });
  return errors;
}

type At = (node: MdastNode, message: string, hint: string) => void;

function elementErrors(node: MdastNode & { type: "mdxJsxFlowElement" | "mdxJsxTextElement" }, at: At): void {
  const name = node.name;
  // A fragment, <>…</>, holds prose and adds nothing.
  if (name === null) return;
  if (!elements.has(name)) {
    return at(
      node,
      refusedElements.get(name.toLowerCase()) ?? `<${name}> is not an element a page may hold`,
      name.toLowerCase() === "script" ? scriptHint : elementHint,
    );
  }
  const allowed = [...attributes["*"]!, ...(attributes[name] ?? [])];
  for (const attribute of node.attributes) {
    if (attribute.type !== "mdxJsxAttribute") {
      at(
        node,
        `<${name} {${attribute.value}}> spreads code into the element's props`,
        'write each prop as name="text"',
      );
      continue;
    }
    const { name: prop, value } = attribute;
    if (/^on/i.test(prop)) {
      at(
        node,
        `the attribute ${prop}= on <${name}> would run JavaScript in readers' browsers`,
        "remove it: Recount's pages carry no JavaScript",
      );
      continue;
    }
    if (!allowed.includes(prop) && !/^aria-[a-z]+$/.test(prop)) {
      at(
        node,
        prop.includes(":")
          ? `${prop} on <${name}> is a directive of the site's code (set:html inserts HTML no check reads)`
          : prop === "class" || prop === "className" || prop === "style"
            ? `${prop}= on <${name}> would restyle the page: a class or style can dress words as a disclosed figure or a badge`
            : `the attribute ${prop}= is not one <${name}> may have in a page`,
        prop === "class" || prop === "className" || prop === "style"
          ? 'remove it: the site styles pages; a disclosed figure is shown with <Fact id="…" />'
          : `remove it; <${name}> may have ${allowed.join(", ")} and aria-… attributes`,
      );
      continue;
    }
    const literal =
      value === null || value === undefined || typeof value === "string" ? value : propLiteral(value.value);
    if (literal === undefined && value !== undefined && value !== null) {
      at(
        node,
        `${prop}={${typeof value === "string" ? value : value.value}} on <${name}> is code; a prop is a literal`,
        `write it as text: ${prop}="…"`,
      );
      continue;
    }
    if (typeof literal !== "string") continue;
    if ((prop === "href" || prop === "cite") && !isLink(literal)) {
      at(node, `the address ${JSON.stringify(literal)} of ${prop}= on <${name}> is not a web address`, addressHint);
    } else if (prop === "src" && !isSiteOwn(literal)) {
      at(node, `the image ${JSON.stringify(literal)} would be loaded from outside the site`, loadedHint);
    }
  }
}

/**
 * What a `{…}` of prose stands for, read by Babel's parser: a name a cell may define, with a property path
 * (`revenue.printed`), a string or number literal, or nothing (a comment). Undefined for anything else, which
 * would be code run as the page renders. Whether the name is a cell's is known once the cells have run.
 */
export function inlineExpression(
  source: string,
): { kind: "name"; path: string } | { kind: "literal"; text: string } | { kind: "comment" } | undefined {
  try {
    const expression = parseExpression(source);
    if (expression.type === "StringLiteral") return { kind: "literal", text: expression.value };
    if (expression.type === "NumericLiteral") return { kind: "literal", text: source.trim() };
    const path: string[] = [];
    let node: Expression = expression;
    while (node.type === "MemberExpression" && !node.computed && node.property.type === "Identifier") {
      path.unshift(node.property.name);
      node = node.object;
    }
    return node.type === "Identifier" ? { kind: "name", path: [node.name, ...path].join(".") } : undefined;
  } catch {
    // Only comments, which MDX drops: a program with nothing in it.
    try {
      const program = parse(source).program;
      return program.body.length === 0 && program.directives.length === 0 ? { kind: "comment" } : undefined;
    } catch {
      return undefined;
    }
  }
}

/** A prop's `{…}` value when it is a literal (a string, number or boolean), else undefined. */
function propLiteral(source: string): string | number | boolean | undefined {
  try {
    const expression = parseExpression(source);
    if (
      expression.type === "StringLiteral" ||
      expression.type === "NumericLiteral" ||
      expression.type === "BooleanLiteral"
    )
      return expression.value;
  } catch {
    // not an expression at all: refused as code
  }
  return undefined;
}

/** Whether a reader may follow an address: a web or mail one, or the site's own; read as browsers read it (WHATWG URL). */
function isLink(url: string): boolean {
  const resolved = resolve(url);
  return resolved !== undefined && linkProtocols.has(resolved.protocol);
}

/** Whether an address is the site's own (a path, a #section), so loading it reaches nothing elsewhere. */
function isSiteOwn(url: string): boolean {
  return resolve(url)?.origin === new URL(siteBase).origin;
}

function resolve(url: string): URL | undefined {
  try {
    return new URL(url, siteBase);
  } catch {
    return undefined;
  }
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

/**
 * The longest line of prose a page may have. The MDX parser (Sätteri, the build's own) takes time that grows
 * with the square of a line's length where it holds many `<` or `{` (measured: a 1 MB page in lines of 1,000
 * characters 1.4 s, of 2,000 characters 2.2-4.2 s, one line of 100,000 characters minutes); code in fences
 * and frontmatter are read in linear time whatever their lines. Prose lines of the real pages are under 420.
 */
const maxProseLine = 1_000;

/** The first line of prose (outside frontmatter and fenced code) longer than the parser reads in good time. */
function longLine(text: string): { line: number; length: number } | undefined {
  const lines = text.split("\n");
  const code = new Set<number>();
  for (let index = 0; index < frontmatterEnd(lines); index++) code.add(index);
  for (const { openingLine, closingLine = lines.length + 1 } of fencedBlocks(lines))
    for (let line = openingLine; line < closingLine - 1; line++) code.add(line);
  const index = lines.findIndex((line, at) => line.length > maxProseLine && !code.has(at));
  return index < 0 ? undefined : { line: index + 1, length: lines[index]!.length };
}

/**
 * The page as the MDX parser reads it; undefined when it cannot, which the build reports where it fails, or
 * when a line of prose is too long to read in good time, which `proseErrors` reports.
 */
export function parsed(text: string): MdastNode | undefined {
  if (longLine(text)) return undefined;
  try {
    return mdxToMdast(text);
  } catch {
    return undefined;
  }
}

/** Every node in document order with its parent; a loop, not recursion, so a page nested thousands deep is read. */
export function visit(
  root: MdastNode,
  parent: MdastNode | undefined,
  each: (node: MdastNode, parent: MdastNode | undefined) => void,
): void {
  const stack: [MdastNode, MdastNode | undefined][] = [[root, parent]];
  while (stack.length) {
    const [node, above] = stack.pop()!;
    each(node, above);
    if ("children" in node) {
      const children = node.children as MdastNode[];
      for (let index = children.length - 1; index >= 0; index--) stack.push([children[index]!, node]);
    }
  }
}
