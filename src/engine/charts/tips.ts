import { RecountError } from "#engine/diagnostics/recount-error.ts";
import { elements } from "./elements.ts";

/** Throws if Plot drew a tip: tips appear on hover, measure their text in a browser, and come out empty here. */
export function rejectTips(id: string, svg: Element): void {
  if (!elements(svg).some((element) => element.localName === "g" && element.getAttribute("aria-label") === "tip"))
    return;
  throw new RecountError(
    `chart "${id}" has a tip (a tip mark, or a mark with the tip option), and tips need a browser, but charts are drawn when the site is built`,
    {
      hint: "remove the tip; show the numbers a reader needs with text marks, or leave them to the chart's data table",
    },
  );
}
