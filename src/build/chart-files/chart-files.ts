import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Report } from "#engine/verify/verify.ts";
import { pageCharts } from "./page-outputs.ts";

/**
 * Writes each chart's data as CSV next to the page that draws it, where the figure's "Download the data"
 * link points. Written here rather than rendered as Astro routes: two charts a page made twice as many
 * routes as pages, at a millisecond of Astro's time each, for files that are only text.
 */
export async function writeChartFiles(report: Report, outDir: string): Promise<void> {
  await Promise.all(
    pageCharts(report).map(async ({ filing, page, chart }) => {
      const folder = join(outDir, "filings", filing, page);
      await mkdir(folder, { recursive: true });
      await writeFile(join(folder, chart.csvName), chart.csv);
    }),
  );
}
