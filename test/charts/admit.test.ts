import { expect, test } from "vitest";
import { admitChart, isChart } from "#engine/charts/admit.ts";
import { chart } from "#engine/charts/index.ts";
import * as Plot from "@observablehq/plot";

const drawn = () => ({
  ...chart({
    id: "bars",
    caption: "c",
    description: "d",
    data: [{ a: "x", b: 1 }],
    marks: [Plot.barY([{ a: "x", b: 1 }], { x: "a", y: "b" })],
  }),
});

test("a chart as chart() draws it is admitted, a copy the host holds, its CSV named from its id", () => {
  const admitted = admitChart({ ...drawn(), csvName: "../../../x.html" });
  expect(isChart(admitted)).toBe(true);
  expect(admitted).toMatchObject({ id: "bars", csvName: "bars.csv", variants: drawn().variants });
  expect(isChart(drawn())).toBe(false);
});

test.each([
  [
    "a script",
    (svg: string) => svg.replace("</svg>", "<script>alert(1)</script></svg>"),
    /has a <script> element in its/,
  ],
  [
    "a foreignObject",
    (svg: string) => svg.replace("</svg>", "<foreignObject><div></div></foreignObject></svg>"),
    /has a <foreignObject> element in its/,
  ],
  [
    "an event handler",
    (svg: string) => svg.replace("<svg ", '<svg onload="alert(1)" '),
    /has an event handler \(onload\) in its/,
  ],
  [
    "a link off the page",
    (svg: string) => svg.replace("</svg>", '<use href="https://example.com/x.svg#a"></use></svg>'),
    /links off the page/,
  ],
  [
    "an external style",
    (svg: string) => svg.replace("<svg ", '<svg style="background:url(https://example.com/x.png)" '),
    /refers to something off the page/,
  ],
])("markup with %s is refused", (_, change, message) => {
  const chart = drawn();
  const [first, ...rest] = chart.variants;
  expect(() => admitChart({ ...chart, variants: [{ ...first!, svg: change(first!.svg) }, ...rest] })).toThrow(message);
});

test("markup is checked in every field, drawings at several widths included, and the id must be a slug", () => {
  expect(() => admitChart({ ...drawn(), svgs: [drawn().variants[0]!.svg, '<svg onclick="x()"></svg>'] })).toThrow(
    /event handler \(onclick\) in its svgs/,
  );
  expect(() => admitChart({ ...drawn(), id: "../x" })).toThrow(/chart id "..\/x" is not a slug/);
  expect(() =>
    admitChart({
      ...drawn(),
      table: { columns: [{ key: "a", label: "a", align: "left" }], rows: [[{ html: "<b>" }]] },
    }),
  ).toThrow(/data table that is not text/);
});
