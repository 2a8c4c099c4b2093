import { elements } from "./elements.ts";

/**
 * Writes a true minus sign (U+2212) for the hyphen that `toLocaleString` and template strings put before a
 * negative number in a chart's text, as Plot's own axes and the site's tables print it: "−771", not "-771".
 * A hyphen counts as a minus only where no letter or digit runs into it ("FY2022-23" keeps its hyphen).
 */
export function trueMinus(root: Element): void {
  for (const element of elements(root)) {
    for (const node of element.childNodes) {
      if (node.nodeType === 3 && node.nodeValue?.includes("-"))
        node.nodeValue = node.nodeValue.replace(/(?<![\p{L}\p{N}])-(?=\d|\.\d)/gu, "\u2212");
    }
  }
}
