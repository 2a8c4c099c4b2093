// Draws charts over and over and times each after a warm-up: a small bar chart, first with Plot alone (what
// the rest costs is the difference), then the charts of test/plots. The target is under 1.5 ms a small chart.
// `npm run bench -- --only charts`, or alone: `npm exec -- node bench/charts.ts [renders]`.
import { readdirSync } from "node:fs";
import { basename, join } from "node:path";
import { performance } from "node:perf_hooks";
import * as Plot from "@observablehq/plot";
import { chart, type Chart } from "#engine/charts/index.ts";
import { document } from "#engine/charts/document.ts";

const revenues = [
  { filing: "SAMR", year: "FY 2022", value: 17.0 },
  { filing: "SEC", year: "FY 2022", value: 16.6 },
  { filing: "SAMR", year: "FY 2023", value: 16.0 },
  { filing: "SEC", year: "FY 2023", value: 16.3 },
];
const marks = () => [Plot.barY(revenues, { x: "year", y: "value", fill: "filing" }), Plot.ruleY([0])];

/** The baseline first: the same small chart drawn by Plot alone. */
export const smallBaseline = "small, Plot alone";
export const small = "small";

export interface ChartTime {
  readonly name: string;
  readonly ms: number;
}

/**
 * Milliseconds a chart, for each case, over `renders` renders after 200 to warm up. The cases take turns,
 * a tenth of the renders at a time, so that none is favoured by running while the machine is quieter.
 */
export async function chartTimes({ renders = 1_000 }: { renders?: number } = {}): Promise<ChartTime[]> {
  const cases: [string, () => unknown][] = [
    [smallBaseline, () => Plot.plot({ document, width: 480, marks: marks() })],
    [
      small,
      () => chart({ id: "small", caption: "Revenues", description: "Four bars.", data: revenues, marks: marks() }),
    ],
  ];
  const directory = join(import.meta.dirname, "../test/plots");
  for (const file of readdirSync(directory)
    .filter((file) => file.endsWith(".ts"))
    .sort()) {
    const plot: () => Chart = (await import(join(directory, file))).default;
    cases.push([basename(file, ".ts"), plot]);
  }
  for (const [, draw] of cases) for (let i = 0; i < 200; ++i) draw();
  const elapsed = cases.map(() => 0);
  for (let turn = 0; turn < 10; ++turn) {
    cases.forEach(([, draw], c) => {
      const start = performance.now();
      for (let i = 0; i < renders / 10; ++i) draw();
      elapsed[c]! += performance.now() - start;
    });
  }
  return cases.map(([name], c) => ({ name, ms: elapsed[c]! / renders }));
}

if (import.meta.main) {
  for (const { name, ms } of await chartTimes({ renders: Number(process.argv[2] ?? 1_000) }))
    console.log(`${name.padEnd(24)} ${ms.toFixed(3)} ms/chart`);
}
