import { unlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { expect, it } from "vitest";
import type { ChartVariant } from "#engine/charts/index.ts";
import { plots } from "./plots.ts";

// Like Plot's own harness: each test/plots/<name>.ts draws a chart, compared at each of its widths with
// test/output/<name>-<width>.svg (.html when it has legends); a drawing that differs is also written next
// to it as <name>-<width>-changed.svg.
const output = join(import.meta.dirname, "../output");

for (const [name, plot] of await plots()) {
  it(`plot ${name}`, async () => {
    const chart = plot();
    const extension = chart.legend ? "html" : "svg";
    for (const variant of chart.variants) {
      const file = `${name}-${variant.width}`;
      const actual = snapshot(variant, chart.legend);
      const changed = join(output, `${file}-changed.${extension}`);
      try {
        await expect(actual).toMatchFileSnapshot(join(output, `${file}.${extension}`));
      } catch (error) {
        await writeFile(changed, actual, "utf8");
        throw error;
      }
      if (process.env.CI !== "true")
        await unlink(changed).catch((error) => (error.code === "ENOENT" ? undefined : Promise.reject(error)));
    }
  });
}

// A standalone SVG file needs its namespace; numbers keep three decimals, as in Plot's snapshots.
function snapshot({ svg }: ChartVariant, legend: string): string {
  const standalone = legend ? `${legend}\n${svg}` : svg.replace(/^<svg/, '<svg xmlns="http://www.w3.org/2000/svg"');
  return `${standalone.replace(/\d+\.\d{4,}/g, (number) => `${+(+number).toFixed(3)}`)}\n`;
}
