import { RecountError } from "#engine/diagnostics/recount-error.ts";

/**
 * Throws if Plot warned while drawing: it prints each warning on the console and adds a ⚠️ to the
 * chart, whose title counts them, and a published chart should not carry one.
 */
export function rejectWarnings(id: string, svg: Element): void {
  const title = svg.lastElementChild?.querySelector("title")?.textContent ?? "";
  const warnings = /^([\d,]+) warnings?\. Please check the console\.$/.exec(title)?.[1];
  if (warnings === undefined) return;
  throw new RecountError(
    `Observable Plot printed ${warnings === "1" ? "a warning" : `${warnings} warnings`} while drawing chart "${id}"`,
    {
      hint: "read the warning printed above this error, and change the chart's data or options as it says",
    },
  );
}
