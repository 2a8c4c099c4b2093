import * as Plot from "@observablehq/plot";
import { chart } from "#engine/charts/index.ts";

// Table "components of the Company's reported provisions", RMB millions.
const periods = ["FY 2022", "FY 2023", "H1 2023", "H1 2024"];
const components = [
  ["Loans receivable", 1580, 2151, 1002, 1697],
  ["Financial assets receivable", 398, 386, 151, 169],
  ["Accounts receivable and contract assets", 238, 176, 45, 235],
  ["Contingent liabilities", 4368, 3054, 1438, 103],
] as const;
const net = [6584, 5767, 2636, 2205];

const provisions = components.flatMap(([component, ...values]) =>
  values.map((value, i) => ({ period: periods[i]!, component, value })),
);

export default function provisionsStack() {
  return chart({
    id: "provisions-stack",
    caption: "The four provisions that make up net provisions",
    description:
      "Stacked bars of provisions by kind, in RMB millions. Contingent liabilities are the largest part in 2022 (4,368 of 6,584), 2023 (3,054 of 5,767) and the first half of 2023 (1,438 of 2,636), but only 103 of 2,205 in the first half of 2024, when loans receivable (1,697) are the largest.",
    data: provisions,
    columns: ["period", "component", { key: "value", label: "RMB millions" }],
    x: { label: null, domain: periods },
    y: { label: "RMB millions", grid: true },
    color: { legend: true, domain: components.map(([component]) => component) },
    marks: [
      Plot.barY(provisions, { x: "period", y: "value", fill: "component" }),
      Plot.text(periods, {
        x: (period) => period,
        y: (_, i) => net[i],
        text: (_, i) => net[i]!.toLocaleString("en-US"),
        dy: -6,
        lineAnchor: "bottom",
      }),
      Plot.ruleY([0]),
    ],
  });
}
