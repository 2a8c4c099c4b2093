import type { Scale, ScaleOptions } from "@observablehq/plot";
import { RecountError } from "#engine/diagnostics/recount-error.ts";
import { elements } from "./elements.ts";

/**
 * The categorical colours of every chart: CSS custom properties that the site's stylesheet sets
 * for light mode, dark mode and print (see charts.css). The fallbacks are the first colours of
 * Plot's own scheme, so that a chart keeps its colours on a page without that stylesheet.
 */
export const palette: readonly string[] = [
  "var(--chart-1, #4269d0)",
  "var(--chart-2, #efb118)",
  "var(--chart-3, #ff725c)",
  "var(--chart-4, #6cc5b0)",
  "var(--chart-5, #3ca951)",
  "var(--chart-6, #ff8ab7)",
];

/** The page background, for halos around text over bars and outlines of markers (see charts.css). */
export const background = "var(--chart-background, white)";

/**
 * The colours Plot drew that a chart replaces, and what with: Plot's background variable, which
 * only Plot's own style sheet sets, and the colours of a categorical scale left to Plot's default
 * scheme, by the palette's, in order.
 */
export function colorReplacements(
  id: string,
  scale: Scale | undefined,
  options: ScaleOptions = {},
): Map<string, string> {
  const colors = new Map([["var(--plot-background)", background]]);
  if (scale?.type !== "ordinal" || options.range !== undefined || options.scheme !== undefined) return colors;
  const domain = Array.from(scale.domain ?? []);
  const range = Array.from(scale.range ?? []);
  if (domain.length > palette.length) {
    throw new RecountError(
      `chart "${id}" colours ${domain.length} categories (${domain.join(", ")}), more than the ${palette.length} colours of the chart palette`,
      {
        hint: `group the smallest categories into one, or give the chart color: {range: [...]} with colours of your own`,
      },
    );
  }
  domain.forEach((_, i) => colors.set(range[i], palette[i]!));
  return colors;
}

/** Replaces the fill and stroke colours of `root` and its descendants that `colors` maps. */
export function recolor(root: Element, colors: ReadonlyMap<string, string>): void {
  for (const element of elements(root)) {
    for (const name of ["fill", "stroke"]) {
      const color = colors.get(element.getAttribute(name) ?? "");
      if (color !== undefined) element.setAttribute(name, color);
    }
  }
}
