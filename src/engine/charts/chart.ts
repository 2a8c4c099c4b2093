import * as Plot from "@observablehq/plot";
import type { PlotOptions } from "@observablehq/plot";
import { RecountError } from "#engine/diagnostics/recount-error.ts";
import { slugPattern } from "#engine/text/slug.ts";
import { chartIdHint, chartIds, chartWidths, type ChartWidth } from "./chart-ids.ts";
import { conform } from "./conform.ts";
import { csv } from "#engine/tables/csv.ts";
import { document } from "./document.ts";
import { legends, withoutLegends } from "./legends.ts";
import { trueMinus } from "./minus.ts";
import { colorReplacements, recolor } from "./palette.ts";
import { reindex } from "./reindex.ts";
import { serialize } from "./serialize.ts";
import { addStyle } from "./style.ts";
import { columns, table, type ColumnOption, type DataTable } from "#engine/tables/table.ts";
import { rejectTips } from "./tips.ts";
import { drawWithoutWarnings } from "./warnings.ts";

/** What a chart is drawn from: Plot's options (marks, scales, size…) and what the page says about it. */
export interface ChartOptions<T extends object> extends PlotLayout {
  /** A slug unique on its page ("provisions-by-period"): it names the CSV file and prefixes the element ids. */
  readonly id: string;
  /** The chart's name, shown above it. */
  readonly caption: string;
  /** What the chart shows, in a sentence or two, for readers who cannot see it. */
  readonly description: string;
  /** The rows behind the chart, shown as its data table and offered as CSV. */
  readonly data: readonly T[];
  /** The columns of the table and the CSV file; every key of the rows by default. */
  readonly columns?: readonly ColumnOption<T>[];
  /**
   * Options that depend on the width a variant is drawn at (`chartWidths`), laid over the others (an
   * option given here replaces that option whole): e.g. `(width) => ({ marginLeft: width < 440 ? 90 : 170 })`.
   */
  readonly atWidth?: (width: ChartWidth) => PlotLayout;
}

/** Plot's options a chart may set; the width is the variant's, the rest is the figure's. */
export type PlotLayout = Omit<
  PlotOptions,
  "document" | "className" | "figure" | "title" | "subtitle" | "caption" | "ariaLabel" | "ariaDescription" | "width"
>;

/**
 * The size of a chart's text, in CSS px: from 11 px, the smallest the site shows, to the body text's
 * 16–18 px. Plot lays everything out for its own 10 px text (margins, tick spacing, label offsets), so
 * a chart is drawn at 10/13 of its width and shown at its width: all of it, text and margins, comes out
 * 1.3 times Plot's size. A mark's own fontSize is scaled too: 9 shows as 11.7 px.
 */
export const chartTextSize = 13;
/** The size of Plot's text, in the units of its layout. */
export const plotTextSize = 10;

/** The width Plot draws a variant at, in the units of its layout. */
export const plotWidth = (width: ChartWidth) => Math.round((width * plotTextSize) / chartTextSize);

/** One drawing of a chart, at one of `chartWidths`. */
export interface ChartVariant {
  readonly width: ChartWidth;
  /** The SVG; its ids start with `chartIds(id).variant(width)`, so the variants' ids differ. */
  readonly svg: string;
}

/** A chart drawn at build time: plain data that a page renders (see `figureHtml`). */
export interface Chart {
  readonly kind: "chart";
  readonly id: string;
  readonly caption: string;
  readonly description: string;
  /**
   * The chart as inline SVG, drawn at each of `chartWidths`, narrowest first; each is named and
   * described by the figure's caption and description (see `chartIds`).
   */
  readonly variants: readonly ChartVariant[];
  /** The legends as HTML, to go just before the SVG, or "" when there are none. */
  readonly legend: string;
  readonly table: DataTable;
  /** The data as CSV, for the site to publish as `csvName` next to the page. */
  readonly csv: string;
  readonly csvName: string;
}

/**
 * Draws a chart with Observable Plot in a server-side DOM, as SVG that works inline in any page, once
 * per width of `chartWidths`: ids unique on the page and the same on every build, colours from the
 * site's CSS, the site's font, and nothing that accessibility checkers or the HTML validator reject.
 * The legends, which do not depend on the width, come from the narrowest drawing.
 */
export function chart<T extends object>({
  id,
  caption,
  description,
  data,
  columns: columnOptions,
  atWidth,
  ...layout
}: ChartOptions<T>): Chart {
  checkId(id);
  const ids = chartIds(id);
  let legend = "";
  const variants = chartWidths.map((width): ChartVariant => {
    const options: PlotOptions = { ...layout, ...atWidth?.(width), width: plotWidth(width) };
    const drawn = drawWithoutWarnings(id, () => Plot.plot({ ...withoutLegends(options), document, className: "plot" }));
    const svg = drawn as SVGSVGElement; // Plot makes a figure only for a title, a caption or a legend, and gets none
    rejectTips(id, svg);
    const legendElements = width === chartWidths[0] ? legends(id, drawn, options) : [];
    const colors = colorReplacements(id, drawn.scale("color"), options.color);
    for (const root of [svg, ...legendElements]) {
      conform(root);
      recolor(root, colors);
      trueMinus(root);
    }
    if (legendElements.length > 0) legend = legendElements.map(serialize).join("\n");
    reindex(svg, ids.variant(width));
    // Shown at its width (the viewBox keeps Plot's), in the page's font (charts.css) rather than system-ui.
    const height = Number(svg.getAttribute("height"));
    svg.setAttribute("width", String(width));
    svg.setAttribute("height", String(Math.round((height * width) / options.width!)));
    svg.removeAttribute("font-family");
    svg.setAttribute("role", "img");
    svg.setAttribute("aria-labelledby", ids.caption);
    svg.setAttribute("aria-describedby", ids.description);
    addStyle(svg, "max-width:100%;height:auto");
    return { width, svg: serialize(svg) };
  });
  const tableColumns = columns(data, columnOptions);
  return {
    kind: "chart",
    id,
    caption,
    description,
    variants,
    legend,
    table: table(data, tableColumns),
    csv: csv(data, tableColumns),
    csvName: `${id}.csv`,
  };
}

function checkId(id: string): void {
  if (slugPattern.test(id)) return;
  throw new RecountError(`chart id ${JSON.stringify(id)} is not a slug`, { hint: chartIdHint });
}
