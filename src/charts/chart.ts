import * as Plot from "@observablehq/plot";
import type { PlotOptions } from "@observablehq/plot";
import { RecountError } from "../diagnostics/recount-error.ts";
import { conform } from "./conform.ts";
import { csv } from "./csv.ts";
import { document } from "./document.ts";
import { legends, withoutLegends } from "./legends.ts";
import { colorReplacements, recolor } from "./palette.ts";
import { reindex } from "./reindex.ts";
import { serialize } from "./serialize.ts";
import { addStyle } from "./style.ts";
import { columns, table, type ColumnOption, type Table } from "./table.ts";
import { rejectTips } from "./tips.ts";
import { rejectWarnings } from "./warnings.ts";

/** What a chart is drawn from: Plot's options (marks, scales, size…) and what the page says about it. */
export interface ChartOptions<T extends object>
  extends Omit<PlotOptions, "document" | "className" | "figure" | "title" | "subtitle" | "caption" | "ariaLabel" | "ariaDescription"> {
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
}

/** A chart drawn at build time: plain data that a page renders (see `figureHtml`). */
export interface Chart {
  readonly kind: "chart";
  readonly id: string;
  readonly caption: string;
  readonly description: string;
  /** The chart as inline SVG; it is named and described by the figure's caption and description (see `chartIds`). */
  readonly svg: string;
  /** The legends as HTML, to go just before the SVG, or "" when there are none. */
  readonly legend: string;
  readonly table: Table;
  /** The data as CSV, for the site to publish as `csvName` next to the page. */
  readonly csv: string;
  readonly csvName: string;
}

/** The element ids of a chart's figure; the SVG's own ids all start with `prefix`. */
export function chartIds(id: string) {
  const prefix = `chart-${id}`;
  return { prefix, figure: prefix, caption: `${prefix}-caption`, description: `${prefix}-description` };
}

/**
 * Draws a chart with Observable Plot in a server-side DOM, as SVG that works inline in any page:
 * ids unique on the page and the same on every build, colours from the site's CSS, a size that
 * shrinks to a phone's width, and nothing that accessibility checkers or the HTML validator reject.
 */
export function chart<T extends object>({
  id,
  caption,
  description,
  data,
  columns: columnOptions,
  width = 480, // narrower than Plot's 640, so that its 10px text still reads when shrunk to a phone
  ...plotOptions
}: ChartOptions<T>): Chart {
  checkId(id);
  const options: PlotOptions = { ...plotOptions, width };
  const drawn = Plot.plot({ ...withoutLegends(options), document, className: "plot" });
  const svg = drawn as SVGSVGElement; // Plot makes a figure only for a title, a caption or a legend, and gets none
  rejectWarnings(id, svg);
  rejectTips(id, svg);
  const legendElements = legends(id, drawn, options);
  const colors = colorReplacements(id, drawn.scale("color"), options.color);
  for (const root of [svg, ...legendElements]) {
    conform(root);
    recolor(root, colors);
  }
  const ids = chartIds(id);
  reindex(svg, ids.prefix);
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-labelledby", ids.caption);
  svg.setAttribute("aria-describedby", ids.description);
  addStyle(svg, "max-width:100%;height:auto");
  const tableColumns = columns(data, columnOptions);
  return {
    kind: "chart",
    id,
    caption,
    description,
    svg: serialize(svg),
    legend: legendElements.map(serialize).join("\n"),
    table: table(data, tableColumns),
    csv: csv(data, tableColumns),
    csvName: `${id}.csv`,
  };
}

export const chartIdHint = 'use lowercase letters, digits and single hyphens, e.g. "provisions-by-period"; the id names the chart\'s CSV file and its element ids';

function checkId(id: string): void {
  if (/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) return;
  throw new RecountError(`chart id ${JSON.stringify(id)} is not a slug`, { hint: chartIdHint });
}
