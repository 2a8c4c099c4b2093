import { readdirSync } from "node:fs";
import { basename, join } from "node:path";
import type { Chart } from "#engine/charts/index.ts";

const directory = join(import.meta.dirname, "../plots");

/** The chart specs of test/plots, by file name: each file's default export draws one chart. */
export async function plots(): Promise<[name: string, plot: () => Chart][]> {
  const files = readdirSync(directory)
    .filter((file) => file.endsWith(".ts"))
    .sort();
  return Promise.all(files.map(async (file) => [basename(file, ".ts"), (await import(join(directory, file))).default]));
}
