import { expect, test } from "vitest";
import { admitChart, chartTexts, isChart, readmitChart } from "#engine/charts/admit.ts";
import { chart, type Chart } from "#engine/charts/index.ts";
import { admitMarkup, decodeCssEscapes, markupTexts } from "#engine/charts/markup.ts";
import * as Plot from "@observablehq/plot";

const drawn = (): Chart => ({
  ...chart({
    id: "bars",
    caption: "c",
    description: "d",
    data: [{ a: "x", b: 1 }],
    marks: [Plot.barY([{ a: "x", b: 1 }], { x: "a", y: "b", fill: "a" }), Plot.ruleY([0])],
    color: { legend: true },
  }),
});

/** The chart with its first drawing changed by `change`. */
function withSvg(change: (svg: string) => string): Chart {
  const chart = drawn();
  const [first, ...rest] = chart.variants;
  return { ...chart, variants: [{ ...first!, svg: change(first!.svg) }, ...rest] };
}

test("a chart as chart() draws it is admitted unchanged, a copy the host holds, its CSV named from its id", () => {
  const admitted = admitChart({ ...drawn(), csvName: "../../../x.html" });
  expect(isChart(admitted)).toBe(true);
  expect(admitted).toMatchObject({
    id: "bars",
    csvName: "bars.csv",
    variants: drawn().variants,
    legend: drawn().legend,
  });
  expect(admitted.legend).toContain("plot-swatch");
  expect(isChart(drawn())).toBe(false);
  // Written anew from the tree it was checked as, it reads the same a second time.
  expect(admitChart({ ...admitted })).toEqual(admitted);
});

test("a chart's words are read as it is admitted, as a reading of what it publishes would read them", () => {
  const admitted = admitChart({
    ...chart({
      id: "labelled",
      caption: "c",
      description: "d",
      data: [{ a: "Loans & fees", b: 1 }],
      marks: [Plot.barY([{ a: "Loans & fees", b: 1 }], { x: "a", y: "b", fill: "a" }), Plot.text(["“a record”"])],
      color: { legend: true },
    }),
  });
  const reread = [...new Set([admitted.legend, ...admitted.variants.map(({ svg }) => svg)].flatMap(markupTexts))];
  expect(chartTexts(admitted)).toEqual(reread);
  expect(chartTexts(admitted)).toEqual(expect.arrayContaining(["Loans & fees", "“a record”"]));
  // Come back from another thread or the cache, a chart's words are read from what it publishes.
  expect(chartTexts(readmitChart(admitted))).toEqual(reread);
});

test.each([
  ["a script", (svg: string) => svg.replace("</svg>", "<script>alert(1)</script></svg>"), "a <script> element"],
  [
    "a foreignObject",
    (svg: string) => svg.replace("</svg>", "<foreignObject></foreignObject></svg>"),
    "<foreignObject>",
  ],
  ["an image", (svg: string) => svg.replace("</svg>", '<image href="https://example.com/x.png" /></svg>'), "<image>"],
  ["a link", (svg: string) => svg.replace("</svg>", '<a href="javascript:alert(1)"><text>x</text></a></svg>'), "<a>"],
  [
    "an animation setting a link",
    (svg: string) => svg.replace("</svg>", '<animate attributeName="href" to="javascript:alert(1)" /></svg>'),
    "<animate>",
  ],
  [
    "a style element",
    (svg: string) => svg.replace("</svg>", "<style>@import 'https://x.test/a.css';</style></svg>"),
    "<style>",
  ],
  ["an event handler", (svg: string) => svg.replace("<svg ", '<svg onload="alert(1)" '), "an event handler (onload)"],
  ["an event handler in capitals", (svg: string) => svg.replace("<svg ", '<svg ONLOAD="alert(1)" '), "(ONLOAD)"],
  [
    "an attribute name a browser splits at its slash",
    (svg: string) => svg.replace("<svg ", '<svg x/onload="alert(1)" '),
    "an event handler (onload)",
  ],
  [
    "an attribute with quotes inside quotes",
    (svg: string) => svg.replace("<svg ", `<svg aria-label='"' onload='alert(1)' `),
    "an event handler (onload)",
  ],
  [
    "a link off the page",
    (svg: string) => svg.replace("</svg>", '<use href="https://example.com/x.svg#a"></use></svg>'),
    'a link off the page (href="https://example.com/x.svg#a")',
  ],
  [
    "a data: link",
    (svg: string) => svg.replace("</svg>", '<use xlink:href="data:image/svg+xml,&lt;svg/&gt;"></use></svg>'),
    "a link off the page",
  ],
  [
    "an external image in a style",
    (svg: string) => svg.replace('style="', 'style="color:url(https://example.com/x.png);'),
    "a reference off the page (url(https://example.com/x.png) in style)",
  ],
  [
    "an external image behind a CSS escape, in a style",
    (svg: string) => svg.replace('style="', 'style="color:u\\72l(https://example.com/x.png);'),
    "a reference off the page (url(https://example.com/x.png) in style)",
  ],
  [
    "an external image behind a CSS escape, in a presentation attribute",
    (svg: string) => svg.replace('fill="currentColor"', 'fill="\\75 \\000072l(//example.com/x.png)"'),
    "a reference off the page (url(//example.com/x.png) in fill)",
  ],
  [
    "a CSS function that fetches",
    (svg: string) => svg.replace('fill="currentColor"', 'fill="image-set(x.png 1x)"'),
    "a CSS function charts never use (image-set() in fill)",
  ],
  ["a CSS string", (svg: string) => svg.replace('style="', `style="font-family:'x';`), "CSS that charts never write"],
  [
    "a CSS property that charts never set",
    (svg: string) => svg.replace('style="', 'style="position:fixed;'),
    "a style that charts never set (position:fixed)",
  ],
  ["an HTML element inside the SVG", (svg: string) => svg.replace("</svg>", "<div></div></svg>"), "inside an <svg>"],
  ["a comment", (svg: string) => svg.replace("</svg>", "<!-- x --></svg>"), "not elements and text (#comment)"],
  [
    "an id that is not the chart's",
    (svg: string) => svg.replace("<svg ", '<svg id="main" '),
    "an id that is not the chart's own",
  ],
  [
    "a class the site styles",
    (svg: string) => svg.replace('class="plot"', 'class="plot fact"'),
    "a class that is not Plot's",
  ],
  ["two drawings", (svg: string) => `${svg}${svg}`, "a drawing that is not one <svg> element"],
  [
    "elements nested 3,000 deep",
    (svg: string) => svg.replace("</svg>", `${"<g>".repeat(3000)}${"</g>".repeat(3000)}</svg>`),
    "elements nested more than 64 deep",
  ],
])("a drawing with %s is refused", (_, change, message) => {
  expect(() => admitChart(withSvg(change))).toThrow(message);
});

