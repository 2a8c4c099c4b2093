import { escapeHtml } from "#engine/text/escape.ts";

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const svgNamespace = "http://www.w3.org/2000/svg";

// Elements whose whitespace is content: a line break between two tspans would show as a space.
const inline = new Set(["text", "tspan", "title", "desc", "span"]);

/**
 * The markup of an element, written the same way on every build and easy to diff: attributes in
 * the order they were set (linkedom lists them newest first), each child element on a line of its
 * own outside text, empty SVG elements self-closed (HTML elements always get their end tag).
 */
export function serialize(element: Element): string {
  // Written into one array and joined: a string grown piece by piece stays a tree of its pieces, which
  // every chart a page keeps would carry in memory through the whole build.
  const markup: string[] = [];
  write(element, false, markup);
  return markup.join("");
}

function write(element: Element, inText: boolean, markup: string[]): void {
  const name = element.localName;
  markup.push(`<${name}`);
  // By name, as linkedom's element.attributes is a proxy many times slower to read.
  for (const attribute of element.getAttributeNames().reverse()) {
    markup.push(` ${attribute}="${escapeHtml(element.getAttribute(attribute)!)}"`);
  }
  if (!element.hasChildNodes() && element.namespaceURI === svgNamespace) {
    markup.push(" />");
    return;
  }
  markup.push(">");
  const text = inText || inline.has(name);
  let lines = false;
  for (let child = element.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === TEXT_NODE) {
      markup.push(escapeHtml(child.nodeValue!));
    } else if (child.nodeType === ELEMENT_NODE) {
      if (!text) {
        markup.push("\n");
        lines = true;
      }
      write(child as Element, text, markup);
    }
  }
  markup.push(`${lines ? "\n" : ""}</${name}>`);
}
