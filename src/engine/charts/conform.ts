import { elements } from "./elements.ts";
import { addStyle } from "./style.ts";

/**
 * Rewrites what Plot draws so that, inlined in a page, it passes axe-core and the Nu HTML checker:
 * `aria-label` and `aria-description` are not allowed on a `<g>` without a role (the figure names
 * and describes the chart instead); `font-variant="tabular-nums"` is not a value the SVG attribute
 * takes, though the CSS property does; and Plot's `<style>` sheets, which repeat on every chart
 * and hold a non-standard `height: intrinsic`, give way to the site's stylesheet (charts.css),
 * leaving the swatch legends an empty style attribute to drop. The marks that draw lines between
 * places (arrows, links, lines) keep what they are as a class, `plot-edge` (the prefix every class of a chart takes, markup.ts), so that a test can follow them
 * through the chart's text.
 */
const edgeMarks = new Set(["arrow", "link", "line"]);

export function conform(root: Element): void {
  for (const element of elements(root)) {
    if (element.localName === "style") {
      element.remove();
      continue;
    }
    if (element.localName === "g" && !element.hasAttribute("role")) {
      if (edgeMarks.has(element.getAttribute("aria-label") ?? "")) element.setAttribute("class", "plot-edge");
      element.removeAttribute("aria-label");
      element.removeAttribute("aria-description");
    }
    const fontVariant = element.getAttribute("font-variant");
    if (fontVariant !== null) {
      addStyle(element, `font-variant:${fontVariant}`);
      element.removeAttribute("font-variant");
    }
    if (element.getAttribute("style") === "") element.removeAttribute("style");
  }
}
