import { DOMParser } from "linkedom";
import { escapeHtml } from "#engine/text/escape.ts";

/**
 * A chart's markup as the host admits it: parsed into a tree by an XML parser, every element, attribute
 * name and value checked against what charts draw, and written anew from that tree, so that what is
 * published is exactly what was checked, whatever the text it came as. The writing leaves a browser's
 * HTML parser no choice: names from the lists below, values quoted and escaped, CSS reduced to characters
 * in which it has no escapes, strings or comments, and HTML elements only where HTML is read (an SVG
 * element outside an `<svg>`, or a `<div>` inside one, would make the browser restructure the tree).
 */
export type Refuse = (problem: string) => never;

/** What a field holds: one `<svg>` (a drawing), or HTML of `<div>`, `<span>`, `<p>` and `<svg>` (the legends). */
export type MarkupKind = "svg" | "html";

/** A set of the words of a list written one or more to a line. */
const words = (list: string) => new Set(list.trim().split(/\s+/));

const htmlElements = new Set(["div", "span", "p"]);
/** SVG elements Plot, its legends and src/engine/charts write; no `a`, `image`, `style`, animation or `foreignObject`. */
const svgElements = words(`
  svg g text tspan line path rect circle ellipse polyline polygon title desc defs clipPath marker linearGradient radialGradient stop pattern mask use symbol
`);

/** Attributes whose values are read as CSS (presentation attributes) or as numbers and lists of them. */
const cssAttributes = words(`
  x y x1 x2 y1 y2 cx cy r rx ry fx fy d dx dy points width height viewBox preserveAspectRatio
  transform transform-origin rotate fill fill-opacity fill-rule stroke stroke-opacity stroke-width
  stroke-linecap stroke-linejoin stroke-miterlimit stroke-dasharray stroke-dashoffset opacity
  paint-order font-family font-size font-style font-weight font-variant letter-spacing text-anchor
  dominant-baseline alignment-baseline text-decoration writing-mode textLength lengthAdjust clip-path
  clip-rule clipPathUnits mask marker-start marker-mid marker-end markerWidth markerHeight
  markerUnits orient refX refY patternUnits patternContentUnits patternTransform gradientUnits
  gradientTransform offset stop-color stop-opacity mix-blend-mode shape-rendering image-rendering
  visibility vector-effect pointer-events color display overflow
`);

/** CSS properties a chart's style attributes may set. */
const cssProperties = words(`
  max-width width height overflow color background-color opacity line-height font-family font-size
  font-style font-weight font-variant font-variant-numeric letter-spacing white-space vertical-align
  text-anchor paint-order margin margin-left margin-right margin-top margin-bottom fill fill-opacity
  stroke stroke-opacity stroke-width stroke-dasharray stroke-linecap stroke-linejoin shape-rendering
`);

/** CSS functions a chart may call: colours, arithmetic, transforms, and `url()` of an element on the page. */
const cssFunctions = words(`
  var rgb rgba hsl hsla hwb lab lch oklab oklch color-mix calc min max clamp translate translatex
  translatey rotate scale scalex scaley skewx skewy matrix url
`);

const roles = new Set(["img", "presentation", "none", "group", "list", "listitem"]);
const namespaces: Record<string, string> = {
  xmlns: "http://www.w3.org/2000/svg",
  "xmlns:xlink": "http://www.w3.org/1999/xlink",
};
const idPattern = /^[A-Za-z][\w-]*$/;
/** Deeper than any chart nests: a bound on the walk, so no markup can exhaust the stack. */
const maxDepth = 64;

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/**
 * `markup` checked and written anew, or `refuse` called with what is wrong; and the words it shows
 * (`markupTexts`) read from the same parse: a verification reads every chart's words for its quotations, and
 * parsing each drawing a second time for them cost a 2,000-page build 9 s of the verification's thread.
 */
