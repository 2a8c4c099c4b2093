import * as Plot from "@observablehq/plot";
import { chart } from "#engine/charts/index.ts";

// Rows "Provision Ratio for Loan Receivable" and "Provision Ratio for Contingent Liabilities", percent.
const ratios = [
  { period: "FY 2022", basis: "year", provision: "Loans receivable", ratio: 2.9 },
  { period: "FY 2023", basis: "year", provision: "Loans receivable", ratio: 2.9 },
  { period: "H1 2023", basis: "half", provision: "Loans receivable", ratio: 2.8 },
  { period: "H1 2024", basis: "half", provision: "Loans receivable", ratio: 3.4 },
  { period: "FY 2022", basis: "year", provision: "Contingent liabilities", ratio: 4.1 },
  { period: "FY 2023", basis: "year", provision: "Contingent liabilities", ratio: 4.0 },
  { period: "H1 2023", basis: "half", provision: "Contingent liabilities", ratio: 3.7 },
  { period: "H1 2024", basis: "half", provision: "Contingent liabilities", ratio: 4.1 },
];

export default function provisionRatios() {
  return chart({
    id: "provision-ratios",
    caption: "New provisions booking ratios",
    description:
      "New provisions as a percentage of the loans they cover. Loans receivable: 2.9% in 2022 and 2023, 2.8% in the first half of 2023, 3.4% in the first half of 2024. Contingent liabilities: 4.1%, 4.0%, 3.7% and 4.1%.",
    data: ratios,
    columns: ["period", "provision", { key: "ratio", label: "Ratio (%)", format: (ratio) => ratio.toFixed(1) }],
    x: { label: null, domain: ["FY 2022", "FY 2023", "H1 2023", "H1 2024"], inset: 30 },
    y: { label: "Percent", domain: [0, 5], grid: true },
    color: { legend: true },
    marks: [
      // Years join years and halves join halves: a line from 2023 to the first half of 2023 would go back in time.
      Plot.lineY(ratios, {
        x: "period",
        y: "ratio",
        stroke: "provision",
        z: (d) => `${d.provision} ${d.basis}`,
        marker: "circle",
      }),
      Plot.text(ratios, { x: "period", y: "ratio", text: (d) => `${d.ratio.toFixed(1)}%`, dy: -10 }),
      Plot.ruleY([0]),
    ],
  });
}
