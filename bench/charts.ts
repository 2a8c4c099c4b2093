// Draws charts over and over and prints the time each takes after a warm-up: a small bar chart,
// first with Plot alone (what the rest costs is the difference), then the charts of test/plots.
// Run with `npm exec -- node bench/charts.ts [renders]`; the target is under 1.5 ms a small chart.
import { readdirSync } from "node:fs";
import { basename, join } from "node:path";
import * as Plot from "@observablehq/plot";
import { chart, type Chart } from "../src/charts/index.ts";
import { document } from "../src/charts/document.ts";

const renders = Number(process.argv[2] ?? 1000);
const revenues = [
  { filing: "SAMR", year: "FY 2022", value: 17.0 },
  { filing: "SEC", year: "FY 2022", value: 16.6 },
  { filing: "SAMR", year: "FY 2023", value: 16.0 },
  { filing: "SEC", year: "FY 2023", value: 16.3 },
];
const marks = () => [Plot.barY(revenues, { x: "year", y: "value", fill: "filing" }), Plot.ruleY([0])];
const cases: [string, () => unknown][] = [
  ["small, Plot alone", () => Plot.plot({ document, width: 480, marks: marks() })],
  ["small", () => chart({ id: "small", caption: "Revenues", description: "Four bars.", data: revenues, marks: marks() })],
];
const directory = join(import.meta.dirname, "../test/plots");
for (const file of readdirSync(directory).filter((file) => file.endsWith(".ts")).sort()) {
  const plot: () => Chart = (await import(join(directory, file))).default;
  cases.push([basename(file, ".ts"), plot]);
}

for (const [name, draw] of cases) {
  for (let i = 0; i < 200; ++i) draw();
  const start = performance.now();
  for (let i = 0; i < renders; ++i) draw();
  console.log(`${name.padEnd(24)} ${((performance.now() - start) / renders).toFixed(3)} ms/chart`);
}