export function admitMarkup(
  markup: string,
  kind: MarkupKind,
  idPrefix: string,
  refuse: Refuse,
): { markup: string; texts: string[] } {
  const root = new DOMParser().parseFromString(`<root>${markup}</root>`, "image/svg+xml").documentElement;
  const out: string[] = [];
  const top = [...root.childNodes];
  if (kind === "svg") {
    const elements = top.filter((node) => node.nodeType !== TEXT_NODE || node.textContent!.trim());
    if (elements.length !== 1 || (elements[0] as Element).localName !== "svg")
      refuse("a drawing that is not one <svg> element");
  }
  for (const node of top) write(node, "html", 0, { idPrefix, refuse }, out);
  return { markup: out.join(""), texts: textsIn(root) };
}

/**
 * The words admitted markup shows a reader, entities decoded: each SVG `<text>` and `<title>` whole (a label
 * split into `<tspan>` lines is one text), and every other text outside a style (a legend's labels).
 */
export function markupTexts(markup: string): string[] {
  return textsIn(new DOMParser().parseFromString(`<root>${markup}</root>`, "image/svg+xml").documentElement);
}

/** A parsed `<root>`, as linkedom types it. */
type Root = ReturnType<DOMParser["parseFromString"]>["documentElement"];

/** The words of a parsed `<root>`, as `markupTexts` reads them. */
function textsIn(documentElement: Root): string[] {
  const texts: string[] = [];
  const push = (text: string) => {
    if (text.trim()) texts.push(text.trim());
  };
  // The root element, as the DOM types a node (linkedom types its documentElement apart).
  const stack: Node[] = [documentElement.parentNode!.firstChild!];
  while (stack.length) {
    const node = stack.pop()!;
    const name = (node as Element).localName;
    if (name === "text" || name === "title") {
      push(node.textContent!);
      continue;
    }
    if (name === "style") continue;
    // The parser splits a text at each entity: a run of text nodes is one text.
    let run = "";
    const elements: Node[] = [];
    for (const child of node.childNodes) {
      if (child.nodeType === TEXT_NODE) run += child.textContent!;
      else {
        push(run);
        run = "";
        if (child.nodeType === ELEMENT_NODE) elements.push(child);
      }
    }
    push(run);
    stack.push(...elements.reverse());
  }
  return texts;
}

interface Admission {
  readonly idPrefix: string;
  readonly refuse: Refuse;
}

function write(node: Node, context: "html" | "svg", depth: number, admission: Admission, out: string[]): void {
  const { refuse } = admission;
  if (node.nodeType === TEXT_NODE) {
    out.push(escapeHtml(node.textContent!));
    return;
  }
  if (node.nodeType !== ELEMENT_NODE) refuse(`markup that is not elements and text (${node.nodeName})`);
  const element = node as Element;
  const name = element.localName;
  if (depth >= maxDepth) refuse(`elements nested more than ${maxDepth} deep`);
  const inside = name === "svg" ? "svg" : context;
  const allowed = context === "svg" ? svgElements : name === "svg" ? svgElements : htmlElements;
  if (!allowed.has(name))
    refuse(
      svgElements.has(name) || htmlElements.has(name)
        ? `a <${name}> element ${context === "svg" ? "inside an <svg>" : "outside an <svg>"}, where a browser reads it differently`
        : `a <${name}> element, which charts never draw`,
    );
  if (name === "p")
    for (const child of element.children)
      if (child.localName === "p" || child.localName === "div") refuse(`a <${child.localName}> inside a <p>`);
  out.push(`<${name}`);
  for (const attribute of element.getAttributeNames())
    out.push(` ${attribute}="${escapeHtml(attributeValue(attribute, element.getAttribute(attribute)!, admission))}"`);
  if (!element.hasChildNodes() && inside === "svg") {
    out.push(" />");
    return;
  }
  out.push(">");
  for (const child of element.childNodes) write(child, inside, depth + 1, admission, out);
  out.push(`</${name}>`);
}

