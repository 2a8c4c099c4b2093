import { readFile } from "node:fs/promises";
import * as Plot from "@observablehq/plot";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { chart, chartWidths, figureHtml, palette, type Chart } from "#engine/charts/index.ts";
import provisionRatios from "../plots/provision-ratios.ts";
import samrSecResults from "../plots/samr-sec-results.ts";
import { thrown } from "../support/thrown.ts";
import { plots } from "./plots.ts";

const charts = (await plots()).map(([, plot]) => plot());
const points = [
  { period: "H1 2023", ratio: 2.8 },
  { period: "H1 2024", ratio: 3.4 },
];

/** A small chart of `points`, with the given Plot options. */
function small(options: Partial<Parameters<typeof chart>[0]> = {}): Chart {
  return chart({
    id: "small",
    caption: "Small",
    description: "A small chart.",
    data: points,
    marks: [Plot.barY(points, { x: "period", y: "ratio" })],
    ...options,
  });
}

/** The chart's SVG at each of its widths, one after another. */
function svgsOf({ variants }: Chart): string {
  return variants.map(({ svg }) => svg).join("\n");
}

/** The SVG elements of a chart's variants. */
function svgElements(chart: Chart): SVGSVGElement[] {
  return [...parseHTML(`<html><body>${svgsOf(chart)}</body></html>`).document.querySelectorAll("svg")];
}

