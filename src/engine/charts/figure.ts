import { chartIds } from "./chart-ids.ts";
import type { Chart } from "./chart.ts";
import { escapeHtml } from "#engine/text/escape.ts";
import type { DataTable } from "#engine/tables/table.ts";

/**
 * The complete `<figure>` of a chart: caption, legends, the SVG at each width (charts.css shows the
 * one that fits), its description, and its data as a table in a "Show data" disclosure with a link
 * to the CSV file. `csvHref` is where the site
 * publishes `chart.csv`; by default the file `chart.csvName` next to the page.
 */
export function figureHtml(chart: Chart, { csvHref = chart.csvName }: { csvHref?: string } = {}): string {
  const ids = chartIds(chart.id);
  return `<figure class="chart" id="${ids.figure}">
<figcaption id="${ids.caption}">${escapeHtml(chart.caption)}</figcaption>
${chart.legend ? `${chart.legend}\n` : ""}<div class="chart-variants">
${chart.variants.map(({ svg }) => svg).join("\n")}
</div>
<p class="chart-description" id="${ids.description}">${escapeHtml(chart.description)}</p>
<details class="chart-data">
<summary>Show data</summary>
${tableHtml(chart.table)}
<p><a href="${escapeHtml(csvHref)}" download="${escapeHtml(chart.csvName)}">Download the data (CSV)</a></p>
</details>
</figure>`;
}

// A table as a cell's records are shown (Output.astro): in a box that scrolls, and as cards on a phone, each
// cell after the first named by its column (figures.css).
function tableHtml({ columns, rows }: DataTable): string {
  const align = (i: number) => (columns[i]!.align === "right" ? ' class="num"' : "");
  const label = (i: number) => (i > 0 ? ` data-label="${escapeHtml(columns[i]!.label)}"` : "");
  const head = columns.map(({ label }, i) => `<th scope="col"${align(i)}>${escapeHtml(label)}</th>`).join("");
  const body = rows
    .map(
      (cells) => `<tr>${cells.map((cell, i) => `<td${align(i)}${label(i)}>${escapeHtml(cell)}</td>`).join("")}</tr>\n`,
    )
    .join("");
  return `<div class="table-scroll" tabindex="0"><table class="cards figures">\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}</tbody>\n</table></div>`;
}