/** The value an attribute is published with, once checked. */
function attributeValue(name: string, value: string, { idPrefix, refuse }: Admission): string {
  if (/^on/i.test(name)) refuse(`an event handler (${name})`);
  const tokens = () => value.split(/[ \t\n\f\r]+/).filter(Boolean);
  switch (name) {
    case "href":
    case "xlink:href":
      if (!/^#[A-Za-z][\w-]*$/.test(value)) refuse(`a link off the page (${name}="${value}")`);
      return value;
    case "xmlns":
    case "xmlns:xlink":
      if (value !== namespaces[name]) refuse(`a namespace charts never use (${name}="${value}")`);
      return value;
    case "id":
      if (!value.startsWith(`${idPrefix}-`) || !idPattern.test(value))
        refuse(`an id that is not the chart's own (id="${value}"); its ids start with "${idPrefix}-"`);
      return value;
    case "class":
      if (!tokens().every((token) => /^plot[\w-]*$/.test(token)))
        refuse(`a class that is not Plot's (class="${value}")`);
      return tokens().join(" ");
    case "role":
      if (!roles.has(value)) refuse(`a role charts never take (role="${value}")`);
      return value;
    case "aria-hidden":
      if (value !== "true" && value !== "false") refuse(`aria-hidden="${value}"`);
      return value;
    case "aria-labelledby":
    case "aria-describedby":
      if (!tokens().every((token) => idPattern.test(token))) refuse(`a ${name} that is not a list of ids`);
      return tokens().join(" ");
    case "aria-label":
    case "aria-description":
      return value;
    case "style":
      return declarations(value, refuse);
  }
  if (!cssAttributes.has(name)) refuse(`an attribute charts never write (${name})`);
  return cssValue(name, value, refuse);
}

/** A style attribute's declarations, each property one charts set, written anew from what was checked. */
function declarations(style: string, refuse: Refuse): string {
  const decoded = plainCss("style", style, refuse, ";");
  return decoded
    .split(";")
    .filter((declaration) => declaration.trim())
    .map((declaration) => {
      const colon = declaration.indexOf(":");
      const property = declaration.slice(0, colon).trim().toLowerCase();
      if (colon < 0 || !cssProperties.has(property)) refuse(`a style that charts never set (${declaration.trim()})`);
      return `${property}:${checkFunctions("style", declaration.slice(colon + 1).trim(), refuse)}`;
    })
    .join(";");
}

function cssValue(name: string, value: string, refuse: Refuse): string {
  return checkFunctions(name, plainCss(name, value, refuse, ""), refuse);
}

/**
 * CSS with its escapes decoded (`u\72l(` is `url(`), as a browser reads it, then held to characters in
 * which CSS has no escapes, strings, comments, blocks or at-rules: so the text checked is the text
 * published, and a browser tokenises it as the checks below read it.
 */
function plainCss(name: string, css: string, refuse: Refuse, extra: string): string {
  const decoded = decodeCssEscapes(css);
  const allowed = new RegExp(`^[A-Za-z0-9 \\t\\n.,#%()+\\-*/:!_${extra}]*$`);
  if (!allowed.test(decoded) || decoded.includes("/*"))
    refuse(`CSS that charts never write (${name}="${decoded}"): only letters, digits and plain punctuation`);
  return decoded;
}

/** Refuses any function but colours, arithmetic, transforms and `url(#id)`: nothing can be fetched. */
function checkFunctions(name: string, css: string, refuse: Refuse): string {
  for (const [, fn] of css.matchAll(/([\w-]+)\(/g))
    if (!cssFunctions.has(fn!.toLowerCase())) refuse(`a CSS function charts never use (${fn}() in ${name})`);
  for (const [call, target] of css.matchAll(/url\(([^)]*)\)/gi))
    if (!/^\s*#[A-Za-z][\w-]*\s*$/.test(target!)) refuse(`a reference off the page (${call} in ${name})`);
  return css;
}

/** CSS Syntax 3's escapes: a backslash and 1–6 hex digits (and one whitespace after), or any other character. */
export function decodeCssEscapes(css: string): string {
  return css.replace(/\\(?:([0-9A-Fa-f]{1,6})(?:\r\n|[ \t\n\r\f])?|([^]))?/g, (_, hex?: string, other?: string) => {
    if (hex !== undefined) {
      const code = parseInt(hex, 16);
      return code === 0 || (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff
        ? "\uFFFD"
        : String.fromCodePoint(code);
    }
    // A backslash before a newline is no escape but stays (refused as a character below); at the end, U+FFFD.
    if (other === undefined) return "\uFFFD";
    return /[\n\r\f]/.test(other) ? `\\${other}` : other;
  });
}
