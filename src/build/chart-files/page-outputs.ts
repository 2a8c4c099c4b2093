import type { Chart } from "#engine/charts/index.ts";
import type { Report } from "#engine/verify/verify.ts";
import { outputKind, valuesIn } from "#engine/notebook/output-kind.ts";

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
