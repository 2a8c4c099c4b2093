import type { Chart } from "../charts/index.ts";
import type { Report } from "../verify/verify.ts";
import { outputKind } from "./output-kind.ts";

/** Every value a cell output holds, itself included: inside lists, table rows and labels. */
export function valuesIn(value: unknown): unknown[] {
  const output = outputKind(value);
  if (output.kind === "list") return [value, ...output.value.flatMap(valuesIn)];
  if (output.kind === "records") return [value, ...output.value.flatMap((row) => Object.values(row).flatMap(valuesIn))];
  if (output.kind === "illustrative") return [value, ...valuesIn(output.value.value)];
  return [value];
}

/** Every chart of every notebook page, for publishing its data as CSV next to the page. */
export function pageCharts(report: Report): { filing: string; page: string; chart: Chart }[] {
  return report.notebooks.flatMap(({ filing, slug, cells }) =>
    cells
      .flatMap((cell) => valuesIn(cell.output))
      .flatMap((value) => {
        const output = outputKind(value);
        return output.kind === "chart" ? [output.value] : [];
      })
      .map((chart) => ({ filing, page: slug, chart })),
  );
}