test("text that looks like markup is text: escaped as the browser will show it", () => {
  const admitted = admitChart(
    withSvg((svg) => svg.replace("</svg>", "<text>&lt;script&gt;alert(1)&lt;/script&gt;</text></svg>")),
  );
  expect(admitted.variants[0]!.svg).toContain("<text>&lt;script&gt;alert(1)&lt;/script&gt;</text>");
  // A field the page shows as text is text, whatever it holds.
  expect(admitChart({ ...drawn(), caption: "Costs < revenues" }).caption).toBe("Costs < revenues");
});

test("the legends are HTML of Plot's own, checked as the drawings are", () => {
  expect(() =>
    admitChart({ ...drawn(), legend: '<div class="plot-swatches"><img src="x" onerror="alert(1)"></div>' }),
  ).toThrow('chart "bars" has a <img> element, which charts never draw in its legend');
  expect(() => admitChart({ ...drawn(), legend: "<p><div></div></p>" })).toThrow("a <div> inside a <p>");
  expect(() => admitChart({ ...drawn(), legend: "<rect />" })).toThrow("a <rect> element outside an <svg>");
});

test("CSS escapes are decoded as CSS Syntax reads them", () => {
  expect(decodeCssEscapes("u\\72l(")).toBe("url(");
  expect(decodeCssEscapes("u\\000072 l(")).toBe("url(");
  expect(decodeCssEscapes("\\75\\52\\4c(")).toBe("uRL(");
  expect(decodeCssEscapes("\\u\\r\\l(")).toBe("url(");
  expect(decodeCssEscapes("a\\0b")).toBe("a\u000b");
  expect(decodeCssEscapes("a\\0 b")).toBe("a\uFFFDb");
  expect(decodeCssEscapes("a\\")).toBe("a\uFFFD");
});

test("a field no page knows yet holds no markup, text fields hold any text", () => {
  expect(() => admitChart({ ...drawn(), note: ['<svg onload="alert(1)"></svg>'] })).toThrow(
    'chart "bars" has markup in its note: only its drawings and legends are markup',
  );
  expect(admitChart({ ...drawn(), description: "<b>bold</b>" }).description).toBe("<b>bold</b>");
});

test("drawings must be at the chart widths, and the id must be a slug", () => {
  expect(() => admitChart({ ...drawn(), variants: [{ width: 9999, svg: "<svg></svg>" }] })).toThrow(/has no drawings/);
  expect(() => admitChart({ ...drawn(), id: "../x" })).toThrow(/chart id "..\/x" is not a slug/);
  expect(() =>
    admitChart({
      ...drawn(),
      table: { columns: [{ key: "a", label: "a", align: "left" }], rows: [[{ html: "<b>" } as unknown as string]] },
    }),
  ).toThrow(/data table that is not text/);
});

test("markup admits to the same text each time, under its own chart's ids only, and a refusal is reached each time", () => {
  const refuse = (problem: string): never => {
    throw new Error(problem);
  };
  const svg =
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><g id="p1-bars"><rect width="1" height="2"/></g></svg>';
  const first = admitMarkup(svg, "svg", "p1", refuse).markup;
  expect(first).toContain('id="p1-bars"');
  expect(admitMarkup(svg, "svg", "p1", refuse).markup).toBe(first);
  // An id must start with the chart's own prefix: under another chart's, the same drawing is refused.
  expect(() => admitMarkup(svg, "svg", "p2", refuse)).toThrow(/its ids start with "p2-"/);
  const hostile = svg.replace("<rect", '<rect onclick="alert(1)"');
  for (let attempt = 0; attempt < 2; attempt++)
    expect(() => admitMarkup(hostile, "svg", "p1", refuse)).toThrow(/onclick/);
});
