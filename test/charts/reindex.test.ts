import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { reindex } from "#engine/charts/reindex.ts";

function svg(markup: string): Element {
  return parseHTML(`<html><body>${markup}</body></html>`).document.querySelector("svg")!;
}

describe("reindex", () => {
  it("numbers ids per kind in document order, under the chart's prefix, and follows every reference", () => {
    const root = svg(
      '<svg><g id="plot-clip-9"></g><marker id="plot-marker-4"></marker><g id="plot-clip-3"></g>' +
        '<g clip-path="url(#plot-clip-3)"><path marker-end="url(#plot-marker-4)" style="clip-path: url(#plot-clip-9)"></path>' +
        '<use href="#plot-clip-9"></use><use xlink:href="#plot-marker-4"></use><rect fill="#plot-clip-3"></rect></g></svg>',
    );
    reindex(root, "chart-x");
    expect(root.outerHTML).toMatchInlineSnapshot(
      `"<svg><g id="chart-x-clip-1" /><marker id="chart-x-marker-1" /><g id="chart-x-clip-2" /><g clip-path="url(#chart-x-clip-2)"><path marker-end="url(#chart-x-marker-1)" style="clip-path: url(#chart-x-clip-1)" /><use href="#chart-x-clip-1" /><use xlink:href="#chart-x-marker-1" /><rect fill="#plot-clip-3" /></g></svg>"`,
    );
  });

  it("leaves references to ids it does not know alone", () => {
    const root = svg('<svg><g id="legend"></g><use href="#elsewhere"></use><g clip-path="url(#elsewhere)"></g></svg>');
    reindex(root, "chart-x");
    expect(root.outerHTML).toMatchInlineSnapshot(
      `"<svg><g id="chart-x-id-1" /><use href="#elsewhere" /><g clip-path="url(#elsewhere)" /></svg>"`,
    );
  });
});