describe("chart", () => {
  it("draws the same SVG every time, whatever Plot drew before", () => {
    const first = provisionRatios();
    samrSecResults();
    Plot.plot({
      document: parseHTML("<html></html>").document,
      marks: [Plot.lineY([1, 2, 1], { marker: true, clip: true })],
    });
    const second = provisionRatios();
    expect(svgsOf(first)).toContain('id="chart-provision-ratios-w280-marker-1"');
    expect(svgsOf(second)).toBe(svgsOf(first));
    expect(second.legend).toBe(first.legend);
  });

  it("gives the charts of a page disjoint ids, and every reference points into its own figure", () => {
    const clipped = small({ id: "clipped", clip: true });
    const figures = [...charts, clipped].map((chart) => figureHtml(chart));
    const ids = figures.flatMap((html) => [...html.matchAll(/\bid="([^"]*)"/g)].map((match) => match[1]!));
    for (const width of chartWidths)
      expect(svgsOf(clipped)).toContain(`clip-path="url(#chart-clipped-w${width}-clip-1)"`);
    expect(new Set(ids).size).toBe(ids.length);
    for (const html of figures) {
      const own = new Set([...html.matchAll(/\bid="([^"]*)"/g)].map((match) => match[1]));
      const references = [...html.matchAll(/url\(#([^)]*)\)|aria-(?:labelledby|describedby)="([^"]*)"/g)].map(
        (match) => match[1] ?? match[2],
      );
      expect(references.filter((id) => !own.has(id))).toEqual([]);
    }
  });

  it("leaves no aria-label or aria-description on a <g> without a role", () => {
    for (const svg of charts.flatMap(svgElements)) {
      expect(svg.querySelectorAll("g")).not.toHaveLength(0);
      expect(svg.querySelectorAll("g[aria-label]:not([role]), g[aria-description]:not([role])")).toHaveLength(0);
    }
  });

  it("writes a true minus sign for the hyphen before a negative number in a chart's text, and only there", () => {
    const drawn = chart({
      id: "minus",
      caption: "Minus",
      description: "Signs.",
      data: [],
      marks: [Plot.text(["-771", "FY2022-23", "(-3.6)", "a -b", "-.5"], { x: (_, i) => i, text: (d) => d })],
    });
    const texts = [...svgElements(drawn)[0]!.querySelectorAll("text")].map((text) => text.textContent);
    expect(texts).toEqual(expect.arrayContaining(["\u2212771", "FY2022-23", "(\u22123.6)", "a -b", "\u2212.5"]));
  });

  it("marks the groups of arrows, links and lines as edges, for the layout test to follow", () => {
    const drawn = chart({
      id: "edges",
      caption: "Edges",
      description: "An arrow and a bar.",
      data: [],
      marks: [
        Plot.arrow([{ x1: 0, y1: 0, x2: 1, y2: 1 }], { x1: "x1", y1: "y1", x2: "x2", y2: "y2" }),
        Plot.barY([1], { y: (d) => d }),
      ],
    });
    const svg = svgElements(drawn)[0]!;
    expect(svg.querySelectorAll("g.plot-edge")).toHaveLength(1);
    expect(svg.querySelector("g.plot-edge path")).not.toBeNull();
  });

  it("moves font-variant from an attribute to the style attribute", () => {
    for (const chart of charts) expect(svgsOf(chart)).not.toContain("font-variant=");
    expect(svgsOf(samrSecResults())).toContain('style="font-variant:tabular-nums"');
  });

  it("draws the chart at each of the site's widths, each an image labelled and described by its figure, that may shrink", () => {
    const svgs = svgElements(small());
    // Drawn at 10/13 of its width, for Plot's 10 px text, and shown at its width: the text shows at 13 px.
    expect(svgs.map((svg) => svg.getAttribute("width"))).toEqual(chartWidths.map(String));
    expect(svgs.map((svg) => svg.getAttribute("viewBox"))).toEqual(
      chartWidths.map((width) => `0 0 ${Math.round((width * 10) / 13)} 400`),
    );
    for (const svg of svgs)
      expect((Number(svg.getAttribute("width")) / Number(svg.getAttribute("viewBox")!.split(" ")[2])) * 10).toBeCloseTo(
        13,
        1,
      );
    for (const svg of svgs) {
      expect(svg.getAttribute("role")).toBe("img");
      expect(svg.getAttribute("aria-labelledby")).toBe("chart-small-caption");
      expect(svg.getAttribute("aria-describedby")).toBe("chart-small-description");
      expect(svg.getAttribute("style")).toBe("max-width:100%;height:auto");
    }
  });

  it("lays out each width with its own options", () => {
    const svgs = svgElements(small({ height: 300, atWidth: (width) => (width === 280 ? { height: 200 } : {}) }));
    expect(svgs.map((svg) => svg.getAttribute("viewBox")!.split(" ")[3])).toEqual(["200", "300", "300"]);
  });

  it("writes attributes in the order Plot set them, with the charts' text size and no font of its own", () => {
    const [{ svg }] = small().variants;
    expect(svg.slice(0, svg.indexOf(">") + 1)).toMatchInlineSnapshot(
      `"<svg class="plot" fill="currentColor" font-size="10" text-anchor="middle" width="280" height="521" viewBox="0 0 215 400" role="img" aria-labelledby="chart-small-caption" aria-describedby="chart-small-description" style="max-width:100%;height:auto">"`,
    );
  });

  it("takes categorical colours from the palette, and leaves colours the author chose", () => {
    const drawn = samrSecResults();
    const { legend } = drawn;
    const svg = svgsOf(drawn);
    expect(svg).toContain(`fill="${palette[0]}"`);
    expect(svg).toContain(`fill="${palette[1]}"`);
    expect(legend).toContain(`fill="${palette[0]}"`);
    expect(svg).not.toMatch(/(?:fill|stroke)="#/);
    const chosen = small({
      marks: [Plot.barY(points, { x: "period", y: "ratio", fill: "period" })],
      color: { range: ["#123456", "#abcdef"] },
    });
    expect(svgsOf(chosen)).toContain('fill="#123456"');
  });

  it("replaces Plot's background variable, which only Plot's own style sheet sets", () => {
    expect(svgsOf(provisionRatios())).toContain('stroke="var(--chart-background, white)"');
    for (const chart of charts) expect(svgsOf(chart)).not.toMatch(/<style|--plot-background/);
  });

  it("draws swatch legends as HTML before the SVG, without Plot's style sheet", () => {
    const { legend } = samrSecResults();
    expect(legend).toMatch(/^<div class="plot-swatches plot-swatches-wrap">/);
    expect(legend).toContain('<span class="plot-swatch">');
    expect(legend).not.toContain("<style");
    expect(small().legend).toBe("");
  });

  it("rejects an id that is not a slug", () => {
    expect(thrown(() => small({ id: "Provisions by period" }))).toMatchInlineSnapshot(`
      "chart id "Provisions by period" is not a slug

      hint: use lowercase letters, digits and single hyphens, e.g. "provisions-by-period"; the id names the chart's CSV file and its element ids"
    `);
  });

  it("rejects a legend of a continuous scale, which Plot draws on a canvas", () => {
    const marks = [Plot.dot(points, { x: "period", y: "ratio", fill: "ratio", fillOpacity: "ratio" })];
    expect(thrown(() => small({ marks, color: { legend: true } }))).toMatchInlineSnapshot(`
      "chart "small" asks for a legend of its continuous color scale, which Plot draws on a canvas, and the build has no canvas

      hint: drop the legend and say what the color means in the caption or description, or bin the values (e.g. color: {type: "threshold", domain: [...]}), whose legends need no canvas"
    `);
    expect(thrown(() => small({ marks, opacity: { legend: true } }))).toMatchInlineSnapshot(`
      "chart "small" asks for a legend of its continuous opacity scale, which Plot draws on a canvas, and the build has no canvas

      hint: drop the legend and say what the opacity means in the caption or description"
    `);
  });

  it("draws the legend of a binned colour scale, which needs no canvas", () => {
    const marks = [Plot.barY(points, { x: "period", y: "ratio", fill: "ratio" })];
    const { legend } = small({ marks, color: { type: "threshold", domain: [3], legend: true } });
    expect(legend).toMatch(/^<svg class="plot-ramp"/);
    expect(legend).toContain(">3</text>");
  });

  it("rejects tips, which need a browser", () => {
    expect(thrown(() => small({ marks: [Plot.barY(points, { x: "period", y: "ratio", tip: true })] })))
      .toMatchInlineSnapshot(`
      "chart "small" has a tip (a tip mark, or a mark with the tip option), and tips need a browser, but charts are drawn when the site is built

      hint: remove the tip; show the numbers a reader needs with text marks, or leave them to the chart's data table"
    `);
    expect(thrown(() => small({ marks: [Plot.tip(points, { x: "period", y: "ratio" })] }))).toMatchInlineSnapshot(`
      "chart "small" has a tip (a tip mark, or a mark with the tip option), and tips need a browser, but charts are drawn when the site is built

      hint: remove the tip; show the numbers a reader needs with text marks, or leave them to the chart's data table"
    `);
  });

  it("rejects a chart Plot warned about", () => {
    const years = [{ year: "2022" }, { year: "2023" }];
    const host = console;
    expect(thrown(() => small({ marks: [Plot.dot(years, { x: "year" })] }))).toMatchInlineSnapshot(`
      "Observable Plot gave a warning while drawing chart "small": some data associated with the x scale are strings that appear to be numbers. If these strings represent numbers, you should parse or coerce them to numbers. Numbers are typically associated with a "linear" scale rather than a "point" scale. If you want to treat this data as ordinal, you can specify the interval of the x scale (e.g., 1 for integers), or you can suppress this warning by setting the type of the x scale to "point".

      hint: change the chart's data or options as the warning says; a published chart carries no warning"
    `);
    expect(console).toBe(host);
  });

  it("rejects more categories than the palette has colours", () => {
    const letters = [..."abcdefg"].map((letter) => ({ letter }));
    expect(thrown(() => small({ marks: [Plot.cell(letters, { x: "letter", fill: "letter" })] })))
      .toMatchInlineSnapshot(`
      "chart "small" colours 7 categories (a, b, c, d, e, f, g), more than the 6 colours of the chart palette

      hint: group the smallest categories into one, or give the chart color: {range: [...]} with colours of your own"
    `);
  });
});

describe("charts.css", () => {
  it("shows each width's drawing from the container width it is drawn for", async () => {
    const css = await readFile(new URL("../../src/engine/charts/charts.css", import.meta.url), "utf8");
    const thresholds = [...css.matchAll(/@container chart-variants \(min-width: (\d+)px\)/g)].map((match) =>
      Number(match[1]),
    );
    expect(thresholds).toEqual(chartWidths.slice(1));
    const shown = [...css.matchAll(/\.plot\[width="(\d+)"\]\s*\{\s*display: block;\s*\}/g)].map((match) =>
      Number(match[1]),
    );
    expect(shown).toEqual(chartWidths.slice(1));
    const hidden = new RegExp(
      `\\.chart-variants > \\.plot:not\\(\\[width="${chartWidths[0]}"\\]\\)\\s*\\{\\s*display: none;\\s*\\}`,
    );
    expect(css).toMatch(hidden);
  });
});
