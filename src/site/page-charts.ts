import { basename } from "node:path";
import type { Chart } from "../charts/index.ts";
import type { Report } from "../verify/verify.ts";

/** The charts a value holds: a chart, or charts inside lists and labels, as cells may return them. */
function chartsIn(value: unknown): Chart[] {
  if (Array.isArray(value)) return value.flatMap(chartsIn);
  if (typeof value !== "object" || value === null) return [];
  const { kind } = value as { kind?: unknown };
  if (kind === "chart") return [value as Chart];
  if (kind === "illustrative") return chartsIn((value as { value: unknown }).value);
  return [];
}

/** Every chart of every notebook page, with the page's URL segments, for publishing its data as CSV. */
export function pageCharts(report: Report): { filing: string; page: string; chart: Chart }[] {
  return report.notebooks.flatMap(({ filing, file, cells }) => {
    // The same slug rule as the pages' URLs: the file name without its order prefix.
    const page = basename(file, ".mdx").replace(/^\d+-/, "");
    return cells.flatMap((cell) => chartsIn(cell.output)).map((chart) => ({ filing, page, chart }));
  });
}
