import * as Plot from "@observablehq/plot";
import { chart, palette, waterfall } from "#engine/charts/index.ts";

// Table "components of the Company's reported provisions", RMB millions.
const provisions = [
  ["FY 2022", 7355, -771, 6584],
  ["FY 2023", 7647, -1880, 5767],
  ["H1 2023", 3573, -936, 2636],
  ["H1 2024", 2694, -489, 2205],
] as const;

const bars = provisions.flatMap(([period, added, revised, net]) =>
  waterfall([
    { period, step: "New provisions", value: added },
    { period, step: "Revision (write-back)", value: revised },
    { period, step: "Net provisions", value: net, total: true },
  ]),
);

export default function provisionsWaterfall() {
  return chart({
    id: "provisions-waterfall",
    caption: "From new provisions to net provisions, by period",
    description:
      "For each period, new provisions for new loans less the write-back of earlier provisions give net provisions, in RMB millions: 7,355 less 771 is 6,584 in 2022; 7,647 less 1,880 is 5,767 in 2023; 3,573 less 936 is 2,636 in the first half of 2023; 2,694 less 489 is 2,205 in the first half of 2024.",
    data: bars,
    columns: ["period", "step", { key: "value", label: "RMB millions" }],
    height: 360,
    marginLeft: 120,
    fy: { label: null, domain: provisions.map(([period]) => period) },
    y: { label: null, domain: ["New provisions", "Revision (write-back)", "Net provisions"] },
    x: { label: "RMB millions", grid: true, insetRight: 40 },
    // A write-back lowers provisions: drawn in the palette's orange, never its green, with a legend saying so.
    color: {
      legend: true,
      domain: ["increase", "decrease", "total"],
      range: [palette[0]!, palette[1]!, "currentColor"],
    },
    marks: [
      Plot.barX(bars, { fy: "period", y: "step", x1: "start", x2: "end", fill: "kind" }),
      Plot.text(bars, {
        fy: "period",
        y: "step",
        x: (d) => Math.max(d.start, d.end),
        text: (d) => d.value.toLocaleString("en-US"),
        textAnchor: "start",
        dx: 4,
      }),
      Plot.ruleX([0]),
    ],
  });
}
